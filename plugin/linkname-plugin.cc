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
const char *linkname_gcc_version = "";
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
  "  go-path=DIR[:DIR...]      look for Go packages' export data there,\n"
  "                            as gccgo's -I\n"
  "  go-export=FILE            read Go export data from FILE (.o, .gox,\n"
  "                            .a, .so, executable); repeatable\n"
  "  go-std=DIR|no             the Go standard library's directory\n"
  "                            (default: configure's), or none\n"
  "  Wno-CLASS, WCLASS         turn a warning class off or on\n"
  "  Werror, Werror=CLASS      make all, or one, warning class errors\n"
  "  Wno-error=CLASS           keep a warning class a warning\n"
  "The environment variable LINKNAME_OPTIONS holds more, as KEY[=VALUE]\n"
  "words separated by spaces; the command line wins.\n"
};

/* The keys -fplugin-arg-linkname-KEY accepts, for the message that
   rejects any other.  */
static const char *const linkname_valid_args
  = "scheme=NAME, go=VERSION, policy=FILE, report=FILE, dump[=FLAGS], "
    "go-path=DIR[:DIR...], go-export=FILE, go-std=DIR|no, "
    "Werror, "
    "Werror=CLASS, "
    "Wno-error=CLASS, WCLASS, Wno-CLASS";

/* The dump switch -fplugin-arg-linkname-dump asked for, or NULL.  */
static char *linkname_dump_switch;

/* The keys that set one value, where the last one given counts.  */
static bool
linkname_arg_single_valued (const char *key)
{
  static const char *const keys[]
    = { "scheme", "go", "policy", "report", "dump", "go-std" };
  for (size_t i = 0; i < ARRAY_SIZE (keys); i++)
    if (strcmp (key, keys[i]) == 0)
      return true;
  return false;
}

/* Whether INFO's own arguments (the command line's) set KEY.  */
static bool
linkname_arg_given (const struct plugin_name_args *info, const char *key)
{
  for (int i = 0; i < info->argc; i++)
    if (strcmp (info->argv[i].key, key) == 0)
      return true;
  return false;
}

/* The arguments of the environment variable LINKNAME_OPTIONS: words
   KEY or KEY=VALUE separated by white space, as after
   -fplugin-arg-linkname-.  They apply to every compile that loads the
   plugin (a distribution sets it once, beside the specs file); the
   command line wins, so they come first, and one that sets a single
   value (scheme=, go=, policy=, report=, dump, go-std=) is dropped when the
   command line sets it too, so that a file the command line replaces
   is not even opened.  *ARGC counts them; the array and its strings
   live as long as the compiler.  */
static struct plugin_argument *
linkname_env_args (const struct plugin_name_args *info, int *argc)
{
  *argc = 0;
  const char *env = getenv ("LINKNAME_OPTIONS");
  if (!env)
    return NULL;
  char *words = xstrdup (env);
  size_t n = 0;
  for (const char *p = words; *p; p++)
    if (!ISSPACE (*p) && (p == words || ISSPACE (p[-1])))
      n++;
  struct plugin_argument *args = XNEWVEC (struct plugin_argument, n + 1);
  for (char *p = words; *p;)
    {
      while (ISSPACE (*p))
	p++;
      if (!*p)
	break;
      char *key = p;
      while (*p && !ISSPACE (*p))
	p++;
      if (*p)
	*p++ = '\0';
      char *eq = strchr (key, '=');
      if (eq)
	*eq = '\0';
      if (linkname_arg_single_valued (key) && linkname_arg_given (info, key))
	continue;
      args[*argc].key = key;
      args[*argc].value = eq ? eq + 1 : NULL;
      ++*argc;
    }
  return args;
}

/* Parse ARGC arguments ARGS of the plugin called BASE_NAME, given on the
   command line, or in LINKNAME_OPTIONS if FROM_ENV.  Return false (after
   an error) if one is unknown or malformed.  */
static bool
linkname_parse_args (const char *base_name, int argc,
		     const struct plugin_argument *args, bool from_env)
{
  bool ok = true;
  for (int i = 0; i < argc; i++)
    {
      const char *key = args[i].key;
      const char *value = args[i].value;
      bool arg_ok = true;
      if (strcmp (key, "scheme") == 0)
	{
	  if (!value
	      || !linkname_scheme_from_name (value, &linkname_options.scheme))
	    {
	      error ("%<-fplugin-arg-%s-scheme%> needs one of %s, not %qs",
		     base_name, linkname_scheme_names (),
		     value ? value : "");
	      arg_ok = false;
	    }
	}
      else if (strcmp (key, "go") == 0)
	{
	  if (!value
	      || !linkname_go_release_parse (value, &linkname_options.go))
	    {
	      error ("%<-fplugin-arg-%s-go%> needs a Go release, one of %s, "
		     "not %qs", base_name, linkname_go_releases_text,
		     value ? value : "");
	      arg_ok = false;
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
		     base_name, key);
	      arg_ok = false;
	    }
	  else if (strcmp (key, "policy") == 0)
	    arg_ok = linkname_policy_set_file (value);
	  else
	    arg_ok = linkname_report_set_file (value);
	}
      else if (strcmp (key, "go-path") == 0
	       || strcmp (key, "go-export") == 0
	       || strcmp (key, "go-std") == 0)
	{
	  if (!value || !*value)
	    {
	      if (strcmp (key, "go-std") == 0)
		error ("%<-fplugin-arg-%s-go-std%> needs a directory or "
		       "%<no%>", base_name);
	      else
		error ("%<-fplugin-arg-%s-%s%> needs %s", base_name, key,
		       strcmp (key, "go-path") == 0 ? "directories"
		       : "a file name");
	      arg_ok = false;
	    }
	  else if (strcmp (key, "go-path") == 0)
	    linkname_go_add_path (value);
	  else if (strcmp (key, "go-export") == 0)
	    linkname_go_add_export (value);
	  else
	    linkname_go_set_std (value);
	}
      else if (int done = linkname_diagnostic_option (base_name, key,
						      value))
	arg_ok = done > 0;
      else
	{
	  error ("unknown argument %<-fplugin-arg-%s-%s%>; valid arguments "
		 "are: %s", base_name, key, linkname_valid_args);
	  arg_ok = false;
	}
      if (!arg_ok && from_env)
	inform (UNKNOWN_LOCATION, "%qs comes from the environment variable "
		"%<LINKNAME_OPTIONS%>", key);
      ok &= arg_ok;
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
		    struct plugin_gcc_version *version)
{
  const char *name = info->base_name;
  linkname_plugin_name = name;
  linkname_gcc_version = version->basever;

  int env_argc;
  struct plugin_argument *env_args = linkname_env_args (info, &env_argc);
  bool args_ok = linkname_parse_args (name, env_argc, env_args, true);
  args_ok &= linkname_parse_args (name, info->argc, info->argv, false);
  if (!args_ok)
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
