/* A unit implements one package: a second, different path would move
   the markers before it into another package.  The same path again (a
   header included twice, say) is harmless.  */

#pragma linkname package example.com/one /* { dg-message "the first is here" } */
#pragma linkname package example.com/one
__attribute__ ((linkname)) long One (long x) { return x; }
#pragma linkname package example.com/two /* { dg-error ".#pragma linkname package example.com/two. after .#pragma linkname package example.com/one.: a unit implements one package \\\[linkname-conflict\\\]" } */
__attribute__ ((linkname)) long Two (long x) { return 2 * x; }
