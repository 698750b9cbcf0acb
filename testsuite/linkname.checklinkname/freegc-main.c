/* Go's freegc.go: package main pulls runtime.freegc.  */
#pragma linkname package main

extern void freegc (void) __attribute__ ((linkname ("runtime.freegc")));

int
main (void)
{
  freegc ();
  return 0;
}
