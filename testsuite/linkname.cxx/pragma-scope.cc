// #pragma linkname names a declaration of the global namespace,
// unqualified, as Go's directive names one of its package: never a
// namespace member of that name, never one overload of several, and it
// cannot be written inside a namespace.
// { dg-do compile }

namespace ns { long f (long); }		// Not the pragma's f.
long f (long);
#pragma linkname f example.com/s.F

namespace ns2
{
#pragma linkname g example.com/s.G // { dg-error ".#pragma linkname. is only allowed in the global namespace; bind a declaration in a namespace with the attribute \\\[linkname-not-symbol\\\]" }
  long g (long);
}

// An overload declared after the pragma: the pragma cannot name it.
long h (int);
#pragma linkname h example.com/s.H // { dg-message "the pragma is here" }
long h (double); // { dg-error ".long int h.double.. overloads .long int h.int.., which .#pragma linkname. binds: the pragma names no single function; bind each overload with the attribute \\\[linkname-not-symbol\\\]" }

// A pragma before a namespace member of its name, and no global one.
#pragma linkname k example.com/s.K // { dg-error "for .k., which has no file-scope declaration in this unit\[^\n\]*linkname-conflict" }
namespace ns3 { long k (long); }

long use () { return f (1) + ns::f (2) + ns2::g (3) + h (4) + h (5.0) + ns3::k (6); }
