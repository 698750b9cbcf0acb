/* GCC's own -w silences the plugin's warnings; errors stay.  */
/* { dg-options "-w" } */

extern long nanotime (void) __attribute__ ((linkname ("runtime.nanotime"))); /* { dg-bogus "linkname-" } */
extern long bad (void) __attribute__ ((linkname ("runtime."))); /* { dg-error "linkname-invalid-target" } */

long use (void) { return nanotime (); }
