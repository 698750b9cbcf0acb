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

/* go-export-cli.c -- the Go export data reader from the shell, for the
   tests (not installed).

   Usage: go-export-cli [--list | --print PKGPATH | --quiet] FILE...
   Each FILE (ELF, ar archive or export data text) is parsed whole.
     --list          one line per package: PKGPATH NAME, and counts
     --print PKGPATH the package in a stable text form, one item a line:
                     "func F(T, ...T) R", "method (*T) M(...) R",
                     "type T = U" or "type T U", "var V T",
                     "const C [T] = VALUE KIND"
     --quiet         nothing but errors (for timing)
   Then "packages N" on standard output.  Exit 0 if every file parsed,
   1 if one did not (the error and its offset on standard error), 2 on
   bad usage or an unreadable file.  */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "go-export.h"

static void
print_type (const struct linkname_go_type *t, FILE *out);

static void
print_sig (const struct linkname_go_signature *sig, FILE *out)
{
  fputc ('(', out);
  for (size_t i = 0; i < sig->n_params; i++)
    {
      if (i > 0)
	fputs (", ", out);
      if (sig->params[i].name != NULL)
	fprintf (out, "%s ", sig->params[i].name);
      if (sig->variadic && i + 1 == sig->n_params)
	{
	  fputs ("...", out);
	  print_type (sig->params[i].type->elem, out);
	}
      else
	print_type (sig->params[i].type, out);
    }
  fputc (')', out);
  if (sig->n_results == 1 && sig->results[0].name == NULL)
    {
      fputc (' ', out);
      print_type (sig->results[0].type, out);
    }
  else if (sig->n_results > 0)
    {
      fputs (" (", out);
      for (size_t i = 0; i < sig->n_results; i++)
	{
	  if (i > 0)
	    fputs (", ", out);
	  if (sig->results[i].name != NULL)
	    fprintf (out, "%s ", sig->results[i].name);
	  print_type (sig->results[i].type, out);
	}
      fputc (')', out);
    }
}

/* Named types print by name, so this recursion ends: the reader
   refused types without a name that refer to themselves.  */
static void
print_type (const struct linkname_go_type *t, FILE *out)
{
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_BUILTIN:
      fputs (linkname_go_builtin_name (t->builtin), out);
      break;
    case LINKNAME_GO_KIND_NAMED:
      fprintf (out, "%s.%s", t->pkgpath ? t->pkgpath : "", t->name);
      break;
    case LINKNAME_GO_KIND_POINTER:
      fputc ('*', out);
      print_type (t->elem, out);
      break;
    case LINKNAME_GO_KIND_UNSAFE_POINTER:
      fputs ("*any", out);
      break;
    case LINKNAME_GO_KIND_ARRAY:
      fprintf (out, "[%llu]", (unsigned long long) t->length);
      print_type (t->elem, out);
      break;
    case LINKNAME_GO_KIND_SLICE:
      fputs ("[]", out);
      print_type (t->elem, out);
      break;
    case LINKNAME_GO_KIND_MAP:
      fputs ("map[", out);
      print_type (t->key, out);
      fputc (']', out);
      print_type (t->elem, out);
      break;
    case LINKNAME_GO_KIND_CHAN:
      fputs (t->chan_dir == LINKNAME_GO_CHAN_RECV ? "<-chan "
	     : t->chan_dir == LINKNAME_GO_CHAN_SEND ? "chan<- " : "chan ",
	     out);
      print_type (t->elem, out);
      break;
    case LINKNAME_GO_KIND_STRUCT:
      fputs ("struct {", out);
      for (size_t i = 0; i < t->n_fields; i++)
	{
	  const struct linkname_go_field *f = &t->fields[i];
	  fprintf (out, " %s%s%s ", f->embedded ? "embedded " : "",
		   f->pkgpath ? "." : "", f->name);
	  print_type (f->type, out);
	  if (f->tag != NULL)
	    fprintf (out, " tag=%s", f->tag);
	  fputc (';', out);
	}
      fputs (" }", out);
      break;
    case LINKNAME_GO_KIND_INTERFACE:
      fputs ("interface {", out);
      for (size_t i = 0; i < t->n_embeds; i++)
	{
	  fputs (" embedded ", out);
	  print_type (t->embeds[i], out);
	  fputc (';', out);
	}
      for (size_t i = 0; i < t->n_methods; i++)
	{
	  fprintf (out, " %s", t->methods[i].name);
	  print_sig (&t->methods[i].sig, out);
	  fputc (';', out);
	}
      fputs (" }", out);
      break;
    case LINKNAME_GO_KIND_FUNC:
      fputs ("func", out);
      print_sig (&t->sig, out);
      break;
    }
}

static void
print_func_notes (const struct linkname_go_func *f, FILE *out)
{
  if (f->asm_name != NULL)
    fprintf (out, " asm=%s", f->asm_name);
  if (f->nointerface)
    fputs (" nointerface", out);
  fputc ('\n', out);
}

static const char *const const_kinds[] = {
  "bool", "int", "rune", "float", "complex", "string"
};

static void
print_package (const struct linkname_go_package *pkg, FILE *out)
{
  fprintf (out, "package %s %s v%d\n", pkg->name,
	   pkg->pkgpath ? pkg->pkgpath : "-", pkg->version);
  if (pkg->prefix != NULL)
    fprintf (out, "prefix %s\n", pkg->prefix);
  for (size_t i = 0; i < pkg->n_imports; i++)
    fprintf (out, "import %s %s%s\n", pkg->imports[i].name,
	     pkg->imports[i].pkgpath,
	     pkg->imports[i].import_path ? "" : " indirect");
  for (size_t i = 1; i < pkg->n_types; i++)
    {
      const struct linkname_go_type *t = &pkg->types[i];
      const char *own = pkg->pkgpath ? pkg->pkgpath : pkg->name;
      if (t->kind != LINKNAME_GO_KIND_NAMED || strcmp (t->pkgpath, own) != 0
	  || !t->exported)
	continue;
      fprintf (out, "type %s%s%s ", t->name, t->alias ? " =" : "",
	       t->notinheap ? " notinheap" : "");
      print_type (t->elem, out);
      fputc ('\n', out);
      for (size_t j = 0; j < t->n_methods; j++)
	{
	  const struct linkname_go_func *m = &t->methods[j];
	  if (!m->exported)
	    continue;
	  fprintf (out, "method (%s%s) %s", m->pointer_receiver ? "*" : "",
		   t->name, m->name);
	  print_sig (&m->sig, out);
	  print_func_notes (m, out);
	}
    }
  for (size_t i = 0; i < pkg->n_funcs; i++)
    {
      fprintf (out, "func %s", pkg->funcs[i].name);
      print_sig (&pkg->funcs[i].sig, out);
      print_func_notes (&pkg->funcs[i], out);
    }
  for (size_t i = 0; i < pkg->n_vars; i++)
    {
      fprintf (out, "var %s ", pkg->vars[i].name);
      print_type (pkg->vars[i].type, out);
      fputc ('\n', out);
    }
  for (size_t i = 0; i < pkg->n_consts; i++)
    {
      const struct linkname_go_const *c = &pkg->consts[i];
      fprintf (out, "const %s ", c->name);
      if (c->type != NULL)
	{
	  print_type (c->type, out);
	  fputc (' ', out);
	}
      fprintf (out, "= %s %s\n", c->value, const_kinds[c->kind]);
    }
}

/* The file mapped whole (a shared library can be large).  */
static void *
map_file (const char *name, size_t *len)
{
  int fd = open (name, O_RDONLY);
  if (fd < 0)
    return NULL;
  struct stat st;
  void *data = NULL;
  if (fstat (fd, &st) == 0 && st.st_size > 0)
    {
      data = mmap (NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (data == MAP_FAILED)
	data = NULL;
      *len = st.st_size;
    }
  close (fd);
  return data;
}

int
main (int argc, char **argv)
{
  const char *print = NULL;
  bool list = false, quiet = false;
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; i++)
    if (strcmp (argv[i], "--list") == 0)
      list = true;
    else if (strcmp (argv[i], "--quiet") == 0)
      quiet = true;
    else if (strcmp (argv[i], "--print") == 0 && i + 1 < argc)
      print = argv[++i];
    else
      {
	fprintf (stderr, "go-export-cli: bad option %s\n", argv[i]);
	return 2;
      }
  if (i == argc)
    {
      fprintf (stderr, "usage: go-export-cli [--list | --print PKGPATH"
	       " | --quiet] FILE...\n");
      return 2;
    }
  int status = 0;
  size_t total = 0;
  for (; i < argc; i++)
    {
      size_t len;
      void *data = map_file (argv[i], &len);
      if (data == NULL)
	{
	  perror (argv[i]);
	  return 2;
	}
      struct linkname_error err;
      struct linkname_go_export *e
	= linkname_go_export_parse_image (data, len, &err);
      munmap (data, len);
      if (e == NULL)
	{
	  fprintf (stderr, "%s: offset %zu: %s\n", argv[i], err.offset,
		   err.message);
	  status = 1;
	  continue;
	}
      total += e->n_packages;
      for (size_t k = 0; k < e->n_packages && list && !quiet; k++)
	{
	  const struct linkname_go_package *p = &e->packages[k];
	  printf ("%s %s types=%zu funcs=%zu vars=%zu consts=%zu\n",
		  p->pkgpath ? p->pkgpath : "-", p->name, p->n_types - 1,
		  p->n_funcs, p->n_vars, p->n_consts);
	}
      if (print != NULL && !quiet)
	{
	  const struct linkname_go_package *p
	    = linkname_go_export_find (e, print);
	  if (p != NULL)
	    print_package (p, stdout);
	}
      linkname_go_export_free (e);
    }
  printf ("packages %zu\n", total);
  return status;
}
