/* -fplugin-arg-linkname-Wno-CLASS silences each warning class.  */
/* { dg-options "-fplugin-arg-linkname-Wno-unexported -fplugin-arg-linkname-Wno-internal -fplugin-arg-linkname-Wno-weak -fplugin-arg-linkname-Wno-visibility -fplugin-arg-linkname-Wno-static -fplugin-arg-linkname-Wno-gc-abi -fplugin-arg-linkname-Wno-mismatch -fplugin-arg-linkname-Wno-builtin" } */

extern long nanotime (void) __attribute__ ((linkname ("runtime.nanotime"))); /* { dg-bogus "linkname-" } */
extern long weakly (void) __attribute__ ((weak, linkname ("example.com/x.W"))); /* { dg-bogus "linkname-" } */
__attribute__ ((visibility ("hidden"), linkname ("example.com/x.H"))) long hidden (void) { return 1; } /* { dg-bogus "linkname-" } */
__attribute__ ((linkname ("example.com/x.S"))) static long stat (void) { return 2; } /* { dg-bogus "linkname-" } */
extern long gcfn (void) __attribute__ ((linkname ("example.com/x.G", "gc"))); /* { dg-bogus "linkname-" } */
extern int m1 (const char *) __attribute__ ((linkname ("example.com/x.M")));
extern long m2 (long) __attribute__ ((linkname ("example.com/x.M"))); /* { dg-bogus "linkname-" } */
void *memset (void *, int, __SIZE_TYPE__) __attribute__ ((linkname ("example.com/x.Memset"))); /* { dg-bogus "linkname-" } */

long use (void) { return nanotime () + weakly () + gcfn () + m1 ("") + m2 (1); }
