/* -flto across C and C++ units: the C unit (this file) pulls what the
   C++ unit pushes, from namespaces and overloads, and the C++ unit pulls
   a C push; both are compiled with -flto and linked with lto1 and the
   plugin.  */
/* { dg-step compile "c-and-cxx.c" } */
/* { dg-step compile "support/cxx-side.cc" } */
/* { dg-step link "" "c-and-cxx.c support/cxx-side.cc" } */

extern long scale_int (long) __attribute__ ((linkname ("example.com/mixed.ScaleInt")));
extern long scale_double (double) __attribute__ ((linkname ("example.com/mixed.ScaleDouble")));
extern long cxx_calls_c (void) __attribute__ ((linkname ("example.com/mixed.CallsC")));

long from_c (long x) __attribute__ ((linkname ("example.com/mixed.FromC")));
long from_c (long x) { return x + 100; }

int
main (void)
{
  if (scale_int (2) != 20 || scale_double (3) != 300)
    return 1;
  return cxx_calls_c () == 101 ? 0 : 2;
}

/* { dg-final { scan-symbol "example_0com_1mixed.ScaleInt" "T" } } */
/* { dg-final { scan-symbol "example_0com_1mixed.ScaleDouble" "T" } } */
/* { dg-final { scan-symbol "example_0com_1mixed.FromC" "T" } } */
/* { dg-final { scan-symbol-set "_Z*" "" } } */
