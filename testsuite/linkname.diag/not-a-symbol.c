/* Names the assembler does not take for a symbol of that name: a
   section (".text" would bind the call to the section's symbol), a local
   label, a register.  And a symbol that a definition of the unit already
   has under its own name.  Each is an error at the declaration.  */

extern int s1 (void) __attribute__ ((linkname (".text", "verbatim"))); /* { dg-error "symbol ..text. of .s1. starts with '.', which the assembler reads as a section or a local label \\\[linkname-invalid-target\\\]" } */
extern int s2 (void) __attribute__ ((linkname (".eh_frame", "verbatim"))); /* { dg-error "symbol ..eh_frame. of .s2. starts with '.'" } */
extern int s3 (void) __attribute__ ((linkname ("%rax", "verbatim"))); /* { dg-error "symbol .%rax. of .s3. starts with '%', which the assembler reads as a register \\\[linkname-invalid-target\\\]" } */
int s4 (void) __attribute__ ((linkname (".L1", "verbatim")));
int s4 (void) { return 4; } /* { dg-error "symbol ..L1. of the definition .s4. starts with .\.." } */

int mine (void) { return 1; } /* { dg-message ".mine. is defined here" } */
extern int s5 (void) __attribute__ ((linkname ("mine", "verbatim"))); /* { dg-error ".s5. is bound to .mine., which .mine. of this unit already defines \\\[linkname-conflict\\\]" } */
long data = 2; /* { dg-message ".data. is defined here" } */
long s6 __attribute__ ((linkname ("data", "verbatim"))) = 3; /* { dg-error ".s6. is bound to .data., which .data. of this unit already defines" } */

int use (void) { return s1 () + s2 () + s3 () + s5 () + (int) s6; }
