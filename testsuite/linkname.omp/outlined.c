/* OpenMP outlines the body of a parallel region into a function of its
   own ("sum._omp_fn.0"), which inherits the attributes of the function
   it comes from.  It is not a binding: not a second push of the target
   (no conflict on valid code), not exported, not recorded; in a push
   marker's unit it stays local as well.  */

#pragma linkname package example.com/omp

__attribute__ ((linkname ("example.com/omp.Sum")))
long
sum (long n)
{
  long s = 0;
#pragma omp parallel for reduction(+:s)
  for (long i = 0; i < n; i++)
    s += i;
  return s;
}

__attribute__ ((linkname)) long
Twice (long n)
{
  long s = 0;
#pragma omp parallel for reduction(+:s)
  for (long i = 0; i < n; i++)
    s += 2 * i;
  return s;
}

int
main (void)
{
  return sum (10) == 45 && Twice (10) == 90 ? 0 : 1;
}

/* { dg-final { scan-symbol "example_0com_1omp.Sum" "T" } } */
/* { dg-final { scan-symbol "example_0com_1omp.Twice" "T" } } */
/* { dg-final { scan-symbol-glob-type "*_omp_fn*" "t" } } */
/* { dg-final { scan-records 2 } } */
