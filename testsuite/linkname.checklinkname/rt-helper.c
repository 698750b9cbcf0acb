/* runtime.helper, defined with no linkname.  */
long helper (long) __asm__ ("runtime.helper");
long
helper (long x)
{
  return x;
}
