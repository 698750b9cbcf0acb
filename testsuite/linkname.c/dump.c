/* -fplugin-arg-linkname-dump (-fdump-tree-linkname) lists the bindings.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-dump -fplugin-arg-linkname-Wno-unexported" } */

extern long nanotime (void) __attribute__ ((linkname ("runtime.nanotime"))); /* { dg-warning "from an internal or runtime package\[^\n\]*linkname-internal" } */
long f (void) { return nanotime (); }

/* The call, in the instructions of each target (x86 call/jmp, AArch64
   and Arm bl/b, POWER bl, s390x brasl %r14,/jg, RISC-V call/tail).  */
/* { dg-final { scan-assembler "(call|jmp|bl|b|brasl|jg|tail)\\s+(%r14,)?runtime\\.nanotime" } } */
/* { dg-final { scan-dump "linkname" "pull nanotime -> runtime.nanotime symbol runtime.nanotime scheme gccgo" } } */
