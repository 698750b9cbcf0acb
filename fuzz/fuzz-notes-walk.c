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

/* fuzz-notes-walk.c -- libFuzzer harness for linkname_notes_walk and
   linkname_record_decode (lib/record.c).

   Byte 0 selects the mode.  Bit 0: the note headers are big-endian.
   Bit 1 clear: the rest of the input is a .note.linkname section as
   read from a file (any bytes).  Bit 1 set: the rest is split at NULs
   into the strings of records, which are encoded with
   linkname_record_encode, wrapped in notes (with a foreign note in
   between) and walked back.

   Invariants: no crash and no read outside the section (ASan); a
   failed walk says why, at an offset inside the section; each record
   handed to the callback has a known direction and scheme, and strings
   inside the section; encoded records walk back field for field.  */

#include "fuzz-common.h"
#include "linkname-record.h"

struct walk
{
  const unsigned char *data;
  size_t size;
  size_t count;
  const struct linkname_record *expect;
  size_t n_expect;
  size_t stop_after;
};

static bool
inside (const struct walk *w, const char *s)
{
  const unsigned char *p = (const unsigned char *) s;
  if (p < w->data || p >= w->data + w->size)
    return false;
  /* NUL-terminated within the section.  */
  return memchr (p, '\0', (size_t) (w->data + w->size - p)) != NULL;
}

static bool
visit (const struct linkname_record *r, void *arg)
{
  struct walk *w = arg;
  FUZZ_CHECK (r->direction >= LINKNAME_PULL && r->direction <= LINKNAME_MARKER);
  FUZZ_CHECK (r->scheme <= LINKNAME_SCHEME_VERBATIM);
  FUZZ_CHECK (inside (w, r->symbol) && inside (w, r->target)
	      && inside (w, r->local) && inside (w, r->type)
	      && inside (w, r->file));
  (void) linkname_direction_name (r->direction);
  if (w->expect != NULL)
    {
      FUZZ_CHECK (w->count < w->n_expect);
      const struct linkname_record *e = &w->expect[w->count];
      FUZZ_CHECK (r->direction == e->direction && r->scheme == e->scheme);
      FUZZ_CHECK (strcmp (r->symbol, e->symbol) == 0);
      FUZZ_CHECK (strcmp (r->target, e->target) == 0);
      FUZZ_CHECK (strcmp (r->local, e->local) == 0);
      FUZZ_CHECK (strcmp (r->type, e->type) == 0);
      FUZZ_CHECK (strcmp (r->file, e->file) == 0);
      FUZZ_CHECK (r->line == e->line);
    }
  w->count++;
  return w->count < w->stop_after;
}

static void
put32 (unsigned char *p, uint32_t v, bool be)
{
  for (int i = 0; i < 4; i++)
    p[be ? 3 - i : i] = (unsigned char) (v >> (8 * i));
}

/* Append a note of NAME (with its NUL) and TYPE with DESC to BUF.  */
static size_t
put_note (unsigned char *buf, size_t at, const char *name, uint32_t type,
	  const unsigned char *desc, size_t dlen, bool be)
{
  size_t nlen = strlen (name) + 1;
  put32 (buf + at, (uint32_t) nlen, be);
  put32 (buf + at + 4, (uint32_t) dlen, be);
  put32 (buf + at + 8, type, be);
  at += 12;
  memset (buf + at, 0, (nlen + 3) & ~(size_t) 3);
  memcpy (buf + at, name, nlen);
  at += (nlen + 3) & ~(size_t) 3;
  memset (buf + at, 0, (dlen + 3) & ~(size_t) 3);
  memcpy (buf + at, desc, dlen);
  return at + ((dlen + 3) & ~(size_t) 3);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size < 1)
    return 0;
  bool be = data[0] & 1;
  struct linkname_error err = { NULL, 0 };

  if (!(data[0] & 2))
    {
      /* A copy of exactly the section's bytes, so that ASan sees any
	 read past its end.  */
      size_t n = size - 1;
      unsigned char *sec = malloc (n ? n : 1);
      FUZZ_CHECK (sec != NULL);
      memcpy (sec, data + 1, n);
      struct walk w = { sec, n, 0, NULL, 0, (size_t) -1 };
      if (!linkname_notes_walk (sec, n, be, visit, &w, &err))
	{
	  FUZZ_CHECK (err.message != NULL);
	  FUZZ_CHECK (err.offset <= n);
	}
      /* Stopping early is not a failure.  */
      struct walk w1 = { sec, n, 0, NULL, 0, 1 };
      bool ok1 = linkname_notes_walk (sec, n, be, visit, &w1, NULL);
      FUZZ_CHECK (w1.count <= 1);
      if (w1.count == 1)
	FUZZ_CHECK (ok1);
      /* As one descriptor.  */
      struct linkname_record r;
      if (linkname_record_decode (sec, n, &r, &err))
	{
	  FUZZ_CHECK (n >= 4);
	  free (linkname_record_asm (&r));
	}
      else
	FUZZ_CHECK (err.message != NULL && err.offset <= n);
      free (sec);
      return 0;
    }

  /* Round trip: records made of the input's strings.  */
  char *buf = malloc (size);
  FUZZ_CHECK (buf != NULL);
  memcpy (buf, data + 1, size - 1);
  buf[size - 1] = '\0';
  const char *s[64];
  size_t ns = 0;
  for (size_t i = 0; i < size && ns < 64;)
    {
      s[ns++] = buf + i;
      i += strlen (buf + i) + 1;
    }
  struct linkname_record recs[10];
  size_t nr = 0;
  for (size_t i = 0; i + 5 < ns && nr < 10; i += 6, nr++)
    {
      unsigned char k = (unsigned char) s[i][0];
      /* Fields this harness does not know (later versions) stay 0.  */
      memset (&recs[nr], 0, sizeof recs[nr]);
      recs[nr].direction = (enum linkname_direction) (1 + k % 3);
      recs[nr].scheme = (enum linkname_scheme) ((k / 3) % 3);
      recs[nr].symbol = s[i];
      recs[nr].target = s[i + 1];
      recs[nr].local = s[i + 2];
      recs[nr].type = s[i + 3];
      recs[nr].file = s[i + 4];
      recs[nr].line = strtoul (s[i + 5], NULL, 10);
    }

  size_t cap = 64 + 2 * size + nr * 64, at = 0;
  unsigned char *sec = malloc (cap);
  FUZZ_CHECK (sec != NULL);
  for (size_t i = 0; i < nr; i++)
    {
      size_t dlen;
      unsigned char *desc = linkname_record_encode (&recs[i], &dlen);
      FUZZ_CHECK (desc != NULL);
      FUZZ_CHECK (at + 12 + 12 + dlen + 3 <= cap);
      at = put_note (sec, at, LINKNAME_NOTE_NAME, LINKNAME_NT_BINDING, desc,
		     dlen, be);
      free (desc);
      if (i == 0)		/* A note of another owner: skipped.  */
	at = put_note (sec, at, "GNU", 3, (const unsigned char *) "abcd", 4,
		       be);
      char *text = linkname_record_asm (&recs[i]);
      FUZZ_CHECK (text != NULL);
      free (text);
    }
  struct walk w = { sec, at, 0, recs, nr, (size_t) -1 };
  if (!linkname_notes_walk (sec, at, be, visit, &w, &err))
    {
      fprintf (stderr, "encoded records do not walk back: %s at %zu\n",
	       err.message, err.offset);
      abort ();
    }
  FUZZ_CHECK (w.count == nr);
  free (sec);
  free (buf);
  return 0;
}
