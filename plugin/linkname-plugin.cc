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

/* linkname-plugin.cc -- linkname_core_init, the plugin's start once
   linkname-loader.cc has checked the GCC we are loaded into: read our
   arguments, and hook the front-end glue and the renaming pass into
   GCC.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

const char *linkname_plugin_name = "linkname";
struct linkname_options linkname_options
  = { LINKNAME_SCHEME_GCCGO, LINKNAME_GO_NEWEST };

static struct plugin_info linkname_plugin_info = {
  LINKNAME_VERSION,
  "Bind C and C++ declarations to Go symbols, as Go's //go:linkname.\n"
  "Arguments (-fplugin-arg-linkname-KEY[=VALUE]):\n"
  "  scheme=gccgo|gc|verbatim  how targets become assembler symbols\n"
  "                            (default gccgo)\n"
  "  dump[=FLAGS]              -fdump-tree-linkname[-FLAGS]: list the\n"
  "                            unit's bindings in the pass's dump file\n"
  "  go=VERSION                the blocklist of that Go release's\n"
  "                            linker (1.23 to 1.27; default newest)\n"
  "  policy=FILE               allow, warn about or deny targets\n"
  "  report=FILE               append one JSON line per binding and\n"
  "                            diagnostic to FILE\n"
  "  Wno-CLASS, WCLASS         turn a warning class off or on\n"
  "  Werror, Werror=CLASS      make all, or one, warning class errors\n"
  "  Wno-error=CLASS           keep a warning class a warning\n"
};

/* The keys -fplugin-arg-linkname-KEY accepts, for the message that
   rejects any other.  */
static const char *const linkname_valid_args
  = "scheme=NAME, go=VERSION, policy=FILE, report=FILE, dump[=FLAGS], "
    "Werror, "
    "Werror=CLASS, "
    "Wno-error=CLASS, WCLASS, Wno-CLASS";

/* The dump switch -fplugin-arg-linkname-dump asked for, or NULL.  */
static char *linkname_dump_switch;

/* Parse our -fplugin-arg-linkname-* arguments.  Return false (after an
   error) if one is unknown or malformed.  */
static bool
linkname_parse_args (const struct plugin_name_args *info)
{
  bool ok = true;
  for (int i = 0; i < info->argc; i++)
    {
      const char *key = info->argv[i].key;
      const char *value = info->argv[i].value;
      if (strcmp (key, "scheme") == 0)
	{
	  if (!value
	      || !linkname_scheme_from_name (value, &linkname_options.scheme))
	    {
	      error ("%<-fplugin-arg-%s-scheme%> needs one of %s, not %qs",
		     info->base_name, linkname_scheme_names (),
		     value ? value : "");
	      ok = false;
	    }
	}
      else if (strcmp (key, "go") == 0)
	{
	  if (!value
	      || !linkname_go_release_parse (value, &linkname_options.go))
	    {
	      error ("%<-fplugin-arg-%s-go%> needs a Go release, one of %s, "
		     "not %qs", info->base_name, linkname_go_releases_text,
		     value ? value : "");
	      ok = false;
	    }
	}
      else if (strcmp (key, "dump") == 0)
	{
	  /* GCC 11 and 12 read -fdump-* before they load plugins, so
	     -fdump-tree-linkname is "unrecognized" there; this argument
	     turns on the same dump once the pass exists.  */
	  free (linkname_dump_switch);
	  linkname_dump_switch = concat ("tree-linkname", value ? "-" : "",
					 value ? value : "", NULL);
	}
      else if (strcmp (key, "policy") == 0 || strcmp (key, "report") == 0)
	{
	  if (!value || !*value)
	    {
	      error ("%<-fplugin-arg-%s-%s%> needs a file name",
		     info->base_name, key);
	      ok = false;
	    }
	  else if (strcmp (key, "policy") == 0)
	    ok &= linkname_policy_set_file (value);
	  else
	    ok &= linkname_report_set_file (value);
	}
      else if (int done = linkname_diagnostic_option (info->base_name, key,
						      value))
	ok &= done > 0;
      else
	{
	  error ("unknown argument %<-fplugin-arg-%s-%s%>; valid arguments "
		 "are: %s", info->base_name, key, linkname_valid_args);
	  ok = false;
	}
    }
  return ok;
}

static void
linkname_all_ipa_passes_start (void *, void *)
{
  /* The pass does the work when the unit has a function to lower; what
     it could not see then (and a unit of variables only, which lowers
     no function) is resolved here, still before anything is
     assembled.  */
  linkname_complete_unit ();
}

static void
linkname_finish (void *, void *)
{
  /* A compile that stopped before IPA (-fsyntax-only, a precompiled
     header): its diagnostics all the same.  */
  linkname_finish_unit ();
}

/* Called by plugin_init of linkname.so (linkname-loader.cc), which has
   checked VERSION against the GCC we were built for.  */
extern "C" int
linkname_core_init (struct plugin_name_args *info,
		    struct plugin_gcc_version *version ATTRIBUTE_UNUSED)
{
  const char *name = info->base_name;
  linkname_plugin_name = name;

  if (!linkname_parse_args (info))
    return 1;

  register_callback (name, PLUGIN_INFO, NULL, &linkname_plugin_info);
  linkname_lto_init ();
  linkname_registry_init (name);
  linkname_early_names_init ();
  register_callback (name, PLUGIN_ATTRIBUTES,
		     linkname_register_attributes, NULL);
  /* Only the C-family front ends fire PLUGIN_PRAGMAS; in lto1 this
     callback is simply never called.  */
  register_callback (name, PLUGIN_PRAGMAS, linkname_register_pragmas, NULL);

  struct register_pass_info pass_info;
  pass_info.pass = make_pass_linkname (g);
  pass_info.reference_pass_name = "lower";
  pass_info.ref_pass_instance_number = 1;
  pass_info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass_info);
  /* dump_switch_p diagnoses flags it does not know itself.  */
  if (linkname_dump_switch)
    g->get_dumps ()->dump_switch_p (linkname_dump_switch);
  register_callback (name, PLUGIN_ALL_IPA_PASSES_START,
		     linkname_all_ipa_passes_start, NULL);
  register_callback (name, PLUGIN_FINISH, linkname_finish, NULL);
  return 0;
}
