/* A shared library that pulls what the executable of
   linkname.pic/pull-lib.c defines and exports: a pushed function, a
   pushed gc-scheme variable (a quoted name, reached through the GOT),
   and a method defined by an asm label, pulled by a verbatim name.  The
   address of a pull in an initialiser needs a dynamic relocation
   against the computed name.  */

extern long callback (long)
  __attribute__ ((linkname ("example.com/pic-app.Callback")));
extern long config __attribute__ ((linkname ("example.com/pic-app.Config", "gc")));
struct app;
extern long hook (struct app *)
  __attribute__ ((linkname ("example.com/pic-app.(*App).Hook", "verbatim")));

long (*pull_lib_callback_p) (long) = callback;

long
pull_lib_check (struct app *a)
{
  config += 1;
  return callback (2) + pull_lib_callback_p (3) + hook (a) + config;
}
