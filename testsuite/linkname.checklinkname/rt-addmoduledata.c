/* runtime.addmoduledata is assembly; Go's linker takes an assembly
   definition as marked for linkname (before 1.27): a push marker.  */
#pragma linkname package runtime

#pragma linkname addmoduledata
void
addmoduledata (void)
{
}
