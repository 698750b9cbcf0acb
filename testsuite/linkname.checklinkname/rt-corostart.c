/* runtime.corostart, defined with no linkname.  */
void corostart (void) __asm__ ("runtime.corostart");
void
corostart (void)
{
}
