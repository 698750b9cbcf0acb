// mylib.Memcpy: a memcpy that counts its calls.
#include <stddef.h>

volatile int memcpy_calls;

extern "C" void *side_memcpy (void *, const void *, size_t) __asm__ ("mylib.Memcpy");

void *
side_memcpy (void *d, const void *s, size_t k)
{
  memcpy_calls = memcpy_calls + 1;
  unsigned char *dp = (unsigned char *) d;
  const unsigned char *sp = (const unsigned char *) s;
  while (k--)
    *dp++ = *sp++;
  return d;
}
