/* The program around pull-lib.c and push-lib.c.  */
int call_f (int);

int
main (void)
{
  return call_f (-1);
}
