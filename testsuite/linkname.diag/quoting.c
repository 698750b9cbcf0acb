/* A symbol the assembler cannot take in an instruction operand is an
   error, not a broken assembly file.  */

extern int q1 (void) __attribute__ ((linkname ("a,b", "verbatim"))); /* { dg-error "cannot take in an instruction operand" } */
extern int q2 (void) __attribute__ ((linkname ("a@b", "verbatim"))); /* { dg-error "cannot take in an instruction operand" } */
extern int q3 (void) __attribute__ ((linkname ("a\"b", "verbatim"))); /* { dg-error "cannot take in an instruction operand" } */
int use (void) { return q1 () + q2 () + q3 (); }
