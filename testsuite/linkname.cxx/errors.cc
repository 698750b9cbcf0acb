// What C++ cannot bind: members, templates and their specializations,
// lambdas, members of local classes; a pragma on an overload set or a
// qualified name; two overloads bound to one target.
// { dg-do compile }

struct S
{
  static long m () __attribute__ ((linkname ("a.M"))); // { dg-error "which is a member function\[^\n\]*linkname-not-symbol" }
  int fld __attribute__ ((linkname ("a.F"))); // { dg-error "which is a field" }
  static int sv __attribute__ ((linkname ("a.SV"))); // { dg-error "which is a static data member" }
};

template <typename T> T tf (T) __attribute__ ((linkname ("a.T"))); // { dg-error "which is a template\[^\n\]*linkname-not-symbol" }
template <typename T> T tg (T x) { return x; }
template <> int tg<int> (int) __attribute__ ((linkname ("a.TG"))); // { dg-error "which is a template specialization" }
auto lam = [] (int x) __attribute__ ((linkname ("a.L"))) { return x; }; // { dg-error "which is a lambda" }

void
local_class ()
{
  struct L { long m () __attribute__ ((linkname ("a.LC"))); }; // { dg-error "which is a member function" }
}

long over (int);
long over (double);
#pragma linkname over a.Over // { dg-error "for .over., which is overloaded; bind each overload with the attribute" }

namespace ns { long q (); }
#pragma linkname ns::q a.Q // { dg-error "takes an unqualified name" }

long b1 (int) __attribute__ ((linkname ("a.B"))); // { dg-message "is bound here" }
long b1 (double) __attribute__ ((linkname ("a.B"))); // { dg-error "overloads .long int b1.double.. and .long int b1.int.. are both bound to .a.B.\[^\n\]*linkname-conflict" }

long use () { return b1 (1) + b1 (1.0); }
