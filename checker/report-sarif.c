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

/* report-sarif.c -- linkname-check --format sarif: a SARIF 2.1.0 log,
   the format code-scanning services read.  One run; the tool's driver
   lists one rule per class of finding ("linkname-handshake", ...), and
   each finding is a result located at the source line of its binding,
   with the other side (the push it disagrees with) as a related
   location, and the file the binding was found in (an object, an
   archive member, a file inside a package) as its analysis target.  */

#include <stdlib.h>
#include <string.h>

#include "report.h"

/* PATH as a URI reference (RFC 3986): bytes other than unreserved
   characters and '/' percent-encoded; an absolute path becomes a file
   URI.  A SARIF consumer must be able to parse it, whatever bytes the
   record's file name holds.  */
static void
sarif_uri (FILE *out, const char *path)
{
  static const char unreserved[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/";
  fputc ('"', out);
  if (path[0] == '/')
    fputs ("file://", out);
  for (const unsigned char *p = (const unsigned char *) path; *p; p++)
    if (strchr (unreserved, *p) != NULL)
      fputc (*p, out);
    else
      fprintf (out, "%%%02X", *p);
  fputc ('"', out);
}

/* The location of binding B; a related location (ID > 0) also has an id
   and a MESSAGE.  */
static void
sarif_location (FILE *out, const struct linkname_program_binding *b, int id,
		const char *message)
{
  fputc ('{', out);
  if (id > 0)
    {
      fprintf (out, "\"id\": %d, \"message\": {\"text\": ", id);
      json_string (out, message);
      fputs ("}, ", out);
    }
  fputs ("\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", out);
  sarif_uri (out, *b->record.file ? b->record.file : b->object);
  fputs ("}", out);
  /* SARIF lines start at 1: a record without a line has no region.  */
  if (b->record.line > 0)
    fprintf (out, ", \"region\": {\"startLine\": %lu}", b->record.line);
  fputs ("}, \"logicalLocations\": [{\"name\": ", out);
  json_string (out, b->record.local);
  fputs (", \"fullyQualifiedName\": ", out);
  json_string (out, b->display);
  fputs ("}]}", out);
}

static void
sarif_rules (FILE *out)
{
  fputs ("\"rules\": [", out);
  for (int i = 0; i < LINKNAME_N_RULES; i++)
    {
      enum linkname_rule rule = (enum linkname_rule) i;
      /* The level a finding of the class has unless a policy warns or
	 --strict applies.  */
      const char *level = rule == LINKNAME_RULE_HANDSHAKE ? "warning"
			  : rule == LINKNAME_RULE_RELAXED ? "note"
			  : "error";
      fprintf (out, "%s\n            {\"id\": \"linkname-%s\", \"name\": ",
	       i > 0 ? "," : "", linkname_rule_name (rule));
      json_string (out, linkname_rule_name (rule));
      fputs (", \"shortDescription\": {\"text\": ", out);
      json_string (out, linkname_rule_description (rule));
      fprintf (out, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}",
	       level);
    }
  fputs ("]", out);
}

static void
sarif_result (FILE *out, const struct report *r,
	      const struct linkname_finding *f)
{
  const struct linkname_program_binding *b = &r->bindings->items[f->binding];
  fprintf (out, "        {\"ruleId\": \"linkname-%s\", \"ruleIndex\": %d, "
	   "\"level\": \"%s\",\n         \"message\": {\"text\": ",
	   linkname_rule_name (f->rule), (int) f->rule,
	   linkname_severity_name (f->severity));
  size_t len = strlen (b->object) + strlen (f->message) + 3;
  char *text = malloc (len);
  if (text != NULL)
    snprintf (text, len, "%s: %s", b->object, f->message);
  json_string (out, text ? text : f->message);
  free (text);
  fputs ("},\n         \"locations\": [", out);
  sarif_location (out, b, 0, NULL);
  fputs ("]", out);
  /* The file checked, which is not where the result is (a source
     line): an object, "lib.a(m.o)", "x.deb:/usr/bin/prog".  */
  fputs (",\n         \"analysisTarget\": {\"uri\": ", out);
  sarif_uri (out, b->object);
  fputs ("}", out);
  if (f->other != LINKNAME_NO_BINDING)
    {
      const struct linkname_program_binding *o = &r->bindings->items[f->other];
      fputs (",\n         \"relatedLocations\": [", out);
      size_t olen = strlen (o->object) + strlen (o->record.local) + 64;
      char *otext = malloc (olen);
      if (otext != NULL)
	snprintf (otext, olen, "%s as '%s' in %s",
		  o->record.direction == LINKNAME_PULL ? "pulled"
		  : o->record.direction == LINKNAME_PUSH ? "pushed" : "marked",
		  o->record.local, o->object);
      sarif_location (out, o, 1, otext ? otext : o->object);
      free (otext);
      fputs ("]", out);
    }
  fputs (",\n         \"properties\": {\"object\": ", out);
  json_string (out, b->object);
  fputs (", \"symbol\": ", out);
  json_string (out, b->record.symbol);
  /* Which tools made the record, and what they relaxed: for every
     result, so that a relaxed binding shows beside its other findings
     too.  */
  fputs (", \"linknameVersion\": ", out);
  json_string (out, *b->record.linkname_version
		    ? b->record.linkname_version : NULL);
  fputs (", \"gccVersion\": ", out);
  json_string (out, *b->record.gcc_version ? b->record.gcc_version : NULL);
  fputs (", \"layout\": ", out);
  json_string (out, *b->record.layout ? b->record.layout : NULL);
  fputs (", \"relaxed\": ", out);
  json_string (out, b->record.relaxed);
  fputs (", \"relaxedRule\": ", out);
  json_string (out, *b->record.relaxed_rule ? b->record.relaxed_rule : NULL);
  fputs ("}}", out);
}

void
report_sarif (FILE *out, const struct report *r)
{
  fputs ("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	 "  \"version\": \"2.1.0\",\n"
	 "  \"runs\": [\n"
	 "    {\n"
	 "      \"tool\": {\n"
	 "        \"driver\": {\n"
	 "          \"name\": \"linkname-check\",\n"
	 "          \"version\": ", out);
  json_string (out, PACKAGE_VERSION);
  fputs (",\n          ", out);
  sarif_rules (out);
  fputs ("\n        }\n      },\n      \"results\": [", out);
  for (size_t i = 0; i < r->findings->count; i++)
    {
      fputs (i > 0 ? ",\n" : "\n", out);
      sarif_result (out, r, &r->findings->items[i]);
    }
  fputs (r->findings->count ? "\n      ]\n    }\n  ]\n}\n"
			    : "]\n    }\n  ]\n}\n", out);
}
