/* Go's badlinkname.go: package main pulls runtime.noescape,
   reflect.(*rtype).String and runtime.memmove, which their packages
   push for the code in the wild (memmove is assembly, pushed through
   its Go declaration).  */
#pragma linkname package main

#include <stddef.h>

extern void *noescape (void *) __attribute__ ((linkname ("runtime.noescape")));
extern const char *rtype_String (void *)
  __attribute__ ((linkname ("reflect.(*rtype).String")));
extern void memmove_go (void *, const void *, size_t)
  __attribute__ ((linkname ("runtime.memmove")));

size_t n;

int
main (void)
{
  memmove_go (0, 0, n);
  return rtype_String (noescape (0)) != 0;
}
