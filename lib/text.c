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

/* text.c -- untrusted bytes made fit for JSON and for messages.  */

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname-text.h"
#include "linkname-internal.h"

/* How a text writes the bytes it does not copy as they are: ESCAPE
   writes the replacement of byte C at P and returns its length, or
   returns 0 to have C copied.  C is ASCII, or, when INVALID, a byte
   that starts no well-formed UTF-8 sequence.  */
typedef size_t (*escape_fn) (char *p, unsigned char c, bool invalid);

/* The one UTF-8 walk: copy the LEN bytes at S to P, a well-formed
   multibyte sequence as it is, every other byte through ESCAPE.
   Returns the end of what was written.  */
static char *
copy_utf8 (char *p, const char *s, size_t len, escape_fn escape)
{
  size_t i = 0;
  while (i < len)
    {
      unsigned char c = (unsigned char) s[i];
      uint32_t cp;
      size_t n = c < 0x80 ? 1
		 : linkname_utf8_decode ((const unsigned char *) s + i,
					 len - i, &cp);
      if (n > 1)
	{
	  memcpy (p, s + i, n);
	  p += n;
	  i += n;
	  continue;
	}
      size_t w = escape (p, c, n == 0);
      if (w == 0)
	*p++ = (char) c;
      else
	p += w;
      i++;
    }
  return p;
}

/* JSON: '"', '\\' and control bytes escaped, invalid UTF-8 as U+FFFD.  */
static size_t
json_escape (char *p, unsigned char c, bool invalid)
{
  if (invalid)
    {
      memcpy (p, "\xef\xbf\xbd", 3);
      return 3;
    }
  if (c == '"' || c == '\\')
    {
      p[0] = '\\';
      p[1] = (char) c;
      return 2;
    }
  if (c < 0x20)
    return (size_t) sprintf (p, "\\u%04x", c);
  return 0;
}

/* The LEN bytes at S between QUOTEs, through copy_utf8 with ESCAPE,
   which writes at most WORST bytes for one.  Malloc'd; NULL on
   allocation failure.  */
static char *
escaped (const char *s, size_t len, const char *quote, size_t worst,
	 escape_fn escape)
{
  size_t q = strlen (quote);
  char *out = malloc (worst * len + 2 * q + 1);
  if (out == NULL)
    return NULL;
  memcpy (out, quote, q);
  char *p = copy_utf8 (out + q, s, len, escape);
  memcpy (p, quote, q);
  p[q] = '\0';
  return out;
}

char *
linkname_json_string (const char *s, size_t len)
{
  /* At worst every byte becomes "\u00XX".  */
  return escaped (s, len, "\"", 6, json_escape);
}

/* Messages: control bytes, DEL and invalid UTF-8 as \xNN.  */
static size_t
printable_escape (char *p, unsigned char c, bool invalid)
{
  if (invalid || c < 0x20 || c == 0x7f)
    return (size_t) sprintf (p, "\\x%02x", c);
  return 0;
}

char *
linkname_printable (const char *s, size_t len)
{
  /* At worst every byte becomes "\xNN".  */
  return escaped (s, len, "", 4, printable_escape);
}
