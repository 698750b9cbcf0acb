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


/* fuzz-go-export.c -- libFuzzer harness for the gccgo export data
   reader (lib/go-export.c) and the section finder
   (lib/go-export-find.c).

   Byte 0 selects the mode.  Bit 0 clear: the rest is export data text
   (one or more package blocks).  Bit 0 set: the rest is a file image
   (ELF, ar archive or text) handed to linkname_go_export_parse_image.

   Invariants: no crash and no read outside the input (ASan); a failure
   says why, at an offset inside the input; on success every package
   lies inside the input, every type reference of every type resolves
   (no NULL where the kind needs a type), every named type has an
   underlying type that is not named (no cycle), and every function,
   variable and constant is found again by its name.  */

#include "fuzz-common.h"
#include "go-export.h"

static void
check_sig (const struct linkname_go_signature *sig)
{
  for (size_t i = 0; i < sig->n_params; i++)
    FUZZ_CHECK (sig->params[i].type != NULL);
  for (size_t i = 0; i < sig->n_results; i++)
    FUZZ_CHECK (sig->results[i].type != NULL);
  if (sig->variadic)
    FUZZ_CHECK (sig->n_params > 0
		&& sig->params[sig->n_params - 1].type->kind
		== LINKNAME_GO_KIND_SLICE);
}

static void
check_type (const struct linkname_go_type *t)
{
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_BUILTIN:
      FUZZ_CHECK (linkname_go_builtin_name (t->builtin) != NULL);
      break;
    case LINKNAME_GO_KIND_NAMED:
      {
	FUZZ_CHECK (t->name != NULL && t->pkgpath != NULL && t->elem != NULL);
	const struct linkname_go_type *u = linkname_go_underlying (t);
	FUZZ_CHECK (u != NULL && u->kind != LINKNAME_GO_KIND_NAMED);
	for (size_t i = 0; i < t->n_methods; i++)
	  {
	    const struct linkname_go_func *m = &t->methods[i];
	    FUZZ_CHECK (m->name != NULL && m->receiver != NULL
			&& m->receiver_base != NULL);
	    check_sig (&m->sig);
	  }
      }
      break;
    case LINKNAME_GO_KIND_MAP:
      FUZZ_CHECK (t->key != NULL);
      /* Fall through.  */
    case LINKNAME_GO_KIND_POINTER:
    case LINKNAME_GO_KIND_ARRAY:
    case LINKNAME_GO_KIND_SLICE:
    case LINKNAME_GO_KIND_CHAN:
      FUZZ_CHECK (t->elem != NULL);
      break;
    case LINKNAME_GO_KIND_STRUCT:
      for (size_t i = 0; i < t->n_fields; i++)
	FUZZ_CHECK (t->fields[i].type != NULL && t->fields[i].name != NULL);
      break;
    case LINKNAME_GO_KIND_INTERFACE:
      for (size_t i = 0; i < t->n_embeds; i++)
	FUZZ_CHECK (t->embeds[i] != NULL);
      for (size_t i = 0; i < t->n_methods; i++)
	{
	  FUZZ_CHECK (t->methods[i].name != NULL);
	  check_sig (&t->methods[i].sig);
	}
      break;
    case LINKNAME_GO_KIND_FUNC:
      check_sig (&t->sig);
      break;
    case LINKNAME_GO_KIND_UNSAFE_POINTER:
      break;
    default:
      FUZZ_CHECK (!"unknown type kind");
    }
}

static void
check_export (const struct linkname_go_export *e, size_t size, bool text)
{
  for (size_t k = 0; k < e->n_packages; k++)
    {
      const struct linkname_go_package *pkg = &e->packages[k];
      FUZZ_CHECK (pkg->name != NULL && pkg->checksum != NULL);
      FUZZ_CHECK (pkg->version >= 1 && pkg->version <= 3);
      if (text)
	FUZZ_CHECK (pkg->offset <= size && pkg->length <= size - pkg->offset);
      for (size_t i = 1; i < pkg->n_types; i++)
	if (pkg->types[i].ref != 0)
	  {
	    FUZZ_CHECK ((size_t) pkg->types[i].ref == i);
	    FUZZ_CHECK (linkname_go_type_ref (pkg, i) == &pkg->types[i]);
	    check_type (&pkg->types[i]);
	  }
      for (size_t i = 0; i < pkg->n_funcs; i++)
	{
	  check_sig (&pkg->funcs[i].sig);
	  const struct linkname_go_func *f
	    = linkname_go_package_func (pkg, pkg->funcs[i].name);
	  FUZZ_CHECK (f != NULL && strcmp (f->name, pkg->funcs[i].name) == 0);
	}
      for (size_t i = 0; i < pkg->n_vars; i++)
	FUZZ_CHECK (pkg->vars[i].type != NULL
		    && linkname_go_package_var (pkg, pkg->vars[i].name)
		    != NULL);
      for (size_t i = 0; i < pkg->n_consts; i++)
	FUZZ_CHECK (pkg->consts[i].value != NULL
		    && linkname_go_package_const (pkg, pkg->consts[i].name)
		    != NULL);
    }
}

static bool
want_alternate (const char *path, size_t len, void *data)
{
  unsigned *turn = data;
  (void) path;
  (void) len;
  return (*turn)++ % 2 == 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size < 1)
    return 0;
  bool image = data[0] & 1;
  /* An exact-size copy: a read past it is a read past the input.  */
  size_t n = size - 1;
  char *buf = malloc (n ? n : 1);
  if (buf == NULL)
    abort ();
  memcpy (buf, data + 1, n);
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *e
    = image ? linkname_go_export_parse_image (buf, n, &err)
    : linkname_go_export_parse (buf, n, &err);
  if (e == NULL)
    FUZZ_CHECK (err.message != NULL && err.offset <= n);
  else
    {
      check_export (e, n, !image);
      linkname_go_export_free (e);
    }
  if (!image)
    {
      /* Again wanting every other package: the blocks passed over are
	 found by their lengths, never read past the input; what is
	 parsed holds as above.  */
      unsigned turn = 0;
      struct linkname_go_export *w = linkname_go_export_new ();
      if (w == NULL)
	abort ();
      struct linkname_error werr = { NULL, 0 };
      if (linkname_go_export_parse_wanted (w, buf, n, want_alternate, &turn,
					   &werr))
	check_export (w, n, true);
      else
	FUZZ_CHECK (werr.message != NULL && werr.offset <= n);
      linkname_go_export_free (w);
    }
  free (buf);
  return 0;
}
