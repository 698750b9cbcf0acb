/* push.c without the plugin: the same symbols by asm labels, for the
   units compiled with no plugin (linktime-plugin.c).  A push is always
   emitted and global; for a plain definition under -flto,
   externally_visible does that.  */

#define VISIBLE __attribute__ ((externally_visible))

VISIBLE long twice (long) __asm__ ("example_0com_1lto_x2dpush.Twice");
long
twice (long x)
{
  return 2 * x;
}

VISIBLE long thrice (long) __asm__ ("example_0com_1lto_x2dpush.Thrice");
long
thrice (long x)
{
  return 3 * x;
}

VISIBLE long limit __asm__ ("example_0com_1lto_x2dpush.Limit") = 40;

VISIBLE long unused (void) __asm__ ("example_0com_1lto_x2dpush.Unused");
long
unused (void)
{
  return 9;
}

VISIBLE long scale (long) __asm__ ("example_0com_1lto_x2dpush.Scale");
long
scale (long x)
{
  return 10 * x;
}
