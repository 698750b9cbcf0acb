/* A rebound built-in: direct calls, __builtin_memcpy, and the block
   copies GCC emits by itself all call the target.  */
/* { dg-additional-sources "support/targets.c" } */

#include <stddef.h>

void *memcpy (void *, const void *, size_t)
  __attribute__ ((linkname ("mylib.Memcpy")));

extern volatile int targets_memcpy_calls;

struct big { char bytes[1 << 16]; };
struct big a, b;
volatile size_t n = 100;

__attribute__ ((noipa)) void
copy_struct (struct big *d, const struct big *s)
{
  *d = *s;			/* GCC's own block move: a memcpy call.  */
}

int
main (void)
{
  char x[128], y[128] = "hello";
  memcpy (x, y, n);
  if (targets_memcpy_calls != 1 || x[0] != 'h')
    return 1;
  __builtin_memcpy (x, y, n);
  if (targets_memcpy_calls != 2)
    return 2;
  a.bytes[70] = 9;
  copy_struct (&b, &a);
  if (b.bytes[70] != 9 || targets_memcpy_calls != 3)
    return 3;
  return 0;
}

/* { dg-final { scan-assembler-not {[\t ,]memcpy\M} } } */
/* { dg-final { scan-assembler "mylib\\.Memcpy" } } */
