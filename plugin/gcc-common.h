/* gcc-common.h -- the one place that knows which GCC we are built for.

   Every plugin source includes this header first and nothing of GCC's
   directly, so the differences between the GCC versions we support (11
   and 12) are absorbed here, as the Linux kernel's scripts/gcc-plugins
   do, and the rest of the plugin reads as if there were only one GCC.  */

#ifndef LINKNAME_GCC_COMMON_H
#define LINKNAME_GCC_COMMON_H

/* c-common.h must come before diagnostic-core.h (it sets up the format
   checking of the front-end diagnostic directives), and gcc-plugin.h
   must come first of all.  */
#include "gcc-plugin.h"
#include "bversion.h"
#include "tree.h"
/* The one file that reads the C++ front end's data defines this: its
   header, too, must come before c-common.h.  */
#ifdef LINKNAME_CXX_FRONT_END
#include "cp/cp-tree.h"
#endif
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "gimple.h"
#include "cgraph.h"
#include "stringpool.h"
#include "attribs.h"
#include "diagnostic-core.h"
#include "diagnostic.h"
#include "varasm.h"
#include "builtins.h"
#include "toplev.h"
#include "langhooks.h"
#include "ggc.h"
#include "hash-set.h"
#include "hash-map.h"
#include "dumpfile.h"
#include "target.h"

#if BUILDING_GCC_VERSION < 11000
# error "linkname needs GCC 11 or later"
#endif

/* GCC 11 and 12 both spell pass and attribute interfaces the same way
   for everything we use; version-specific shims go below, each with the
   version that needs it.  */

#endif /* LINKNAME_GCC_COMMON_H */
