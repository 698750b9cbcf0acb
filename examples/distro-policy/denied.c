/* denied.c -- a pull that distro.policy denies ("deny runtime.*"): with
   the policy, the compile fails with a [linkname-policy] error.  */

extern void stop_the_world (const char *)
  __attribute__ ((linkname ("runtime.stopTheWorld")));

void
denied (void)
{
  stop_the_world ("example");
}
