/* -fsyntax-only stops before any pass: the bindings are checked all the
   same (at the end of the compile), and an error fails it.  */
/* { dg-options "-fsyntax-only" } */

extern int c2 (void) __attribute__ ((linkname ("a.C")));
extern int c2 (void) __attribute__ ((linkname ("a.D"))); /* { dg-error ".c2. is bound to two targets\[^\n\]*linkname-conflict" } */
/* { dg-message "the other binding of .c2. is here" "" { target *-*-* } 6 } */
int p1 (void) __attribute__ ((linkname ("a.P")));
int p1 (void) { return 1; } /* { dg-message ".p1. is defined here" } */
int p2 (void) __attribute__ ((linkname ("a.P")));
int p2 (void) { return 2; } /* { dg-error ".p2. and .p1. both push .a.P.; a symbol has one definition\[^\n\]*linkname-conflict" } */
extern int pulled (void) __attribute__ ((linkname ("example.com/a/internal/b.secret"))); /* { dg-warning "which its package does not export\[^\n\]*linkname-unexported" } */
/* { dg-warning "from an internal or runtime package\[^\n\]*linkname-internal" "" { target *-*-* } 12 } */
#pragma linkname nothere a.b /* { dg-error "for .nothere., which has no file-scope declaration in this unit\[^\n\]*linkname-conflict" } */

int use (void) { return c2 () + pulled (); }
