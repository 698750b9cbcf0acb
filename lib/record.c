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

/* record.c -- encode, emit and decode the .note.linkname records.
   The format is described in linkname-record.h and in the manual.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname-internal.h"
#include "linkname-record.h"

const char *
linkname_direction_name (enum linkname_direction direction)
{
  switch (direction)
    {
    case LINKNAME_PULL:
      return "pull";
    case LINKNAME_PUSH:
      return "push";
    case LINKNAME_MARKER:
      return "marker";
    }
  return "unknown";
}

/* The strings of a record, in their order in the descriptor.  */
#define RECORD_STRINGS 12

static void
record_strings (const struct linkname_record *r,
		const char *s[RECORD_STRINGS], char line[24])
{
  snprintf (line, 24, "%lu", r->line);
  s[0] = r->symbol ? r->symbol : "";
  s[1] = r->target ? r->target : "";
  s[2] = r->local ? r->local : "";
  s[3] = r->type ? r->type : "";
  s[4] = r->file ? r->file : "";
  s[5] = line;
  s[6] = r->package ? r->package : "";
  s[7] = r->linkname_version ? r->linkname_version : "";
  s[8] = r->gcc_version ? r->gcc_version : "";
  s[9] = r->relaxed ? r->relaxed : "";
  s[10] = r->relaxed_rule ? r->relaxed_rule : "";
  s[11] = r->layout ? r->layout : "";
}

unsigned char *
linkname_record_encode (const struct linkname_record *r, size_t *len)
{
  const char *s[RECORD_STRINGS];
  char line[24];
  record_strings (r, s, line);

  size_t n = 4;
  for (int i = 0; i < RECORD_STRINGS; i++)
    n += strlen (s[i]) + 1;
  unsigned char *desc = malloc (n);
  if (desc == NULL)
    return NULL;
  desc[0] = LINKNAME_RECORD_VERSION;
  desc[1] = (unsigned char) r->direction;
  desc[2] = (unsigned char) r->scheme;
  desc[3] = (unsigned char) (r->flags
			     & (LINKNAME_RECORD_WEAK | LINKNAME_RECORD_COMMON
				| LINKNAME_RECORD_STD));
  unsigned char *p = desc + 4;
  for (int i = 0; i < RECORD_STRINGS; i++)
    {
      size_t l = strlen (s[i]) + 1;
      memcpy (p, s[i], l);
      p += l;
    }
  *len = n;
  return desc;
}

char *
linkname_record_asm (const struct linkname_record *r)
{
  size_t len;
  unsigned char *desc = linkname_record_encode (r, &len);
  if (desc == NULL)
    return NULL;

  /* The descriptor as .ascii lines: it is mostly text, so that this
     takes about one byte of assembler text per byte, where a .byte list
     took four; the text stays in GCC's memory until the unit is written
     (bench/RESULTS.md, memory).  '"', '\\' and the bytes outside
     printable ASCII are escaped in three octal digits, so that a digit
     after them is not read as part of the escape.  Its length is known
     here, so no labels are needed.  */
  size_t size = 256 + len * 4 + (len / 64 + 1) * 12;
  char *text = malloc (size);
  if (text == NULL)
    {
      free (desc);
      return NULL;
    }
  char *p = text;
  /* "%note", not "@note": on ARM '@' starts a comment, and every GNU as
     reads '%' (annobin writes its notes so too).  */
  p += sprintf (p,
		"\t.pushsection " LINKNAME_NOTE_SECTION ",\"\",%%note\n"
		"\t.balign 4\n"
		"\t.long %u\n\t.long %lu\n\t.long %u\n"
		"\t.string \"" LINKNAME_NOTE_NAME "\"\n"
		"\t.balign 4\n",
		(unsigned) sizeof LINKNAME_NOTE_NAME, (unsigned long) len,
		(unsigned) LINKNAME_NT_BINDING);
  /* By hand, not one sprintf a byte: this runs for every binding, and
     the formatted calls were most of the plugin's cost (bench/).  */
  for (size_t i = 0; i < len; i++)
    {
      if (i % 64 == 0)
	p = stpcpy (p, "\t.ascii \"");
      unsigned v = desc[i];
      if (v < 0x20 || v > 0x7e || v == '"' || v == '\\')
	{
	  *p++ = '\\';
	  *p++ = (char) ('0' + (v >> 6));
	  *p++ = (char) ('0' + ((v >> 3) & 7));
	  *p++ = (char) ('0' + (v & 7));
	}
      else
	*p++ = (char) v;
      if (i % 64 == 63 || i == len - 1)
	{
	  *p++ = '"';
	  *p++ = '\n';
	}
    }
  *p = '\0';
  p += sprintf (p, "\t.balign 4\n\t.popsection\n");
  free (desc);
  return text;
}

bool
linkname_record_decode (const unsigned char *desc, size_t len,
			struct linkname_record *r,
			struct linkname_error *err)
{
  if (len < 4)
    return linkname_fail (err, "record shorter than its header", 0);
  if (desc[0] < 1)
    return linkname_fail (err, "record version 0", 0);
  if (desc[1] < LINKNAME_PULL || desc[1] > LINKNAME_MARKER)
    return linkname_fail (err, "unknown direction", 1);
  if (desc[2] > LINKNAME_SCHEME_VERBATIM)
    return linkname_fail (err, "unknown scheme", 2);

  /* Six strings are required; the package came with them in version
     1 but a reader takes its absence as "", and so the provenance and
     the layout that came later.  Strings after the last one known here
     are a later linkname's: they are skipped unread.  */
  const char *s[RECORD_STRINGS] = { 0 };
  for (int i = 6; i < RECORD_STRINGS; i++)
    s[i] = "";
  size_t pos = 4;
  for (int i = 0; i < RECORD_STRINGS && pos < len; i++)
    {
      const unsigned char *nul = memchr (desc + pos, '\0', len - pos);
      if (nul == NULL)
	return linkname_fail (err, "record string not terminated", pos);
      s[i] = (const char *) desc + pos;
      pos = (size_t) (nul - desc) + 1;
    }
  if (s[5] == NULL)
    return linkname_fail (err, "record has too few strings", pos);

  char *end;
  unsigned long line = strtoul (s[5], &end, 10);
  if (*s[5] == '\0' || *end != '\0')
    return linkname_fail (err, "record line is not a number",
			  (size_t) ((const unsigned char *) s[5] - desc));

  r->direction = (enum linkname_direction) desc[1];
  r->scheme = (enum linkname_scheme) desc[2];
  r->symbol = s[0];
  r->target = s[1];
  r->local = s[2];
  r->type = s[3];
  r->file = s[4];
  r->line = line;
  r->package = s[6];
  r->linkname_version = s[7];
  r->gcc_version = s[8];
  r->relaxed = s[9];
  r->relaxed_rule = s[10];
  r->layout = s[11];
  /* Bits a later version may define are kept, and mean nothing here.  */
  r->flags = desc[3];
  return true;
}

static uint32_t
read_u32 (const unsigned char *p, bool big_endian)
{
  if (big_endian)
    return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16
	   | (uint32_t) p[2] << 8 | p[3];
  return (uint32_t) p[3] << 24 | (uint32_t) p[2] << 16
	 | (uint32_t) p[1] << 8 | p[0];
}

static size_t
align4 (size_t n)
{
  return (n + 3) & ~(size_t) 3;
}

bool
linkname_notes_walk (const unsigned char *data, size_t size, bool big_endian,
		     bool (*fn) (const struct linkname_record *, void *),
		     void *arg, struct linkname_error *err)
{
  size_t pos = 0;
  while (pos < size)
    {
      /* Sections are 4-aligned; ld may pad between input sections.  */
      if (size - pos < 12)
	{
	  for (size_t i = pos; i < size; i++)
	    if (data[i] != 0)
	      return linkname_fail (err, "truncated note header", pos);
	  return true;
	}
      size_t namesz = read_u32 (data + pos, big_endian);
      size_t descsz = read_u32 (data + pos + 4, big_endian);
      uint32_t type = read_u32 (data + pos + 8, big_endian);
      size_t name_at = pos + 12;
      if (namesz > size - name_at)
	return linkname_fail (err, "note name runs past the section", pos);
      size_t desc_at = name_at + align4 (namesz);
      if (desc_at > size || descsz > size - desc_at)
	return linkname_fail (err, "note descriptor runs past the section",
			      pos);
      if (namesz == sizeof LINKNAME_NOTE_NAME
	  && memcmp (data + name_at, LINKNAME_NOTE_NAME,
		     sizeof LINKNAME_NOTE_NAME) == 0
	  && type == LINKNAME_NT_BINDING)
	{
	  struct linkname_record r;
	  if (!linkname_record_decode (data + desc_at, descsz, &r, err))
	    {
	      if (err != NULL)
		err->offset += desc_at;
	      return false;
	    }
	  if (!fn (&r, arg))
	    return true;
	}
      size_t next = desc_at + align4 (descsz);
      if (next <= pos || next > size + 3)
	return linkname_fail (err, "malformed note", pos);
      pos = next;
    }
  return true;
}
