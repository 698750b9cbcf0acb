/* Uses the bindings of bindings.h, which the driver precompiles: every
   use must reach the target's symbol, whether the header came from the
   .gch or from the text.  */
#include <bindings.h>	/* <>: the .gch on the include path is found first.  */

static long first (void) { return pch_add (2, 3); }

int
main (void)
{
  if (first () != 5 || pch_counter != 41)
    return 1;
  return pch_marshal () == 3 && pch_odd () == 7 ? 0 : 2;
}
