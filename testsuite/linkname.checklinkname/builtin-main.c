/* Go's builtin.go: package main pulls runtime.mapaccess1.  */
#pragma linkname package main

extern void *mapaccess1 (void *, void *, void *)
  __attribute__ ((linkname ("runtime.mapaccess1")));

int
main (void)
{
  return mapaccess1 (0, 0, 0) != 0;
}
