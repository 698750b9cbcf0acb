/* clib.c -- a C library that is also Go package example.com/clib.

   Its API is plain C (clib.h).  Beyond it, it offers two internals to
   linkname, and only these: the definitions marked
   __attribute__ ((linkname)) are push markers, Go's one-argument
   //go:linkname.  Under "#pragma linkname package", a marker is emitted
   under its Go name in the package: Calls becomes the symbol
   example_0com_1clib.Calls (gccgo's spelling of example.com/clib.Calls),
   and its record in .note.linkname says that the library means it to be
   reached.  Everything else stays out of reach: rehash is static, and
   no marker names it.  */

#pragma linkname package example.com/clib

#include "clib.h"

static long total;
static long calls;
static long buckets = 8;

/* An internal the library does not offer.  */
static void
rehash (void)
{
  buckets *= 2;
}

void
clib_add (long x)
{
  total += x;
  if (++calls > buckets)
    rehash ();
}

long
clib_total (void)
{
  return total;
}

/* Internals offered to linkname: func Calls() int64, and
   func ResetForTest(), for the library's users' tests.  */
__attribute__ ((linkname)) long
Calls (void)
{
  return calls;
}

__attribute__ ((linkname)) void
ResetForTest (void)
{
  total = calls = 0;
}
