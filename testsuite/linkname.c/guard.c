/* The guard header of the compiler wrappers (wrapper/linkname-guard.h)
   compiles where the plugin is loaded: the attribute linkname_loaded
   exists and stays on its declaration, so the array has size 1.
   (Without the plugin it is an error: tests/check-distributed.sh.)  */
#include "../../wrapper/linkname-guard.h"
#include "../../wrapper/linkname-guard.h"

int
main (void)
{
  return sizeof (__linkname_plugin_not_loaded) != 1
	 || !__builtin_has_attribute (__linkname_guard, linkname_loaded);
}

/* { dg-final { scan-assembler-not "__linkname_guard" } } */
