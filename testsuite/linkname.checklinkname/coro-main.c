/* Go's coro.go: package main pulls runtime.coroswitch.  */
#pragma linkname package main

extern void coroswitch (void *)
  __attribute__ ((linkname ("runtime.coroswitch")));

int
main (void)
{
  coroswitch (0);
  return 0;
}
