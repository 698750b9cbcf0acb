#include <stdio.h>

extern long use (long);
extern long twice_plus (long);
extern long twice (long) __attribute__ ((linkname ("example.com/dist.Twice")));

int
main (void)
{
  /* use (5) = (5 + 42) + 15; twice_plus (5) = 10 + 6.  */
  if (use (5) != 62 || twice_plus (5) != 16 || twice (4) != 8)
    return 1;
  puts ("distributed: ok");
  return 0;
}
