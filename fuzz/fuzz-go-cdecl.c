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

/* fuzz-go-cdecl.c -- libFuzzer harness for the C spelling of Go
   declarations (lib/go-cdecl.c) on what the export data reader accepts.

   Byte 0 selects the options (bit 0 --safe, bit 1 --asm, bit 2 a
   --prefix); the rest is export data text.  When it parses, the header
   of all its packages is written (to a memory stream), and the
   prototype of every function and of every method of every named type
   is asked for, as the plugin does for its notes.

   Invariants: no crash, no read outside the input, no leak (ASan);
   the header is written; a prototype is NULL only for a method of
   another package's type or a name that makes no target, is one line,
   ends in ';', and prototype_buf gives the same text and length.  */

#include "fuzz-common.h"
#include "go-cdecl.h"
#include "go-export.h"

static void
check_proto (const struct linkname_go_package *pkg,
	     const struct linkname_go_func *fn,
	     const struct linkname_go_cdecl_options *opts)
{
  char *p = linkname_go_cdecl_prototype (pkg, fn, opts);
  char buf[64];
  size_t n = linkname_go_cdecl_prototype_buf (buf, sizeof buf, pkg, fn, opts);
  if (p == NULL)
    {
      FUZZ_CHECK (n == (size_t) -1 && buf[0] == '\0');
      return;
    }
  size_t len = strlen (p);
  FUZZ_CHECK (n == len);
  FUZZ_CHECK (len > 0 && p[len - 1] == ';' && strchr (p, '\n') == NULL);
  FUZZ_CHECK (strncmp (buf, p, sizeof buf - 1) == 0);
  free (p);
  char *sig = linkname_go_cdecl_go_signature (pkg, fn);
  FUZZ_CHECK (sig != NULL);
  free (sig);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size < 1)
    return 0;
  struct linkname_go_cdecl_options opts = {
    .safe = data[0] & 1, .asm_labels = (data[0] & 2) != 0,
    .prefix = (data[0] & 4) ? "p" : NULL
  };
  size_t n = size - 1;
  char *buf = malloc (n ? n : 1);
  if (buf == NULL)
    abort ();
  memcpy (buf, data + 1, n);
  struct linkname_go_export *e = linkname_go_export_parse (buf, n, NULL);
  free (buf);
  if (e == NULL)
    return 0;
  const struct linkname_go_package **pkgs
    = malloc ((e->n_packages ? e->n_packages : 1) * sizeof *pkgs);
  if (pkgs == NULL)
    abort ();
  for (size_t i = 0; i < e->n_packages; i++)
    pkgs[i] = &e->packages[i];
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&text, &len);
  if (f == NULL)
    abort ();
  FUZZ_CHECK (linkname_go_cdecl_write_header (f, pkgs, e->n_packages,
					      &opts, "fuzz"));
  fclose (f);
  FUZZ_CHECK (text != NULL && strstr (text, "#include <linkname/go.h>"));
  free (text);
  for (size_t i = 0; i < e->n_packages; i++)
    {
      const struct linkname_go_package *pkg = pkgs[i];
      for (size_t j = 0; j < pkg->n_funcs; j++)
	check_proto (pkg, &pkg->funcs[j], &opts);
      for (size_t t = 1; t < pkg->n_types; t++)
	for (size_t m = 0; m < pkg->types[t].n_methods; m++)
	  if (pkg->types[t].kind == LINKNAME_GO_KIND_NAMED)
	    check_proto (pkg, &pkg->types[t].methods[m], &opts);
      for (size_t t = 1; t < pkg->n_types; t++)
	{
	  char *c = linkname_go_cdecl_type (pkg, &pkg->types[t], &opts);
	  FUZZ_CHECK (c != NULL && *c != '\0');
	  free (c);
	}
    }
  free (pkgs);
  linkname_go_export_free (e);
  return 0;
}
