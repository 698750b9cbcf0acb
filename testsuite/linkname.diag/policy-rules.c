/* The plugin decides blocked and policy by the rules linkname-check
   uses (lib/classify.c): the policy's allow lifts blocked, and a
   verbatim target is judged by its Go name, or by its text if it has
   none.  */
/* { dg-options "-fplugin-arg-linkname-policy=@srcdir@/linkname.diag/policy-rules.txt -fplugin-arg-linkname-Wno-internal -fplugin-arg-linkname-Wno-unexported" } */

extern long now (void) __attribute__ ((linkname ("time.runtimeNano"))); /* { dg-bogus "linkname-blocked" } */
extern long amd (void) __attribute__ ((linkname ("runtime.addmoduledata", "verbatim"))); /* { dg-error ".amd. pulls .runtime.addmoduledata., which the Go linker refuses\[^\n\]*linkname-blocked" } */
extern long key (void) __attribute__ ((linkname ("example.com/secret.Key", "verbatim"))); /* { dg-error "the policy denies .example.com/secret.Key. \\(\[^\n\]*policy-rules.txt:3: .deny example.com/secret.\\*.\\) \\\[linkname-policy\\\]" } */
extern long mine (void) __attribute__ ((linkname ("my_symbol", "verbatim"))); /* { dg-warning "the policy warns about .my_symbol.\[^\n\]*linkname-policy" } */
extern long nano (void) __attribute__ ((linkname ("runtime.nanotime", "verbatim"))); /* { dg-bogus "linkname-" } */

long use (void) { return now () + amd () + key () + mine () + nano (); }
