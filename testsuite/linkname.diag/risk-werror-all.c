/* -Werror makes every warning class an error, except those kept by
   -Wno-error=CLASS.  */
/* { dg-options "-fplugin-arg-linkname-Werror -fplugin-arg-linkname-Wno-error=unexported" } */

extern long nanotime (void) __attribute__ ((linkname ("runtime.nanotime"))); /* { dg-error "linkname-internal" } */
/* { dg-warning "linkname-unexported" "" { target *-*-* } 5 } */

long use (void) { return nanotime (); }
