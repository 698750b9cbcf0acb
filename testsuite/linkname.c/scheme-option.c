/* -fplugin-arg-linkname-scheme=gc makes gc the unit's scheme; a
   per-declaration scheme still wins.  */
/* { dg-options "-fplugin-arg-linkname-scheme=gc" } */
/* { dg-additional-sources "support/targets.c" } */

extern long gc_add (long, long) /* { dg-warning "linkname-gc-abi" } */
  __attribute__ ((linkname ("example.com/foo-bar/v2.Add")));
extern long gccgo_add (long, long)
  __attribute__ ((linkname ("example.com/foo-bar/v2.Add", "gccgo")));

int
main (void)
{
  return gc_add (1, 1) == 4 && gccgo_add (1, 1) == 2 ? 0 : 1;
}

/* { dg-final { scan-assembler "\"example\\.com/foo-bar/v2\\.Add\"" } } */
/* { dg-final { scan-assembler "example_0com_1foo_x2dbar_1v2\\.Add" } } */
