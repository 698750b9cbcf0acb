/* omp declare simd asks for vector variants named after the function's
   symbol ("_ZGVbN4v_" and the symbol).  A push with a symbol the
   assembler reads in quotes keeps a plain local name for its body, so
   the variants are named after that; the pull of such a symbol cannot
   have variants at all, and says so.  */
/* { dg-do compile } */

#pragma omp declare simd
__attribute__ ((linkname ("example.com/omp.(*T).Inc", "gc")))
int
inc (int x) /* { dg-warning "linkname-gc-abi" } */
{
  return x + 1;
}

#pragma omp declare simd
extern int dec (int) __attribute__ ((linkname ("example.com/omp.(*T).Dec", "gc"))); /* { dg-error ".dec. asks for vector variants \\(.omp declare simd.\\) of .example.com/omp.\\(\\*T\\).Dec., a symbol the assembler reads in quotes: their names could not be written \\\[linkname-conflict\\\]" } */

int
use (int *a, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += inc (a[i]) + dec (a[i]);
  return s;
}
