/* The other side of linkname.lto's bindings, named by asm labels alone,
   the way gccgo names them: the targets of the pulls of pull-main.h
   (package example.com/lto-side/v2), and callers of the pushes of
   push.c (package example.com/lto-push).  Everything links only if the
   plugin computed exactly these names, in lto1 as in cc1.

   The definitions are externally_visible: under -flto, GCC makes a
   definition that nothing outside the LTO objects references local (or
   drops it), and the executables of linkname.lto are scanned for these
   names.  (quoted-name.c shows a quoted name kept global by a non-LTO
   reference alone.)  */

#define VISIBLE __attribute__ ((externally_visible))

VISIBLE long side_add (long, long) __asm__ ("example_0com_1lto_x2dside_1v2.Add");
long
side_add (long a, long b)
{
  return a + b;
}

VISIBLE long side_counter __asm__ ("example_0com_1lto_x2dside_1v2.Counter") = 41;

/* The gc spelling of the same variable: a name the assembler must see
   quoted.  */
VISIBLE long side_gc_counter __asm__ ("\"example.com/lto-side/v2.Counter\"") = 43;

/* example.com/lto-side/v2.(*T).Get.  */
struct side_t { long x; };
VISIBLE long side_get (struct side_t *) __asm__ ("example_0com_1lto_x2dside_1v2.T.Get");
long
side_get (struct side_t *t)
{
  return t->x;
}

long side_twice (long) __asm__ ("example_0com_1lto_x2dpush.Twice");
long side_thrice (long) __asm__ ("example_0com_1lto_x2dpush.Thrice");
long side_scale (long) __asm__ ("example_0com_1lto_x2dpush.Scale");
extern long side_limit __asm__ ("example_0com_1lto_x2dpush.Limit");

long
side_check (void)
{
  return side_twice (5) + side_thrice (7) + side_scale (1) + side_limit;
}
