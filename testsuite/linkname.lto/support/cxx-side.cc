// The C++ side of c-and-cxx.c: overloads and a namespace, each pushed
// under its own target, and a pull of the C unit's push.

namespace mixed
{
  long scale (long x) __attribute__ ((linkname ("example.com/mixed.ScaleInt")));
  long scale (long x) { return 10 * x; }
  long scale (double x) __attribute__ ((linkname ("example.com/mixed.ScaleDouble")));
  long scale (double x) { return (long) (100 * x); }
}

long from_c (long) __attribute__ ((linkname ("example.com/mixed.FromC")));

long calls_c () __attribute__ ((linkname ("example.com/mixed.CallsC")));
long calls_c () { return from_c (1); }
