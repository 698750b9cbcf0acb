/* client-good.c -- a client of clib that reaches two of its internals
   through linkname, both of which the library marked: linkname-check
   --strict finds a push marker for every pull, and passes.  */

#include <stdio.h>

#include "clib.h"

/* Pulls: every call goes to the library's marked definitions.  */
extern long clib_calls (void) __attribute__ ((linkname ("example.com/clib.Calls")));
extern void clib_reset (void)
  __attribute__ ((linkname ("example.com/clib.ResetForTest")));

int
main (void)
{
  clib_add (2);
  clib_add (3);
  printf ("total %ld after %ld calls\n", clib_total (), clib_calls ());
  clib_reset ();
  printf ("total %ld after %ld calls\n", clib_total (), clib_calls ());
  return 0;
}
