/* Pulls from the standard library are checked against its .gox files
   in the standard library's directory (configure's GO_STD_DIR), with
   no go-path: strings.ToUpper and strconv.Itoa as linkname-gen writes
   them, and strconv.Itoa with short for Go's int.  */
/* { dg-do compile } */

#include <stdint.h>

struct go_string { const uint8_t *p; intptr_t n; };

extern struct go_string strings_ToUpper (struct go_string) __attribute__ ((linkname ("strings.ToUpper")));
extern struct go_string strconv_Itoa (intptr_t) __attribute__ ((linkname ("strconv.Itoa")));
extern struct go_string itoa_short (short) __attribute__ ((linkname ("strconv.Itoa"))); /* { dg-error "parameter 1: Go passes int \\(\[48\] bytes\\) by value; the C declaration has short int \\(2 bytes\\)" } */
/* { dg-message "Go declares .strconv.Itoa. as .func Itoa\\(int\\) string." "" { target *-*-* } 13 } */
/* { dg-warning "linkname-mismatch" "" { target *-*-* } 13 } */
/* { dg-message ".strconv_Itoa. is bound here" "" { target *-*-* } 12 } */

void *use[] = { strings_ToUpper, strconv_Itoa, itoa_short };

/* The notes with the C prototype linkname-gen would write.  */
/* { dg-message "the C prototype linkname-gen would write is .extern go_string strconv_Itoa \\(go_int\\).*__attribute__ \\(\\(linkname \\(\"strconv\\.Itoa\"\\)\\)\\);." "" { target *-*-* } 13 } */
