// C++: a push from a namespace and a pull with C++ linkage, both by
// their Go names instead of mangled ones.
namespace dist
{
  __attribute__ ((linkname ("example.com/dist.Twice")))
  long twice (long x) { return 2 * x; }
}

extern long add_cxx (long, long) __attribute__ ((linkname ("example.com/dist.Add")));

extern "C" long
twice_plus (long x)
{
  return dist::twice (x) + add_cxx (x, 1);
}
