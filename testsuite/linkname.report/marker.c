/* A push marker under "#pragma linkname package": a marker still, with
   the package's target and symbol; and a marker on a declaration that
   has no definition here, which records nothing.  */

#pragma linkname package example.com/p-kg

__attribute__ ((linkname)) long Marked (void) { return 1; }
extern long Declared (void) __attribute__ ((linkname));
long use (void) { return Declared (); }
