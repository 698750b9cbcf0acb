/* linkname-check's go-signature rule: a pull that matches.  */
#include <stdint.h>

struct go_string { const uint8_t *p; intptr_t n; };

extern intptr_t go_len (struct go_string)
  __attribute__ ((linkname ("example.com/vary.Len")));
extern _Bool go_even (int64_t)
  __attribute__ ((linkname ("example.com/vary.Even")));

int64_t
call_good (void)
{
  struct go_string s = { (const uint8_t *) "abc", 3 };
  return go_len (s) + go_even (2);
}
