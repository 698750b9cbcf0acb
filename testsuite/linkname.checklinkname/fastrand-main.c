/* Go's fastrand.go: package main pulls runtime.fastrand, which the
   runtime still pushes for the code in the wild that uses it.  */
#pragma linkname package main

extern unsigned fastrand (void) __attribute__ ((linkname ("runtime.fastrand")));

int
main (void)
{
  return (int) fastrand ();
}
