/* client-bad.c -- a client of clib that pulls an internal the library
   did not mark (example.com/clib.rehash, a static function of clib.c).
   The plugin warns that the name is not exported; linkname-check
   --strict, with the library's policy that protects its package, fails:
   no input pushes or marks the target (the "handshake" rule, as Go's
   linker checks since Go 1.23).  */

#include "clib.h"

extern void clib_rehash (void) __attribute__ ((linkname ("example.com/clib.rehash")));

int
main (void)
{
  clib_add (1);
  clib_rehash ();
  return 0;
}
