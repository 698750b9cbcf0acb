/* Go assembler spelling: U+00B7 for '.', U+2215 for '/'.  In a pragma
   the middle dot is part of a C identifier; U+2215 is not, so that
   target is a string.  */
/* { dg-additional-sources "support/targets.c" } */

extern long dot_add (long, long)
  __attribute__ ((linkname ("example.com∕foo-bar∕v2·Add")));
extern long pragma_marshal (void);
#pragma linkname pragma_marshal "gopkg.in∕yaml%2ev3·Marshal"
extern long pragma_add (long, long);
#pragma linkname pragma_add example.com/foo-bar/v2·Add

int
main (void)
{
  return dot_add (1, 2) == 3 && pragma_marshal () == 3
	 && pragma_add (2, 2) == 4 ? 0 : 1;
}

/* { dg-final { scan-assembler-not {[\t ,](dot_add|pragma_marshal|pragma_add)\M} } } */
