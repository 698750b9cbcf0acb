/* -fplugin-arg-linkname-Wno-go-signature turns the class off: the
   mismatch compiles.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go -fplugin-arg-linkname-Wno-go-signature" } */

extern int go_even (long long) __attribute__ ((linkname ("example.com/vary.Even"))); /* { dg-bogus "linkname-go-signature" } */
extern unsigned long long go_twice (unsigned long long) __attribute__ ((linkname ("example.com/vary.Twice"))); /* { dg-bogus "linkname-go-signature" } */

void *use[] = { go_even, go_twice };
