/* Each warning class of SPEC section 4 fires by default, at the
   declaration, tagged with its class.  */

extern long nanotime (void) __attribute__ ((linkname ("runtime.nanotime"))); /* { dg-warning "pulls .runtime.nanotime., which its package does not export\[^\n\]*linkname-unexported" } */
/* { dg-warning "linkname-internal" "" { target *-*-* } 4 } */
extern long gosched (void) __attribute__ ((linkname ("runtime.Gosched"))); /* { dg-warning "from an internal or runtime package\[^\n\]*linkname-internal" } */
extern long secret (void) __attribute__ ((linkname ("example.com/a/internal/b.Secret"))); /* { dg-warning "linkname-internal" } */
extern long weakly (void) __attribute__ ((weak, linkname ("example.com/x.W"))); /* { dg-warning ".weakly. is weak\[^\n\]*linkname-weak" } */
__attribute__ ((visibility ("hidden"), linkname ("example.com/x.H"))) long hidden (void) { return 1; } /* { dg-warning "pushed with hidden visibility\[^\n\]*linkname-visibility" } */
__attribute__ ((linkname ("example.com/x.S"))) static long stat (void) { return 2; } /* { dg-warning ".stat. is .static. but pushed\[^\n\]*linkname-static" } */
extern long gcfn (void) __attribute__ ((linkname ("example.com/x.G", "gc"))); /* { dg-warning "under the .gc. scheme\[^\n\]*linkname-gc-abi" } */
extern long gcvar __attribute__ ((linkname ("example.com/x.V", "gc"))); /* { dg-bogus "linkname-gc-abi" } */
extern int strlen_like (const char *) __attribute__ ((linkname ("example.com/x.M")));
extern long strlen_other (long) __attribute__ ((linkname ("example.com/x.M"))); /* { dg-warning "binds .example.com/x.M. as .func\\(i(32|64)\\)i(32|64)., but .strlen_like. binds it as .func\\(\\*\[iu\]8\\)i32.\[^\n\]*linkname-mismatch" } */
/* { dg-message ".strlen_like. is bound here" "" { target *-*-* } 13 } */
void *memset (void *, int, __SIZE_TYPE__) __attribute__ ((linkname ("example.com/x.Memset"))); /* { dg-warning "is a GCC built-in\[^\n\]*linkname-builtin" } */

/* Pushing one's own unexported or runtime name is no risk.  */
long pushed_lower (void) __attribute__ ((linkname ("runtime.myOwn"))); /* { dg-bogus "linkname-" } */
long pushed_lower (void) { return 3; }
/* Nor is a verbatim symbol: it has no Go structure to judge.  */
extern long raw (void) __attribute__ ((linkname ("lower_case", "verbatim"))); /* { dg-bogus "linkname-" } */

long
use (void)
{
  char b[4];
  memset (b, 0, sizeof b);
  return nanotime () + gosched () + secret () + weakly () + gcfn () + gcvar
	 + strlen_like (b) + strlen_other (1) + raw () + b[0];
}
