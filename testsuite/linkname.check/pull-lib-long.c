/* A pull of example.com/lib.F typed apart from push-lib.c's (64 bits on every target).  */
extern long long f (long long) __attribute__ ((linkname ("example.com/lib.F")));

long long
call_f_long (long long x)
{
  return f (x);
}
