/* Under "#pragma linkname package PATH" a push marker's default name is
   PATH.localname, under the unit's scheme.  */
/* { dg-additional-sources "support/push-callers.c" } */

#pragma linkname package example.com/c-side

__attribute__ ((linkname)) long
Twice (long x)
{
  return 2 * x;
}

long Thrice (long x) { return 3 * x; }
#pragma linkname Thrice

extern long push_callers_check (void);

int
main (void)
{
  return push_callers_check () == 31 ? 0 : 1;
}

/* { dg-final { scan-symbol "example_0com_1c_x2dside.Twice" "T" } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Thrice" "T" } } */
