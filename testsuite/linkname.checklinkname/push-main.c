/* Go's push.go, package main: pushes f1 into package p and pulls f2,
   which p pushes into main.  F is p's exported function, reached by an
   ordinary reference (an asm label: no binding).  */
#pragma linkname package main

extern void f2 (void) __attribute__ ((linkname ("main.f2")));
extern void p_F (void) __asm__ ("cmd_1link_1testdata_1linkname_1p.F");

__attribute__ ((linkname ("cmd/link/testdata/linkname/p.f1")))
void
f1 (void)
{
  f2 ();
}

int
main (void)
{
  p_F ();
  return 0;
}
