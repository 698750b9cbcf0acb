/* A push: the definition is emitted under the target's symbol, global,
   and the other unit reaches it by that name alone.  Even a static
   definition that nothing in this unit uses is emitted.  */
/* { dg-additional-sources "support/push-callers.c" } */

long twice (long x) __attribute__ ((linkname ("example.com/c-side.Twice")));
long
twice (long x)
{
  return 2 * x;
}

/* Static, unused here, and inlinable: still emitted, global.  */
__attribute__ ((linkname ("example.com/c-side.Thrice")))
static long
thrice (long x) /* { dg-warning "is .static. but pushed: it becomes global under the symbol .example_0com_1c_x2dside.Thrice. \\\[linkname-static\\\]" } */
{
  return 3 * x;
}

extern long push_callers_check (void);

int
main (void)
{
  return push_callers_check () == 2 * 5 + 3 * 7 ? 0 : 1;
}

/* { dg-final { scan-assembler "\\.globa?l\\s+example_0com_1c_x2dside\\.Twice" } } */
/* { dg-final { scan-assembler "\\.globa?l\\s+example_0com_1c_x2dside\\.Thrice" } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Twice" "T" } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Thrice" "T" } } */
/* { dg-final { scan-symbol-not "twice" } } */
/* { dg-final { scan-symbol-not "thrice" } } */
