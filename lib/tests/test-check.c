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

/* test-check.c -- the rules of linkname-check on hand-made bindings:
   each rule firing and not firing, strict, the policy's allow, warn and
   deny, records seen twice, type agreement, and the one-line text.  */

#include <stdlib.h>
#include <string.h>

#include "linkname-check.h"
#include "check.h"

/* A binding to add: direction, target, symbol, local, type, file:line,
   object.  */
struct spec
{
  enum linkname_direction dir;
  enum linkname_scheme scheme;
  const char *target, *symbol, *local, *type, *file;
  unsigned long line;
  const char *object;
  unsigned flags;		/* LINKNAME_RECORD_WEAK, _COMMON, _STD.  */
  const char *package;		/* The unit's package; NULL: none.  */
};

/* The Go release whose rules run () applies.  */
static enum linkname_go_release test_go = LINKNAME_GO_NEWEST;

#define PULL LINKNAME_PULL
#define PUSH LINKNAME_PUSH
#define MARK LINKNAME_MARKER
#define GCCGO LINKNAME_SCHEME_GCCGO

static void
build (struct linkname_bindings *list, const struct spec *s, size_t n)
{
  memset (list, 0, sizeof *list);
  for (size_t i = 0; i < n; i++)
    {
      struct linkname_record r = {
	s[i].dir, s[i].scheme, s[i].symbol, s[i].target, s[i].local,
	s[i].type, s[i].file, s[i].line, s[i].package ? s[i].package : "",
	s[i].flags
      };
      CHECK (linkname_bindings_add (list, &r, s[i].object), "add %zu", i);
    }
}

/* Run the rules and return the findings; *LIST is freed by the caller.  */
static struct linkname_findings
run (struct linkname_bindings *list, const struct spec *s, size_t n,
     const struct linkname_policy *policy, bool strict)
{
  build (list, s, n);
  struct linkname_check_options opt = { policy, test_go, strict, false };
  struct linkname_findings f;
  CHECK (linkname_check (list, &opt, &f), "check failed");
  return f;
}

/* The number of findings of RULE.  */
static size_t
count_rule (const struct linkname_findings *f, enum linkname_rule rule)
{
  size_t n = 0;
  for (size_t i = 0; i < f->count; i++)
    n += f->items[i].rule == rule;
  return n;
}

static const struct linkname_finding *
find_rule (const struct linkname_findings *f, enum linkname_rule rule)
{
  for (size_t i = 0; i < f->count; i++)
    if (f->items[i].rule == rule)
      return &f->items[i];
  return NULL;
}

static void
done (struct linkname_bindings *list, struct linkname_findings *f)
{
  linkname_findings_free (f);
  linkname_bindings_free (list);
}

#define N(a) (sizeof (a) / sizeof (a)[0])

static void
test_clean_pair (void)
{
  const struct spec s[] = {
    { PULL, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f",
      "func(i32)i32", "a.c", 3, "a.o" },
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "impl",
      "func(i32)i32", "b.c", 7, "b.o" },
  };
  struct linkname_bindings list;
  struct linkname_findings f = run (&list, s, N (s), NULL, true);
  CHECK (f.count == 0 && f.errors == 0 && f.warnings == 0,
	 "clean pair: %zu findings", f.count);
  CHECK_STREQ (list.items[0].display, "example.com/lib.F", "display");
  CHECK_STREQ (list.items[0].facts.pkgpath, "example.com/lib", "pkgpath");
  done (&list, &f);
}

static void
test_handshake (void)
{
  const struct spec pull[] = {
    { PULL, GCCGO, "runtime.nanotime", "runtime.nanotime", "nanotime",
      "func()i64", "a.c", 1, "a.o" },
  };
  struct linkname_bindings list;

  struct linkname_findings f = run (&list, pull, N (pull), NULL, false);
  CHECK (f.count == 1 && count_rule (&f, LINKNAME_RULE_HANDSHAKE) == 1
	 && f.warnings == 1 && f.errors == 0, "handshake warning: %zu", f.count);
  if (f.count == 1)
    {
      char *text = linkname_finding_format (&list, &f.items[0]);
      CHECK_STREQ (text,
		   "a.o: invalid reference to runtime.nanotime: pulled as "
		   "'nanotime' at a.c:1, and no input pushes or marks it "
		   "[warning: linkname-handshake]", "handshake text");
      free (text);
    }
  done (&list, &f);

  f = run (&list, pull, N (pull), NULL, true);
  CHECK (f.errors == 1 && f.warnings == 0, "strict: an error");
  done (&list, &f);

  /* A push, or a marker, of the same symbol anywhere satisfies it.  */
  const struct spec pushed[] = {
    pull[0],
    { PUSH, GCCGO, "runtime.nanotime", "runtime.nanotime", "my_nanotime",
      "func()i64", "b.c", 2, "lib.a(b.o)" },
  };
  f = run (&list, pushed, N (pushed), NULL, true);
  CHECK (f.count == 0, "pushed: %zu findings", f.count);
  done (&list, &f);

  const struct spec marked[] = {
    { MARK, GCCGO, "runtime.nanotime", "runtime.nanotime", "nanotime",
      "func()i64", "b.c", 2, "b.o" },
    pull[0],
  };
  f = run (&list, marked, N (marked), NULL, true);
  CHECK (f.count == 0, "marked (before the pull): %zu findings", f.count);
  done (&list, &f);

  /* The Go assembler spelling is the same target.  */
  const struct spec dot[] = {
    { PULL, GCCGO, "runtime\xc2\xb7nanotime", "runtime.nanotime", "nt",
      "func()i64", "a.c", 1, "a.o" },
  };
  f = run (&list, dot, N (dot), NULL, false);
  CHECK (f.count == 1 && strstr (f.items[0].message,
				 "reference to runtime.nanotime") != NULL,
	 "middle dot spelling");
  done (&list, &f);

  /* Outside the standard library: no handshake unless protected.  */
  const struct spec ext[] = {
    { PULL, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f",
      "func()i32", "a.c", 1, "a.o" },
  };
  f = run (&list, ext, N (ext), NULL, true);
  CHECK (f.count == 0, "non-std pull without push: %zu", f.count);
  done (&list, &f);

  struct linkname_policy p;
  struct linkname_policy_error err;
  CHECK (linkname_policy_parse ("protect example.com/*\n", 22, "p", &p, &err),
	 "policy");
  f = run (&list, ext, N (ext), &p, false);
  CHECK (count_rule (&f, LINKNAME_RULE_HANDSHAKE) == 1, "protected package");
  done (&list, &f);
  linkname_policy_free (&p);

  /* allow lifts it.  */
  CHECK (linkname_policy_parse ("allow runtime.nanotime\n", 23, "p", &p,
				&err), "policy");
  f = run (&list, pull, N (pull), &p, true);
  CHECK (f.count == 0, "allowed: %zu", f.count);
  done (&list, &f);
  linkname_policy_free (&p);
}

static void
test_blocked (void)
{
  const struct spec s[] = {
    { PULL, GCCGO, "runtime.coroswitch", "runtime.coroswitch", "cs",
      "func(*void)void", "a.c", 4, "a.o" },
    { PUSH, GCCGO, "runtime.coroswitch", "runtime.coroswitch", "mine",
      "func(*void)void", "b.c", 5, "b.o" },
  };
  struct linkname_bindings list;
  /* Go 1.23 to 1.26 block the coroutine names (1.27 restricts them
     with linknamestd instead).  */
  test_go = LINKNAME_GO_1_26;
  struct linkname_findings f = run (&list, s, N (s), NULL, false);
  test_go = LINKNAME_GO_NEWEST;
  /* Blocked even though pushed; the push itself is allowed.  */
  CHECK (f.count == 1 && count_rule (&f, LINKNAME_RULE_BLOCKED) == 1
	 && f.errors == 1, "blocked: %zu findings", f.count);
  const struct linkname_finding *b = find_rule (&f, LINKNAME_RULE_BLOCKED);
  CHECK (b && b->binding == 0, "on the pull");
  CHECK (b && strstr (b->message, "invalid reference to runtime.coroswitch")
	 && strstr (b->message, "outside package iter"), "message: %s",
	 b ? b->message : "");
  done (&list, &f);

  /* A unit that implements package iter may pull the coroutine names,
     as Go's linker lets iter.  */
  const struct linkname_record it = {
    PULL, GCCGO, "runtime.coroswitch", "runtime.coroswitch", "cs",
    "func(*void)void", "iter.c", 4, "iter"
  };
  memset (&list, 0, sizeof list);
  CHECK (linkname_bindings_add (&list, &it, "iter.o"), "add iter");
  struct linkname_check_options opt = { NULL, LINKNAME_GO_1_26, false,
					false };
  CHECK (linkname_check (&list, &opt, &f), "check failed");
  CHECK (count_rule (&f, LINKNAME_RULE_BLOCKED) == 0, "iter may pull it");
  done (&list, &f);

  /* Verbatim text is looked up as it is.  */
  const struct spec v[] = {
    { PULL, LINKNAME_SCHEME_VERBATIM, "go:fipsinfo", "go:fipsinfo", "fi",
      "i8", "a.c", 1, "a.o" },
  };
  f = run (&list, v, N (v), NULL, false);
  CHECK (count_rule (&f, LINKNAME_RULE_BLOCKED) == 1, "verbatim blocked");
  done (&list, &f);
}

static void
test_policy (void)
{
  struct linkname_policy p;
  struct linkname_policy_error err;
  const char *text = "deny example.com/*\nwarn example.com/ok.*\n"
		     "allow example.com/ok.Fine\n";
  CHECK (linkname_policy_parse (text, strlen (text), "pol", &p, &err),
	 "policy");
  const struct spec s[] = {
    { PULL, GCCGO, "example.com/bad.F", "example_0com_1bad.F", "f", "i32",
      "a.c", 1, "a.o" },
    { PUSH, GCCGO, "example.com/ok.G", "example_0com_1ok.G", "g", "i32",
      "a.c", 2, "a.o" },
    { PULL, GCCGO, "example.com/ok.Fine", "example_0com_1ok.Fine", "h", "i32",
      "a.c", 3, "a.o" },
    { MARK, GCCGO, "", "local_c_name", "local_c_name", "i32", "a.c", 4,
      "a.o" },
  };
  struct linkname_bindings list;
  struct linkname_findings f = run (&list, s, N (s), &p, false);
  CHECK (f.count == 2 && f.errors == 1 && f.warnings == 1,
	 "policy: %zu findings", f.count);
  if (f.count == 2)
    {
      CHECK (f.items[0].binding == 0
	     && f.items[0].severity == LINKNAME_SEVERITY_ERROR
	     && f.items[0].policy_rule && f.items[0].policy_rule->line == 1,
	     "deny, line 1");
      CHECK (strstr (f.items[0].message, "reference to example.com/bad.F "
		     "denied by policy pol:1") != NULL, "deny message: %s",
	     f.items[0].message);
      CHECK (f.items[1].binding == 1
	     && f.items[1].severity == LINKNAME_SEVERITY_WARNING
	     && strstr (f.items[1].message, "definition of") != NULL,
	     "warn on a push: %s", f.items[1].message);
    }
  done (&list, &f);
  linkname_policy_free (&p);
}

static void
test_signature (void)
{
  const struct spec s[] = {
    { PULL, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f",
      "func(i32)i32", "a.c", 3, "a.o" },
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "impl",
      "func(i64)i32", "b.c", 7, "b.o" },
    { PULL, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f2",
      "func(i64)i32", "c.c", 9, "c.o" },
    { PULL, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f3",
      "func(?)i32", "d.c", 1, "d.o" },
  };
  struct linkname_bindings list;
  struct linkname_findings f = run (&list, s, N (s), NULL, false);
  CHECK (f.count == 1 && count_rule (&f, LINKNAME_RULE_SIGNATURE) == 1,
	 "one mismatch against the push: %zu", f.count);
  if (f.count == 1)
    {
      CHECK (f.items[0].binding == 0 && f.items[0].other == 1, "sides");
      char *text = linkname_finding_format (&list, &f.items[0]);
      CHECK_STREQ (text,
		   "a.o: conflicting types for example.com/lib.F: "
		   "'func(i32)i32' pulled as 'f' at a.c:3, but "
		   "'func(i64)i32' pushed as 'impl' at b.c:7 in b.o "
		   "[error: linkname-signature]", "signature text");
      free (text);
    }
  done (&list, &f);

  /* Two pulls, no push.  */
  const struct spec pulls[] = { s[0], s[2] };
  f = run (&list, pulls, N (pulls), NULL, false);
  CHECK (f.count == 1 && f.items[0].binding == 1 && f.items[0].other == 0,
	 "two pulls");
  done (&list, &f);
}

static void
test_duplicate (void)
{
  const struct spec s[] = {
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f1",
      "func()i32", "a.c", 3, "a.o" },
    { MARK, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "F",
      "func()i32", "b.c", 4, "b.o" },
    /* a.o again, through an ld -r output: the same binding.  */
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f1",
      "func()i32", "a.c", 3, "all.o" },
  };
  struct linkname_bindings list;
  struct linkname_findings f = run (&list, s, N (s), NULL, false);
  CHECK (f.count == 1 && count_rule (&f, LINKNAME_RULE_DUPLICATE) == 1
	 && f.items[0].binding == 1 && f.items[0].other == 0,
	 "one duplicate: %zu", f.count);
  if (f.count == 1)
    CHECK (strstr (f.items[0].message, "duplicate definition of "
		   "example.com/lib.F: marked as 'F' at b.c:4, and already "
		   "pushed as 'f1' at a.c:3 in a.o") != NULL, "message: %s",
	   f.items[0].message);
  done (&list, &f);
}

/* Weak and common definitions: the linker lets an ordinary definition
   override a weak one and merges commons, so neither is a duplicate;
   two ordinary ones still are, whatever else is there.  */
static void
test_duplicate_weak_common (void)
{
  const struct spec weak[] = {
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "dflt",
      "func()i32", "default.c", 2, "default.o", LINKNAME_RECORD_WEAK },
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f",
      "func()i32", "f.c", 3, "f.o" },
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "dflt2",
      "func()i32", "default2.c", 4, "default2.o", LINKNAME_RECORD_WEAK },
    { PULL, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "g",
      "func()i32", "g.c", 5, "g.o" },
  };
  struct linkname_bindings list;
  struct linkname_findings f = run (&list, weak, N (weak), NULL, true);
  CHECK (f.count == 0, "weak defaults and one ordinary push: %zu findings",
	 f.count);
  done (&list, &f);

  const struct spec common[] = {
    { PUSH, GCCGO, "example.com/lib.V", "example_0com_1lib.V", "v",
      "i32", "a.c", 1, "a.o", LINKNAME_RECORD_COMMON },
    { PUSH, GCCGO, "example.com/lib.V", "example_0com_1lib.V", "v",
      "i32", "b.c", 1, "b.o", LINKNAME_RECORD_COMMON },
  };
  f = run (&list, common, N (common), NULL, true);
  CHECK (f.count == 0, "two commons: %zu findings", f.count);
  done (&list, &f);

  const struct spec two[] = {
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "dflt",
      "func()i32", "default.c", 2, "default.o", LINKNAME_RECORD_WEAK },
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f1",
      "func()i32", "f1.c", 3, "f1.o" },
    { PUSH, GCCGO, "example.com/lib.F", "example_0com_1lib.F", "f2",
      "func()i32", "f2.c", 4, "f2.o" },
  };
  f = run (&list, two, N (two), NULL, false);
  CHECK (f.count == 1 && count_rule (&f, LINKNAME_RULE_DUPLICATE) == 1
	 && f.items[0].binding == 2 && f.items[0].other == 1,
	 "two ordinary pushes beside a weak one: %zu findings", f.count);
  done (&list, &f);
}

static void
test_types (void)
{
  CHECK (linkname_types_agree ("i32", "i32"), "equal");
  CHECK (!linkname_types_agree ("i32", "i64"), "different");
  CHECK (!linkname_types_agree ("i32", "i3"), "prefix");
  CHECK (linkname_types_agree ("", "i64"), "unknown");
  CHECK (linkname_types_agree ("func(?)i32", "func(i64,*i8)i32"), "unproto");
  CHECK (linkname_types_agree ("func(*func(i32)void)i32", "func(?)i32"),
	 "unproto, nested parens");
  CHECK (!linkname_types_agree ("func(?)i32", "func(i64)i64"), "result");
  CHECK (linkname_types_agree ("[]i32", "[3]i32"), "incomplete array");
  CHECK (linkname_types_agree ("*[4]u8", "*[]u8"), "pointer to array");
  CHECK (!linkname_types_agree ("[2]i32", "[3]i32"), "bounds");
  CHECK (!linkname_types_agree ("[]i32", "[3]i64"), "element");
  CHECK (!linkname_types_agree ("struct S", "struct T"), "tags");
}

static void
test_printable (void)
{
  const struct spec s[] = {
    { PULL, GCCGO, "runtime.nanotime", "runtime.nanotime", "n\x1b[31m",
      "func()i64", "a\nb.c", 1, "x\ty.o" },
  };
  struct linkname_bindings list;
  struct linkname_findings f = run (&list, s, N (s), NULL, false);
  CHECK (f.count == 1, "one finding");
  if (f.count == 1)
    {
      char *text = linkname_finding_format (&list, &f.items[0]);
      CHECK (text && !strpbrk (text, "\n\t\x1b"), "control bytes escaped: %s",
	     text ? text : "(null)");
      CHECK (text && strstr (text, "x\\x09y.o: ") == text, "object: %s",
	     text ? text : "(null)");
      free (text);
    }
  done (&list, &f);

  /* Nothing at all.  */
  struct linkname_bindings empty = { 0 };
  struct linkname_findings none;
  CHECK (linkname_check (&empty, NULL, &none) && none.count == 0, "empty");
  linkname_findings_free (&none);
}


/* Go's checkLinkname beyond the handshake: package main is not the
   standard library, a reference from the defining package is allowed,
   and a //go:linknamestd push admits only the standard library, from Go
   1.27 on.  */
static void
test_go_rules (void)
{
  struct linkname_bindings list;
  struct linkname_findings f;

  /* A pull of main.F with nothing pushing it: main is not protected.  */
  const struct spec pull_main[] = {
    { PULL, GCCGO, "main.asmfunc", "main.asmfunc", "asmfunc", "i64", "a.c",
      1, "a.o" },
  };
  f = run (&list, pull_main, N (pull_main), NULL, true);
  CHECK (f.count == 0, "main is protected: %zu findings", f.count);
  done (&list, &f);

  /* From the defining package itself: allowed; from another, not.  */
  const struct spec same[] = {
    { PULL, GCCGO, "runtime.helper", "runtime.helper", "helper", "func()",
      "a.c", 1, "a.o", 0, "runtime" },
  };
  f = run (&list, same, N (same), NULL, true);
  CHECK (f.count == 0, "same package: %zu findings", f.count);
  done (&list, &f);
  const struct spec other[] = {
    { PULL, GCCGO, "runtime.helper", "runtime.helper", "helper", "func()",
      "a.c", 1, "a.o", 0, "runtime/debug" },
  };
  f = run (&list, other, N (other), NULL, true);
  CHECK (f.errors == 1 && count_rule (&f, LINKNAME_RULE_HANDSHAKE) == 1,
	 "another std package: %zu findings", f.count);
  done (&list, &f);

  /* linknamestd: a std-only push of runtime.newcoro, pulled by iter and
     by main.  */
  const struct spec std_push[] = {
    { PUSH, GCCGO, "runtime.newcoro", "runtime.newcoro", "newcoro",
      "func()", "coro.c", 3, "coro.o", LINKNAME_RECORD_STD, "runtime" },
    { PULL, GCCGO, "runtime.newcoro", "runtime.newcoro", "newcoro",
      "func()", "iter.c", 4, "iter.o", 0, "iter" },
    { PULL, GCCGO, "runtime.newcoro", "runtime.newcoro", "newcoro",
      "func()", "main.c", 5, "main.o", 0, "main" },
    { PULL, GCCGO, "runtime.newcoro", "runtime.newcoro", "newcoro",
      "func()", "none.c", 6, "none.o" },
  };
  test_go = LINKNAME_GO_1_27;
  f = run (&list, std_push, N (std_push), NULL, true);
  CHECK (f.count == 2 && f.errors == 2
	 && f.items[0].binding == 2 && f.items[1].binding == 3
	 && count_rule (&f, LINKNAME_RULE_HANDSHAKE) == 2,
	 "1.27: main and a unit without a package refused: %zu", f.count);
  if (f.count >= 1)
    {
      char *text = linkname_finding_format (&list, &f.items[0]);
      CHECK_STREQ (text,
		   "main.o: invalid reference to runtime.newcoro: pulled as "
		   "'newcoro' at main.c:5, and it is pushed for the standard "
		   "library only (linknamestd) [error: linkname-handshake]",
		   "linknamestd text");
      free (text);
    }
  done (&list, &f);
  /* Go 1.26 knows no linknamestd, but blocks newcoro outside iter.  */
  test_go = LINKNAME_GO_1_26;
  f = run (&list, std_push, N (std_push), NULL, true);
  CHECK (f.count == 2 && count_rule (&f, LINKNAME_RULE_BLOCKED) == 2,
	 "1.26: blocked for main and none: %zu", f.count);
  done (&list, &f);
  /* A name no release blocks, pushed std-only: a plain push before
     1.27.  */
  const struct spec std_other[] = {
    { PUSH, GCCGO, "runtime.helper", "runtime.helper", "helper", "func()",
      "h.c", 3, "h.o", LINKNAME_RECORD_STD, "runtime" },
    { PULL, GCCGO, "runtime.helper", "runtime.helper", "helper", "func()",
      "main.c", 5, "main.o", 0, "main" },
  };
  f = run (&list, std_other, N (std_other), NULL, true);
  CHECK (f.count == 0, "1.26: a linknamestd push is a push: %zu", f.count);
  done (&list, &f);
  test_go = LINKNAME_GO_1_27;
  f = run (&list, std_other, N (std_other), NULL, true);
  CHECK (f.count == 1, "1.27: refused: %zu", f.count);
  done (&list, &f);

  /* The blocklist by release: mapKeyError only in 1.24; addmoduledata
     from 1.26, for every package.  */
  const struct spec mke[] = {
    { PULL, GCCGO, "internal/runtime/maps.mapKeyError",
      "internal/runtime/maps.mapKeyError", "mke", "func()", "m.c", 1, "m.o",
      0, "runtime" },
  };
  const struct spec amd[] = {
    { PULL, GCCGO, "runtime.addmoduledata", "runtime.addmoduledata",
      "amd", "func()", "m.c", 1, "m.o", 0, "runtime" },
  };
  static const struct { enum linkname_go_release go; size_t mke, amd; }
  by_release[] = {
    { LINKNAME_GO_1_23, 0, 0 }, { LINKNAME_GO_1_24, 1, 0 },
    { LINKNAME_GO_1_25, 0, 0 }, { LINKNAME_GO_1_26, 0, 1 },
    { LINKNAME_GO_1_27, 0, 1 },
  };
  for (size_t i = 0; i < N (by_release); i++)
    {
      test_go = by_release[i].go;
      f = run (&list, mke, N (mke), NULL, true);
      CHECK (count_rule (&f, LINKNAME_RULE_BLOCKED) == by_release[i].mke,
	     "mapKeyError in %s", linkname_go_release_name (test_go));
      done (&list, &f);
      f = run (&list, amd, N (amd), NULL, true);
      CHECK (count_rule (&f, LINKNAME_RULE_BLOCKED) == by_release[i].amd,
	     "addmoduledata in %s", linkname_go_release_name (test_go));
      done (&list, &f);
    }
  test_go = LINKNAME_GO_NEWEST;
}

/* relaxed: a binding whose record says checks were relaxed is a note,
   or an error when strict, naming what and who made it; a record
   without provenance (an earlier linkname's) relaxes nothing.  */
static void
test_relaxed (void)
{
  struct linkname_record r = {
    PULL, GCCGO, "example_0com_1lib.F", "example.com/lib.F", "f",
    "func(i32)i32", "a.c", 3, "", 0, "0.1.0", "12.2.0",
    "off:unexported allow:example.com/*", "p.policy:4"
  };
  struct linkname_record old = r;
  old.linkname_version = old.gcc_version = old.relaxed = NULL;
  old.relaxed_rule = NULL;
  for (int strict = 0; strict < 2; strict++)
    {
      struct linkname_bindings list = { 0 };
      CHECK (linkname_bindings_add (&list, &r, "a.o")
	     && linkname_bindings_add (&list, &old, "b.o"), "add");
      struct linkname_check_options opt = { NULL, test_go, strict, false };
      struct linkname_findings f;
      CHECK (linkname_check (&list, &opt, &f), "check failed");
      CHECK (count_rule (&f, LINKNAME_RULE_RELAXED) == 1,
	     "%zu relaxed findings", count_rule (&f, LINKNAME_RULE_RELAXED));
      const struct linkname_finding *x = find_rule (&f, LINKNAME_RULE_RELAXED);
      if (x)
	{
	  CHECK (x->binding == 0, "relaxed finding on binding %zu",
		 x->binding);
	  CHECK (x->severity == (strict ? LINKNAME_SEVERITY_ERROR
				 : LINKNAME_SEVERITY_NOTE),
		 "relaxed severity %d", (int) x->severity);
	  CHECK (strstr (x->message, "off:unexported allow:example.com/*")
		 && strstr (x->message, "p.policy:4")
		 && strstr (x->message, "linkname 0.1.0 with GCC 12.2.0"),
		 "relaxed message: %s", x->message);
	}
      CHECK (f.errors == (size_t) strict && f.notes == (size_t) !strict
	     && f.warnings == 0, "counts %zu %zu %zu", f.errors, f.notes,
	     f.warnings);
      CHECK_STREQ (list.items[1].record.gcc_version, "", "old record");
      done (&list, &f);
    }
}

/* go-signature: a gccgo-scheme binding's recorded layout against the
   Go declaration in the export data given, lowered for the ELF class
   and machine of the file the record came from.  */
static const char go_text[]
  = "v3;\npackage vary\npkgpath example.com/vary\ntypes 1 1\n"
    "var Counter <type -4>\n"
    "func Even (n <type -4>) <type -15>\n"
    "func /*asm vary_renamed */ Renamed (x <type -4>) <type -4>\n"
    "func Twice (x <type -4>) <type -4>\n"
    "checksum 0123456789012345678901234567890123456789\n";

struct go_case
{
  const char *target;
  enum linkname_scheme scheme;
  const char *type;
  const char *layout;
  int elf_class;
  unsigned machine;
  int want;			/* -1: no finding; else its severity.  */
  const char *message;		/* A part of the message, or NULL.  */
};

static void
test_go_signature (void)
{
  static const struct go_case cases[] = {
    /* A match, on x86-64 and on i386 (int64 aligned to 4).  */
    { "example.com/vary.Even", GCCGO, "func(i64)bool",
      "L1(S8/8[i8@0])=S1/1[b1@0]", 2, 62, -1, NULL },
    { "example.com/vary.Even", GCCGO, "func(i64)bool",
      "L1(S8/4[i8@0])=S1/1[b1@0]", 1, 3, -1, NULL },
    /* The x86-64 layout read for i386: the alignment differs.  */
    { "example.com/vary.Even", GCCGO, "func(i64)bool",
      "L1(S8/8[i8@0])=S1/1[b1@0]", 1, 3, LINKNAME_SEVERITY_ERROR,
      "parameter 1" },
    /* int for bool: an error naming the result.  */
    { "example.com/vary.Even", GCCGO, "func(i64)i32",
      "L1(S8/8[i8@0])=S4/4[i4@0]", 2, 62, LINKNAME_SEVERITY_ERROR,
      "does not match the Go declaration 'func Even(int64) bool': result: "
      "Go returns bool (1 byte)" },
    /* Signedness only: a warning.  */
    { "example.com/vary.Twice", GCCGO, "func(u64)u64",
      "L1(S8/8[u8@0])=S8/8[u8@0]", 2, 62, LINKNAME_SEVERITY_WARNING,
      "signedness differs" },
    /* A variable of another register class.  */
    { "example.com/vary.Counter", GCCGO, "f64", "L1()=S8/8[f8@0]", 2, 62,
      LINKNAME_SEVERITY_ERROR, "variable: Go declares int64" },
    { "example.com/vary.Counter", GCCGO, "i64", "L1()=S8/8[i8@0]", 2, 62,
      -1, NULL },
    /* A function bound to a variable, a missing target, an asm
       symbol.  */
    { "example.com/vary.Counter", GCCGO, "func()i64", "L1()=S8/8[i8@0]", 2,
      62, LINKNAME_SEVERITY_ERROR, "as a function, but Go declares a "
      "variable" },
    { "example.com/vary.NoSuch", GCCGO, "func(i64)i64",
      "L1(S8/8[i8@0])=S8/8[i8@0]", 2, 62, LINKNAME_SEVERITY_ERROR,
      "package example.com/vary's export data has no such function" },
    { "example.com/vary.Renamed", GCCGO, "func(i64)i64",
      "L1(S8/8[i8@0])=S8/8[i8@0]", 2, 62, LINKNAME_SEVERITY_ERROR,
      "its Go symbol is 'vary_renamed'" },
    /* Nothing to compare: another package, another scheme, no layout
       (an older record), a layout this reader cannot read.  */
    { "example.com/other.Even", GCCGO, "func(i64)i32",
      "L1(S8/8[i8@0])=S4/4[i4@0]", 2, 62, -1, NULL },
    { "example.com/vary.Even", LINKNAME_SCHEME_GC, "func(i64)i32",
      "L1(S8/8[i8@0])=S4/4[i4@0]", 2, 62, -1, NULL },
    { "example.com/vary.Even", GCCGO, "func(i64)i32", "", 2, 62, -1, NULL },
    { "example.com/vary.Even", GCCGO, "func(i64)i32", "L9", 2, 62, -1,
      NULL },
  };
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *go
    = linkname_go_export_parse (go_text, sizeof go_text - 1, &err);
  CHECK (go != NULL, "export data: %s", err.message ? err.message : "");
  if (go == NULL)
    return;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const struct go_case *c = &cases[i];
      struct linkname_bindings list = { 0 };
      struct linkname_record r = {
	PULL, c->scheme, "sym", c->target, "f", c->type, "a.c", 3, "", 0,
	"0.1.0", "12.2.0", "", "", c->layout
      };
      CHECK (linkname_bindings_add (&list, &r, "a.o"), "add %zu", i);
      list.items[0].elf_class = c->elf_class;
      list.items[0].elf_machine = c->machine;
      struct linkname_check_options opt
	= { NULL, test_go, false, false, go };
      struct linkname_findings f;
      CHECK (linkname_check (&list, &opt, &f), "check %zu failed", i);
      size_t n = count_rule (&f, LINKNAME_RULE_GO_SIGNATURE);
      if (c->want < 0)
	CHECK (n == 0, "case %zu (%s): %zu go-signature findings", i,
	       c->target, n);
      else
	{
	  CHECK (n == 1, "case %zu (%s): %zu go-signature findings", i,
		 c->target, n);
	  for (size_t k = 0; k < f.count; k++)
	    if (f.items[k].rule == LINKNAME_RULE_GO_SIGNATURE)
	      {
		CHECK ((int) f.items[k].severity == c->want,
		       "case %zu: severity %d", i, (int) f.items[k].severity);
		CHECK (c->message == NULL
		       || strstr (f.items[k].message, c->message) != NULL,
		       "case %zu: message \"%s\" lacks \"%s\"", i,
		       f.items[k].message, c->message);
	      }
	}
      /* Without export data, the rule says nothing.  */
      linkname_findings_free (&f);
      opt.go_exports = NULL;
      CHECK (linkname_check (&list, &opt, &f), "check %zu failed", i);
      CHECK (count_rule (&f, LINKNAME_RULE_GO_SIGNATURE) == 0,
	     "case %zu: a finding without export data", i);
      linkname_findings_free (&f);
      linkname_bindings_free (&list);
    }
  CHECK_STREQ ("go-signature", linkname_rule_name (LINKNAME_RULE_GO_SIGNATURE),
	       "rule name");
  linkname_go_export_free (go);

  /* The packages the rule needs for all the cases at once: those of the
     gccgo-scheme bindings with a layout, each once, sorted.  */
  struct linkname_bindings all = { 0 };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const struct go_case *c = &cases[i];
      struct linkname_record r = {
	PULL, c->scheme, "sym", c->target, "f", c->type, "a.c", 3, "", 0,
	"0.1.0", "12.2.0", "", "", c->layout
      };
      CHECK (linkname_bindings_add (&all, &r, "a.o"), "add all %zu", i);
    }
  size_t n;
  char **paths = linkname_check_go_packages (&all, &n);
  CHECK (paths != NULL && n == 2 && strcmp (paths[0], "example.com/other") == 0
	 && strcmp (paths[1], "example.com/vary") == 0,
	 "go packages: %zu", n);
  if (paths != NULL)
    {
      CHECK (linkname_check_go_package_wanted (paths, n, "example.com/vary", 16)
	     && linkname_check_go_package_wanted (paths, n,
						  "example.com/varyX", 16)
	     && !linkname_check_go_package_wanted (paths, n,
						   "example.com/var", 15)
	     && !linkname_check_go_package_wanted (paths, n,
						   "example.com/varyX", 17)
	     && !linkname_check_go_package_wanted (paths, n, "strings", 7),
	     "go package wanted");
      linkname_check_go_packages_free (paths, n);
    }
  linkname_bindings_free (&all);
}

int
main (void)
{
  test_clean_pair ();
  test_handshake ();
  test_go_rules ();
  test_blocked ();
  test_policy ();
  test_signature ();
  test_duplicate ();
  test_duplicate_weak_common ();
  test_types ();
  test_printable ();
  test_relaxed ();
  test_go_signature ();
  return check_status ();
}
