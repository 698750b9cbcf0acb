/* -fplugin-arg-linkname-Werror=go-signature makes the soft findings
   (signedness here) errors too.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go -fplugin-arg-linkname-Werror=go-signature" } */

extern unsigned long long go_twice (long long) __attribute__ ((linkname ("example.com/vary.Twice"))); /* { dg-error "result: Go returns int64 \\(8 bytes\\); the C declaration returns long long unsigned int \\(8 bytes\\): uint64 where Go has int64 \\(signedness differs\\) \\\[linkname-go-signature\\\]" } */
/* { dg-message "func Twice" "" { target *-*-* } 6 } */

void *use[] = { go_twice };

/* The notes with the C prototype linkname-gen would write.  */
/* { dg-message "the C prototype linkname-gen would write is .extern .*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Twice\"\\)\\)\\);." "" { target *-*-* } 6 } */
