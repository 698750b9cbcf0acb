/* A push under a quoted gc symbol: its body keeps the plain local name
   "scale" (the symbol is a global alias of it), and the debug
   information describes it under that name, with no quotes anywhere.  */
/* { dg-additional-sources "support/side.c" } */

__attribute__ ((linkname ("example.com/dbg.(*T).Scale", "gc")))
long
scale (long x) /* { dg-warning "linkname-gc-abi" } */
{
  return 3 * x;
}

long call_scale (long);		/* support/side.c, by the symbol.  */

int
main (void)
{
  return scale (2) + call_scale (3) == 15 ? 0 : 1;
}

/* { dg-final { scan-dwarf {DW_AT_name[^\n]*: scale$} } } */
/* { dg-final { scan-dwarf-not {DW_AT_(linkage_)?name[^\n]*: "} } } */
/* { dg-final { scan-symbol "example.com/dbg.(*T).Scale" "T" } } */
/* { dg-final { scan-symbol "scale" "t" } } */
