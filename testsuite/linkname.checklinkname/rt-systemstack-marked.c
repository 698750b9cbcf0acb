/* runtime.systemstack as Go 1.23 to 1.26 see it: an assembly
   definition, which their linker takes as marked for linkname.  */
#pragma linkname package runtime

#pragma linkname systemstack
void
systemstack (void (*fn) (void))
{
  fn ();
}
