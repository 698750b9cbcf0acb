/* Go's coro_var.go: a variable pulls runtime.newcoro.  */
#pragma linkname package main

extern char newcoro __attribute__ ((linkname ("runtime.newcoro")));

__attribute__ ((noipa)) static void
call (char *p)
{
  (void) p;
}

int
main (void)
{
  call (&newcoro);
  return 0;
}
