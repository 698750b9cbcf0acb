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

/* fuzz-gc-path-to-prefix.c -- libFuzzer harness for
   linkname_gc_path_to_prefix (lib/scheme.c), Go's objabi.PathToPrefix.
   The input (up to its first NUL) is an import path.

   Invariants: no crash; the result has no control byte, space, '"' or
   byte >= 0x7F, no '.' after its last '/' (none at all without a '/'),
   and every '%' starts a lower-case "%xx" that decodes, with the rest,
   back to the path.  */

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *path = fuzz_cstring (data, size);
  char *pre = linkname_gc_path_to_prefix (path);
  FUZZ_CHECK (pre != NULL);

  const char *slash = strrchr (pre, '/');
  for (const char *p = pre; *p; p++)
    {
      unsigned char c = (unsigned char) *p;
      FUZZ_CHECK (c > ' ' && c < 0x7f && c != '"');
      if (c == '.')
	FUZZ_CHECK (slash != NULL && p < slash);
    }
  /* Slashes are never escaped: the same number of them.  */
  size_t n1 = 0, n2 = 0;
  for (const char *p = path; *p; p++)
    n1 += *p == '/';
  for (const char *p = pre; *p; p++)
    n2 += *p == '/';
  FUZZ_CHECK (n1 == n2);

  char *dec = malloc (strlen (pre) + 1), *q = dec;
  FUZZ_CHECK (dec != NULL);
  for (const char *p = pre; *p;)
    {
      if (*p != '%')
	{
	  *q++ = *p++;
	  continue;
	}
      int v = 0;
      for (int k = 1; k <= 2; k++)
	{
	  char h = p[k];
	  FUZZ_CHECK ((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f'));
	  v = v * 16 + (h <= '9' ? h - '0' : h - 'a' + 10);
	}
      *q++ = (char) v;
      p += 3;
    }
  *q = '\0';
  FUZZ_CHECK (strcmp (dec, path) == 0);
  free (dec);
  free (pre);
  free (path);
  return 0;
}
