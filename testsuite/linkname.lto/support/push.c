/* The pushes of linkname.lto: package example.com/lto-push, reached
   from side.c by symbol alone.  */

long twice (long x) __attribute__ ((linkname ("example.com/lto-push.Twice")));
long
twice (long x)
{
  return 2 * x;
}

/* Static and inlinable: still emitted, global, under the target (the
   tests compile this file with -fplugin-arg-linkname-Wno-static).  */
__attribute__ ((linkname ("example.com/lto-push.Thrice")))
static long
thrice (long x)
{
  return 3 * x;
}

long limit __attribute__ ((linkname ("example.com/lto-push.Limit"))) = 40;

/* Nothing in the program uses it: a push is emitted all the same, even
   where LTO sees the whole program.  */
long unused (void) __attribute__ ((linkname ("example.com/lto-push.Unused")));
long
unused (void)
{
  return 9;
}

/* The pragma form, after the definition.  */
long
scale (long x)
{
  return 10 * x;
}
#pragma linkname scale "example.com/lto-push.Scale"
