/* Every mistake of GO-ABI.md's list, each on its own declaration: the
   errors name the parameter or result that differs and how, with a
   note giving the Go declaration.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go" } */

#include <stdint.h>

struct point { int64_t x, y; };

/* A value receiver passed by value (gccgo passes it by pointer).  */
extern int64_t go_sum (struct point)
  __attribute__ ((linkname ("example.com/vary.Point.Sum"))); /* { dg-error ".go_sum. does not match the Go declaration of .example.com/vary.Point.Sum.: receiver: Go passes the receiver of a value method by pointer \\(const Point \\*\\); the C declaration passes Point by value \\\[linkname-go-signature\\\]" "" { target *-*-* } 12 } */
/* { dg-message "Go declares .example.com/vary.Point.Sum. as .func \\(Point\\) Sum\\(\\) int64." "" { target *-*-* } 12 } */

/* A string split into two scalars.  */
extern intptr_t go_len (const uint8_t *, intptr_t)
  __attribute__ ((linkname ("example.com/vary.Len"))); /* { dg-error "Go.s function takes 1 parameter; the C declaration has 2" "" { target *-*-* } 17 } */
/* { dg-error "parameter 1: Go passes string \\(\[0-9\]+ bytes: pointer, int(32|64)\\) as one value; the C declaration splits it into 2 parameters" "" { target *-*-* } 17 } */
/* { dg-message "Go declares .example.com/vary.Len. as .func Len\\(string\\) int." "" { target *-*-* } 17 } */

/* Several results as one scalar.  */
extern int64_t go_div (int64_t, int64_t)
  __attribute__ ((linkname ("example.com/vary.Div"))); /* { dg-error "result: Go returns \\(int64, int64\\) \\(16 bytes: int64 x2\\); the C declaration returns int64_t \\(8 bytes\\)" "" { target *-*-* } 23 } */
/* { dg-message "func Div\\(int64, int64\\) \\(int64, int64\\)" "" { target *-*-* } 23 } */

/* int for bool.  */
extern int go_even (int64_t)
  __attribute__ ((linkname ("example.com/vary.Even"))); /* { dg-error "result: Go returns bool \\(1 byte\\); the C declaration returns int \\(4 bytes\\)" "" { target *-*-* } 28 } */
/* { dg-message "func Even\\(int64\\) bool" "" { target *-*-* } 28 } */

/* double for float32.  */
extern double go_half (double)
  __attribute__ ((linkname ("example.com/vary.Half"))); /* { dg-error "parameter 1: Go passes float32 \\(4 bytes\\) by value; the C declaration has double \\(8 bytes\\)" "" { target *-*-* } 33 } */
/* { dg-error "result: Go returns float32 \\(4 bytes\\); the C declaration returns double \\(8 bytes\\)" "" { target *-*-* } 33 } */
/* { dg-message "func Half\\(float32\\) float32" "" { target *-*-* } 33 } */

/* A C function pointer for a Go func value.  */
extern int64_t go_apply (int64_t (*) (int64_t), int64_t)
  __attribute__ ((linkname ("example.com/vary.Apply"))); /* { dg-error "parameter 1: a C function pointer where Go expects a func value \\(a pointer to a closure\\)" "" { target *-*-* } 39 } */
/* { dg-message "func Apply\\(func\\(int64\\) int64, int64\\) int64" "" { target *-*-* } 39 } */

/* complex128 as double.  */
extern double go_real (double)
  __attribute__ ((linkname ("example.com/vary.Real"))); /* { dg-error "parameter 1: Go passes complex128 \\(16 bytes\\) by value; the C declaration has double \\(8 bytes\\)" "" { target *-*-* } 44 } */
/* { dg-message "func Real\\(complex128\\) float64" "" { target *-*-* } 44 } */

/* A struct as long.  */
extern int64_t go_norm (long)
  __attribute__ ((linkname ("example.com/vary.Norm"))); /* { dg-error "parameter 1: Go passes Point \\(16 bytes: int64 x2\\) by value; the C declaration has long int \\(\[48\] bytes\\)" "" { target *-*-* } 49 } */
/* { dg-message "func Norm\\(Point\\) int64" "" { target *-*-* } 49 } */

/* The Go name of a function whose symbol is an asm one.  */
extern int64_t go_renamed (int64_t)
  __attribute__ ((linkname ("example.com/vary.Renamed"))); /* { dg-error ".go_renamed. is bound to .example.com/vary.Renamed., whose symbol is .vary_renamed., not .example_0com_1vary.Renamed. \\(its export data says ...asm vary_renamed...\\): bind it with the .verbatim. scheme" "" { target *-*-* } 54 } */
/* { dg-message "for example .__attribute__ \\(\\(linkname \\(\"vary_renamed\", \"verbatim\"\\)\\)\\)." "" { target *-*-* } 54 } */

/* Bound verbatim to its symbol, the same function is not checked.  */
extern int64_t go_renamed_ok (int64_t)
  __attribute__ ((linkname ("vary_renamed", "verbatim")));

/* int64 as uint64: a warning, for each of parameter and result.  */
extern uint64_t go_twice (uint64_t)
  __attribute__ ((linkname ("example.com/vary.Twice"))); /* { dg-warning ".go_twice. may not match the Go declaration of .example.com/vary.Twice.: parameter 1: Go passes int64 \\(8 bytes\\); the C declaration has uint64_t \\(8 bytes\\): uint64 where Go has int64 \\(signedness differs\\) \\\[linkname-go-signature\\\]" "" { target *-*-* } 63 } */
/* { dg-warning "result: Go returns int64 \\(8 bytes\\); the C declaration returns uint64_t \\(8 bytes\\): uint64 where Go has int64 \\(signedness differs\\)" "" { target *-*-* } 63 } */
/* { dg-message "func Twice\\(int64\\) int64" "" { target *-*-* } 63 } */

/* A variable of another type.  */
extern double go_counter
  __attribute__ ((linkname ("example.com/vary.Counter"))); /* { dg-error "variable: Go declares int64 \\(8 bytes\\); the C declaration declares double \\(8 bytes\\): float64 where Go has int64 \\(another register class\\)" "" { target *-*-* } 69 } */
/* { dg-message "Go declares .example.com/vary.Counter. as .var Counter int64." "" { target *-*-* } 69 } */

void *use[] = { go_sum, go_len, go_div, go_even, go_half, go_apply, go_real,
		go_norm, go_renamed, go_renamed_ok, go_twice, &go_counter };

/* The notes with the C prototype linkname-gen would write.  */
/* { dg-message "the C prototype linkname-gen would write is .extern int64_t example_com_vary_Point_Sum \\(const example_com_vary_Point \\*\\).*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Point\\.Sum\"\\)\\)\\);." "" { target *-*-* } 12 } */
/* { dg-message "the C prototype linkname-gen would write is .extern go_int example_com_vary_Len \\(go_string\\).*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Len\"\\)\\)\\);." "" { target *-*-* } 17 } */
/* { dg-message "the C prototype linkname-gen would write is .extern example_com_vary_Div_ret example_com_vary_Div \\(int64_t, int64_t\\).*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Div\"\\)\\)\\);." "" { target *-*-* } 23 } */
/* { dg-message "the C prototype linkname-gen would write is .extern go_bool example_com_vary_Even \\(int64_t\\).*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Even\"\\)\\)\\);." "" { target *-*-* } 28 } */
/* { dg-message "the C prototype linkname-gen would write is .extern .*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Half\"\\)\\)\\);." "" { target *-*-* } 33 } */
/* { dg-message "the C prototype linkname-gen would write is .extern int64_t example_com_vary_Apply \\(go_func, int64_t\\).*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Apply\"\\)\\)\\);." "" { target *-*-* } 39 } */
/* { dg-message "the C prototype linkname-gen would write is .extern double example_com_vary_Real \\(go_complex128\\).*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Real\"\\)\\)\\);." "" { target *-*-* } 44 } */
/* { dg-message "the C prototype linkname-gen would write is .extern .*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Norm\"\\)\\)\\);." "" { target *-*-* } 49 } */
/* { dg-message "the C prototype linkname-gen would write is .extern .*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Twice\"\\)\\)\\);." "" { target *-*-* } 63 } */
/* { dg-message "the C prototype linkname-gen would write is .extern int64_t example_com_vary_Counter .*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Counter\"\\)\\)\\);." "" { target *-*-* } 69 } */
