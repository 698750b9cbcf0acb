/* A tentative definition under -fcommon: the linker merges it with the
   same one of common-b.c, which is no duplicate.  */
int shared_count __attribute__ ((linkname ("example.com/lib.Count")));

int
count_a (void)
{
  return ++shared_count;
}
