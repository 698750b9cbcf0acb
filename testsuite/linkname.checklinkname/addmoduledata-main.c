/* Go's addmoduledata.go: package main pulls runtime.addmoduledata.  */
#pragma linkname package main

extern void addmoduledata (void)
  __attribute__ ((linkname ("runtime.addmoduledata")));

int
main (void)
{
  addmoduledata ();
  return 0;
}
