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

/* test-policy.c -- the policy file parser and matcher: the accepted
   syntax, each malformed line rejected with its number, last match
   wins, protect, and the standard-library rule.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "linkname-policy.h"
#include "check.h"

static bool
parse (const char *text, struct linkname_policy *p,
       struct linkname_policy_error *err)
{
  return linkname_policy_parse (text, strlen (text), "p.txt", p, err);
}

static void
test_syntax (void)
{
  struct linkname_policy p;
  struct linkname_policy_error err;
  const char *text =
    "# a comment\n"
    "\n"
    "   \t\n"
    "allow runtime.*\n"
    "deny  runtime.nano*   # trailing comment\n"
    "warn\texample.com/x.F\r\n"
    "protect example.com/*\n"
    "allow example.com/x.(*T).M";	/* No final newline.  */
  CHECK (parse (text, &p, &err), "valid policy rejected: %lu: %s",
	 err.line, err.message);
  CHECK (p.n_rules == 5, "%zu rules", p.n_rules);
  if (p.n_rules == 5)
    {
      CHECK (p.rules[0].verb == LINKNAME_POLICY_ALLOW && p.rules[0].line == 4,
	     "rule 1");
      CHECK_STREQ (p.rules[1].pattern, "runtime.nano*", "comment stripped");
      CHECK (p.rules[1].verb == LINKNAME_POLICY_DENY && p.rules[1].line == 5,
	     "rule 2");
      CHECK_STREQ (p.rules[2].pattern, "example.com/x.F", "CR stripped");
      CHECK (p.rules[3].verb == LINKNAME_POLICY_PROTECT, "protect");
      CHECK_STREQ (p.rules[4].pattern, "example.com/x.(*T).M", "last line");
    }
  CHECK_STREQ (p.file, "p.txt", "file name kept");
  linkname_policy_free (&p);

  CHECK (parse ("", &p, &err) && p.n_rules == 0, "empty policy");
  linkname_policy_free (&p);
}

static void
test_malformed (void)
{
  static const struct
  {
    const char *text;
    unsigned long line;
    const char *why;
  } cases[] = {
    { "allow a.B\nblock runtime.x\n", 2, "unknown rule" },
    { "deny\n", 1, "needs a pattern" },
    { "allow a.B\n\n  warn   # no pattern\n", 3, "needs a pattern" },
    { "deny a.B c.D\n", 1, "takes one pattern" },
    { "Allow a.B\n", 1, "unknown rule" },
    { "allowx a.B\n", 1, "unknown rule" },
    { "#ok\nallow a.B\nallow\n", 3, "needs a pattern" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      struct linkname_policy p;
      struct linkname_policy_error err = { 0, "" };
      bool ok = parse (cases[i].text, &p, &err);
      CHECK (!ok, "case %zu accepted", i);
      if (ok)
	{
	  linkname_policy_free (&p);
	  continue;
	}
      CHECK (err.line == cases[i].line, "case %zu: line %lu, want %lu", i,
	     err.line, cases[i].line);
      CHECK (strstr (err.message, cases[i].why) != NULL,
	     "case %zu: message \"%s\"", i, err.message);
    }

  /* A NUL byte inside a line.  */
  struct linkname_policy p;
  struct linkname_policy_error err;
  CHECK (!linkname_policy_parse ("allow a\0.B\n", 10, "p", &p, &err)
	 && err.line == 1, "NUL accepted");
}

static void
test_match (void)
{
  struct linkname_policy p;
  struct linkname_policy_error err;
  CHECK (parse ("allow *\n"
		"deny runtime.*\n"
		"warn runtime.nanotime\n"
		"allow example.com/*\n"
		"deny example.com/x/internal/*\n", &p, &err),
	 "policy rejected: %s", err.message);

  const struct linkname_policy_rule *r;
  r = linkname_policy_match (&p, "runtime.nanotime");
  CHECK (r && r->verb == LINKNAME_POLICY_WARN && r->line == 3,
	 "last match wins");
  r = linkname_policy_match (&p, "runtime.walltime");
  CHECK (r && r->verb == LINKNAME_POLICY_DENY, "glob");
  r = linkname_policy_match (&p, "example.com/x/internal/y.F");
  CHECK (r && r->verb == LINKNAME_POLICY_DENY, "'*' crosses '/'");
  r = linkname_policy_match (&p, "example.com/x.F");
  CHECK (r && r->verb == LINKNAME_POLICY_ALLOW, "allow");
  r = linkname_policy_match (&p, "gopkg.in/yaml.v3.Marshal");
  CHECK (r && r->verb == LINKNAME_POLICY_ALLOW && r->line == 1, "first rule");
  CHECK (linkname_policy_match (NULL, "runtime.x") == NULL, "no policy");
  linkname_policy_free (&p);

  CHECK (parse ("deny x.F\n", &p, &err), "x.F");
  CHECK (linkname_policy_match (&p, "x.G") == NULL, "no match");
  CHECK (linkname_policy_match (&p, "x.F") != NULL, "exact match");
  linkname_policy_free (&p);
}

static void
test_protect (void)
{
  CHECK (linkname_package_is_std ("runtime"), "runtime");
  CHECK (linkname_package_is_std ("internal/runtime/maps"), "internal/...");
  CHECK (linkname_package_is_std ("crypto/rand"), "crypto/rand");
  CHECK (!linkname_package_is_std ("example.com/x"), "example.com");
  CHECK (!linkname_package_is_std ("gopkg.in/yaml.v3"), "gopkg.in");
  CHECK (!linkname_package_is_std (""), "empty");
  CHECK (!linkname_package_is_std (NULL), "NULL");

  struct linkname_policy p;
  struct linkname_policy_error err;
  CHECK (parse ("protect example.com/core\nprotect corp.com/*\n"
		"allow example.com/other.F\n", &p, &err), "protect rules");
  CHECK (linkname_policy_protects (&p, "runtime"), "std stays protected");
  CHECK (linkname_policy_protects (&p, "example.com/core"), "exact");
  CHECK (!linkname_policy_protects (&p, "example.com/core2"), "not a prefix");
  CHECK (linkname_policy_protects (&p, "corp.com/a/b"), "glob");
  CHECK (!linkname_policy_protects (&p, "example.com/other"),
	 "allow does not protect");
  CHECK (linkname_policy_match (&p, "example.com/core.F") == NULL,
	 "protect is not an allow/warn/deny verdict");
  CHECK (!linkname_policy_protects (NULL, "example.com/core"), "no policy");
  CHECK (linkname_policy_protects (NULL, "runtime"), "std without policy");
  linkname_policy_free (&p);
}

static void
test_load (void)
{
  char path[] = "/tmp/test-policy-XXXXXX";
  int fd = mkstemp (path);
  CHECK (fd >= 0, "mkstemp");
  if (fd < 0)
    return;
  const char text[] = "deny runtime.*\nbogus line\n";
  CHECK (write (fd, text, sizeof text - 1) == (ssize_t) (sizeof text - 1),
	 "write");
  close (fd);

  struct linkname_policy p;
  struct linkname_policy_error err;
  CHECK (!linkname_policy_load (path, &p, &err) && err.line == 2,
	 "bad line 2 of a file: line %lu", err.line);
  unlink (path);
  CHECK (!linkname_policy_load (path, &p, &err) && err.line == 0
	 && strlen (err.message) > 0, "a missing file");
}

int
main (void)
{
  test_syntax ();
  test_malformed ();
  test_match ();
  test_protect ();
  test_load ();
  return check_status ();
}
