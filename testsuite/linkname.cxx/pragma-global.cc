// #pragma linkname binds the global f, never the namespace member of
// that name, whether the pragma comes before or after either.
// { dg-do compile }

#pragma linkname f example.com/s.F
namespace ns { long f (long); }
long f (long);
namespace ns2 { long f (long); }

long use () { return f (1) + ns::f (2) + ns2::f (3); }

/* { dg-final { scan-assembler "example_0com_1s\\.F" } } */
/* { dg-final { scan-assembler "_ZN2ns1fEl" } } */
/* { dg-final { scan-assembler "_ZN3ns21fEl" } } */
/* { dg-final { scan-assembler-not "_Z1fl" } } */
