/* -Werror=CLASS makes one class an error; the others stay warnings.  A
   later -WCLASS turns a class back on after -Wno-CLASS.  */
/* { dg-options "-fplugin-arg-linkname-Werror=internal -fplugin-arg-linkname-Wno-weak -fplugin-arg-linkname-Wweak" } */

extern long nanotime (void) __attribute__ ((linkname ("runtime.nanotime"))); /* { dg-error "from an internal or runtime package\[^\n\]*linkname-internal" } */
/* { dg-warning "which its package does not export" "" { target *-*-* } 5 } */
extern long weakly (void) __attribute__ ((weak, linkname ("example.com/x.W"))); /* { dg-warning "linkname-weak" } */

long use (void) { return nanotime () + weakly (); }
