/* A block-scope extern declaration can carry the binding.  */
/* { dg-additional-sources "support/targets.c" } */

int
main (void)
{
  extern long inner_add (long, long)
    __attribute__ ((linkname ("example.com/foo-bar/v2.Add")));
  extern long inner_counter
    __attribute__ ((linkname ("example.com/foo-bar/v2.Counter")));
  return inner_add (inner_counter, 1) == 42 ? 0 : 1;
}

/* { dg-final { scan-assembler-not {[\t ,](inner_add|inner_counter)\M} } } */
/* { dg-final { scan-assembler "example_0com_1foo_x2dbar_1v2\\.Add" } } */
