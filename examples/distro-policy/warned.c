/* warned.c -- a pull that no rule of distro.policy names but "warn *":
   it compiles, with a [linkname-policy] warning.  */

extern int helper (int) __attribute__ ((linkname ("github.com/someone/lib.Helper")));

int
warned (int x)
{
  return helper (x);
}
