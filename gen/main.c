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

/* main.c -- linkname-gen: a C header from gccgo's export data (SPEC
   section 9).  The work is in liblinkname: go-export-find.c finds and
   reads the export data, go-export.c parses it, go-cdecl.c writes the
   header.

   Exit status: 0 the header was written; 1 a package was not found or
   its export data did not parse, or the header could not be written;
   2 a usage error.  */

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "go-cdecl.h"
#include "go-export.h"

#ifndef LINKNAME_GO_STD_DIR
#define LINKNAME_GO_STD_DIR ""
#endif
#ifndef LINKNAME_GO_MAJOR
#define LINKNAME_GO_MAJOR ""
#endif
#ifndef LINKNAME_GO_TRIPLET
#define LINKNAME_GO_TRIPLET ""
#endif

static const char program[] = "linkname-gen";

static void
usage (FILE *out)
{
  fprintf (out,
	   "Usage: %s [OPTION]... IMPORTPATH|FILE...\n"
	   "Write a C header that declares the exported functions, "
	   "methods, variables,\nconstants and types of Go packages "
	   "compiled by gccgo, bound with linkname.\n"
	   "An IMPORTPATH is found as gccgo finds it; a FILE (.o, .gox, "
	   ".a, .so or an\nexecutable) gives every package it holds.\n"
	   "\n"
	   "  -I DIR               look for packages in DIR first (as "
	   "gccgo's -I)\n"
	   "  -L DIR               then in DIR/go/MAJOR[/TRIPLET] and DIR "
	   "(as gccgo's -L)\n"
	   "  -o FILE              write the header to FILE (default: "
	   "standard output)\n"
	   "  --safe               leave out what C cannot use safely "
	   "(maps, chans, func\n"
	   "                       values, interfaces)\n"
	   "  --asm                bind with asm labels instead of the "
	   "linkname attribute\n"
	   "                       (for a compiler without the plugin)\n"
	   "  --prefix=P           the prefix of the C names (one package "
	   "only; default:\n"
	   "                       the import path with '_' for what C "
	   "cannot spell)\n"
	   "  --help               print this help and exit\n"
	   "  --version            print the version and exit\n"
	   "\n"
	   "The standard library is found last, in %s.\n",
	   program, *LINKNAME_GO_STD_DIR ? LINKNAME_GO_STD_DIR
	   : "(none: configure found no gccgo)");
}

/* A file read whole (mapped: libgo.so is large).  */
struct image
{
  void *data;
  size_t len;
};

static bool
map_file (const char *name, struct image *im)
{
  int fd = open (name, O_RDONLY);
  if (fd < 0)
    return false;
  struct stat st;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      if (S_ISDIR (st.st_mode))
	errno = EISDIR;
      close (fd);
      return false;
    }
  im->len = (size_t) st.st_size;
  im->data = NULL;
  if (im->len > 0)
    {
      im->data = mmap (NULL, im->len, PROT_READ, MAP_PRIVATE, fd, 0);
      if (im->data == MAP_FAILED)
	{
	  close (fd);
	  return false;
	}
    }
  close (fd);
  return true;
}

static bool
regular_file (const char *name)
{
  struct stat st;
  return stat (name, &st) == 0 && S_ISREG (st.st_mode);
}

int
main (int argc, char **argv)
{
  enum { OPT_SAFE = 256, OPT_ASM, OPT_PREFIX, OPT_HELP, OPT_VERSION };
  static const struct option longopts[] = {
    { "safe", no_argument, NULL, OPT_SAFE },
    { "asm", no_argument, NULL, OPT_ASM },
    { "prefix", required_argument, NULL, OPT_PREFIX },
    { "help", no_argument, NULL, OPT_HELP },
    { "version", no_argument, NULL, OPT_VERSION },
    { NULL, 0, NULL, 0 }
  };
  const char **incs = calloc ((size_t) argc + 1, sizeof (char *));
  const char **libs = calloc ((size_t) argc + 2, sizeof (char *));
  size_t n_incs = 0, n_libs = 0;
  const char *output = NULL;
  struct linkname_go_cdecl_options opts = { 0 };
  /* The packages are laid out as the gccgo configure found lays them
     out (its struct padding changed in gccgo 12).  */
  opts.gccgo_major = (unsigned) atoi (LINKNAME_GO_MAJOR);
  int c;

  if (incs == NULL || libs == NULL)
    {
      fprintf (stderr, "%s: out of memory\n", program);
      return 1;
    }
  while ((c = getopt_long (argc, argv, "I:L:o:", longopts, NULL)) != -1)
    switch (c)
      {
      case 'I':
	incs[n_incs++] = optarg;
	break;
      case 'L':
	libs[n_libs++] = optarg;
	break;
      case 'o':
	output = optarg;
	break;
      case OPT_SAFE:
	opts.safe = true;
	break;
      case OPT_ASM:
	opts.asm_labels = true;
	break;
      case OPT_PREFIX:
	opts.prefix = optarg;
	break;
      case OPT_HELP:
	usage (stdout);
	return 0;
      case OPT_VERSION:
	printf ("%s (linkname) %s\n", program, PACKAGE_VERSION);
	return 0;
      default:
	usage (stderr);
	return 2;
      }
  if (optind >= argc)
    {
      fprintf (stderr, "%s: no package named\n", program);
      usage (stderr);
      return 2;
    }
  if (opts.prefix != NULL)
    {
      bool ok = *opts.prefix != '\0'
		&& !(*opts.prefix >= '0' && *opts.prefix <= '9');
      for (const char *p = opts.prefix; *p; p++)
	if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
	      || (*p >= '0' && *p <= '9') || *p == '_'))
	  ok = false;
      if (!ok)
	{
	  fprintf (stderr, "%s: --prefix=%s is not a C identifier\n",
		   program, opts.prefix);
	  return 2;
	}
    }
  /* The standard library last, as gccgo's own library directory.  */
  if (*LINKNAME_GO_STD_DIR)
    libs[n_libs++] = LINKNAME_GO_STD_DIR;

  size_t n_args = (size_t) (argc - optind);
  struct linkname_go_export **sets = calloc (n_args, sizeof *sets);
  const struct linkname_go_package **pkgs = NULL;
  size_t n_pkgs = 0, cap_pkgs = 0;
  int status = 0;
  if (sets == NULL)
    {
      fprintf (stderr, "%s: out of memory\n", program);
      return 1;
    }

  for (size_t a = 0; a < n_args && status == 0; a++)
    {
      const char *arg = argv[optind + (int) a];
      bool is_file = regular_file (arg);
      char *file = is_file ? strdup (arg)
	: linkname_go_export_search (arg, incs, n_incs, libs, n_libs,
				     *LINKNAME_GO_MAJOR ? LINKNAME_GO_MAJOR
				     : NULL,
				     *LINKNAME_GO_TRIPLET
				     ? LINKNAME_GO_TRIPLET : NULL);
      if (file == NULL)
	{
	  fprintf (stderr, "%s: cannot find package \"%s\" (searched -I, "
		   "-L and %s)\n", program, arg,
		   *LINKNAME_GO_STD_DIR ? LINKNAME_GO_STD_DIR
		   : "no standard library");
	  status = 1;
	  break;
	}
      struct image im;
      if (!map_file (file, &im))
	{
	  fprintf (stderr, "%s: %s: %s\n", program, file, strerror (errno));
	  free (file);
	  status = 1;
	  break;
	}
      struct linkname_error err = { NULL, 0 };
      sets[a] = linkname_go_export_parse_image (im.data, im.len, &err);
      if (im.len > 0)
	munmap (im.data, im.len);
      if (sets[a] == NULL)
	{
	  fprintf (stderr, "%s: %s: %s (at byte %zu)\n", program, file,
		   err.message ? err.message : "out of memory", err.offset);
	  free (file);
	  status = 1;
	  break;
	}
      /* The packages this argument gives.  */
      const struct linkname_go_package *only = NULL;
      if (!is_file)
	{
	  only = linkname_go_export_find (sets[a], arg);
	  if (only == NULL)
	    {
	      fprintf (stderr, "%s: %s holds no package \"%s\"\n", program,
		       file, arg);
	      free (file);
	      status = 1;
	      break;
	    }
	}
      free (file);
      const struct linkname_go_export *set = sets[a];
      for (size_t i = 0; i < set->n_packages; i++)
	{
	  const struct linkname_go_package *p = &set->packages[i];
	  if (only != NULL && p != only)
	    continue;
	  /* A program's main package exports nothing to bind.  */
	  if (only == NULL && set->n_packages > 1 && p->pkgpath != NULL
	      && strcmp (p->pkgpath, "main") == 0)
	    continue;
	  const char *path = p->pkgpath ? p->pkgpath : p->name ? p->name : "";
	  bool dup = false;
	  for (size_t j = 0; j < n_pkgs; j++)
	    {
	      const char *q = pkgs[j]->pkgpath ? pkgs[j]->pkgpath
			      : pkgs[j]->name ? pkgs[j]->name : "";
	      if (strcmp (q, path) == 0)
		dup = true;
	    }
	  if (dup)
	    continue;
	  if (n_pkgs == cap_pkgs)
	    {
	      cap_pkgs = cap_pkgs ? cap_pkgs * 2 : 16;
	      const struct linkname_go_package **np
		= realloc (pkgs, cap_pkgs * sizeof *np);
	      if (np == NULL)
		{
		  fprintf (stderr, "%s: out of memory\n", program);
		  return 1;
		}
	      pkgs = np;
	    }
	  pkgs[n_pkgs++] = p;
	}
    }

  if (status == 0 && opts.prefix != NULL && n_pkgs != 1)
    {
      fprintf (stderr, "%s: --prefix is for one package, and there are "
	       "%zu\n", program, n_pkgs);
      status = 2;
    }

  if (status == 0)
    {
      FILE *out = stdout;
      if (output != NULL && (out = fopen (output, "w")) == NULL)
	{
	  fprintf (stderr, "%s: cannot write %s: %s\n", program, output,
		   strerror (errno));
	  status = 1;
	}
      else
	{
	  /* The header names its packages, not where they were found
	     (the same header on every machine).  */
	  bool ok = linkname_go_cdecl_write_header (out, pkgs, n_pkgs, &opts,
						    NULL);
	  if (fflush (out) != 0 || ferror (out))
	    ok = false;
	  if (output != NULL && fclose (out) != 0)
	    ok = false;
	  if (!ok)
	    {
	      fprintf (stderr, "%s: cannot write %s\n", program,
		       output ? output : "standard output");
	      if (output != NULL)
		remove (output);
	      status = 1;
	    }
	}
    }

  for (size_t a = 0; a < n_args; a++)
    if (sets[a] != NULL)
      linkname_go_export_free (sets[a]);
  free (sets);
  free (pkgs);
  free (incs);
  free (libs);
  return status;
}
