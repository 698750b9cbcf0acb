/* allowed.c -- two pulls that distro.policy allows: a public package of
   the distribution (its rule "allow example.com/" and a star), and Go's
   clock, allowed by name after the rule that denies runtime's names
   (the last matching rule decides).  The plugin's own warnings about
   runtime.nanotime (unexported, internal) are another matter than the
   policy: a distribution may turn those classes off too, with
   -fplugin-arg-linkname-Wno-CLASS.  */

extern long clib_calls (void) __attribute__ ((linkname ("example.com/clib.Calls")));
extern long long nanotime (void) __attribute__ ((linkname ("runtime.nanotime")));

long long
allowed (void)
{
  return clib_calls () + nanotime ();
}
