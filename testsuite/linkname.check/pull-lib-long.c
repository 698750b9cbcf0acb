/* A pull of example.com/lib.F with another type than push-lib.c's.  */
extern long f (long) __attribute__ ((linkname ("example.com/lib.F")));

long
call_f_long (long x)
{
  return f (x);
}
