/* The other tentative definition of example.com/lib.Count (-fcommon).  */
int shared_count __attribute__ ((linkname ("example.com/lib.Count")));
int count_a (void);

int
main (void)
{
  return count_a () == 1 && shared_count == 1 ? 0 : 1;
}
