/* A pull of example.com/lib.F, as int (int).  */
extern int f (int) __attribute__ ((linkname ("example.com/lib.F")));

int
call_f (int x)
{
  return f (x);
}
