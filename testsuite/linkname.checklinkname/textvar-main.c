/* Go's textvar/main.go: a variable pulls main.asmfunc, which the same
   package defines in assembly (textvar-asm.c): allowed, a reference
   from the defining package.  */
#pragma linkname package main

extern long asmfunc __attribute__ ((linkname ("main.asmfunc")));

int
main (void)
{
  return &asmfunc == 0;
}
