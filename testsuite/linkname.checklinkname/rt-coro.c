/* The runtime's coroutine functions, pushed for package iter: with
   //go:linknamestd where Go has it (1.27); before, a plain push, which
   linkname-check takes the flag for.  */
#pragma linkname package runtime

#pragma linknamestd coroswitch
#pragma linknamestd newcoro

void
coroswitch (void *c)
{
  (void) c;
}

void *
newcoro (void *f)
{
  return f;
}
