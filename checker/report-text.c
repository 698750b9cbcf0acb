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

/* report-text.c -- linkname-check's text output: one line per finding,
   and the --list table of every binding.  */

#include <stdlib.h>
#include <string.h>

#include "linkname-text.h"
#include "report.h"

void
report_text (FILE *out, const struct report *r)
{
  for (size_t i = 0; i < r->findings->count; i++)
    {
      if (r->findings->items[i].severity == LINKNAME_SEVERITY_NOTE
	  && !r->show_relaxed)
	continue;
      char *line = linkname_finding_format (r->bindings,
					    &r->findings->items[i]);
      if (line == NULL)
	{
	  fputs ("linkname-check: out of memory\n", out);
	  return;
	}
      fprintf (out, "%s\n", line);
      free (line);
    }
}

char *
binding_location (const struct linkname_program_binding *b)
{
  const char *file = *b->record.file ? b->record.file : "?";
  size_t len = strlen (file) + 32;
  char *s = malloc (len);
  if (s == NULL)
    return NULL;
  if (b->record.line > 0)
    snprintf (s, len, "%s:%lu", file, b->record.line);
  else
    snprintf (s, len, "%s", file);
  return s;
}

/* The columns of the table.  */
enum { COL_DIRECTION, COL_TARGET, COL_SYMBOL, COL_SCHEME, COL_LOCAL,
       COL_TYPE, COL_ORIGIN, N_COLS };

static const char *const headers[N_COLS] = {
  "DIRECTION", "TARGET", "SYMBOL", "SCHEME", "LOCAL", "TYPE", "ORIGIN"
};

/* The width of S on a terminal, counting each UTF-8 character as one
   column (linkname_printable has already made it valid UTF-8).  */
static size_t
text_width (const char *s)
{
  size_t n = 0;
  for (; *s; s++)
    n += ((unsigned char) *s & 0xc0) != 0x80;
  return n;
}

/* The cells of binding B, each printable and malloc'd.  */
static bool
row_cells (const struct linkname_program_binding *b, char *cell[N_COLS])
{
  char *location = binding_location (b);
  if (location == NULL)
    return false;
  size_t olen = strlen (location) + strlen (b->object) + 4;
  char *origin = malloc (olen);
  if (origin != NULL)
    snprintf (origin, olen, "%s (%s)", location, b->object);
  free (location);
  if (origin == NULL)
    return false;

  const char *raw[N_COLS] = {
    linkname_direction_name (b->record.direction),
    *b->record.target ? b->display : "-",
    b->record.symbol,
    linkname_scheme_name (b->record.scheme),
    b->record.local,
    *b->record.type ? b->record.type : "-",
    origin
  };
  bool ok = true;
  for (int c = 0; c < N_COLS; c++)
    {
      cell[c] = linkname_printable (raw[c], strlen (raw[c]));
      ok = ok && cell[c] != NULL;
    }
  free (origin);
  return ok;
}

static void
print_row (FILE *out, char *const cell[N_COLS], const size_t width[N_COLS])
{
  for (int c = 0; c < N_COLS; c++)
    {
      if (c == N_COLS - 1)
	fprintf (out, "%s\n", cell[c]);	/* No trailing blanks.  */
      else
	fprintf (out, "%s%*s", cell[c],
		 (int) (width[c] - text_width (cell[c]) + 2), "");
    }
}

void
report_table (FILE *out, const struct report *r)
{
  size_t n = r->bindings->count;
  char *(*cells)[N_COLS] = calloc (n ? n : 1, sizeof *cells);
  if (cells == NULL)
    {
      fputs ("linkname-check: out of memory\n", out);
      return;
    }

  size_t width[N_COLS];
  for (int c = 0; c < N_COLS; c++)
    width[c] = strlen (headers[c]);
  bool ok = true;
  for (size_t i = 0; i < n && ok; i++)
    {
      ok = row_cells (&r->bindings->items[i], cells[i]);
      for (int c = 0; c < N_COLS && ok; c++)
	if (text_width (cells[i][c]) > width[c])
	  width[c] = text_width (cells[i][c]);
    }

  if (ok)
    {
      print_row (out, (char *const *) headers, width);
      for (size_t i = 0; i < n; i++)
	print_row (out, cells[i], width);
    }
  else
    fputs ("linkname-check: out of memory\n", out);

  for (size_t i = 0; i < n; i++)
    for (int c = 0; c < N_COLS; c++)
      free (cells[i][c]);
  free (cells);
}
