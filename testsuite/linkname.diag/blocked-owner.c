/* A unit that says it implements package iter may pull the coroutine
   names, as Go's linker (1.23 to 1.26) lets package iter.  */
/* { dg-options "-fplugin-arg-linkname-go=1.26 -fplugin-arg-linkname-Wno-internal -fplugin-arg-linkname-Wno-unexported" } */

#pragma linkname package iter
extern long cs (void) __attribute__ ((linkname ("runtime.coroswitch"))); /* { dg-bogus "linkname-blocked" } */

long use (void) { return cs (); }
