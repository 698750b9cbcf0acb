/* A weak default of example.com/lib.F, as int (int): a strong push in
   another unit overrides it at link time, which is no duplicate.  */
int default_impl (int) __attribute__ ((weak, linkname ("example.com/lib.F")));

int
default_impl (int x)
{
  return x - 1;
}
