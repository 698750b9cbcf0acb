/* The runtime's pushes for the code in the wild: noescape, memmove.  */
#pragma linkname package runtime

#include <stddef.h>

#pragma linkname noescape
void *
noescape (void *p)
{
  return p;
}

#pragma linkname memmove_go runtime.memmove
void
memmove_go (void *to, const void *from, size_t n)
{
  (void) to, (void) from, (void) n;
}
