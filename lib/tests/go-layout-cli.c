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

/* go-layout-cli.c -- the lowering of Go functions (go-layout.c) from
   the shell, for the tests (not installed).

   Usage: go-layout-cli TARGET FILE [PKGPATH NAME | PKGPATH TYPE NAME]
   TARGET is CLASS:MACHINE as in ELF ("2:62" x86-64, "1:3" i386).  FILE
   (ELF, ar archive or export data text) is parsed whole.  With a
   function (or a method of a named type): its Go declaration and its
   layout's text, one a line.  Without: every function and method of
   every package is lowered, its text decoded back and compared, and
   the counts are printed ("lowered N failed M"), with a line for each
   failure.  Exit 0 if all went well, 1 if not, 2 on bad usage or an
   unreadable file.  */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "go-layout.h"

static struct linkname_layout_target target;
static size_t lowered, failed;

static const char *
path (const struct linkname_go_package *pkg)
{
  return pkg->pkgpath ? pkg->pkgpath : pkg->name;
}

static void
lower (const struct linkname_go_package *pkg,
       const struct linkname_go_func *f, const char *type, bool print)
{
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout *l
    = linkname_layout_go_func (f, pkg->pkgpath, &target, true, &err);
  if (l == NULL)
    {
      printf ("FAILED %s.%s%s%s: %s\n", path (pkg), type ? type : "",
	      type ? "." : "", f->name, err.message);
      failed++;
      return;
    }
  char *s = linkname_layout_encode (l);
  struct linkname_layout *d
    = s ? linkname_layout_decode (s, strlen (s), &err) : NULL;
  struct linkname_layout_findings *fi
    = d ? linkname_layout_compare (l, d, &err) : NULL;
  if (d == NULL || !linkname_layout_equal (l, d) || fi == NULL || fi->n)
    {
      printf ("FAILED %s.%s: round trip of %s\n", path (pkg), f->name,
	      s ? s : "(null)");
      failed++;
    }
  else
    lowered++;
  if (print)
    {
      char *g = linkname_go_func_string (f, pkg->pkgpath);
      printf ("%s\n%s\n", g ? g : "(null)", s ? s : "(null)");
      free (g);
    }
  linkname_layout_findings_free (fi);
  linkname_layout_free (d);
  linkname_layout_free (l);
  free (s);
}

int
main (int argc, char **argv)
{
  int elf_class;
  unsigned machine;
  if ((argc != 3 && argc != 5 && argc != 6)
      || sscanf (argv[1], "%d:%u", &elf_class, &machine) != 2
      || !linkname_layout_target_elf (elf_class, machine, &target))
    {
      fprintf (stderr, "usage: go-layout-cli CLASS:MACHINE FILE "
	       "[PKGPATH [TYPE] NAME]\n");
      return 2;
    }
  int fd = open (argv[2], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat (fd, &st) != 0 || st.st_size == 0)
    {
      perror (argv[2]);
      return 2;
    }
  void *image = mmap (NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close (fd);
  if (image == MAP_FAILED)
    {
      perror (argv[2]);
      return 2;
    }
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *e
    = linkname_go_export_parse_image (image, st.st_size, &err);
  if (e == NULL)
    {
      fprintf (stderr, "%s: %s at %zu\n", argv[2], err.message, err.offset);
      return 1;
    }
  if (argc > 3)
    {
      const struct linkname_go_package *pkg
	= linkname_go_export_find (e, argv[3]);
      const struct linkname_go_func *f = pkg == NULL ? NULL : argc == 5
	? linkname_go_package_func (pkg, argv[4])
	: linkname_go_package_method (pkg, argv[4], argv[5]);
      if (f == NULL)
	{
	  fprintf (stderr, "%s: not found\n", argv[argc - 1]);
	  return 1;
	}
      lower (pkg, f, NULL, true);
    }
  else
    for (size_t k = 0; k < e->n_packages; k++)
      {
	const struct linkname_go_package *pkg = &e->packages[k];
	for (size_t i = 0; i < pkg->n_funcs; i++)
	  lower (pkg, &pkg->funcs[i], NULL, false);
	for (size_t i = 1; i < pkg->n_types; i++)
	  if (pkg->types[i].kind == LINKNAME_GO_KIND_NAMED)
	    for (size_t m = 0; m < pkg->types[i].n_methods; m++)
	      lower (pkg, &pkg->types[i].methods[m], pkg->types[i].name,
		     false);
      }
  if (argc == 3)
    printf ("lowered %zu failed %zu\n", lowered, failed);
  linkname_go_export_free (e);
  munmap (image, st.st_size);
  return failed ? 1 : 0;
}
