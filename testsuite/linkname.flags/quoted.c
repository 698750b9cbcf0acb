/* Every scheme under the flags of real builds: pushes and pulls of
   functions and variables under the gccgo scheme, and under gc and
   verbatim symbols that the assembler reads in quotes; a static push; a
   cold path and constant arguments (.cold, clones); target clones.  The
   other unit (support/quoted-side.c) defines the pulled symbols and
   calls the pushed ones by their symbols alone.  */
/* { dg-options "-fplugin-arg-linkname-Wno-gc-abi -fplugin-arg-linkname-Wno-static" } */
/* { dg-additional-sources "support/quoted-side.c" } */

#include <stdlib.h>

__attribute__ ((linkname ("example.com/flags.Twice")))
long
twice (long x)
{
  return 2 * x;
}

__attribute__ ((linkname ("example.com/flags.(*T).Scale", "gc")))
long
scale (long x, long k)
{
  if (__builtin_expect (x == 4242, 0))
    abort ();
  return x * k;
}

__attribute__ ((linkname ("example.com/flags.Var", "gc"))) long var = 5;

__attribute__ ((linkname ("example.com/flags.(*T).Hidden", "gc")))
static long
hidden (long x)
{
  return x - 1;
}

__attribute__ ((linkname ("flags+verbatim/push", "verbatim")))
long
vpush (long x)
{
  return x + 100;
}

#if defined __x86_64__
__attribute__ ((target_clones ("default", "avx2"),
		linkname ("example.com/flags.(*T).Clones", "gc")))
#else
__attribute__ ((linkname ("example.com/flags.(*T).Clones", "gc")))
#endif
long
clones (long x)
{
  return 3 * x;
}

extern long side_get (void) __attribute__ ((linkname ("example.com/side.(*S).Get", "gc")));
extern long side_var __attribute__ ((linkname ("example.com/side.Var", "gc")));
extern long side_add (long, long) __attribute__ ((linkname ("example.com/side.Add")));
extern long side_odd (void) __attribute__ ((linkname ("side odd/x", "verbatim")));
extern long side_calls (void);

static long
twice_scaled (long x)
{
  return scale (x, 2) + scale (x + 1, 2);
}

int
main (void)
{
  if (twice (3) != 6 || twice_scaled (3) != 14 || var != 5 || hidden (3) != 2)
    return 1;
  if (vpush (1) != 101 || clones (2) != 6)
    return 2;
  if (side_get () != 7 || side_var != 8 || side_add (1, 2) != 3 || side_odd () != 9)
    return 3;
  /* The other unit reaches every push by its symbol.  */
  return side_calls () == 6 + 10 + 5 + 2 + 101 + 6 ? 0 : 4;
}

/* { dg-final { scan-symbol "example_0com_1flags.Twice" "T" } } */
/* { dg-final { scan-symbol "example.com/flags.(*T).Scale" "T" } } */
/* { dg-final { scan-symbol "example.com/flags.Var" "D" } } */
/* { dg-final { scan-symbol "example.com/flags.(*T).Hidden" "T" } } */
/* { dg-final { scan-symbol "flags+verbatim/push" "T" } } */
/* { dg-final { scan-symbol "example.com/flags.(*T).Clones" "Ti" } } */
/* { dg-final { scan-symbol-not "twice" } } */
/* Nothing GCC derives from a definition's symbol is quoted.  */
/* { dg-final { scan-assembler-not {"[^"\n]*"\.[a-z_]|"[^"\n]*"_omp|__gcov0\."|__odr_asan\."|_ZGV[^\n]*"} } } */
