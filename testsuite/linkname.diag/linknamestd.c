/* #pragma linknamestd binds as #pragma linkname does; it has no package
   form.  */
/* { dg-options "-fplugin-arg-linkname-Wno-internal -fplugin-arg-linkname-Wno-unexported" } */

#pragma linkname package runtime
#pragma linknamestd package internal/x /* { dg-error ".#pragma linknamestd. binds a declaration; give the package of the unit with .#pragma linkname package.\[^\n\]*linkname-invalid-target" } */
#pragma linknamestd newcoro
#pragma linknamestd helper runtime.helper2 /* { dg-bogus "linkname" } */
#pragma linknamestd 42 /* { dg-error "expected the name of a declaration" } */

void *newcoro (void *f) { return f; }
long helper (long x) { return x; }
