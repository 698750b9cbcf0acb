/* A unit with a pull, a push, a marker and a pragma, built twice from
   two folders by linkname.repro.  */
#pragma linkname package example.com/repro

extern long add (long, long) __attribute__ ((linkname ("example.com/foo-bar/v2.Add")));
__attribute__ ((linkname ("example.com/repro.Twice"))) long twice (long x) { return 2 * x; }
__attribute__ ((linkname)) long Thrice (long x) { return 3 * x; }
extern long counter;
#pragma linkname counter example.com/foo-bar/v2.Counter

long use (long x) { return add (twice (x), Thrice (x)) + counter; }
