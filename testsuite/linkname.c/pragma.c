/* #pragma linkname in every position: before the declaration, after it,
   after its uses, with a string target, and spelled with _Pragma inside
   a macro.  */
/* { dg-additional-sources "support/targets.c" } */

#pragma linkname before_add example.com/foo-bar/v2.Add
extern long before_add (long, long);

extern long after_get (void *);
#pragma linkname after_get example.com/foo-bar/v2.(*T).Get

extern long string_counter;
#pragma linkname string_counter "example.com/foo-bar/v2.Counter"

#define DO_PRAGMA(x) _Pragma (#x)
#define BIND(local, target) DO_PRAGMA (linkname local target)
extern long macro_add (long, long);
BIND (macro_add, example.com/foo-bar/v2.Add)

#define BIND_MARSHAL \
  _Pragma ("linkname macro_marshal \"gopkg.in/yaml%2ev3.Marshal\"")
extern long macro_marshal (void);
BIND_MARSHAL

extern long late_add (long, long);

int
main (void)
{
  long x = 9;
  if (before_add (1, 2) != 3)
    return 1;
  if (after_get (&x) != 9)
    return 2;
  if (string_counter != 41)
    return 3;
  if (macro_marshal () != 3)
    return 4;
  if (late_add (3, 4) != 7)
    return 5;
  if (macro_add (5, 6) != 11)
    return 6;
  return 0;
}

/* After every use.  */
#pragma linkname late_add example.com/foo-bar/v2.Add

/* { dg-final { scan-assembler-not {[\t ,](before_add|after_get|string_counter|macro_marshal|macro_add|late_add)\M} } } */
/* { dg-final { scan-assembler "gopkg_0in_1yaml_0v3\\.Marshal" } } */
