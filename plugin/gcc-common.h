/* Copyright (C) 2026 The linkname authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   This file is part of linkname.  linkname is free software: you can
   redistribute it and/or modify it under the terms of the GNU General
   Public License as published by the Free Software Foundation, either
   version 3 of the License, or (at your option) any later version.
   linkname is distributed in the hope that it will be useful, but
   WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
   General Public License (the file COPYING) for more details.  */

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
#include "output.h"
#include "stor-layout.h"
#include "tree-pretty-print.h"

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

/* Whether GCC's -w is in force.  GCC asks whether warnings are
   reported at a location: never under -w, and not in a system header
   unless -Wsystem-headers; UNKNOWN_LOCATION is in no header, so only -w
   is left.  The macro takes (DC, LOC) in every GCC we support (its
   fields behind it changed names in GCC 14).  */
static inline bool
linkname_warnings_inhibited_p (void)
{
  return !diagnostic_report_warnings_p (global_dc, UNKNOWN_LOCATION);
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

/* --- Compiler state.

   The layout of struct gcc_options (global_options) is generated from
   the option files of one exact GCC build: a point release or a
   distribution patch that adds an option moves every field after it.
   The plugin reads none of its fields (in_lto_p, main_input_filename
   and every flag_* are such fields, behind macros), but asks the
   running compiler in ways that do not depend on that layout; make
   check (tests/plugin-symbols.sh) fails if linkname-core.so refers to
   global_options at all.  */

/* Whether this is lto1, whose front end is "GNU GIMPLE": the name
   every GCC since 4.5 gives it.  */
static inline bool
linkname_in_lto_p (void)
{
  return strncmp (lang_hooks.name, "GNU GIMPLE", 10) == 0;
}

/* Whether the unit is streamed for link-time optimisation (-flto, with
   fat objects or not): the last of -flto, -flto=ARG and -fno-lto among
   the compiler's options, which the driver passes on as written.
   Read from the decoded command line (toplev.h), whose layout is fixed
   by the GCC major, not from flag_lto.  */
static inline bool
linkname_streaming_lto_p (void)
{
  bool lto = false;
  for (unsigned i = 1; i < save_decoded_options_count; i++)
    {
      const char *opt = save_decoded_options[i].orig_option_with_args_text;
      if (!opt)
	continue;
      if (strcmp (opt, "-flto") == 0 || strncmp (opt, "-flto=", 6) == 0)
	lto = true;
      else if (strcmp (opt, "-fno-lto") == 0)
	lto = false;
    }
  return lto;
}

/* The main source file of the unit that location LOC is in: the
   outermost file of its include chain (the .c or .cc a header was
   included from).  NULL if LOC is unknown.  */
static inline const char *
linkname_main_file (location_t loc)
{
  if (loc <= BUILTINS_LOCATION)
    return NULL;
  const line_map *map = linemap_lookup (line_table, loc);
  if (!map || !MAP_ORDINARY_P (map))
    {
      loc = linemap_resolve_location (line_table, loc,
				      LRK_SPELLING_LOCATION, NULL);
      map = linemap_lookup (line_table, loc);
      if (!map || !MAP_ORDINARY_P (map))
	return NULL;
    }
  const line_map_ordinary *ord = linemap_check_ordinary (map);
  while (!MAIN_FILE_P (ord))
    ord = linemap_included_from_linemap (line_table, ord);
  return LINEMAP_FILE (ord);
}

#endif /* LINKNAME_GCC_COMMON_H */
