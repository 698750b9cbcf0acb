/* Package reflect pushes (*rtype).String for the code in the wild.  */
#pragma linkname package reflect

__attribute__ ((linkname ("reflect.(*rtype).String")))
const char *
rtype_String (void *t)
{
  return t;
}
