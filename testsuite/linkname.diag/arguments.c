/* Attribute arguments of the wrong kind or number.  */

extern int a1 (void) __attribute__ ((linkname (42))); /* { dg-error "first argument of attribute .linkname. must be a narrow string literal\[^\n\]*linkname-invalid-target" } */
extern int a2 (void) __attribute__ ((linkname (L"x.y"))); /* { dg-error "narrow string literal" } */
extern int a3 (void) __attribute__ ((linkname (a1))); /* { dg-error "narrow string literal" } */
extern int a4 (void) __attribute__ ((linkname ("x.y", "nope"))); /* { dg-error "unknown linkname scheme .nope.; valid schemes are gccgo, gc, verbatim" } */
extern int a5 (void) __attribute__ ((linkname ("x.y", 1))); /* { dg-error "second argument of attribute .linkname. must be a narrow string literal" } */
extern int a6 (void) __attribute__ ((linkname ("x.y", "gc", "z"))); /* { dg-error "wrong number of arguments" } */
/* { dg-message "expected between 0 and 2, found 3" "" { target *-*-* } 8 } */
extern int a7 (void) __attribute__ ((linkname ("x.y", "gc\0x"))); /* { dg-error "unknown linkname scheme" } */
