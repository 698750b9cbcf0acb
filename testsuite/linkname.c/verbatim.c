/* The verbatim scheme takes the string as the symbol, whatever its
   characters; the assembler reads it quoted and the symbol table holds
   it exactly.  */
/* { dg-additional-sources "support/targets.c" } */

extern long odd (void) __attribute__ ((linkname ("any+thing%(*)/x", "verbatim")));
long (*volatile odd_p) (void) = odd;

int
main (void)
{
  return odd () == 7 && odd_p () == 7 ? 0 : 1;
}

/* { dg-final { scan-assembler "\"any\\+thing%\\(\\*\\)/x\"" } } */
/* { dg-final { scan-symbol "any+thing%(*)/x" "Tt" } } */
