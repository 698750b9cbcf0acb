/* A push marker of runtime.nanotime: this unit implements package
   runtime, and its nanotime is meant to be reached by linkname.  */
#pragma linkname package runtime

__attribute__ ((linkname)) long long
nanotime (void)
{
  return 42;
}
