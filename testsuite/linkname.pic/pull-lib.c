/* Pulls in a shared library, the definitions in the executable: the
   executable pushes a function and a gc-scheme variable and defines a
   method by an asm label, and exports them with -rdynamic; the library
   (libln-pic-pull.so) pulls them.  */
/* { dg-step link "libln-pic-pull.so" "support/pull-lib.c" "-fPIC -shared" } */
/* { dg-step compile "pull-lib.c" } */
/* { dg-step link "" "pull-lib.c -L. -lln-pic-pull" "-rdynamic" } */

long callback (long x) __attribute__ ((linkname ("example.com/pic-app.Callback")));
long
callback (long x)
{
  return 10 * x;
}

long config __attribute__ ((linkname ("example.com/pic-app.Config", "gc"))) = 100;

struct app { long v; };
long app_hook (struct app *) __asm__ ("\"example.com/pic-app.(*App).Hook\"");
long
app_hook (struct app *a)
{
  return a->v;
}

extern long pull_lib_check (struct app *);

int
main (void)
{
  struct app a = { 7 };
  if (pull_lib_check (&a) != 20 + 30 + 7 + 101)
    return 1;
  if (config != 101)
    return 2;
  return 0;
}

/* { dg-final { scan-assembler "\\.globa?l\\s+example_0com_1pic_x2dapp\\.Callback" } } */
/* { dg-final { scan-assembler "\\.globa?l\\s+\"example\\.com/pic-app\\.Config\"" } } */
/* The library needs exactly the computed names...  */
/* { dg-final { scan-symbol-dynamic "libln-pic-pull.so" "example_0com_1pic_x2dapp.Callback" "U" } } */
/* { dg-final { scan-symbol-dynamic "libln-pic-pull.so" "example.com/pic-app.Config" "U" } } */
/* { dg-final { scan-symbol-dynamic "libln-pic-pull.so" "example.com/pic-app.(*App).Hook" "U" } } */
/* { dg-final { scan-symbol-set "*pic*app*" "example_0com_1pic_x2dapp.Callback example.com/pic-app.Config example.com/pic-app.(*App).Hook" "libln-pic-pull.so" } } */
/* ... and the executable exports them.  */
/* { dg-final { scan-symbol-dynamic "" "example_0com_1pic_x2dapp.Callback" "T" } } */
/* { dg-final { scan-symbol-dynamic "" "example.com/pic-app.Config" "D" } } */
/* { dg-final { scan-symbol-dynamic "" "example.com/pic-app.(*App).Hook" "T" } } */
/* { dg-final { scan-symbol-not "callback" } } */
/* The quoted push keeps its definition under its C name, local; the
   symbol the library reaches is a global alias of it.  */
/* { dg-final { scan-symbol "config" "d" } } */
