/* Not in Go's table: package iter, which owns the coroutine names,
   pulls runtime.coroswitch (Go's iter.Pull does).  */
#pragma linkname package iter

extern void coroswitch (void *)
  __attribute__ ((linkname ("runtime.coroswitch")));

int
main (void)
{
  coroswitch (0);
  return 0;
}
