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

/* main.c -- linkname-check: read the .note.linkname records of objects,
   archives, shared objects and executables, also found in directories
   and .deb/.rpm packages (read-input.c), and check the bindings of the
   whole set (SPEC section 6).

   Exit status: 0 clean (warnings allowed), 1 at least one error
   finding, 2 a usage error or an input that cannot be read.  Findings
   go to standard output, in the format asked for; problems with the
   command line or the inputs go to standard error.  An unreadable input
   stops the check: the rules over an incomplete set of records would
   report pulls whose pushes are in the missing file.  */

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname-blocklist.h"
#include "linkname-check.h"
#include "linkname-policy.h"
#include "read-elf.h"
#include "read-input.h"
#include "report.h"

#define EXIT_CLEAN 0
#define EXIT_VIOLATIONS 1
#define EXIT_TROUBLE 2

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_SARIF };

static const char program[] = "linkname-check";

static void
usage (FILE *out)
{
  fprintf (out,
	   "Usage: %s [OPTION]... FILE...\n"
	   "Check the linkname bindings recorded in objects, archives, "
	   "shared objects\nand executables (their .note.linkname "
	   "sections).  A FILE may also be a\ndirectory (its ELF files, "
	   "recursively) or a .deb or .rpm package.\n"
	   "\n"
	   "  --policy FILE        allow, warn about, deny targets and "
	   "protect packages:\n"
	   "                       lines 'allow|warn|deny|protect PATTERN' "
	   "(shell globs)\n"
	   "  --strict             a pull of a protected package that "
	   "nothing pushes is\n"
	   "                       an error, not a warning; so is a binding "
	   "whose checks\n"
	   "                       were relaxed when it was compiled\n"
	   "  --show-relaxed       list the bindings whose checks were "
	   "relaxed (-Wno-CLASS,\n"
	   "                       -w, a policy allow rule), with the "
	   "linkname and GCC\n"
	   "                       that compiled them\n"
	   "  --go=VERSION         the rules and blocklist of that Go "
	   "release's linker:\n"
	   "                       %s (default: %s)\n"
	   "  --format FORMAT      text (default), json or sarif\n"
	   "  --list               print every binding as a table "
	   "(text format)\n"
	   "  --help               print this help and exit\n"
	   "  --version            print the version and exit\n"
	   "\n"
	   "Rules: blocked, policy, handshake, signature, duplicate, as "
	   "Go's linker has\nthem in cmd/link/internal/loader/loader.go; "
	   "relaxed, from the records.\n"
	   "\n"
	   "Exit status: 0 clean, 1 violations, 2 usage error or "
	   "unreadable input.\n",
	   program, linkname_go_releases_text,
	   linkname_go_release_name (LINKNAME_GO_NEWEST));
}

/* An input that reads fine but cannot show its bindings: said on
   standard error, without changing the exit status.  */
static void
note_lto_only (const char *message)
{
  fprintf (stderr, "%s: note: %s\n", program, message);
}

/* An input that cannot be read (the check then stops, status 2).  */
/* The Go export data of the inputs, for the go-signature rule: every
   .go_export section read, its package blocks together.  */
static struct linkname_go_export *go_exports;

static void
collect_go_export (const char *data, size_t len, const char *name)
{
  if (go_exports == NULL && (go_exports = linkname_go_export_new ()) == NULL)
    return;
  struct linkname_error e = { NULL, 0 };
  if (!linkname_go_export_parse_more (go_exports, data, len, &e))
    fprintf (stderr, "%s: warning: %s: cannot read its Go export data: %s "
	     "(at byte %zu); its packages are not checked\n", program, name,
	     e.message, e.offset);
}

static void
report_unreadable (const char *message)
{
  fprintf (stderr, "%s: %s\n", program, message);
}

static int
usage_error (const char *fmt, const char *arg)
{
  fprintf (stderr, "%s: ", program);
  fprintf (stderr, fmt, arg);
  fprintf (stderr, "\nTry '%s --help' for more information.\n", program);
  return EXIT_TROUBLE;
}

/* Flush standard output and tell whether everything reached it: a full
   disk or a closed pipe must not pass for a clean report.  */
static bool
close_stdout (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      fprintf (stderr, "%s: error writing the report\n", program);
      return false;
    }
  return true;
}

int
main (int argc, char **argv)
{
  enum { OPT_POLICY = 256, OPT_STRICT, OPT_GO, OPT_FORMAT, OPT_LIST,
	 OPT_HELP, OPT_VERSION, OPT_SHOW_RELAXED };
  static const struct option options[] = {
    { "policy", required_argument, NULL, OPT_POLICY },
    { "strict", no_argument, NULL, OPT_STRICT },
    { "go", required_argument, NULL, OPT_GO },
    { "format", required_argument, NULL, OPT_FORMAT },
    { "list", no_argument, NULL, OPT_LIST },
    { "show-relaxed", no_argument, NULL, OPT_SHOW_RELAXED },
    { "help", no_argument, NULL, OPT_HELP },
    { "version", no_argument, NULL, OPT_VERSION },
    { NULL, 0, NULL, 0 }
  };

  const char *policy_file = NULL;
  bool strict = false, list_table = false, show_relaxed = false;
  enum linkname_go_release go = LINKNAME_GO_NEWEST;
  enum format format = FORMAT_TEXT;

  opterr = 0;			/* Our own messages, with exit status 2.  */
  int c;
  while ((c = getopt_long (argc, argv, ":", options, NULL)) != -1)
    switch (c)
      {
      case OPT_POLICY:
	policy_file = optarg;
	break;
      case OPT_STRICT:
	strict = true;
	break;
      case OPT_GO:
	if (!linkname_go_release_parse (optarg, &go))
	  {
	    fprintf (stderr, "%s: unknown Go release '%s': use one of %s\n",
		     program, optarg, linkname_go_releases_text);
	    fprintf (stderr, "Try '%s --help' for more information.\n",
		     program);
	    return EXIT_TROUBLE;
	  }
	break;
      case OPT_FORMAT:
	if (strcmp (optarg, "text") == 0)
	  format = FORMAT_TEXT;
	else if (strcmp (optarg, "json") == 0)
	  format = FORMAT_JSON;
	else if (strcmp (optarg, "sarif") == 0)
	  format = FORMAT_SARIF;
	else
	  return usage_error ("unknown format '%s': use text, json or sarif",
			      optarg);
	break;
      case OPT_LIST:
	list_table = true;
	break;
      case OPT_SHOW_RELAXED:
	show_relaxed = true;
	break;
      case OPT_HELP:
	usage (stdout);
	return close_stdout () ? EXIT_CLEAN : EXIT_TROUBLE;
      case OPT_VERSION:
	printf ("%s (linkname) %s\n", program, PACKAGE_VERSION);
	return close_stdout () ? EXIT_CLEAN : EXIT_TROUBLE;
      case ':':
	return usage_error ("option '%s' needs an argument",
			    argv[optind - 1]);
      default:
	return usage_error ("unknown option '%s'", argv[optind - 1]);
      }
  if (optind == argc)
    return usage_error ("no input files%s", "");

  char err[1024];
  if (!read_elf_init (err, sizeof err))
    {
      fprintf (stderr, "%s: %s\n", program, err);
      return EXIT_TROUBLE;
    }

  struct linkname_policy policy;
  if (policy_file != NULL)
    {
      struct linkname_policy_error perr;
      if (!linkname_policy_load (policy_file, &policy, &perr))
	{
	  char why[4096];
	  fprintf (stderr, "%s: %s\n", program,
		   linkname_policy_error_text (policy_file, &perr, why,
					       sizeof why));
	  return EXIT_TROUBLE;
	}
    }

  read_elf_on_lto_only (note_lto_only);
  read_elf_on_go_export (collect_go_export);

  /* Read every input, and name every one that cannot be read.  */
  struct linkname_bindings bindings = { 0 };
  bool readable = read_inputs (argv + optind, (size_t) (argc - optind),
			       &bindings, report_unreadable);

  int status = EXIT_TROUBLE;
  struct linkname_findings findings = { 0 };
  struct linkname_check_options opt = { policy_file ? &policy : NULL, go,
					strict, false, go_exports };
  if (!readable)
    ;
  else if (!linkname_check (&bindings, &opt, &findings))
    fprintf (stderr, "%s: out of memory\n", program);
  else
    {
      struct report r = { &bindings, &findings, opt.policy, argv + optind,
			  (size_t) (argc - optind), go, strict,
			  show_relaxed };
      switch (format)
	{
	case FORMAT_TEXT:
	  if (list_table)
	    report_table (stdout, &r);
	  report_text (stdout, &r);
	  break;
	case FORMAT_JSON:
	  report_json (stdout, &r);
	  break;
	case FORMAT_SARIF:
	  report_sarif (stdout, &r);
	  break;
	}
      status = findings.errors > 0 ? EXIT_VIOLATIONS : EXIT_CLEAN;
      if (!close_stdout ())
	status = EXIT_TROUBLE;
    }

  linkname_findings_free (&findings);
  linkname_bindings_free (&bindings);
  if (go_exports != NULL)
    linkname_go_export_free (go_exports);
  if (policy_file != NULL)
    linkname_policy_free (&policy);
  return status;
}
