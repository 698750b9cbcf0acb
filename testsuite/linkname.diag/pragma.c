/* Malformed pragmas: missing or extra tokens, white space in a target,
   a pragma inside a function.  Every one is an error; none crashes.  */

#pragma linkname /* { dg-error "expected the name of a declaration after .#pragma linkname\[^\n\]*linkname-invalid-target" } */
#pragma linkname 42 /* { dg-error "expected the name of a declaration" } */
#pragma linkname "x" a.b /* { dg-error "expected the name of a declaration" } */
extern int x (void);
#pragma linkname x a.b c /* { dg-error "white space in the target" } */
extern int y (void);
#pragma linkname y "a.b" junk /* { dg-error "junk after the target" } */
extern int z (void);
#pragma linkname z a . b /* { dg-error "white space in the target" } */
extern int w (void);
#pragma linkname w a.b; /* { dg-error "unexpected token in the target\[^\n\]*string literal" } */
extern int v (void);
#pragma linkname v a.b/ /* { dg-error "linkname-invalid-target" } */
extern int u (void);
#pragma linkname u "" /* { dg-error "empty target" } */
extern int s (void);
#pragma linkname s L"a.b" /* { dg-error "linkname-invalid-target" } */
#pragma linkname package /* { dg-error "missing import path" } */
#pragma linkname package "" /* { dg-error "invalid import path" } */
#pragma linkname package "a//b" /* { dg-error "linkname-invalid-target" } */

void
in_function (void)
{
#pragma linkname in_function a.b /* { dg-error "only allowed at file scope\[^\n\]*linkname-not-symbol" } */
}
