// C++ declarations at namespace scope, with C or C++ linkage: the target
// replaces the mangled name; overloads each carry a target of their own.
// { dg-additional-sources "support/targets.cc" }

extern "C" long c_add (long, long)
  __attribute__ ((linkname ("example.com/cxx.Add")));

namespace outer
{
  namespace inner
  {
    long twice (long) __attribute__ ((linkname ("example.com/cxx.Twice")));
    long twice (long x) { return 2 * x; }

    extern long counter __attribute__ ((linkname ("example.com/cxx.Counter")));
  }
}

long over (int) __attribute__ ((linkname ("example.com/cxx.OverInt")));
long over (double) __attribute__ ((linkname ("example.com/cxx.OverDouble")));

long global_pull (long, long);
#pragma linkname global_pull example.com/cxx.Add

[[gnu::linkname ("example.com/cxx.Counter")]] extern long std_counter;

long side_check ();		// In support/targets.cc.

int
main ()
{
  if (c_add (1, 2) != 3 || global_pull (2, 2) != 4)
    return 1;
  if (outer::inner::counter != 41 || std_counter != 41)
    return 2;
  if (over (1) != 10 || over (1.0) != 20)
    return 3;
  return side_check () == 14 ? 0 : 4;
}

// No mangled name of a bound declaration is left.
/* { dg-final { scan-assembler-not "_ZN5outer5inner5twiceEl|_Z4overi|_Z4overd|_Z11global_pulll|_ZN5outer5inner7counterE" } } */
/* { dg-final { scan-symbol "example_0com_1cxx.Twice" "T" } } */
/* { dg-final { scan-assembler "example_0com_1cxx\\.OverInt" } } */
/* { dg-final { scan-assembler "example_0com_1cxx\\.OverDouble" } } */
