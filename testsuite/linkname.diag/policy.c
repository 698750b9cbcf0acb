/* A policy file: deny is an error, warn a warning, and the last rule
   that matches decides.  */
/* { dg-options "-fplugin-arg-linkname-policy=@srcdir@/linkname.diag/policy.txt" } */

extern long key (void) __attribute__ ((linkname ("example.com/secret.Key"))); /* { dg-error "the policy denies .example.com/secret.Key. \\(\[^\n\]*policy.txt:2: .deny example.com/secret.\\*.\\) \\\[linkname-policy\\\]" } */
extern long open_ (void) __attribute__ ((linkname ("example.com/secret.Open"))); /* { dg-bogus "linkname-policy" } */
extern long wobble (void) __attribute__ ((linkname ("example.com/x.Wobble"))); /* { dg-warning "the policy warns about .example.com/x.Wobble.\[^\n\]*linkname-policy" } */
extern long wrong (void) __attribute__ ((linkname ("example.com/x.Wrong"))); /* { dg-error "policy.txt:5: .deny example.com/x.Wrong" } */
long pushed (void) __attribute__ ((linkname ("example.com/secret.Mine")));
long int pushed (void) { return 0; } /* { dg-error "the policy denies .example.com/secret.Mine." } */

long use (void) { return key () + open_ () + wobble () + wrong (); }
