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

/* report.h -- linkname-check's outputs: text, the --list table, JSON
   and SARIF.  Each writes to OUT and leaves errors to ferror (OUT).  */

#ifndef LINKNAME_REPORT_H
#define LINKNAME_REPORT_H

#include <stdio.h>

#include "linkname-check.h"

/* What every report may show besides the findings.  */
struct report
{
  const struct linkname_bindings *bindings;
  const struct linkname_findings *findings;
  const struct linkname_policy *policy;	/* May be NULL.  */
  char *const *inputs;		/* The files named on the command line.  */
  size_t n_inputs;
  enum linkname_go_release go;	/* Whose rules were applied.  */
  bool strict;
  bool show_relaxed;		/* Text: print the relaxed notes too.  */
};

/* One line per finding ("OBJECT: MESSAGE [SEVERITY: linkname-RULE]");
   notes (relaxed bindings) only with R->show_relaxed.  */
void report_text (FILE *out, const struct report *r);

/* Every binding, one a line, in aligned columns under a header.  */
void report_table (FILE *out, const struct report *r);

/* One JSON document: the findings and the bindings.  */
void report_json (FILE *out, const struct report *r);

/* One SARIF 2.1.0 log.  */
void report_sarif (FILE *out, const struct report *r);

/* Helpers shared by the JSON and SARIF writers (report-json.c).  */

/* S as a JSON string literal (lib/text.c's escaping).  */
void json_string (FILE *out, const char *s);

/* "a.c:3" style location text of binding B: "FILE:LINE", "FILE".  */
char *binding_location (const struct linkname_program_binding *b);

#endif /* LINKNAME_REPORT_H */
