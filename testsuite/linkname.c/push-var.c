/* Pushed variables: an initialised one, a C tentative definition, and a
   static one that nothing in this unit uses.  */
/* { dg-additional-sources "support/push-var-readers.c" } */

long limit __attribute__ ((linkname ("example.com/c-side.Limit"))) = 100;
long zero __attribute__ ((linkname ("example.com/c-side.Zero")));
static long unused __attribute__ ((linkname ("example.com/c-side.Unused"))) = 20; /* { dg-warning ".unused. is .static. but pushed\[^\n\]*linkname-static" } */

extern long push_var_check (void);

int
main (void)
{
  if (push_var_check () != 121)
    return 1;
  return zero == 1 && limit == 100 ? 0 : 2;
}

/* { dg-final { scan-symbol "example_0com_1c_x2dside.Limit" "D" } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Zero" "BC" } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Unused" "D" } } */
/* { dg-final { scan-symbol-not "limit" } } */
/* { dg-final { scan-symbol-not "zero" } } */
