/* Pulls, one of them made by _Pragma in a macro: distcc and icecream
   preprocess on the client, the server compiles the text.  */
#define LINKNAME_PRAGMA(text) _Pragma (#text)
LINKNAME_PRAGMA (linkname scale_it example.com/dist.(*T).Scale)

extern long add (long, long) __attribute__ ((linkname ("example.com/dist.Add")));
extern long scale_it (long, long);
extern long answer __attribute__ ((linkname ("example.com/dist.Answer")));

long
use (long x)
{
  return add (x, answer) + scale_it (x, 3);
}
