/* A symbol the assembler cannot take in an instruction operand is an
   error, not a broken assembly file.  */

extern int q1 (void) __attribute__ ((linkname ("a,b", "verbatim"))); /* { dg-error "cannot take in an instruction operand" } */
extern int q2 (void) __attribute__ ((linkname ("a@b", "verbatim"))); /* { dg-error "cannot take in an instruction operand" } */
extern int q3 (void) __attribute__ ((linkname ("a\"b", "verbatim"))); /* { dg-error "cannot take in an instruction operand" } */
/* GCC names sections after a definition's symbol.  */
int q4 (void) __attribute__ ((linkname ("a b", "verbatim")));
int q4 (void) { return 4; } /* { dg-error "has white space, which the assembler cannot take in a section name" } */
/* A pull may have white space: no section is named after it.  */
extern int q5 (void) __attribute__ ((linkname ("a b", "verbatim"))); /* { dg-bogus "error" } */

int use (void) { return q1 () + q2 () + q3 () + q5 (); }
