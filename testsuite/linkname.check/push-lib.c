/* A push of example.com/lib.F, as int (int).  */
int impl (int) __attribute__ ((linkname ("example.com/lib.F")));

int
impl (int x)
{
  return x + 1;
}
