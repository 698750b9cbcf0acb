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

/* fuzz-go-layout.c -- libFuzzer harness for the lowering of Go
   functions and C prototypes (lib/go-layout.c).

   Byte 0 selects the mode.  Bit 0 clear: the rest is the text form of
   a function layout.  Bit 0 set: the rest is gccgo export data, whose
   functions and methods are lowered for x86-64 and i386.

   Invariants: no crash and no read outside the input (ASan); a refused
   text says why, at an offset inside it; an accepted text encodes back
   to itself exactly, and decodes again to an equal layout; a layout
   compared with another gives findings that each have a code and a
   message (against itself, none but for a C variadic or unprototyped
   declaration); every lowered Go
   function encodes to a text that decodes to an equal layout, and its
   Go spellings exist.  */

#include "fuzz-common.h"
#include "go-layout.h"

static void
check_findings (const struct linkname_layout *a,
		const struct linkname_layout *b, bool same)
{
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout_findings *f = linkname_layout_compare (a, b, &err);
  FUZZ_CHECK (f != NULL);
  /* Against itself, only a C variadic or unprototyped declaration is
     a finding.  */
  if (same)
    for (size_t i = 0; i < f->n; i++)
      FUZZ_CHECK (f->items[i].where == LINKNAME_LAYOUT_FUNCTION
		  && (b->c_variadic || b->unprototyped));
  bool errors = false;
  for (size_t i = 0; i < f->n; i++)
    {
      FUZZ_CHECK (f->items[i].code != NULL && f->items[i].message != NULL);
      FUZZ_CHECK (f->items[i].severity == LINKNAME_LAYOUT_ERROR
		  || f->items[i].severity == LINKNAME_LAYOUT_WARNING);
      errors |= f->items[i].severity == LINKNAME_LAYOUT_ERROR;
    }
  FUZZ_CHECK (f->errors == errors);
  linkname_layout_findings_free (f);
}

/* L's text decodes to an equal layout that encodes the same.  */
static void
check_round_trip (const struct linkname_layout *l)
{
  char *s = linkname_layout_encode (l);
  FUZZ_CHECK (s != NULL);
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout *d = linkname_layout_decode (s, strlen (s), &err);
  FUZZ_CHECK (d != NULL);
  FUZZ_CHECK (linkname_layout_equal (l, d));
  char *again = linkname_layout_encode (d);
  FUZZ_CHECK (again != NULL && strcmp (again, s) == 0);
  free (again);
  free (s);
  linkname_layout_free (d);
}

static void
fuzz_text (const char *buf, size_t n)
{
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout *l = linkname_layout_decode (buf, n, &err);
  if (l == NULL)
    {
      FUZZ_CHECK (err.message != NULL && err.offset <= n);
      return;
    }
  char *s = linkname_layout_encode (l);
  FUZZ_CHECK (s != NULL && strlen (s) == n && memcmp (s, buf, n) == 0);
  free (s);
  check_round_trip (l);
  check_findings (l, l, true);
  static const char other[] = "L1(A16/8[p8@0;i8@8],S8/8[i8@0])=S1/1[b1@0]";
  struct linkname_layout *o
    = linkname_layout_decode (other, sizeof other - 1, &err);
  FUZZ_CHECK (o != NULL);
  check_findings (o, l, false);
  check_findings (l, o, false);
  linkname_layout_free (o);
  linkname_layout_free (l);
}

static void
lower (const struct linkname_go_func *f, const char *pkgpath)
{
  static const struct linkname_layout_target targets[2] = {
    { 8, 8, 8, 8, 4, 8 }, { 4, 4, 4, 4, 4, 4 }
  };
  for (int t = 0; t < 2; t++)
    {
      struct linkname_error err = { NULL, 0 };
      struct linkname_layout *l
	= linkname_layout_go_func (f, pkgpath, &targets[t], true, &err);
      if (l == NULL)
	{
	  FUZZ_CHECK (err.message != NULL);
	  continue;
	}
      for (size_t i = 0; i < l->n_params; i++)
	FUZZ_CHECK (l->params[i].value != NULL
		    && l->params[i].spelling != NULL);
      FUZZ_CHECK (l->result.value == NULL || l->result.spelling != NULL);
      check_round_trip (l);
      check_findings (l, l, true);
      linkname_layout_free (l);
    }
  char *s = linkname_go_func_string (f, pkgpath);
  FUZZ_CHECK (s != NULL);
  free (s);
}

static void
fuzz_export (const char *buf, size_t n)
{
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *e = linkname_go_export_parse (buf, n, &err);
  if (e == NULL)
    return;
  /* Bounded work per input.  */
  size_t budget = 64;
  for (size_t k = 0; k < e->n_packages; k++)
    {
      const struct linkname_go_package *pkg = &e->packages[k];
      for (size_t i = 0; i < pkg->n_funcs && budget > 0; i++, budget--)
	lower (&pkg->funcs[i], pkg->pkgpath);
      for (size_t i = 1; i < pkg->n_types && budget > 0; i++)
	{
	  const struct linkname_go_type *t = &pkg->types[i];
	  if (t->ref == 0)
	    continue;
	  char *s = linkname_go_type_string (t, pkg->pkgpath);
	  FUZZ_CHECK (s != NULL);
	  free (s);
	  if (t->kind != LINKNAME_GO_KIND_NAMED)
	    continue;
	  for (size_t m = 0; m < t->n_methods && budget > 0; m++, budget--)
	    lower (&t->methods[m], pkg->pkgpath);
	}
    }
  linkname_go_export_free (e);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size < 1)
    return 0;
  /* An exact-size copy: a read past it is a read past the input.  */
  size_t n = size - 1;
  char *buf = malloc (n ? n : 1);
  if (buf == NULL)
    abort ();
  memcpy (buf, data + 1, n);
  if (data[0] & 1)
    fuzz_export (buf, n);
  else
    fuzz_text (buf, n);
  free (buf);
  return 0;
}
