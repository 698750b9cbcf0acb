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

/* fuzz-gccgo-encode.c -- libFuzzer harness for linkname_gccgo_encode
   (lib/scheme.c).  The input (up to its first NUL) is one component,
   valid UTF-8 or not.

   Invariants: no crash; the result is made of [A-Za-z0-9_] only; it
   decodes back to the component (the encoding is injective); a
   component of ASCII letters and digits is left alone; any other one
   that starts with a digit has it escaped.  */

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *comp = fuzz_cstring (data, size);
  char *enc = linkname_gccgo_encode (comp);
  FUZZ_CHECK (enc != NULL);

  bool alnum = true;
  for (const char *p = comp; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
	  || (*p >= '0' && *p <= '9')))
      alnum = false;
  for (const char *p = enc; *p; p++)
    FUZZ_CHECK ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
		|| (*p >= '0' && *p <= '9') || *p == '_');
  if (alnum)
    FUZZ_CHECK (strcmp (enc, comp) == 0);
  else if (comp[0] >= '0' && comp[0] <= '9')
    FUZZ_CHECK (strncmp (enc, "_x3", 3) == 0);
  else
    FUZZ_CHECK (enc[0] < '0' || enc[0] > '9');

  char *dec = fuzz_gccgo_decode (enc);
  FUZZ_CHECK (dec != NULL);
  if (strcmp (dec, comp) != 0)
    {
      fprintf (stderr, "'%s' encodes to '%s', which decodes to '%s'\n",
	       comp, enc, dec);
      abort ();
    }
  free (dec);
  free (enc);
  free (comp);
  return 0;
}
