/* A push of runtime.nanotime: the handshake of pull-nanotime.c.  */
long long my_nanotime (void) __attribute__ ((linkname ("runtime.nanotime")));

long long
my_nanotime (void)
{
  return 42;
}
