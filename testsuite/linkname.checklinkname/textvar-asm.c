/* Go's textvar/asm.s: main.asmfunc defined with no linkname.  */
long asmfunc_text __asm__ ("main.asmfunc") = 1;
