/* gcc-common.h -- the one place that knows which GCC we are built for.

   Every plugin source includes this header first and nothing of GCC's
   directly, so the differences between the GCC versions we support (11
   to 16) are absorbed here, as the Linux kernel's scripts/gcc-plugins
   do, and the rest of the plugin reads as if there were only one GCC.
   No other file of the plugin tests the version of GCC.

   Each shim below says what changed in which release; the GCC of each
   major is tested in CI (.ci/run, .ci/other-gcc).  */

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
#include "opts.h"
#include "options.h"
#include "intl.h"
#include "file-prefix-map.h"

/* bversion.h gives the version of the GCC whose headers these are as
   one number, MAJOR * 1000 + MINOR.  */
#define LINKNAME_GCC_MAJOR (BUILDING_GCC_VERSION / 1000)

#if LINKNAME_GCC_MAJOR < 11 || LINKNAME_GCC_MAJOR > 16
# error "linkname supports GCC 11 to 16; these plugin headers are of another GCC"
#endif

/* --- Diagnostic kinds.

   GCC 16 moved the kinds of diagnostic from the enum diagnostic_t
   (DK_ERROR, ...) into the enum class diagnostics::kind.  */
#if LINKNAME_GCC_MAJOR >= 16
typedef enum diagnostics::kind linkname_diagnostic_kind;
# define LINKNAME_DK_ERROR diagnostics::kind::error
# define LINKNAME_DK_WARNING diagnostics::kind::warning
# define LINKNAME_DK_NOTE diagnostics::kind::note
#else
typedef diagnostic_t linkname_diagnostic_kind;
# define LINKNAME_DK_ERROR DK_ERROR
# define LINKNAME_DK_WARNING DK_WARNING
# define LINKNAME_DK_NOTE DK_NOTE
#endif

/* --- The diagnostic context.  */

/* Whether -Werror is in force.  GCC 14 made the field
   warning_as_error_requested private, behind a function.  */
static inline bool
linkname_werror_requested_p (void)
{
#if LINKNAME_GCC_MAJOR >= 14
  return global_dc->warning_as_error_requested_p ();
#else
  return global_dc->warning_as_error_requested;
#endif
}

/* A new pretty-printer of the kind the front end installed in the
   diagnostic context (the C++ one decodes %D only in a printer of its
   own kind), for the caller to delete.  GCC 15 made the context's
   printer private, behind get_reference_printer, and made clone return
   a std::unique_ptr.  */
static inline pretty_printer *
linkname_clone_diagnostic_printer (void)
{
#if LINKNAME_GCC_MAJOR >= 15
  return global_dc->get_reference_printer ()->clone ().release ();
#else
  return global_dc->printer->clone ();
#endif
}

/* Fill TEXT to format GMSGID with the arguments AP for RICHLOC.  GCC 14
   made text_info's fields m_-prefixed and gave it a constructor.  */
static inline void
linkname_text_info_init (text_info *text, const char *gmsgid, va_list *ap,
			 int err_no, rich_location *richloc)
{
#if LINKNAME_GCC_MAJOR >= 14
  *text = text_info (gmsgid, ap, err_no, NULL, richloc);
#else
  memset (text, 0, sizeof *text);
  text->format_spec = gmsgid;
  text->args_ptr = ap;
  text->err_no = err_no;
  text->m_richloc = richloc;
#endif
}

/* --- Compiler flags.

   The layout of struct gcc_options (global_options) is generated from
   the option files of one exact GCC build: a point release or a
   distribution patch that adds an option moves every field after it.
   So flags are read as annobin reads them, through the running
   compiler's own option table: find_opt and option_flag_var are
   functions of the compiler the plugin is loaded into, and only the
   layout of struct cl_option (stable within a major) is compiled in.  */

/* The index in the running compiler's option table of option NAME
   (without its leading '-', e.g. "fsyntax-only"), or cl_options_count
   if that compiler has no such option.  */
static inline size_t
linkname_option_index (const char *name)
{
  size_t idx = find_opt (name, CL_COMMON | CL_TARGET | CL_DRIVER
			 | CL_LANG_ALL);
  if (idx >= cl_options_count
      || strcmp (cl_options[idx].opt_text + 1, name) != 0)
    return cl_options_count;
  return idx;
}

/* Whether the on/off option NAME is on in this compile, as the running
   compiler's option_enabled says; DEFAULT_VALUE if that compiler has no
   such option or it is not an on/off switch.  */
static inline bool
linkname_option_on_p (const char *name, bool default_value)
{
  size_t idx = linkname_option_index (name);
  if (idx == cl_options_count)
    return default_value;
  int on = option_enabled ((int) idx, CL_COMMON | CL_TARGET | CL_LANG_ALL,
			   &global_options);
  return on < 0 ? default_value : on != 0;
}

#endif /* LINKNAME_GCC_COMMON_H */
