/* -fplugin-arg-linkname-go=1.24: the blocklist of Go 1.24's linker,
   which has the coroutine names and internal/runtime/maps.mapKeyError,
   and not yet runtime.addmoduledata (Go 1.26) nor
   internal/cpu.riscvHWProbe (Go 1.25).  */
/* { dg-options "-fplugin-arg-linkname-go=1.24 -fplugin-arg-linkname-Wno-internal -fplugin-arg-linkname-Wno-unexported" } */

extern long cs (void) __attribute__ ((linkname ("runtime.coroswitch"))); /* { dg-error ".cs. pulls .runtime.coroswitch., which the Go linker refuses to link by name from outside the packages that own it .Go 1.24 \[^\n\]*linkname-blocked" } */
extern long nc (void) __attribute__ ((linkname ("runtime.newcoro"))); /* { dg-error "linkname-blocked" } */
extern long mke (void) __attribute__ ((linkname ("internal/runtime/maps.mapKeyError"))); /* { dg-error "linkname-blocked" } */
extern long amd (void) __attribute__ ((linkname ("runtime.addmoduledata"))); /* { dg-bogus "linkname-blocked" } */
extern long hwp (void) __attribute__ ((linkname ("internal/cpu.riscvHWProbe"))); /* { dg-bogus "linkname-blocked" } */

long use (void) { return cs () + nc () + mke () + amd () + hwp (); }
