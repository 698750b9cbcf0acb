/* Redeclarations: the binding holds for the merged declaration whether
   the first declaration, a later one, or the definition carries it.
   C's merge_decls copies the first declaration's assembler name over
   later ones, which is why the plugin renames the merged declaration
   in its pass and not in the attribute handler.  */
/* { dg-additional-sources "support/targets.c support/push-callers.c" } */

extern long first (long, long)
  __attribute__ ((linkname ("example.com/foo-bar/v2.Add")));
extern long first (long, long);

extern long later (void);
extern long later (void)
  __attribute__ ((linkname ("gopkg.in/yaml%2ev3.Marshal")));
extern long later (void);

/* Declared plainly, used, then pushed by its definition.  */
long twice (long);
long use_twice (long x) { return twice (x); }
__attribute__ ((linkname ("example.com/c-side.Twice")))
long
twice (long x)
{
  return x + x;
}

/* Declared with the binding, defined without it.  */
long thrice (long) __attribute__ ((linkname ("example.com/c-side.Thrice")));
long
thrice (long x)
{
  return x * 3;
}

extern long push_callers_check (void);

int
main (void)
{
  if (first (1, 1) != 2 || later () != 3)
    return 1;
  if (use_twice (4) != 8)
    return 2;
  return push_callers_check () == 31 ? 0 : 3;
}

/* { dg-final { scan-assembler-not {[\t ,](first|later|twice|thrice)\M} } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Twice" "T" } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Thrice" "T" } } */
