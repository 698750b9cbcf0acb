/* Go's coro2.go: package main pulls runtime.corostart, which the
   runtime defines without a push.  */
#pragma linkname package main

extern void corostart (void) __attribute__ ((linkname ("runtime.corostart")));

int
main (void)
{
  corostart ();
  return 0;
}
