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

/* report-json.c -- linkname-check --format json: one JSON document with
   the findings and every binding.

     {
       "tool": "linkname-check", "version": "...",
       "go": "1.27", the Go release whose linker rules applied,
       "blocklist": "<where its rules and blocked names come from>",
       "policy": "<file>" or null, "strict": false,
       "inputs": ["a.o", ...],
       "errors": 1, "warnings": 0, "notes": 0,
       "findings": [ { "rule", "severity", "message", "text", "target",
		       "symbol", "object", "file", "line",
		       "other": { "object", "file", "line", "direction",
				  "local", "type" } or null,
		       "policy": { "file", "line", "rule" } or null } ],
       "bindings": [ { "direction", "target", "target_as_written",
		       "package", "symbol", "scheme", "local", "type",
		       "file", "line", "object",
		       "linkname_version", "gcc_version", "layout" (the
		       declaration's lowered layout, go-layout.h's text
		       form; each null when the record predates it or has
		       none), "relaxed": [ "off:unexported",
		       ... ], "relaxed_rule": "FILE:LINE" or null } ]
   A relaxed binding is also a finding of rule "relaxed", severity
   "note" (or "error" with --strict), with or without --show-relaxed.
     }

   Every string goes through linkname_json_string (lib/text.c), so
   control bytes, quotes, backslashes and invalid UTF-8 in the records
   cannot break the document.  */

#include <stdlib.h>
#include <string.h>

#include "linkname-blocklist.h"
#include "linkname-text.h"
#include "report.h"

void
json_string (FILE *out, const char *s)
{
  if (s == NULL)
    {
      fputs ("null", out);
      return;
    }
  char *lit = linkname_json_string (s, strlen (s));
  if (lit == NULL)
    {
      /* Out of memory: still a valid document.  */
      fputs ("\"\"", out);
      return;
    }
  fputs (lit, out);
  free (lit);
}

static void
json_binding_side (FILE *out, const struct linkname_program_binding *b)
{
  fputs ("{\"object\": ", out);
  json_string (out, b->object);
  fputs (", \"file\": ", out);
  json_string (out, b->record.file);
  fprintf (out, ", \"line\": %lu, \"direction\": ", b->record.line);
  json_string (out, linkname_direction_name (b->record.direction));
  fputs (", \"local\": ", out);
  json_string (out, b->record.local);
  fputs (", \"type\": ", out);
  json_string (out, b->record.type);
  fputs ("}", out);
}

static void
json_finding (FILE *out, const struct report *r,
	      const struct linkname_finding *f)
{
  const struct linkname_program_binding *b = &r->bindings->items[f->binding];
  fputs ("    {\"rule\": ", out);
  json_string (out, linkname_rule_name (f->rule));
  fputs (", \"severity\": ", out);
  json_string (out, linkname_severity_name (f->severity));
  fputs (",\n     \"message\": ", out);
  json_string (out, f->message);
  char *text = linkname_finding_format (r->bindings, f);
  fputs (",\n     \"text\": ", out);
  json_string (out, text ? text : f->message);
  free (text);
  fputs (",\n     \"target\": ", out);
  json_string (out, b->display);
  fputs (", \"symbol\": ", out);
  json_string (out, b->record.symbol);
  fputs (", \"object\": ", out);
  json_string (out, b->object);
  fputs (", \"file\": ", out);
  json_string (out, b->record.file);
  fprintf (out, ", \"line\": %lu,\n     \"other\": ", b->record.line);
  if (f->other != LINKNAME_NO_BINDING)
    json_binding_side (out, &r->bindings->items[f->other]);
  else
    fputs ("null", out);
  fputs (", \"policy\": ", out);
  if (f->policy_rule != NULL && r->policy != NULL)
    {
      fputs ("{\"file\": ", out);
      json_string (out, r->policy->file);
      fprintf (out, ", \"line\": %lu, \"rule\": ", f->policy_rule->line);
      json_string (out, linkname_policy_verb_name (f->policy_rule->verb));
      fputs (", \"pattern\": ", out);
      json_string (out, f->policy_rule->pattern);
      fputs ("}", out);
    }
  else
    fputs ("null", out);
  fputs ("}", out);
}

static void
json_binding (FILE *out, const struct linkname_program_binding *b)
{
  fputs ("    {\"direction\": ", out);
  json_string (out, linkname_direction_name (b->record.direction));
  fputs (", \"target\": ", out);
  json_string (out, *b->record.target ? b->display : NULL);
  fputs (", \"target_as_written\": ", out);
  json_string (out, b->record.target);
  fputs (", \"package\": ", out);
  json_string (out, b->facts.pkgpath);
  fputs (",\n     \"symbol\": ", out);
  json_string (out, b->record.symbol);
  fputs (", \"scheme\": ", out);
  json_string (out, linkname_scheme_name (b->record.scheme));
  fputs (", \"local\": ", out);
  json_string (out, b->record.local);
  fputs (", \"type\": ", out);
  json_string (out, b->record.type);
  fputs (",\n     \"file\": ", out);
  json_string (out, b->record.file);
  fprintf (out, ", \"line\": %lu, \"object\": ", b->record.line);
  json_string (out, b->object);
  fputs (",\n     \"linkname_version\": ", out);
  json_string (out, *b->record.linkname_version
		    ? b->record.linkname_version : NULL);
  fputs (", \"gcc_version\": ", out);
  json_string (out, *b->record.gcc_version ? b->record.gcc_version : NULL);
  fputs (", \"layout\": ", out);
  json_string (out, *b->record.layout ? b->record.layout : NULL);
  fputs (", \"relaxed\": [", out);
  /* The words of the record, one string each.  */
  const char *p = b->record.relaxed;
  for (bool first = true; *p;)
    {
      size_t n = strcspn (p, " ");
      if (n > 0)
	{
	  char *word = strndup (p, n);
	  fputs (first ? "" : ", ", out);
	  json_string (out, word ? word : "");
	  free (word);
	  first = false;
	}
      p += n + (p[n] == ' ');
    }
  fputs ("], \"relaxed_rule\": ", out);
  json_string (out, *b->record.relaxed_rule ? b->record.relaxed_rule : NULL);
  fputs ("}", out);
}

void
report_json (FILE *out, const struct report *r)
{
  fputs ("{\n  \"tool\": \"linkname-check\",\n  \"version\": ", out);
  json_string (out, PACKAGE_VERSION);
  fputs (",\n  \"go\": ", out);
  json_string (out, linkname_go_release_name (r->go));
  fputs (",\n  \"blocklist\": ", out);
  json_string (out, linkname_go_release_source (r->go));
  fputs (",\n  \"policy\": ", out);
  json_string (out, r->policy ? r->policy->file : NULL);
  fprintf (out, ",\n  \"strict\": %s,\n  \"inputs\": [",
	   r->strict ? "true" : "false");
  for (size_t i = 0; i < r->n_inputs; i++)
    {
      if (i > 0)
	fputs (", ", out);
      json_string (out, r->inputs[i]);
    }
  fprintf (out, "],\n  \"errors\": %zu,\n  \"warnings\": %zu,\n"
	   "  \"notes\": %zu,\n  \"findings\": [", r->findings->errors,
	   r->findings->warnings, r->findings->notes);
  for (size_t i = 0; i < r->findings->count; i++)
    {
      fputs (i > 0 ? ",\n" : "\n", out);
      json_finding (out, r, &r->findings->items[i]);
    }
  fputs (r->findings->count ? "\n  ],\n  \"bindings\": ["
			    : "],\n  \"bindings\": [", out);
  for (size_t i = 0; i < r->bindings->count; i++)
    {
      fputs (i > 0 ? ",\n" : "\n", out);
      json_binding (out, &r->bindings->items[i]);
    }
  fputs (r->bindings->count ? "\n  ]\n}\n" : "]\n}\n", out);
}
