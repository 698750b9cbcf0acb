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

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname-text.h"
#include "linkname-internal.h"

char *
linkname_json_string (const char *s, size_t len)
{
  /* At worst every byte becomes "\u00XX" (6) or U+FFFD (3 bytes).  */
  char *out = malloc (6 * len + 3);
  if (out == NULL)
    return NULL;
  char *p = out;
  *p++ = '"';
  size_t i = 0;
  while (i < len)
    {
      unsigned char c = (unsigned char) s[i];
      if (c == '"' || c == '\\')
	{
	  *p++ = '\\';
	  *p++ = (char) c;
	  i++;
	}
      else if (c < 0x20)
	{
	  p += sprintf (p, "\\u%04x", c);
	  i++;
	}
      else if (c < 0x80)
	{
	  *p++ = (char) c;
	  i++;
	}
      else
	{
	  uint32_t cp;
	  size_t n = linkname_utf8_decode ((const unsigned char *) s + i,
					   len - i, &cp);
	  if (n == 0)
	    {
	      memcpy (p, "\xef\xbf\xbd", 3);	/* U+FFFD.  */
	      p += 3;
	      i++;
	    }
	  else
	    {
	      memcpy (p, s + i, n);
	      p += n;
	      i += n;
	    }
	}
    }
  *p++ = '"';
  *p = '\0';
  return out;
}

char *
linkname_printable (const char *s, size_t len)
{
  /* At worst every byte becomes four.  */
  char *out = malloc (4 * len + 1);
  if (out == NULL)
    return NULL;
  char *p = out;
  size_t i = 0;
  while (i < len)
    {
      unsigned char c = (unsigned char) s[i];
      uint32_t cp;
      size_t n = linkname_utf8_decode ((const unsigned char *) s + i,
				       len - i, &cp);
      if (n == 1 && c >= 0x20 && c != 0x7f)
	*p++ = (char) c;
      else if (n > 1)
	memcpy (p, s + i, n), p += n;
      else
	{
	  p += sprintf (p, "\\x%02x", c);
	  n = 1;
	}
      i += n;
    }
  *p = '\0';
  return out;
}
