/* Malformed targets in the attribute: each an error at the declaration,
   tagged [linkname-invalid-target].  */

extern int e1 (void) __attribute__ ((linkname (""))); /* { dg-error "invalid linkname target ..: empty target .at byte 0. \\\[linkname-invalid-target\\\]" } */
extern int e2 (void) __attribute__ ((linkname ("runtime"))); /* { dg-error "missing name\[^\n\]*linkname-invalid-target" } */
extern int e3 (void) __attribute__ ((linkname ("runtime."))); /* { dg-error "linkname-invalid-target" } */
extern int e4 (void) __attribute__ ((linkname ("a..b"))); /* { dg-error "linkname-invalid-target" } */
extern int e5 (void) __attribute__ ((linkname ("run time.x"))); /* { dg-error "white space .at byte 3\[^\n\]*linkname-invalid-target" } */
extern int e6 (void) __attribute__ ((linkname ("pkg.(*T.M"))); /* { dg-error "linkname-invalid-target" } */
extern int e7 (void) __attribute__ ((linkname ("pkg.T).M"))); /* { dg-error "linkname-invalid-target" } */
extern int e8 (void) __attribute__ ((linkname ("a\nb.c"))); /* { dg-error "a\\\\x0ab.c\[^\n\]*linkname-invalid-target" } */
extern int e9 (void) __attribute__ ((linkname ("\xff.x"))); /* { dg-error "invalid UTF-8\[^\n\]*linkname-invalid-target" } */
extern int e10 (void) __attribute__ ((linkname ("a/b/.x"))); /* { dg-error "linkname-invalid-target" } */
extern int e11 (void) __attribute__ ((linkname ("/a.x"))); /* { dg-error "linkname-invalid-target" } */
extern int e12 (void) __attribute__ ((linkname ("a.x%2e"))); /* { dg-error "linkname-invalid-target" } */
extern int e13 (void) __attribute__ ((linkname ("a.(*T)"))); /* { dg-error "linkname-invalid-target" } */
extern int e14 (void) __attribute__ ((linkname ("a\tb.c"))); /* { dg-error "linkname-invalid-target" } */
extern int e15 (void) __attribute__ ((linkname ("a.b\0c"))); /* { dg-error "embedded NUL\[^\n\]*linkname-invalid-target" } */
extern int v1 (void) __attribute__ ((linkname ("", "verbatim"))); /* { dg-error "linkname-invalid-target" } */
extern int v2 (void) __attribute__ ((linkname ("a\nb", "verbatim"))); /* { dg-error "linkname-invalid-target" } */
extern int v3 (void) __attribute__ ((linkname ("a\0b", "verbatim"))); /* { dg-error "linkname-invalid-target" } */
extern int ok (void) __attribute__ ((linkname ("a.b"))); /* { dg-bogus "error" } */
/* { dg-warning "linkname-unexported" "" { target *-*-* } 22 } */
