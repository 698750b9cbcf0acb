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

/* linkname-report.cc -- the JSON Lines report
   (-fplugin-arg-linkname-report=FILE).

   One JSON object per line for each binding and each diagnostic.  Many
   compilers append to one report at once under make -j, so each line is
   written by one write(2) on a descriptor opened with O_APPEND, under
   an exclusive flock(2): the kernel then puts each line whole at the
   end of the file, never interleaved with another compiler's.  */

#include "gcc-common.h"
#include "linkname-plugin.h"
#include <sys/file.h>

static char *linkname_report_file;
static bool linkname_report_failed;

bool
linkname_report_set_file (const char *file)
{
  free (linkname_report_file);
  linkname_report_file = xstrdup (file);
  /* Say at once if the report cannot be written, not at the first
     binding, which may never come.  */
  int fd = open (file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      error ("cannot open the linkname report %qs: %m", file);
      linkname_report_failed = true;
      return false;
    }
  close (fd);
  return true;
}

/* Append LINE (with its newline) to the report.  */
static void
linkname_report_write (const char *line)
{
  if (!linkname_report_file || linkname_report_failed)
    return;
  int fd = open (linkname_report_file,
		 O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      linkname_report_failed = true;
      error ("cannot open the linkname report %qs: %m",
	     linkname_report_file);
      return;
    }
  size_t len = strlen (line);
  bool ok = flock (fd, LOCK_EX) == 0;
  for (size_t done = 0; ok && done < len;)
    {
      ssize_t n = write (fd, line + done, len - done);
      if (n < 0 && errno == EINTR)
	continue;
      ok = n > 0;
      done += ok ? n : 0;
    }
  if (!ok)
    {
      linkname_report_failed = true;
      error ("cannot write the linkname report %qs: %m",
	     linkname_report_file);
    }
  close (fd);			/* Releases the lock.  */
}

/* Add "KEY":STRING to OB, escaped; a comma first unless FIRST.  */
static void
linkname_json_field (obstack *ob, const char *key, const char *value,
		     bool first = false)
{
  if (!first)
    obstack_1grow (ob, ',');
  char *k = linkname_json_string (key, strlen (key));
  char *v = linkname_json_string (value ? value : "",
				  value ? strlen (value) : 0);
  obstack_grow (ob, k, strlen (k));
  obstack_1grow (ob, ':');
  obstack_grow (ob, v, strlen (v));
  free (k);
  free (v);
}

static void
linkname_json_number (obstack *ob, const char *key, long value)
{
  char buf[64];
  snprintf (buf, sizeof buf, ",\"%s\":%ld", key, value);
  obstack_grow (ob, buf, strlen (buf));
}

static void
linkname_json_location (obstack *ob, location_t loc)
{
  expanded_location x = expand_location (loc);
  linkname_json_field (ob, "file", x.file);
  linkname_json_number (ob, "line", x.line);
  linkname_json_number (ob, "column", x.column);
  linkname_json_field (ob, "unit", linkname_main_file (loc));
}

/* Start a report line of KIND in OB.  */
static void
linkname_json_start (obstack *ob, const char *kind)
{
  gcc_obstack_init (ob);
  obstack_1grow (ob, '{');
  linkname_json_field (ob, "kind", kind, true);
}

static void
linkname_json_finish (obstack *ob)
{
  obstack_grow (ob, "}\n", 3);
  linkname_report_write ((char *) obstack_finish (ob));
  obstack_free (ob, NULL);
}

void
linkname_report_diagnostic (location_t loc, const char *cls,
			    const char *severity, const char *message)
{
  if (!linkname_report_file)
    return;
  obstack ob;
  linkname_json_start (&ob, "diagnostic");
  linkname_json_field (&ob, "class", cls);
  linkname_json_field (&ob, "severity", severity);
  linkname_json_field (&ob, "message", message);
  linkname_json_location (&ob, loc);
  linkname_json_finish (&ob);
}

void
linkname_report_binding (const struct linkname_record *r, location_t loc)
{
  if (!linkname_report_file)
    return;
  obstack ob;
  linkname_json_start (&ob, "binding");
  linkname_json_field (&ob, "direction",
		       linkname_direction_name (r->direction));
  linkname_json_field (&ob, "local", r->local);
  linkname_json_field (&ob, "target", r->target);
  linkname_json_field (&ob, "symbol", r->symbol);
  linkname_json_field (&ob, "scheme", linkname_scheme_name (r->scheme));
  linkname_json_field (&ob, "type", r->type);
  /* Provenance, as in the record.  */
  linkname_json_field (&ob, "linkname_version", r->linkname_version);
  linkname_json_field (&ob, "gcc_version", r->gcc_version);
  linkname_json_field (&ob, "relaxed", r->relaxed);
  linkname_json_field (&ob, "relaxed_rule", r->relaxed_rule);
  linkname_json_field (&ob, "layout", r->layout);
  linkname_json_location (&ob, loc);
  linkname_json_finish (&ob);
}
