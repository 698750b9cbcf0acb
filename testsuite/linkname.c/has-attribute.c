/* __has_attribute(linkname) is true while the plugin is loaded, and the
   C2x spelling [[gnu::linkname]] binds too.  */
/* { dg-options "-std=gnu2x" } */
/* { dg-additional-sources "support/targets.c" } */

#if !__has_attribute (linkname)
#error "__has_attribute (linkname) is false with the plugin loaded"
#endif
#if !__has_c_attribute (gnu::linkname)
#error "__has_c_attribute (gnu::linkname) is false with the plugin loaded"
#endif

[[gnu::linkname ("example.com/foo-bar/v2.Add")]] extern long std_add (long, long);

int
main (void)
{
  return std_add (20, 22) == 42 ? 0 : 1;
}

/* { dg-final { scan-assembler "example_0com_1foo_x2dbar_1v2\\.Add" } } */
