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

/* bindings.c -- the list of bindings linkname-check works on: copies of
   the records, where each was found, and the target worked out once.  */

#include <stdlib.h>
#include <string.h>

#include "linkname-check.h"
#include "linkname-classify.h"

static char *
dup_or_empty (const char *s)
{
  return strdup (s ? s : "");
}

static void
binding_free (struct linkname_program_binding *b)
{
  free ((char *) b->record.symbol);
  free ((char *) b->record.target);
  free ((char *) b->record.local);
  free ((char *) b->record.type);
  free ((char *) b->record.file);
  free ((char *) b->record.package);
  free ((char *) b->record.linkname_version);
  free ((char *) b->record.gcc_version);
  free ((char *) b->record.relaxed);
  free ((char *) b->record.relaxed_rule);
  free ((char *) b->record.layout);
  free (b->object);
  free (b->display);
  linkname_target_facts_free (&b->facts);
}

/* Work out B's target: its facts (linkname-classify.h) and the
   spelling to show.  The plugin records the target as the user wrote it
   (Go assembler spelling, %2e escapes), so it is parsed again here.
   What does not parse (a verbatim "my_symbol") is shown as it is.  */
static bool
binding_resolve (struct linkname_program_binding *b)
{
  const char *text = b->record.target;
  if (*text == '\0')
    {
      b->display = strdup (b->record.symbol);
      return b->display != NULL;
    }
  if (!linkname_target_facts (text, &b->facts))
    return false;
  b->display = strdup (b->facts.go_name ? b->facts.go_name : text);
  return b->display != NULL;
}

bool
linkname_bindings_add (struct linkname_bindings *list,
		       const struct linkname_record *r, const char *object)
{
  if (list->count == list->alloc)
    {
      size_t nalloc = list->alloc ? 2 * list->alloc : 64;
      struct linkname_program_binding *items
	= realloc (list->items, nalloc * sizeof *items);
      if (items == NULL)
	return false;
      list->items = items;
      list->alloc = nalloc;
    }

  struct linkname_program_binding *b = &list->items[list->count];
  memset (b, 0, sizeof *b);
  b->record.direction = r->direction;
  b->record.scheme = r->scheme;
  b->record.line = r->line;
  b->record.flags = r->flags;
  b->record.symbol = dup_or_empty (r->symbol);
  b->record.target = dup_or_empty (r->target);
  b->record.local = dup_or_empty (r->local);
  b->record.type = dup_or_empty (r->type);
  b->record.file = dup_or_empty (r->file);
  b->record.package = dup_or_empty (r->package);
  b->record.linkname_version = dup_or_empty (r->linkname_version);
  b->record.gcc_version = dup_or_empty (r->gcc_version);
  b->record.relaxed = dup_or_empty (r->relaxed);
  b->record.relaxed_rule = dup_or_empty (r->relaxed_rule);
  b->record.layout = dup_or_empty (r->layout);
  b->object = dup_or_empty (object);
  if (b->record.symbol == NULL || b->record.target == NULL
      || b->record.local == NULL || b->record.type == NULL
      || b->record.file == NULL || b->record.package == NULL
      || b->record.linkname_version == NULL
      || b->record.gcc_version == NULL || b->record.relaxed == NULL
      || b->record.relaxed_rule == NULL || b->record.layout == NULL
      || b->object == NULL
      || !binding_resolve (b))
    {
      binding_free (b);
      return false;
    }
  list->count++;
  return true;
}

void
linkname_bindings_free (struct linkname_bindings *list)
{
  for (size_t i = 0; i < list->count; i++)
    binding_free (&list->items[i]);
  free (list->items);
  list->items = NULL;
  list->count = list->alloc = 0;
}
