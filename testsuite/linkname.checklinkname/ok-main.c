/* Go's ok.go: public API only, no linkname: nothing to check.  */
#pragma linkname package main

int
main (void)
{
  return 0;
}
