/* A pull of a variable: loads, stores, its address, and the initialiser
   of another variable all refer to the target.  */
/* { dg-additional-sources "support/targets.c" } */

extern long local_counter __attribute__ ((linkname ("example.com/foo-bar/v2.Counter")));
long *counter_p = &local_counter;

int
main (void)
{
  if (local_counter != 41)
    return 1;
  local_counter++;
  if (*counter_p != 42)
    return 2;
  long *volatile q = &local_counter;
  *q = 7;
  if (local_counter != 7)
    return 3;
  return 0;
}

/* { dg-final { scan-assembler "example_0com_1foo_x2dbar_1v2\\.Counter" } } */
/* { dg-final { scan-assembler-not {[\t ,]local_counter\M} } } */
