/* runtime.freegc, defined with no linkname.  */
void freegc (void) __asm__ ("runtime.freegc");
void
freegc (void)
{
}
