/* The plugin given only to the link: the units are compiled with -flto
   and no plugin (asm labels stand in for the bindings), then
   "gcc -flto -fplugin=linkname.so a.o b.o" loads the plugin into lto1
   (it has no C front end): it must load there and change nothing.  The
   link-error step proves that lto1 did load it: an unknown plugin
   argument given at link time is reported by lto1 (SPEC section 4).  */
/* { dg-step compile-plain "linktime-plugin.c" } */
/* { dg-step compile-plain "support/push-asm.c" } */
/* { dg-step compile-plain "support/side.c" } */
/* { dg-step link "" "linktime-plugin.c support/push-asm.c support/side.c" } */
/* { dg-step link-error "linktime-plugin-bad.exe" "linktime-plugin.c support/push-asm.c support/side.c" "-fplugin-arg-linkname-no-such-argument" "lto1: error: .*no-such-argument" } */

extern long pull_add (long, long) __asm__ ("example_0com_1lto_x2dside_1v2.Add");
extern long pull_counter __asm__ ("example_0com_1lto_x2dside_1v2.Counter");
extern long pull_gc_counter __asm__ ("\"example.com/lto-side/v2.Counter\"");
struct pull_t { long x; };
extern long pull_get (struct pull_t *) __asm__ ("example_0com_1lto_x2dside_1v2.T.Get");
extern long side_check (void);

int
main (void)
{
  struct pull_t t = { 5 };
  if (pull_add (2, 3) != 5)
    return 1;
  if (pull_counter != 41 || pull_gc_counter != 43)
    return 2;
  if (pull_get (&t) != 5)
    return 3;
  if (side_check () != 10 + 21 + 10 + 40)
    return 4;
  return 0;
}

/* { dg-final { scan-symbol-set "*lto*push*" "example_0com_1lto_x2dpush.Twice example_0com_1lto_x2dpush.Thrice example_0com_1lto_x2dpush.Limit example_0com_1lto_x2dpush.Unused example_0com_1lto_x2dpush.Scale" } } */
/* { dg-final { scan-symbol-set "*lto*side*" "example_0com_1lto_x2dside_1v2.Add example_0com_1lto_x2dside_1v2.Counter example_0com_1lto_x2dside_1v2.T.Get example.com/lto-side/v2.Counter" } } */
