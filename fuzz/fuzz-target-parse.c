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

/* fuzz-target-parse.c -- libFuzzer harness for linkname_target_parse
   (lib/target.c).  The input is the target text, NULs and all.

   Invariants: no crash; a rejected text has a message and an offset
   within the text (LEN at most); checking alone (OUT NULL) agrees with
   parsing; a parsed target is well formed, and its gc symbol, its
   joined spelling and its plain spelling (when unambiguous) parse back
   to the same target; its gccgo symbol decodes back to it.  */

#include "fuzz-common.h"

static void
check_gccgo_symbol (const struct linkname_target *t)
{
  char *sym = linkname_symbol (t, LINKNAME_SCHEME_GCCGO);
  FUZZ_CHECK (sym != NULL);
  for (const char *p = sym; *p; p++)
    FUZZ_CHECK ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
		|| (*p >= '0' && *p <= '9') || *p == '_' || *p == '.');
  /* One component per '.': the path, then each name.  */
  char *save = NULL, *part = strtok_r (sym, ".", &save);
  for (size_t i = 0; i <= t->n_names; i++)
    {
      FUZZ_CHECK (part != NULL);
      char *dec = fuzz_gccgo_decode (part);
      FUZZ_CHECK (dec != NULL);
      FUZZ_CHECK (strcmp (dec, i == 0 ? t->pkgpath : t->names[i - 1]) == 0);
      free (dec);
      part = strtok_r (NULL, ".", &save);
    }
  FUZZ_CHECK (part == NULL);
  free (sym);
}

static void
check_reparse (const char *text, const struct linkname_target *t)
{
  struct linkname_target u;
  struct linkname_error err;
  FUZZ_CHECK (text != NULL);
  if (!linkname_target_parse (text, strlen (text), &u, &err))
    {
      fprintf (stderr, "does not parse back: '%s': %s at %zu\n", text,
	       err.message, err.offset);
      abort ();
    }
  FUZZ_CHECK (fuzz_target_equal (t, &u));
  linkname_target_free (&u);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct linkname_target t;
  struct linkname_error err = { NULL, (size_t) -1 };
  const char *text = (const char *) data;

  bool ok = linkname_target_parse (text, size, &t, &err);
  struct linkname_error err2 = { NULL, (size_t) -1 };
  FUZZ_CHECK (linkname_target_parse (text, size, NULL, &err2) == ok);
  FUZZ_CHECK (linkname_target_parse (text, size, NULL, NULL) == ok);
  if (!ok)
    {
      FUZZ_CHECK (err.message != NULL && err.message[0] != '\0');
      FUZZ_CHECK (err.offset <= size);
      FUZZ_CHECK (err2.message == err.message && err2.offset == err.offset);
      FUZZ_CHECK (t.pkgpath == NULL && t.names == NULL && t.n_names == 0);
      return 0;
    }

  /* Well formed.  */
  FUZZ_CHECK (t.pkgpath != NULL && t.pkgpath[0] != '\0');
  FUZZ_CHECK (t.pkgpath[0] != '/' && strpbrk (t.pkgpath, "()*") == NULL);
  FUZZ_CHECK (t.n_names >= 1 && t.names != NULL);
  for (size_t i = 0; i < t.n_names; i++)
    FUZZ_CHECK (t.names[i] != NULL && t.names[i][0] != '\0'
		&& strpbrk (t.names[i], ".()*%/") == NULL);
  FUZZ_CHECK (!t.pointer_receiver || t.n_names >= 2);
  (void) linkname_target_exported (&t);
  (void) linkname_target_internal (&t);

  /* The gc symbol is a target of its own, the same one.  */
  char *gc = linkname_symbol (&t, LINKNAME_SCHEME_GC);
  check_reparse (gc, &t);
  free (gc);

  /* linkname_target_join writes a target that reads back.  */
  if (t.n_names == 1)
    {
      char *joined = linkname_target_join (t.pkgpath, t.names[0]);
      check_reparse (joined, &t);
      free (joined);
    }

  /* The plain spelling reads back when it is unambiguous: no '%' and no
     '.' in the last element of the path.  */
  const char *slash = strrchr (t.pkgpath, '/');
  const char *last = slash ? slash + 1 : t.pkgpath;
  char *plain = linkname_target_string (&t);
  FUZZ_CHECK (plain != NULL);
  if (strchr (t.pkgpath, '%') == NULL && strchr (last, '.') == NULL)
    check_reparse (plain, &t);
  /* The verbatim scheme's symbol is that spelling.  */
  char *verb = linkname_symbol (&t, LINKNAME_SCHEME_VERBATIM);
  FUZZ_CHECK (verb != NULL && strcmp (verb, plain) == 0);
  free (verb);
  free (plain);

  check_gccgo_symbol (&t);
  linkname_target_free (&t);
  return 0;
}
