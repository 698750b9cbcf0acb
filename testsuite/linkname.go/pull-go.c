/* C pulls a function, a variable and a pointer method of a package that
   gccgo compiled as example.com/go-lib_x/päckage ('.', '/', '-', '_' and
   a non-ASCII letter in the import path), then links with gccgo (so
   libgo comes too) and runs.

   libgo refers to main.main and __go_init_main, the body and the init
   of a Go main package; this program's main is C's, so it defines both,
   main.main by a push (without it the link fails: "libgo.so: undefined
   reference to `main.main'").  C's main runs instead of libgo's, so the
   Go runtime is never started: the Go functions called here must not
   need it (no allocation, no goroutine, no panic; gccgo code uses the C
   calling convention, and its split-stack prologue works on the C stack
   of the main thread).  Allocating Go code called this way crashes;
   go-main.c calls it under a running runtime.  main.main is
   unexported (-Wno-unexported: SPEC section 4 is linkname.diag's).  */
/* { dg-step go "support/lib.go" "example.com/go-lib_x/päckage" } */
/* { dg-step compile "pull-go.c" "-fplugin-arg-linkname-Wno-unexported" } */
/* { dg-step link-go "" "pull-go.c support/lib.go" } */

extern long go_add (long, long)
  __attribute__ ((linkname ("example.com/go-lib_x/päckage.Add")));
extern long go_answer
  __attribute__ ((linkname ("example.com/go-lib_x/päckage.Answer")));
/* Go's T: one int, 64 bits in gccgo on this target.  */
struct go_t { long x; };
extern long go_get (struct go_t *)
  __attribute__ ((linkname ("example.com/go-lib_x/päckage.(*T).Get")));

void go_main (void) __attribute__ ((linkname ("main.main")));
void
go_main (void)
{
}

void
__go_init_main (void)
{
}

int
main (void)
{
  struct go_t t = { 7 };
  if (go_add (2, 3) != 5)
    return 1;
  if (go_answer != 42)
    return 2;
  go_answer = 43;
  if (go_answer != 43)
    return 3;
  if (go_get (&t) != 7)
    return 4;
  return 0;
}

/* { dg-final { scan-assembler "example_0com_1go_x2dlib__x_1p_u00e4ckage\\.Add" } } */
/* { dg-final { scan-assembler "example_0com_1go_x2dlib__x_1p_u00e4ckage\\.Answer" } } */
/* { dg-final { scan-assembler "example_0com_1go_x2dlib__x_1p_u00e4ckage\\.T\\.Get" } } */
/* { dg-final { scan-assembler "\\.globa?l\\s+main\\.main" } } */
/* In the executable, Go's definitions (gccgo) and C's push.  */
/* { dg-final { scan-symbol "example_0com_1go_x2dlib__x_1p_u00e4ckage.Add" "T" } } */
/* { dg-final { scan-symbol "example_0com_1go_x2dlib__x_1p_u00e4ckage.Answer" "D" } } */
/* { dg-final { scan-symbol "example_0com_1go_x2dlib__x_1p_u00e4ckage.T.Get" "T" } } */
/* { dg-final { scan-symbol "main.main" "T" } } */
/* { dg-final { scan-symbol-not "go_main" } } */
