/* -fplugin-arg-linkname-Wno-error=go-signature makes the class's
   errors warnings.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go -fplugin-arg-linkname-Wno-error=go-signature" } */

extern int go_even (long long) __attribute__ ((linkname ("example.com/vary.Even"))); /* { dg-warning "result: Go returns bool \\(1 byte\\); the C declaration returns int \\(4 bytes\\) \\\[linkname-go-signature\\\]" } */
/* { dg-message "func Even" "" { target *-*-* } 6 } */

void *use[] = { go_even };

/* The notes with the C prototype linkname-gen would write.  */
/* { dg-message "the C prototype linkname-gen would write is .extern go_bool example_com_vary_Even \\(int64_t\\).*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Even\"\\)\\)\\);." "" { target *-*-* } 6 } */
