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
#include <fcntl.h>
#include <limits.h>
#include <sys/mman.h>
#include <unistd.h>

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

/* Loading the core binds its references to GCC's internals: for each,
   the dynamic linker reads cc1's hash table, symbol table, string table
   and symbol versions, a few scattered pages a symbol, which then count
   in the compiler's resident memory for the rest of the compile
   (cc1 exports every one of its 28000 symbols for plugins: about
   0.8 MiB for the core's 80, 1 % of a mid-sized unit; bench/RESULTS.md,
   memory).  They are read again only to bind another symbol.  So the
   pages of the program's first read-only segment, where those tables
   are, that the load brought in are given back (madvise MADV_DONTNEED)
   once it is done: clean pages of a file, read-only, which the kernel
   maps in again from its page cache if they are ever read.  Only the
   pages the load brought in, as /proc/self/pagemap tells, and only
   while they are the file's: the program's own stay, and so does any
   page written to.  Where pagemap cannot be read, nothing is given
   back.  */

/* The segment's pages considered: 64 MiB of 4 KiB pages (cc1's is 2 MiB,
   cc1plus's 3).  */
#define LINKNAME_LOADER_MAX_PAGES 16384

struct linkname_loader_pages
{
  uintptr_t start;		/* Page-aligned.  */
  size_t count;			/* Pages; 0 when there is no such segment.  */
  /* Before the load, one bit a page.  */
  unsigned char present[LINKNAME_LOADER_MAX_PAGES / 8];
  int pagemap;			/* /proc/self/pagemap, or -1.  */
};

/* dl_iterate_phdr callback, for the program itself (the first object it
   reports): its first loaded segment that is neither writable nor
   executable.  */
static int
linkname_loader_find_tables (struct dl_phdr_info *info, size_t, void *data)
{
  linkname_loader_pages *pages = (linkname_loader_pages *) data;
  uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);
  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      if (ph->p_type != PT_LOAD || (ph->p_flags & (PF_W | PF_X)) != 0)
	continue;
      uintptr_t start = info->dlpi_addr + ph->p_vaddr;
      uintptr_t end = start + ph->p_memsz;
      pages->start = start & -page;
      pages->count = (end - pages->start + page - 1) / page;
      if (pages->count > LINKNAME_LOADER_MAX_PAGES)
	pages->count = LINKNAME_LOADER_MAX_PAGES;
      break;
    }
  return 1;
}

/* Read into the bitmap PRESENT whether each page of PAGES is mapped
   into this process now; with FILE_ONLY, and is still the file's page
   (pagemap's bit 61), not a private copy that was written to, which
   giving back would lose.  False if pagemap cannot say.  */
static bool
linkname_loader_read_present (const linkname_loader_pages *pages,
			      unsigned char *present, bool file_only)
{
  const uint64_t mask = ((uint64_t) 1 << 63)
			| (file_only ? (uint64_t) 1 << 61 : 0);
  uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);
  uint64_t entries[512];
  for (size_t i = 0; i < pages->count;)
    {
      size_t n = pages->count - i < 512 ? pages->count - i : 512;
      off_t at = (off_t) ((pages->start / page + i) * sizeof entries[0]);
      if (pread (pages->pagemap, entries, n * sizeof entries[0], at)
	  != (ssize_t) (n * sizeof entries[0]))
	return false;
      for (size_t j = 0; j < n; j++)
	if ((entries[j] & mask) == mask)
	  present[(i + j) / 8] |= 1 << ((i + j) % 8);
	else
	  present[(i + j) / 8] &= ~(1 << ((i + j) % 8));
      i += n;
    }
  return true;
}

/* Note which pages of the program's tables are mapped before the load.  */
static void
linkname_loader_pages_before (linkname_loader_pages *pages)
{
  pages->count = 0;
  pages->pagemap = -1;
  dl_iterate_phdr (linkname_loader_find_tables, pages);
  if (pages->count == 0)
    return;
  pages->pagemap = open ("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
  if (pages->pagemap < 0
      || !linkname_loader_read_present (pages, pages->present, false))
    pages->count = 0;
}

/* Give back the pages of the program's tables that the load mapped.  */
static void
linkname_loader_pages_after (linkname_loader_pages *pages)
{
  static unsigned char now[LINKNAME_LOADER_MAX_PAGES / 8];
  if (pages->count && linkname_loader_read_present (pages, now, true))
    {
      uintptr_t page = (uintptr_t) sysconf (_SC_PAGESIZE);
      for (size_t i = 0; i < pages->count;)
	{
	  size_t j = i;
	  while (j < pages->count && ((now[j / 8] & ~pages->present[j / 8])
				      >> (j % 8)) & 1)
	    j++;
	  if (j > i)
	    madvise ((void *) (pages->start + i * page), (j - i) * page,
		     MADV_DONTNEED);
	  i = j + 1;
	}
    }
  if (pages->pagemap >= 0)
    close (pages->pagemap);
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
  static linkname_loader_pages pages;
  linkname_loader_pages_before (&pages);
  void *core = dlopen (core_name, RTLD_NOW | RTLD_LOCAL);
  linkname_loader_pages_after (&pages);
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
