/* A pull of a function: every call refers to the target's gccgo symbol,
   and the C name appears nowhere.  */
/* { dg-additional-sources "support/targets.c" } */

extern long local_add (long, long)
  __attribute__ ((linkname ("example.com/foo-bar/v2.Add")));

long (*volatile fp) (long, long) = local_add;

int
main (void)
{
  if (local_add (2, 3) != 5)
    return 1;
  if (fp (4, 5) != 9)
    return 2;
  return 0;
}

/* { dg-final { scan-assembler "example_0com_1foo_x2dbar_1v2\\.Add" } } */
/* { dg-final { scan-assembler-not {[\t ,]local_add\M} } } */
/* { dg-final { scan-symbol "example_0com_1foo_x2dbar_1v2.Add" "Tt" } } */
