/* Go's linker blocks references to some names from every package but
   the ones it lists: a pull of one is an error; a push is not a
   reference.  */
/* { dg-options "-fplugin-arg-linkname-Wno-internal -fplugin-arg-linkname-Wno-unexported" } */

extern long cs (void) __attribute__ ((linkname ("runtime.coroswitch"))); /* { dg-error ".cs. pulls .runtime.coroswitch., which the Go linker refuses to link by name\[^\n\]*linkname-blocked" } */
extern long nc (void) __attribute__ ((linkname ("runtime.newcoro"))); /* { dg-error "linkname-blocked" } */
extern long now (void) __attribute__ ((linkname ("time.runtimeNano"))); /* { dg-error "linkname-blocked" } */
long mine (void) __attribute__ ((linkname ("internal/sync.fatal"))); /* { dg-bogus "linkname-blocked" } */
long mine (void) { return 1; }

/* Not on the list.  */
extern long ok (void) __attribute__ ((linkname ("runtime.Gosched"))); /* { dg-bogus "linkname-blocked" } */

long use (void) { return cs () + nc () + now () + ok (); }
