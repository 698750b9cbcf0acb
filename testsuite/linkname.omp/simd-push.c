/* The push of a quoted symbol with omp declare simd compiles, assembles
   and runs: its vector variants take the local name of the body.  */

#pragma omp declare simd
__attribute__ ((linkname ("example.com/omp.(*T).Inc", "gc")))
int
inc (int x) /* { dg-warning "linkname-gc-abi" } */
{
  return x + 1;
}

int a[64];

int
main (void)
{
  int s = 0;
  for (int i = 0; i < 64; i++)
    a[i] = i;
#pragma omp simd reduction(+:s)
  for (int i = 0; i < 64; i++)
    s += inc (a[i]);
  return s == 64 * 63 / 2 + 64 ? 0 : 1;
}

/* { dg-final { scan-symbol "example.com/omp.(*T).Inc" "T" } } */
/* { dg-final { scan-assembler-not "_ZGV\[^\\n\]*\"" } } */
