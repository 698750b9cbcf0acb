/* A rebound built-in: direct calls, __builtin_memcpy, and the block
   copies GCC emits by itself all call the target.
   With -flto the block copy calls memcpy: lto1 rebuilds the built-in
   that GCC's block moves call without the name.  An asm label on memcpy
   fails the same way (GCC 12), so this is GCC's limit, not the plugin's;
   the direct calls are still renamed (checked before the block copy).
   s390's block moves call nothing, so it passes there.  */
/* { dg-additional-sources "support/targets.c" } */
/* { dg-xfail-run-with "-flto" "lto1 loses the name of the block-move built-in, as for an asm label" "s390*" } */

#include <stddef.h>

void *memcpy (void *, const void *, size_t) /* { dg-warning "is a GCC built-in\[^\n\]*linkname-builtin" } */
  __attribute__ ((linkname ("mylib.Memcpy")));

extern volatile int targets_memcpy_calls;

/* Calls the block move below makes: s390's GCC copies any block inline,
   with a loop of MVC instructions, and calls nothing.  */
#if defined __s390__
# define BLOCK_MOVE_CALLS 0
#else
# define BLOCK_MOVE_CALLS 1
#endif

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
  char x[128], y[128] = "hello", z[128];
  memcpy (x, y, n);
  if (targets_memcpy_calls != 1 || x[0] != 'h')
    return 1;
  /* Into a buffer read afterwards: GCC (15 and later) drops a copy it
     can prove changes nothing, since it still takes this for memcpy.  */
  __builtin_memcpy (z, x, n);
  if (targets_memcpy_calls != 2 || z[1] != 'e')
    return 2;
  a.bytes[70] = 9;
  copy_struct (&b, &a);
  if (b.bytes[70] != 9 || targets_memcpy_calls != 2 + BLOCK_MOVE_CALLS)
    return 3;
  return 0;
}

/* { dg-final { scan-assembler-not {[\t ,]memcpy\M} } } */
/* { dg-final { scan-assembler "mylib\\.Memcpy" } } */
