/* A pull of runtime.nanotime: a protected (standard-library) name.  */
extern long long nanotime (void) __attribute__ ((linkname ("runtime.nanotime")));

long long
now (void)
{
  return nanotime ();
}
