/* A gccgo main program pulls what C pushes: support/main.go declares
   body-less functions with //go:linkname to the gccgo-encoded names
   example_0com_1c_x2dside.Add and .Run (gccgo uses a //go:linkname
   target verbatim), and C pushes example.com/c-side.Add and .Run: the
   program links only if the plugin computes exactly what gccgo expects.
   Linked by gccgo with libgo's own main, so the Go runtime runs: Run,
   called from Go, calls back into Go code that allocates (New, Sum of
   support/lib.go, pulled by C).  */
/* { dg-step compile "go-main.c" } */
/* { dg-step go "support/main.go" "main" } */
/* { dg-step go "support/lib.go" "example.com/go-lib_x/päckage" } */
/* { dg-step link-go "" "go-main.c support/main.go support/lib.go" } */
/* { dg-output "^cAdd 5\[\r\n\]+cRun 1249975007$" } */

struct go_t;
extern struct go_t *go_new (long)
  __attribute__ ((linkname ("example.com/go-lib_x/päckage.New")));
extern long go_get (struct go_t *)
  __attribute__ ((linkname ("example.com/go-lib_x/päckage.(*T).Get")));
extern long go_sum (long)
  __attribute__ ((linkname ("example.com/go-lib_x/päckage.Sum")));

long add (long a, long b) __attribute__ ((linkname ("example.com/c-side.Add")));
long
add (long a, long b)
{
  return a + b;
}

long run (void) __attribute__ ((linkname ("example.com/c-side.Run")));
long
run (void)
{
  /* 7 + (0 + 1 + ... + 49999): within Go's int (and C's long) on
     32-bit targets too.  */
  return go_get (go_new (7)) + go_sum (50000);
}

/* { dg-final { scan-assembler "\\.globa?l\\s+example_0com_1c_x2dside\\.Add" } } */
/* { dg-final { scan-assembler "\\.globa?l\\s+example_0com_1c_x2dside\\.Run" } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Add" "T" } } */
/* { dg-final { scan-symbol "example_0com_1c_x2dside.Run" "T" } } */
/* { dg-final { scan-symbol "main.main" "T" } } */
/* { dg-final { scan-symbol-not "add" } } */
/* { dg-final { scan-symbol-not "run" } } */
