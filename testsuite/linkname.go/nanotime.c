/* C calls libgo's runtime.nanotime directly (gcc, -lgo: no Go code of
   its own).  Its value is CLOCK_MONOTONIC in nanoseconds: positive,
   monotonic, and close to what clock_gettime says.  libgo refers to
   main.main and __go_init_main: C defines them, main.main by a push.
   runtime.nanotime is unexported and in runtime: the warnings of SPEC
   section 4 that it earns are tested in linkname.diag.  */
/* { dg-step compile "nanotime.c" "-fplugin-arg-linkname-Wno-unexported -fplugin-arg-linkname-Wno-internal" } */
/* { dg-step link "" "nanotime.c -lgo" } */

#include <time.h>

extern long long nanotime (void)
  __attribute__ ((linkname ("runtime.nanotime")));

void go_main (void) __attribute__ ((linkname ("main.main")));
void
go_main (void)
{
}

void
__go_init_main (void)
{
}

static long long
monotonic_ns (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int
main (void)
{
  long long c1 = monotonic_ns ();
  long long t1 = nanotime ();
  struct timespec ms = { 0, 1000000 };
  nanosleep (&ms, 0);
  long long t2 = nanotime ();
  long long c2 = monotonic_ns ();
  if (t1 <= 0)
    return 1;
  if (t2 <= t1)
    return 2;
  if (t2 - t1 < 1000000)
    return 3;
  if (t1 < c1 || t2 > c2)
    return 4;
  return 0;
}

/* { dg-final { scan-assembler "(call|jmp|bl|b|brasl|jg|tail)\\s+(%r14,)?runtime\\.nanotime" } } */
/* { dg-final { scan-symbol "runtime.nanotime" "U" } } */
/* { dg-final { scan-symbol "main.main" "T" } } */
/* { dg-final { scan-symbol-not "nanotime" } } */
