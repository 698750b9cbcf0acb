/* Go's linker blocks references to some names from every package but
   the ones it lists: a pull of one is an error; a push is not a
   reference.  By default the blocklist of the newest Go release (1.27),
   where the coroutine names are no longer listed (blocked-release.c
   has the older ones).  */
/* { dg-options "-fplugin-arg-linkname-Wno-internal -fplugin-arg-linkname-Wno-unexported" } */

extern long now (void) __attribute__ ((linkname ("time.runtimeNano"))); /* { dg-error ".now. pulls .time.runtimeNano., which the Go linker refuses to link by name from outside the packages that own it .Go 1.27 \[^\n\]*linkname-blocked" } */
extern long amd (void) __attribute__ ((linkname ("runtime.addmoduledata"))); /* { dg-error "linkname-blocked" } */
extern long hwp (void) __attribute__ ((linkname ("internal/cpu.riscvHWProbe"))); /* { dg-error "linkname-blocked" } */
extern long cs (void) __attribute__ ((linkname ("runtime.coroswitch"))); /* { dg-bogus "linkname-blocked" } */
long mine (void) __attribute__ ((linkname ("internal/sync.fatal"))); /* { dg-bogus "linkname-blocked" } */
long mine (void) { return 1; }

/* Not on the list.  */
extern long ok (void) __attribute__ ((linkname ("runtime.Gosched"))); /* { dg-bogus "linkname-blocked" } */

long use (void) { return now () + amd () + hwp () + cs () + ok (); }
