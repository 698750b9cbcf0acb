/* A shared library that pushes (linkname.pic/push-lib.c pulls): a
   function and a variable of example.com/pic-lib under the gccgo
   scheme, a method under a verbatim name that the assembler must see
   quoted (also in "call ...@PLT"), and a gc-scheme variable.  */

long factor __attribute__ ((linkname ("example.com/pic-lib.Factor"))) = 3;

long scale (long x) __attribute__ ((linkname ("example.com/pic-lib.Scale")));
long
scale (long x)
{
  return factor * x;
}

struct t { long x; };
long get (struct t *) __attribute__ ((linkname ("example.com/pic-lib.(*T).Get", "verbatim")));
long
get (struct t *t)
{
  return t->x + scale (1);
}

long gc_var __attribute__ ((linkname ("example.com/pic-lib.Var", "gc"))) = 5;
