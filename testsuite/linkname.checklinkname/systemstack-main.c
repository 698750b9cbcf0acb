/* Go's systemstack.go: package main pulls runtime.systemstack, which
   the runtime defines in assembly.  */
#pragma linkname package main

extern void systemstack (void (*) (void))
  __attribute__ ((linkname ("runtime.systemstack")));

static void
f (void)
{
}

int
main (void)
{
  systemstack (f);
  return 0;
}
