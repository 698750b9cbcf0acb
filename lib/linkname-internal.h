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

/* linkname-internal.h -- helpers shared by the files of lib/.  Not
   part of the library's interface.  */

#ifndef LINKNAME_INTERNAL_H
#define LINKNAME_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "linkname.h"

/* Say why a text or a record was rejected in *ERR (when the caller
   wants to know) and return false, so that callers can
   "return linkname_fail (...)".  */
static inline bool
linkname_fail (struct linkname_error *err, const char *message,
	       size_t offset)
{
  if (err != NULL)
    {
      err->message = message;
      err->offset = offset;
    }
  return false;
}

/* The value of the hexadecimal digit C (either case), or -1 if C is
   none: for the %XX escapes of targets and the \xNN escapes of Go
   string literals in export data.  */
static inline int
linkname_hex_value (int c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Decode the UTF-8 sequence at S, of which LEN >= 1 bytes are
   available.  Return its length (1 to 4) and set *CP to the code point,
   or return 0 if the bytes are not well-formed UTF-8 (RFC 3629):
   overlong forms, surrogates and values above U+10FFFF are rejected as
   well as stray or missing continuation bytes.  Both the parser and the
   gccgo encoder must agree on what a character is, hence one decoder;
   it is static inline so that the plugin exports no extra symbol.  */
static inline size_t
linkname_utf8_decode (const unsigned char *s, size_t len, uint32_t *cp)
{
  size_t n, i;
  uint32_t c, min;

  if (s[0] < 0x80)
    {
      *cp = s[0];
      return 1;
    }
  if (s[0] >= 0xc2 && s[0] <= 0xdf)
    {
      n = 2;
      c = s[0] & 0x1f;
      min = 0x80;
    }
  else if (s[0] >= 0xe0 && s[0] <= 0xef)
    {
      n = 3;
      c = s[0] & 0x0f;
      min = 0x800;
    }
  else if (s[0] >= 0xf0 && s[0] <= 0xf4)
    {
      n = 4;
      c = s[0] & 0x07;
      min = 0x10000;
    }
  else
    return 0;			/* Continuation byte, 0xc0/0xc1 or > 0xf4.  */

  if (len < n)
    return 0;
  for (i = 1; i < n; i++)
    {
      if ((s[i] & 0xc0) != 0x80)
	return 0;
      c = (c << 6) | (s[i] & 0x3f);
    }
  if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  *cp = c;
  return n;
}

#endif /* LINKNAME_INTERNAL_H */
