/* Push markers keep their default name: without "#pragma linkname
   package" the C name.  A marked definition is global and emitted even
   when static and unused; a marker on a declaration with no definition
   here changes nothing.  */

__attribute__ ((linkname)) static long
marked_static (long x) /* { dg-warning "is .static. but pushed\[^\n\]*linkname-static" } */
{
  return x + 1;
}

long marked_pragma (long x) { return x - 1; }
#pragma linkname marked_pragma

extern long declared_only (long) __attribute__ ((linkname));

int
main (void)
{
  return marked_pragma (1);
}

/* { dg-final { scan-symbol "marked_static" "T" } } */
/* { dg-final { scan-symbol "marked_pragma" "T" } } */
/* { dg-final { scan-symbol-not "declared_only" } } */
