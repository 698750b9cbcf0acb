/* Go's p/p.go: pulls its own f1, which main pushes, and pushes f2 into
   main.  */
#pragma linkname package cmd/link/testdata/linkname/p

extern void f1 (void)
  __attribute__ ((linkname ("cmd/link/testdata/linkname/p.f1")));

__attribute__ ((linkname ("main.f2")))
void
f2 (void)
{
}

void F (void) __asm__ ("cmd_1link_1testdata_1linkname_1p.F");
void
F (void)
{
  f1 ();
}
