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

/* fuzz-symbol.c -- libFuzzer harness for linkname_symbol
   (lib/scheme.c) on any target structure, including ones the parser
   would refuse (the function must not trust its input).

   Input: byte 0 selects the pointer receiver (bit 0); the rest is split
   at NUL bytes into the import path and then the names (at most 8).

   Invariants: no crash; the gccgo symbol has one '.'-separated
   component per path and name, each decoding back to it; the gc symbol
   is the gc prefix of the path, '.', and the names ("(*T)" for a
   pointer receiver); the verbatim symbol is linkname_target_string.  */

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size < 2)
    return 0;
  bool ptr = data[0] & 1;
  char *buf = fuzz_cstring (data + 1, size - 1);
  /* fuzz_cstring stops at the first NUL; keep them as separators.  */
  memcpy (buf, data + 1, size - 1);
  char *fields[9];
  size_t n = 0, len = size - 1;
  for (size_t i = 0; i <= len && n < 9;)
    {
      fields[n++] = buf + i;
      i += strlen (buf + i) + 1;
    }
  if (n < 2)
    {
      free (buf);
      return 0;
    }

  struct linkname_target t;
  t.pkgpath = fields[0];
  t.names = fields + 1;
  t.n_names = n - 1;
  t.pointer_receiver = ptr;

  /* gccgo.  */
  char *sym = linkname_symbol (&t, LINKNAME_SCHEME_GCCGO);
  FUZZ_CHECK (sym != NULL);
  for (const char *p = sym; *p; p++)
    FUZZ_CHECK ((unsigned char) *p < 0x80 && *p > ' ');
  char *save = NULL, *part = strtok_r (sym, ".", &save);
  for (size_t i = 0; i < n; i++)
    {
      if (fields[i][0] == '\0')
	continue;		/* An empty component leaves no token.  */
      FUZZ_CHECK (part != NULL);
      char *dec = fuzz_gccgo_decode (part);
      FUZZ_CHECK (dec != NULL && strcmp (dec, fields[i]) == 0);
      free (dec);
      part = strtok_r (NULL, ".", &save);
    }
  FUZZ_CHECK (part == NULL);
  free (sym);

  /* gc.  */
  sym = linkname_symbol (&t, LINKNAME_SCHEME_GC);
  FUZZ_CHECK (sym != NULL);
  char *prefix = linkname_gc_path_to_prefix (t.pkgpath);
  FUZZ_CHECK (prefix != NULL);
  size_t plen = strlen (prefix);
  FUZZ_CHECK (strncmp (sym, prefix, plen) == 0);
  const char *p = sym + plen;
  for (size_t i = 0; i < t.n_names; i++)
    {
      FUZZ_CHECK (*p == '.');
      p++;
      size_t l = strlen (t.names[i]);
      if (i == 0 && ptr)
	{
	  FUZZ_CHECK (p[0] == '(' && p[1] == '*');
	  FUZZ_CHECK (strncmp (p + 2, t.names[i], l) == 0 && p[2 + l] == ')');
	  p += 3 + l;
	}
      else
	{
	  FUZZ_CHECK (strncmp (p, t.names[i], l) == 0);
	  p += l;
	}
    }
  FUZZ_CHECK (*p == '\0');
  free (prefix);
  free (sym);

  /* verbatim.  */
  sym = linkname_symbol (&t, LINKNAME_SCHEME_VERBATIM);
  char *str = linkname_target_string (&t);
  FUZZ_CHECK (sym != NULL && str != NULL && strcmp (sym, str) == 0);
  free (sym);
  free (str);

  (void) linkname_target_internal (&t);
  if (t.names[t.n_names - 1][0] != '\0')
    (void) linkname_target_exported (&t);
  free (buf);
  return 0;
}
