/* Conflicting bindings: an asm label and a linkname, two targets for one
   declaration, two definitions pushing one symbol, a pragma with no
   declaration.  */

extern int c1 (void) __asm__ ("foo") __attribute__ ((linkname ("a.B"))); /* { dg-error ".c1. has an .asm. label and a linkname\[^\n\]*linkname-conflict" } */
extern int c2 (void) __attribute__ ((linkname ("a.C")));
extern int c2 (void) __attribute__ ((linkname ("a.D"))); /* { dg-error ".c2. is bound to two targets\[^\n\]*linkname-conflict" } */
/* { dg-message "the other binding of .c2. is here" "" { target *-*-* } 7 } */
extern int v3 __attribute__ ((linkname ("x.org/m.G")));
extern int v3 __attribute__ ((linkname ("x.org/m.G", "gc"))); /* { dg-error ".v3. is bound to .x.org/m.G. under two schemes, .gccgo. and .gc.; a declaration has one symbol \\\[linkname-conflict\\\]" } */
/* { dg-message "the other binding of .v3. is here" "" { target *-*-* } 10 } */

int p1 (void) __attribute__ ((linkname ("a.P")));
int p1 (void) { return 1; } /* { dg-message ".p1. is defined here" } */
int p2 (void) __attribute__ ((linkname ("a.P")));
int p2 (void) { return 2; } /* { dg-error ".p2. and .p1. both push .a.P.; a symbol has one definition\[^\n\]*linkname-conflict" } */

extern int pr (void) __attribute__ ((linkname ("a.E"))); /* { dg-message "the other binding" } */
#pragma linkname pr a.F /* { dg-error ".pr. is bound to two targets, .a.E. and .a.F\[^\n\]*linkname-conflict" } */

#pragma linkname nothere a.b /* { dg-error "for .nothere., which has no file-scope declaration in this unit\[^\n\]*linkname-conflict" } */

int use (void) { return c1 () + c2 () + pr () + p1 () + p2 () + v3; }
