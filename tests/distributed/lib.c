/* The pushes of the project: an attribute, a pragma, and a push marker
   under the unit's package.  */
#pragma linkname package example.com/dist

__attribute__ ((linkname ("example.com/dist.Add")))
long
add (long a, long b)
{
  return a + b;
}

#pragma linkname scale example.com/dist.(*T).Scale
long
scale (long x, long k)
{
  return x * k;
}

#pragma linkname Answer
long Answer = 42;
