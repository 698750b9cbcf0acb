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

/* classify.c -- the classification of one binding's target, the single
   source of the rules that the plugin and linkname-check share
   (linkname-classify.h).  */

#include <stdlib.h>
#include <string.h>

#include "linkname-classify.h"

bool
linkname_target_facts_of (const struct linkname_target *target,
			  struct linkname_target_facts *out)
{
  memset (out, 0, sizeof *out);
  out->go_name = linkname_target_string (target);
  out->pkgpath = strdup (target->pkgpath);
  out->gc_name = linkname_symbol (target, LINKNAME_SCHEME_GC);
  out->exported = linkname_target_exported (target);
  out->internal = linkname_target_internal (target);
  if (out->go_name && out->pkgpath && out->gc_name)
    return true;
  linkname_target_facts_free (out);
  return false;
}

bool
linkname_target_facts (const char *text, struct linkname_target_facts *out)
{
  memset (out, 0, sizeof *out);
  struct linkname_target t;
  if (text == NULL || *text == '\0'
      || !linkname_target_parse (text, strlen (text), &t, NULL))
    return true;
  bool ok = linkname_target_facts_of (&t, out);
  linkname_target_free (&t);
  return ok;
}

void
linkname_target_facts_free (struct linkname_target_facts *facts)
{
  free (facts->go_name);
  free (facts->pkgpath);
  free (facts->gc_name);
  memset (facts, 0, sizeof *facts);
}

static bool
has_text (const char *s)
{
  return s != NULL && *s != '\0';
}

/* The entry of Go's blocklist for S's target, by its gc symbol, else
   by its text (a verbatim "go:fipsinfo" is no Go target, but is a
   blocked name).  */
static const struct linkname_blocked *
blocklist_entry (const struct linkname_subject *s,
		 enum linkname_go_release go)
{
  const struct linkname_blocked *e = NULL;
  if (s->facts && s->facts->gc_name)
    e = linkname_blocklist_find (go, s->facts->gc_name);
  if (e == NULL && has_text (s->target))
    e = linkname_blocklist_find (go, s->target);
  return e;
}

void
linkname_classify (const struct linkname_subject *s,
		   const struct linkname_rules *rules,
		   struct linkname_verdict *out)
{
  memset (out, 0, sizeof *out);
  /* A marker that keeps its C name has no target to judge.  */
  if (!has_text (s->target))
    return;
  const struct linkname_target_facts *facts = s->facts;
  const char *go_name = facts && facts->go_name ? facts->go_name : s->target;

  out->policy_rule = linkname_policy_match (rules->policy, go_name);
  if (s->direction != LINKNAME_PULL)
    return;

  /* Go's linker refuses references to these names from any package but
     the ones it lists (a unit says which package it implements with
     "#pragma linkname package"); the policy may accept the risk.  */
  const struct linkname_blocked *e = blocklist_entry (s, rules->go);
  if (e != NULL
      && !linkname_verdict_policy_is (out, LINKNAME_POLICY_ALLOW)
      && !linkname_blocklist_allows (rules->go, e,
				     has_text (s->package) ? s->package
							   : NULL))
    out->blocked = e;

  /* Reaching into another package: its unexported names and its
     internals come with no compatibility promise.  */
  if (s->scheme != LINKNAME_SCHEME_VERBATIM && facts && facts->go_name)
    {
      out->unexported = !facts->exported;
      out->internal = facts->internal;
    }
}

bool
linkname_verdict_policy_is (const struct linkname_verdict *v,
			    enum linkname_policy_verb verb)
{
  return v->policy_rule != NULL && v->policy_rule->verb == verb;
}
