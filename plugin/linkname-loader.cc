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

/* linkname-loader.cc -- linkname.so, the file GCC loads for
   -fplugin=linkname: it checks that it is loaded into the GCC it was
   built for (SPEC section 7), then loads the plugin proper,
   linkname-core.so, from the folder it lives in, and hands over.

   Why two files: GCC loads a plugin with dlopen (RTLD_NOW), which binds
   every reference to GCC's internals before plugin_init can run.  The
   plugin proper refers to hundreds of them, and GCC's internal API
   changes with every major release: loaded into another GCC, it fails
   inside dlopen with "undefined symbol: _Z9pp_format...", a message
   that names neither GCC nor the way out.  This file refers to nothing
   of GCC but error (), and that weakly, so it loads into any GCC and can
   say which two disagree.  It reads only the plugin API's structures,
   which GCC has kept unchanged since plugins exist.  */

#include "gcc-plugin.h"
/* Defines gcc_version, the GCC whose headers we were built with.  */
#include "plugin-version.h"
#include "linkname-gcc.h"

#include <dlfcn.h>
#include <link.h>
#include <errno.h>
#include <limits.h>

/* GCC refuses to load a plugin that does not say this.  */
int plugin_is_GPL_compatible;

/* The file name this copy of the plugin was loaded from, once it has
   started.  A second copy under another file name (which GCC takes for
   another plugin) finds the first one's among the loaded objects, and
   refuses to register the attribute, the pragma and the pass a second
   time, which GCC would not survive.  */
extern "C" {
const char *linkname_loaded_from;
}

/* dl_iterate_phdr callback: if the object INFO describes is another
   copy of this file that has started, set *DATA to its file name.  */
static int
linkname_loader_find_other (struct dl_phdr_info *info, size_t,
			    void *data)
{
  if (!info->dlpi_name || !info->dlpi_name[0])
    return 0;
  void *handle = dlopen (info->dlpi_name, RTLD_LAZY | RTLD_NOLOAD);
  if (!handle)
    return 0;
  const char **other
    = (const char **) dlsym (handle, "linkname_loaded_from");
  int found = other && other != &linkname_loaded_from && *other;
  if (found)
    *(const char **) data = *other;
  dlclose (handle);
  return found;
}

/* GCC's error (), in every GCC since plugins exist; weak all the same,
   so that nothing can keep this file from loading.  */
extern void error (const char *, ...) __attribute__ ((weak));

/* The entry point of linkname-core.so (linkname-plugin.cc).  */
typedef int (*linkname_core_init_fn) (struct plugin_name_args *,
				      struct plugin_gcc_version *);

/* Report MESSAGE as a GCC error ("cc1: error: ..."), or on stderr in
   the same shape if GCC's error () is not there.  */
static void
linkname_loader_error (const char *message)
{
  if (error)
    error ("%s", message);
  else
    fprintf (stderr, "%s: error: %s\n", program_invocation_short_name,
	     message);
}

/* Whether we are loaded into the GCC we were built for: the same major
   version (GCC's internal API, which the plugin headers are) and the
   same target (the headers are target-specific: tm.h, the target
   hooks, the machine modes).  A plugin built against GCC 12.2 works in
   any GCC 12 of its target, the way distributions ship it, so this is
   less than plugin_default_version_check, which wants the exact same
   build, configure line included.  If not, say which two disagree.  */
static bool
linkname_loader_version_ok (const struct plugin_gcc_version *version,
			    const char *base_name)
{
  char message[1024];
  int built_major = linkname_gcc_major (gcc_version.basever);
  int running_major = linkname_gcc_major (version->basever);
  if (built_major != running_major)
    {
      snprintf (message, sizeof message,
		"the %s plugin was built for GCC %d (%s) and cannot be loaded "
		"into GCC %d (%s); rebuild it with the matching g++ and plugin "
		"headers ('./configure CC=gcc-%d CXX=g++-%d')",
		base_name, built_major, gcc_version.basever, running_major,
		version->basever, running_major, running_major);
      linkname_loader_error (message);
      return false;
    }

  char *built_target
    = linkname_gcc_configured_target (gcc_version.configuration_arguments);
  char *running_target
    = linkname_gcc_configured_target (version->configuration_arguments);
  bool ok = (!built_target || !running_target
	     || strcmp (built_target, running_target) == 0);
  if (!ok)
    {
      snprintf (message, sizeof message,
		"the %s plugin was built for GCC %d targeting '%s' and cannot "
		"be loaded into GCC %d targeting '%s': the plugin headers of a "
		"GCC are those of one target; rebuild it for that compiler "
		"('./configure --target=%s')", base_name, built_major,
		built_target, running_major, running_target, running_target);
      linkname_loader_error (message);
    }
  free (built_target);
  free (running_target);
  return ok;
}

/* Put the file name of linkname-core.so into NAME (SIZE bytes): beside
   the file GCC loaded as FULL_NAME, once symbolic links are resolved (a
   distribution may link the plugin into GCC's folder from elsewhere).
   False if it does not fit.  */
static bool
linkname_loader_core_name (const char *full_name, char *name, size_t size)
{
  char *real = realpath (full_name, NULL);
  const char *path = real ? real : full_name;
  const char *slash = strrchr (path, '/');
  int dir_len = slash ? (int) (slash - path) + 1 : 0;
  int n = snprintf (name, size, "%.*slinkname-core.so", dir_len, path);
  free (real);
  return n >= 0 && (size_t) n < size;
}

int
plugin_init (struct plugin_name_args *info,
	     struct plugin_gcc_version *version)
{
  /* GCC loads plugins with RTLD_GLOBAL: this file's own reference to
     linkname_loaded_from may bind to the first copy's variable, which
     is then set already.  */
  const char *other = linkname_loaded_from;
  if (other || dl_iterate_phdr (linkname_loader_find_other, &other))
    {
      char message[2 * PATH_MAX + 256];
      snprintf (message, sizeof message,
		"the linkname plugin is loaded twice, as %s and as %s; "
		"load it once", other, info->full_name);
      linkname_loader_error (message);
      return 1;
    }
  linkname_loaded_from = info->full_name;

  if (!linkname_loader_version_ok (version, info->base_name))
    return 1;

  char message[PATH_MAX + 1024];
  char core_name[PATH_MAX];
  if (!linkname_loader_core_name (info->full_name, core_name,
				  sizeof core_name))
    {
      linkname_loader_error ("the file name of the linkname plugin is too "
			     "long");
      return 1;
    }
  /* RTLD_LOCAL: the plugin's own symbols are for it alone.  */
  void *core = dlopen (core_name, RTLD_NOW | RTLD_LOCAL);
  if (!core)
    {
      /* The versions agree, so this is a missing or damaged install, or
	 a point release of GCC that removed something we use.  */
      snprintf (message, sizeof message,
		"the %s plugin cannot load its other half %s into GCC %s: "
		"%s; reinstall or rebuild it for this GCC",
		info->base_name, core_name, version->basever, dlerror ());
      linkname_loader_error (message);
      return 1;
    }
  linkname_core_init_fn init
    = (linkname_core_init_fn) dlsym (core, "linkname_core_init");
  if (!init)
    {
      snprintf (message, sizeof message,
		"%s is not the core of the %s plugin (it has no "
		"linkname_core_init)", core_name, info->base_name);
      linkname_loader_error (message);
      dlclose (core);
      return 1;
    }
  /* The core stays loaded for the life of the compiler, as GCC keeps
     this file: its callbacks are registered with GCC.  */
  return init (info, version);
}
