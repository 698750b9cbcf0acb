// C++ declarations in a namespace: their DW_AT_linkage_name is the
// symbol the object has, pushed or pulled, variable or function.
// { dg-additional-sources "support/side.cc" }

namespace app
{
  long counter __attribute__ ((linkname ("example.com/dbg.Counter"))) = 3;
  long twice (long x) __attribute__ ((linkname ("example.com/dbg.Twice")));
  long twice (long x) { return 2 * x + counter; }
  extern long side (long) __attribute__ ((linkname ("example.com/dbg.Side")));
}

int
main ()
{
  return app::twice (2) + app::side (1) == 7 + 10 ? 0 : 1;
}

/* { dg-final { scan-dwarf {DW_AT_linkage_name[^\n]*: example_0com_1dbg\.Counter$} } } */
/* { dg-final { scan-dwarf {DW_AT_linkage_name[^\n]*: example_0com_1dbg\.Twice$} } } */
/* { dg-final { scan-dwarf-not {_ZN3app7counterE|_ZN3app5twiceEl} } } */
