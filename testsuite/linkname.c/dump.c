/* -fplugin-arg-linkname-dump (-fdump-tree-linkname) lists the bindings.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-dump -fplugin-arg-linkname-Wno-unexported" } */

extern long nanotime (void) __attribute__ ((linkname ("runtime.nanotime"))); /* { dg-warning "from an internal or runtime package\[^\n\]*linkname-internal" } */
long f (void) { return nanotime (); }

/* { dg-final { scan-assembler "(call|jmp)\\s+runtime\\.nanotime" } } */
/* { dg-final { scan-dump "linkname" "pull nanotime -> runtime.nanotime symbol runtime.nanotime scheme gccgo" } } */
