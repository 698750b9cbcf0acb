/* Not in Go's table: a unit of package runtime pulls runtime.helper,
   which nothing pushes: a reference from the defining package is always
   allowed.  */
#pragma linkname package runtime

extern long helper (long) __attribute__ ((linkname ("runtime.helper")));

int
main (void)
{
  return (int) helper (0);
}
