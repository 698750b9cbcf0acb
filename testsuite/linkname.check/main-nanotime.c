/* The program around pull-nanotime.c.  */
long long now (void);

int
main (void)
{
  return now () == 42 ? 0 : 1;
}
