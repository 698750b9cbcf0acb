/* Not in Go's table: the same pull from another package of the
   standard library, runtime/debug: not allowed.  */
#pragma linkname package runtime/debug

extern long helper (long) __attribute__ ((linkname ("runtime.helper")));

int
main (void)
{
  return (int) helper (0);
}
