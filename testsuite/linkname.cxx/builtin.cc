// A rebound built-in in C++: memcpy with C linkage, as <cstring>
// declares it, so that it is GCC's built-in.
// { dg-additional-sources "support/memcpy.cc" }
// { dg-xfail-run-with "-flto" "lto1 loses the name of the block-move built-in, as for an asm label" }

#include <stddef.h>

extern "C" void *memcpy (void *, const void *, size_t) /* { dg-warning "linkname-builtin" } */
  __attribute__ ((linkname ("mylib.Memcpy")));

extern volatile int memcpy_calls;
struct big { char bytes[1 << 16]; };
big a, b;
volatile size_t n = 100;

__attribute__ ((noipa)) void copy (big *d, const big *s) { *d = *s; }

int
main ()
{
  char x[128], y[128] = "hello", z[128];
  memcpy (x, y, n);
  // Into a buffer read afterwards: GCC (15 and later) drops a copy it
  // can prove changes nothing, since it still takes this for memcpy.
  __builtin_memcpy (z, x, n);
  if (memcpy_calls != 2 || x[0] != 'h' || z[1] != 'e')
    return 1;
  a.bytes[9] = 3;
  copy (&b, &a);
  return b.bytes[9] == 3 && memcpy_calls == 3 ? 0 : 2;
}

/* { dg-final { scan-assembler-not {[\t ,]memcpy\M} } } */
