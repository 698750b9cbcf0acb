/* A pushed function whose symbol the assembler reads in quotes (gc
   scheme: '/', '(', '*').  GCC derives names from a function's symbol
   for its cold part and its clones ("f.cold", "f.constprop.0"), which
   would not assemble; the push keeps the function whole instead.  The
   cold path, the constant arguments and the -O3 cloning below are what
   would produce those names.  */
/* { dg-additional-sources "support/push-quoted-caller.c" } */

#include <stdlib.h>

__attribute__ ((linkname ("example.com/c-side.(*T).Scale", "gc")))
int
scale (int x, int k) /* { dg-warning "linkname-gc-abi" } */
{
  if (__builtin_expect (x == 4242, 0))
    abort ();
  return x * k;
}

static int twice_scaled (int x) { return scale (x, 2) + scale (x + 1, 2); }

int quoted_caller (int);

int
main (void)
{
  return twice_scaled (3) == 14 && quoted_caller (5) == 15 ? 0 : 1;
}

/* { dg-final { scan-symbol "example.com/c-side.(*T).Scale" "T" } } */
/* { dg-final { scan-assembler-not "\"\\.(cold|constprop|part|isra|localalias)" } } */
