/* Pushes in a shared library, pulls in the executable: every use of a
   pull (call, load, store, address in an initialiser) is resolved from
   libln-pic-push.so at run time.  */
/* { dg-step link "libln-pic-push.so" "support/push-lib.c" "-fPIC -shared" } */
/* { dg-step compile "push-lib.c" } */
/* { dg-step link "" "push-lib.c -L. -lln-pic-push" } */

extern long factor __attribute__ ((linkname ("example.com/pic-lib.Factor")));
extern long scale (long) __attribute__ ((linkname ("example.com/pic-lib.Scale")));
struct t { long x; };
extern long get (struct t *)
  __attribute__ ((linkname ("example.com/pic-lib.(*T).Get", "verbatim")));
extern long gc_var __attribute__ ((linkname ("example.com/pic-lib.Var", "gc")));

long (*scale_p) (long) = scale;
long *gc_var_p = &gc_var;

int
main (void)
{
  struct t v = { 1 };
  if (scale (2) != 6)
    return 1;
  factor = 4;
  if (scale_p (3) != 12)
    return 2;
  if (get (&v) != 5)
    return 3;
  if (*gc_var_p != 5 || gc_var != 5)
    return 4;
  return 0;
}

/* { dg-final { scan-assembler "\"example\\.com/pic-lib\\.\\(\\*T\\)\\.Get\"" } } */
/* { dg-final { scan-assembler "\"example\\.com/pic-lib\\.Var\"" } } */
/* { dg-final { scan-assembler-not {[\t ,](factor|scale|get|gc_var)\M} } } */
/* The library exports exactly the computed names.  */
/* { dg-final { scan-symbol-dynamic "libln-pic-push.so" "example_0com_1pic_x2dlib.Scale" "T" } } */
/* { dg-final { scan-symbol-dynamic "libln-pic-push.so" "example_0com_1pic_x2dlib.Factor" "D" } } */
/* { dg-final { scan-symbol-dynamic "libln-pic-push.so" "example.com/pic-lib.(*T).Get" "T" } } */
/* { dg-final { scan-symbol-dynamic "libln-pic-push.so" "example.com/pic-lib.Var" "D" } } */
/* { dg-final { scan-symbol-set "*pic*lib*" "example_0com_1pic_x2dlib.Scale example_0com_1pic_x2dlib.Factor example.com/pic-lib.(*T).Get example.com/pic-lib.Var" "libln-pic-push.so" } } */
/* The executable takes them from it (variables by copy relocation when
   it is not PIE).  */
/* { dg-final { scan-symbol-dynamic "" "example_0com_1pic_x2dlib.Scale" "U" } } */
/* { dg-final { scan-symbol-dynamic "" "example.com/pic-lib.(*T).Get" "U" } } */
/* { dg-final { scan-symbol-dynamic "" "example_0com_1pic_x2dlib.Factor" "UB" } } */
/* { dg-final { scan-symbol-dynamic "" "example.com/pic-lib.Var" "UB" } } */
/* { dg-final { scan-symbol-set "*pic*lib*" "example_0com_1pic_x2dlib.Scale example_0com_1pic_x2dlib.Factor example.com/pic-lib.(*T).Get example.com/pic-lib.Var" } } */
