/* A second push of example.com/lib.F: a duplicate of push-lib.c's.  */
int other_impl (int) __attribute__ ((linkname ("example.com/lib.F")));

int
other_impl (int x)
{
  return x + 2;
}
