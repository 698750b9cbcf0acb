/* runtime.systemstack as Go 1.27 sees it: an assembly definition whose
   Go declaration carries no linkname: not marked.  */
void systemstack (void (*) (void)) __asm__ ("runtime.systemstack");
void
systemstack (void (*fn) (void))
{
  fn ();
}
