/* The pulls of linkname.lto's tests and the main that checks them,
   included by each test: a function, a variable under the gccgo and the
   gc scheme, a pointer method, and the address of a pull in the
   initialiser of another variable.  support/side.c defines the targets
   and calls the pushes of support/push.c.  */

extern long pull_add (long, long)
  __attribute__ ((linkname ("example.com/lto-side/v2.Add")));
extern long pull_counter
  __attribute__ ((linkname ("example.com/lto-side/v2.Counter")));
extern long pull_gc_counter
  __attribute__ ((linkname ("example.com/lto-side/v2.Counter", "gc")));
struct pull_t { long x; };
extern long pull_get (struct pull_t *)
  __attribute__ ((linkname ("example.com/lto-side/v2.(*T).Get")));

long (*pull_add_p) (long, long) = pull_add;

extern long side_check (void);

int
main (void)
{
  struct pull_t t = { 5 };
  if (pull_add (2, 3) != 5)
    return 1;
  if (pull_add_p (4, 5) != 9)
    return 2;
  if (pull_counter != 41)
    return 3;
  pull_counter++;
  if (pull_counter != 42)
    return 4;
  if (pull_gc_counter != 43)
    return 5;
  if (pull_get (&t) != 5)
    return 6;
  if (side_check () != 10 + 21 + 10 + 40)
    return 7;
  return 0;
}
