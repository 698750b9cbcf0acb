/* linkname-check's go-signature rule: int for Go's bool (an error),
   uint64 for int64 (a warning).  Compiled with
   -fplugin-arg-linkname-Wno-go-signature: the records say so, and the
   check at link time still finds it.  */
#include <stdint.h>

extern int go_even_int (int64_t)
  __attribute__ ((linkname ("example.com/vary.Even")));
extern uint64_t go_twice_u (uint64_t)
  __attribute__ ((linkname ("example.com/vary.Twice")));

int
call_bad (void)
{
  return go_even_int (2) + (int) go_twice_u (3);
}
