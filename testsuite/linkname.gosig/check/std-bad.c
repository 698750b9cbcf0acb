/* A pull from the standard library that does not match its Go
   declaration, strings.Count(s, substr string) int: the substring is
   an int here.  Compiled with -fplugin-arg-linkname-Wno-go-signature;
   the ld plugin finds it in libgo.so's export data.  */
#include <stdint.h>

struct go_string { const uint8_t *p; intptr_t n; };

extern int strings_count_bad (struct go_string, int)
  __attribute__ ((linkname ("strings.Count")));

int
call_std_bad (void)
{
  struct go_string s = { (const uint8_t *) "aaa", 3 };
  return strings_count_bad (s, 'a');
}
