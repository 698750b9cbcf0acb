/* Methods: pkg.(*T).M is T.M under gccgo and keeps "(*T)" under gc,
   where the name must be quoted for the assembler.  */
/* { dg-additional-sources "support/targets.c" } */

struct t { long x; };
extern long get (struct t *)
  __attribute__ ((linkname ("example.com/foo-bar/v2.(*T).Get")));
extern long gc_get (struct t *) /* { dg-warning "under the .gc. scheme\[^\n\]*linkname-gc-abi" } */
  __attribute__ ((linkname ("example.com/foo-bar/v2.(*T).Get", "gc")));
extern long gc_add (long, long) /* { dg-warning "linkname-gc-abi" } */
  __attribute__ ((linkname ("example.com/foo-bar/v2.Add", "gc")));

/* Taken by address, so that the symbol outlives inlining under -flto.  */
long (*volatile gc_get_p) (struct t *) = gc_get;

int
main (void)
{
  struct t v = { 21 };
  if (get (&v) != 21)
    return 1;
  if (gc_get (&v) != 42)
    return 2;
  if (gc_add (1, 2) != 6)
    return 3;
  if (gc_get_p (&v) != 42)
    return 4;
  return 0;
}

/* { dg-final { scan-assembler "example_0com_1foo_x2dbar_1v2\\.T\\.Get" } } */
/* { dg-final { scan-assembler "\"example\\.com/foo-bar/v2\\.\\(\\*T\\)\\.Get\"" } } */
/* { dg-final { scan-symbol "example.com/foo-bar/v2.(*T).Get" "Tt" } } */
