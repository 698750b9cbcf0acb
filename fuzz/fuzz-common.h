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

/* fuzz-common.h -- helpers shared by the libFuzzer harnesses of fuzz/.
   Each harness checks invariants with FUZZ_CHECK, which aborts (and so
   makes libFuzzer save the input as a crash) with a message.  */

#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname.h"

#define FUZZ_CHECK(cond)						\
  do									\
    {									\
      if (!(cond))							\
	{								\
	  fprintf (stderr, "%s:%d: invariant failed: %s\n", __FILE__,	\
		   __LINE__, #cond);					\
	  abort ();							\
	}								\
    }									\
  while (0)

/* DATA as a NUL-terminated string, cut at its first NUL.  Malloc'd.  */
static inline char *
fuzz_cstring (const uint8_t *data, size_t size)
{
  char *s = malloc (size + 1);
  if (s == NULL)
    abort ();
  memcpy (s, data, size);
  s[size] = '\0';
  return s;
}

/* Whether two parsed targets are the same.  */
static inline bool
fuzz_target_equal (const struct linkname_target *a,
		   const struct linkname_target *b)
{
  if (strcmp (a->pkgpath, b->pkgpath) != 0 || a->n_names != b->n_names
      || a->pointer_receiver != b->pointer_receiver)
    return false;
  for (size_t i = 0; i < a->n_names; i++)
    if (strcmp (a->names[i], b->names[i]) != 0)
      return false;
  return true;
}

/* The inverse of gccgo's encoding of one component (as written by
   linkname_gccgo_encode): "_" followed by "_", a short code, "xNN",
   "uNNNN" or "UNNNNNNNN".  Returns NULL if ENC is not such an encoding.
   Code points are written back as UTF-8.  */
static inline char *
fuzz_gccgo_decode (const char *enc)
{
  static const char from[] = "_./*,{}[]()\" ;";
  static const char to[] = "_0123456789abc";
  size_t len = strlen (enc);
  char *out = malloc (len + 1), *p = out;
  if (out == NULL)
    abort ();
  for (size_t i = 0; i < len;)
    {
      if (enc[i] != '_')
	{
	  *p++ = enc[i++];
	  continue;
	}
      char c = enc[i + 1];
      const char *q = c != '\0' ? strchr (to, c) : NULL;
      if (q != NULL)
	{
	  *p++ = from[q - to];
	  i += 2;
	  continue;
	}
      int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
      if (digits == 0 || len - i - 2 < (size_t) digits)
	{
	  free (out);
	  return NULL;
	}
      uint32_t v = 0;
      for (int k = 0; k < digits; k++)
	{
	  char h = enc[i + 2 + k];
	  int d = h >= '0' && h <= '9' ? h - '0'
	    : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
	  if (d < 0)
	    {
	      free (out);
	      return NULL;
	    }
	  v = v * 16 + (uint32_t) d;
	}
      i += 2 + (size_t) digits;
      if (c == 'x')
	*p++ = (char) v;
      else if (v < 0x80)
	*p++ = (char) v;
      else if (v < 0x800)
	{
	  *p++ = (char) (0xc0 | v >> 6);
	  *p++ = (char) (0x80 | (v & 0x3f));
	}
      else if (v < 0x10000)
	{
	  *p++ = (char) (0xe0 | v >> 12);
	  *p++ = (char) (0x80 | ((v >> 6) & 0x3f));
	  *p++ = (char) (0x80 | (v & 0x3f));
	}
      else
	{
	  *p++ = (char) (0xf0 | v >> 18);
	  *p++ = (char) (0x80 | ((v >> 12) & 0x3f));
	  *p++ = (char) (0x80 | ((v >> 6) & 0x3f));
	  *p++ = (char) (0x80 | (v & 0x3f));
	}
    }
  *p = '\0';
  return out;
}

#endif /* FUZZ_COMMON_H */
