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

/* test-classify.c -- the rules shared by the plugin and linkname-check
   (classify.c): a target's facts, and the verdict on a binding of it:
   blocked (pull only, the owner's package, the policy's allow), the
   policy's last matching rule, unexported and internal (pulls under a
   Go scheme only), verbatim targets, markers without a target.  */

#include <stdlib.h>
#include <string.h>

#include "linkname-classify.h"
#include "check.h"

#define PULL LINKNAME_PULL
#define PUSH LINKNAME_PUSH
#define MARK LINKNAME_MARKER
#define GCCGO LINKNAME_SCHEME_GCCGO
#define GC LINKNAME_SCHEME_GC
#define VERBATIM LINKNAME_SCHEME_VERBATIM

/* What a verdict should be: the blocked name (NULL: none), the policy
   rule's line (0: none), unexported, internal.  */
struct want
{
  const char *blocked;
  unsigned long policy_line;
  bool unexported;
  bool internal;
};

struct verdict_case
{
  const char *what;
  enum linkname_direction dir;
  enum linkname_scheme scheme;
  const char *target;
  const char *package;
  enum linkname_go_release go;
  bool with_policy;
  struct want want;
};

static const char policy_text[] =
  "deny example.com/secret.*\n"		/* line 1 */
  "allow runtime.coroswitch\n"		/* line 2 */
  "warn my_*\n"				/* line 3 */
  "allow example.com/secret.Open\n";	/* line 4 */

static const struct verdict_case cases[] = {
  { "blocked pull", PULL, GCCGO, "time.runtimeNano", NULL,
    LINKNAME_GO_NEWEST, false, { "time.runtimeNano", 0, true, false } },
  { "a push is no reference", PUSH, GCCGO, "time.runtimeNano", NULL,
    LINKNAME_GO_NEWEST, false, { NULL, 0, false, false } },
  { "a marker is no reference", MARK, GCCGO, "time.runtimeNano", NULL,
    LINKNAME_GO_NEWEST, false, { NULL, 0, false, false } },
  { "the owner may pull", PULL, GCCGO, "time.runtimeNano", "time",
    LINKNAME_GO_NEWEST, false, { NULL, 0, true, false } },
  { "another package may not", PULL, GCCGO, "time.runtimeNano",
    "example.com/x", LINKNAME_GO_NEWEST, false,
    { "time.runtimeNano", 0, true, false } },
  { "an empty package is none", PULL, GCCGO, "time.runtimeNano", "",
    LINKNAME_GO_NEWEST, false, { "time.runtimeNano", 0, true, false } },
  { "blocked in 1.26", PULL, GCCGO, "runtime.coroswitch", NULL,
    LINKNAME_GO_1_26, false, { "runtime.coroswitch", 0, true, true } },
  { "not blocked in 1.27", PULL, GCCGO, "runtime.coroswitch", NULL,
    LINKNAME_GO_1_27, false, { NULL, 0, true, true } },
  { "the policy's allow lifts blocked", PULL, GCCGO, "runtime.coroswitch",
    NULL, LINKNAME_GO_1_26, true, { NULL, 2, true, true } },
  { "deny", PULL, GCCGO, "example.com/secret.Key", NULL,
    LINKNAME_GO_NEWEST, true, { NULL, 1, false, false } },
  { "deny a push too", PUSH, GCCGO, "example.com/secret.Mine", NULL,
    LINKNAME_GO_NEWEST, true, { NULL, 1, false, false } },
  { "the last match wins", PULL, GCCGO, "example.com/secret.Open", NULL,
    LINKNAME_GO_NEWEST, true, { NULL, 4, false, false } },
  { "internal", PULL, GCCGO, "example.com/a/internal/b.F", NULL,
    LINKNAME_GO_NEWEST, true, { NULL, 0, false, true } },
  { "runtime is internal", PULL, GC, "runtime.Gosched", NULL,
    LINKNAME_GO_NEWEST, false, { NULL, 0, false, true } },
  { "a method", PULL, GCCGO, "example.com/x.(*T).m", NULL,
    LINKNAME_GO_NEWEST, false, { NULL, 0, true, false } },
  { "verbatim Go name: blocked, nothing to judge", PULL, VERBATIM,
    "time.runtimeNano", NULL, LINKNAME_GO_NEWEST, false,
    { "time.runtimeNano", 0, false, false } },
  { "verbatim Go name: the policy", PULL, VERBATIM,
    "example.com/secret.Key", NULL, LINKNAME_GO_NEWEST, true,
    { NULL, 1, false, false } },
  { "verbatim non-Go name: blocked by its text", PULL, VERBATIM,
    "go:fipsinfo", NULL, LINKNAME_GO_NEWEST, false,
    { "go:fipsinfo", 0, false, false } },
  { "verbatim non-Go name: the policy on its text", PULL, VERBATIM,
    "my_symbol", NULL, LINKNAME_GO_NEWEST, true,
    { NULL, 3, false, false } },
  { "a marker without a target", MARK, GCCGO, "", NULL,
    LINKNAME_GO_NEWEST, true, { NULL, 0, false, false } },
  { "no target at all", PULL, GCCGO, NULL, NULL,
    LINKNAME_GO_NEWEST, true, { NULL, 0, false, false } },
};

static void
test_verdicts (void)
{
  struct linkname_policy policy;
  struct linkname_policy_error err;
  CHECK (linkname_policy_parse (policy_text, strlen (policy_text),
				"policy", &policy, &err),
	 "policy: %s", err.message);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const struct verdict_case *c = &cases[i];
      struct linkname_target_facts facts;
      CHECK (linkname_target_facts (c->target, &facts), "%s: facts",
	     c->what);
      struct linkname_subject s = { c->dir, c->scheme, c->target, &facts,
				    c->package };
      struct linkname_rules rules = { c->go,
				      c->with_policy ? &policy : NULL };
      struct linkname_verdict v;
      linkname_classify (&s, &rules, &v);
      if (c->want.blocked)
	CHECK_STREQ (v.blocked ? v.blocked->name : NULL, c->want.blocked,
		     c->what);
      else
	CHECK (v.blocked == NULL, "%s: blocked by %s", c->what,
	       v.blocked->name);
      CHECK ((v.policy_rule ? v.policy_rule->line : 0)
	     == c->want.policy_line,
	     "%s: policy line %lu, want %lu", c->what,
	     v.policy_rule ? v.policy_rule->line : 0, c->want.policy_line);
      CHECK (v.unexported == c->want.unexported, "%s: unexported %d",
	     c->what, v.unexported);
      CHECK (v.internal == c->want.internal, "%s: internal %d", c->what,
	     v.internal);
      linkname_target_facts_free (&facts);
    }
  linkname_policy_free (&policy);
}

static void
test_facts (void)
{
  struct linkname_target_facts f;
  CHECK (linkname_target_facts ("gopkg.in/yaml%2ev3.Marshal", &f), "facts");
  CHECK_STREQ (f.go_name, "gopkg.in/yaml.v3.Marshal", "go_name");
  CHECK_STREQ (f.pkgpath, "gopkg.in/yaml.v3", "pkgpath");
  CHECK_STREQ (f.gc_name, "gopkg.in/yaml%2ev3.Marshal", "gc_name");
  CHECK (f.exported && !f.internal, "exported, not internal");
  linkname_target_facts_free (&f);
  CHECK (f.go_name == NULL && f.pkgpath == NULL && f.gc_name == NULL,
	 "freed facts are empty");

  /* Go assembler spelling: the same Go name.  */
  CHECK (linkname_target_facts ("runtime\xc2\xb7nanotime", &f), "facts");
  CHECK_STREQ (f.go_name, "runtime.nanotime", "go_name of runtime·nanotime");
  CHECK (!f.exported && f.internal, "runtime.nanotime: unexported, internal");
  linkname_target_facts_free (&f);

  /* Not a Go target: no facts, and no failure.  */
  CHECK (linkname_target_facts ("my_symbol", &f), "facts of my_symbol");
  CHECK (f.go_name == NULL && f.pkgpath == NULL && f.gc_name == NULL,
	 "my_symbol has no Go name");
  CHECK (linkname_target_facts ("", &f) && f.go_name == NULL,
	 "empty text has no Go name");
}

int
main (void)
{
  test_facts ();
  test_verdicts ();
  return check_status ();
}
