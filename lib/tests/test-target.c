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

/* test-target.c -- linkname_target_parse and friends (SPEC section 2).

   Three kinds of checks: tables of targets that must parse to given
   parts, a table of malformed targets with the offset and message
   expected for each, and a sweep over many generated inputs that must
   neither crash nor break the parser's promises (run it under valgrind
   or -fsanitize=address,undefined).  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "linkname.h"
#include "check.h"

/* LEN 0 means strlen (TEXT): only the NUL tests need a length.  */
struct good
{
  const char *text;
  size_t len;
  const char *pkgpath;
  const char *names;		/* Joined by '|'.  */
  bool pointer_receiver;
  const char *string;		/* linkname_target_string.  */
};

static const struct good goods[] = {
  { "runtime.nanotime", 0, "runtime", "nanotime", false, "runtime.nanotime" },
  { "runtime\xc2\xb7nanotime", 0, "runtime", "nanotime", false,
    "runtime.nanotime" },
  { "main.main", 0, "main", "main", false, "main.main" },
  { "example.com/foo-bar/v2.Baz", 0, "example.com/foo-bar/v2", "Baz", false,
    "example.com/foo-bar/v2.Baz" },
  { "example.com\xe2\x88\x95" "foo-bar\xe2\x88\x95v2\xc2\xb7" "Baz", 0,
    "example.com/foo-bar/v2", "Baz", false, "example.com/foo-bar/v2.Baz" },
  { "gopkg.in/yaml%2ev3.Marshal", 0, "gopkg.in/yaml.v3", "Marshal", false,
    "gopkg.in/yaml.v3.Marshal" },
  { "gopkg.in/yaml%2Ev3.Marshal", 0, "gopkg.in/yaml.v3", "Marshal", false,
    "gopkg.in/yaml.v3.Marshal" },
  { "yaml%2ev3.Marshal", 0, "yaml.v3", "Marshal", false, "yaml.v3.Marshal" },
  /* Go's rule, not a guess: the path ends at the first '.' after the
     last '/'.  */
  { "example.com.F", 0, "example", "com|F", false, "example.com.F" },
  { "a/b.c/d.F", 0, "a/b.c/d", "F", false, "a/b.c/d.F" },
  { "pkg.T.M", 0, "pkg", "T|M", false, "pkg.T.M" },
  { "pkg.(*T).M", 0, "pkg", "T|M", true, "pkg.(*T).M" },
  { "example.com/x.(*T).M", 0, "example.com/x", "T|M", true,
    "example.com/x.(*T).M" },
  { "pkg.T.M.func1", 0, "pkg", "T|M|func1", false, "pkg.T.M.func1" },
  { "pkg.(*T).M.func1", 0, "pkg", "T|M|func1", true, "pkg.(*T).M.func1" },
  { "pkg\xc2\xb7(*T)\xc2\xb7M", 0, "pkg", "T|M", true, "pkg.(*T).M" },
  { "a_b.c/d-e/\xc3\xbcn\xc3\xaf.F\xc3\xbcnc", 0, "a_b.c/d-e/\xc3\xbcn\xc3\xaf",
    "F\xc3\xbcnc", false, "a_b.c/d-e/\xc3\xbcn\xc3\xaf.F\xc3\xbcnc" },
  /* The gc spelling of the same path: PathToPrefix escapes bytes
     >= 0x7F.  */
  { "a_b.c/d-e/%c3%bcn%c3%af.(*\xc3\x9c).M\xc3\xa9", 0,
    "a_b.c/d-e/\xc3\xbcn\xc3\xaf", "\xc3\x9c|M\xc3\xa9", true,
    "a_b.c/d-e/\xc3\xbcn\xc3\xaf.(*\xc3\x9c).M\xc3\xa9" },
  { "x/\xf0\x9d\x90\x80" "b.Ab\xf0\x9d\x90\x80", 0, "x/\xf0\x9d\x90\x80" "b",
    "Ab\xf0\x9d\x90\x80", false, "x/\xf0\x9d\x90\x80" "b.Ab\xf0\x9d\x90\x80" },
  { "p.\xe5\x90\x8d\xe5\x89\x8d", 0, "p", "\xe5\x90\x8d\xe5\x89\x8d", false,
    "p.\xe5\x90\x8d\xe5\x89\x8d" },
  { "3com.io/9lives.F", 0, "3com.io/9lives", "F", false, "3com.io/9lives.F" },
  { "a%25b.F", 0, "a%b", "F", false, "a%b.F" },
  { "a%22b.F", 0, "a\"b", "F", false, "a\"b.F" },
  { "a\"b.F", 0, "a\"b", "F", false, "a\"b.F" },
  { "p.a$b", 0, "p", "a$b", false, "p.a$b" },
  { "p._", 0, "p", "_", false, "p._" },
  { "a/b/c/d.e", 0, "a/b/c/d", "e", false, "a/b/c/d.e" },
};

struct bad
{
  const char *text;
  size_t len;			/* 0: strlen (TEXT).  */
  size_t offset;
  const char *message;		/* A substring of the message.  */
};

static const struct bad bads[] = {
  { "", 0, 0, "empty target" },
  { "runtime", 0, 7, "missing name" },
  { "runtime.", 0, 8, "missing name after the import path" },
  { "runtime\xc2\xb7", 0, 9, "missing name after the import path" },
  { "a/b", 0, 3, "missing name" },
  { "a/b/", 0, 4, "missing name" },
  { ".F", 0, 0, "empty import path" },
  { "\xc2\xb7" "F", 0, 0, "empty import path" },
  { "a..b", 0, 2, "empty name component" },
  { "runtime\xc2\xb7\xc2\xb7" "F", 0, 9, "empty name component" },
  { "pkg..(*T).M", 0, 4, "empty name component" },
  { "pkg.F.", 0, 6, "missing name after trailing '.'" },
  { "pkg.(*T).M.", 0, 11, "missing name after trailing '.'" },
  { "a//b.F", 0, 2, "empty element in import path" },
  { "a\xe2\x88\x95\xe2\x88\x95" "b\xc2\xb7" "F", 0, 4,
    "empty element in import path" },
  { "/a.F", 0, 0, "starts with '/'" },
  { "a/.F", 0, 1, "ends with '/'" },
  { "a/./b.F", 0, 2, "'.' or '..' element" },
  { "../b.F", 0, 0, "'.' or '..' element" },
  { "a/%2e%2e/b.F", 0, 2, "'.' or '..' element" },
  { "run time.F", 0, 3, "white space" },
  { "runtime.nano time", 0, 12, "white space" },
  { "runtime.F ", 0, 9, "white space" },
  { "runtime.F\t", 0, 9, "white space" },
  { "run\ntime.F", 0, 3, "white space" },
  { "run\xc2\xa0time.F", 0, 3, "white space" },
  { "runtime.\xe3\x80\x80" "F", 0, 8, "white space" },
  { "runtime.F\x01", 0, 9, "control character" },
  { "runtime.F\x7f", 0, 9, "control character" },
  { "runtime.\xc2\x85", 0, 8, "control character" },
  { "runtime.F\xe2\x80\x8b", 0, 9, "invisible character" },
  { "\xef\xbb\xbfruntime.F", 0, 0, "invisible character" },
  { "run\0time.F", 10, 3, "embedded NUL" },
  { "runtime.F\0", 10, 9, "embedded NUL" },
  { "\0", 1, 0, "embedded NUL" },
  { "runtime.\xff", 0, 8, "invalid UTF-8" },
  { "runtime.F\xc3", 0, 9, "invalid UTF-8" },
  { "runtime.\xc0\xae", 0, 8, "invalid UTF-8" },
  { "runtime.\xe0\x80\xae", 0, 8, "invalid UTF-8" },
  { "runtime.\xf0\x80\x80\xae", 0, 8, "invalid UTF-8" },
  { "runtime.\xed\xa0\x80", 0, 8, "invalid UTF-8" },
  { "runtime.\xf4\x90\x80\x80", 0, 8, "invalid UTF-8" },
  { "runtime.\x80" "F", 0, 8, "invalid UTF-8" },
  { "pkg.(*T.M", 0, 4, "unbalanced '(*'" },
  { "pkg.(*T", 0, 4, "unbalanced '(*'" },
  { "pkg.(", 0, 4, "'(' must begin a pointer receiver" },
  { "pkg.(T).M", 0, 4, "'(' must begin a pointer receiver" },
  { "pkg.(*).M", 0, 6, "empty receiver type" },
  { "pkg.(*T)", 0, 8, "missing method name after '(*T)'" },
  { "pkg.(*T).", 0, 9, "missing method name after '(*T).'" },
  { "pkg.(*T)M", 0, 8, "expected '.' after '(*T)'" },
  { "pkg.T).M", 0, 5, "unbalanced ')'" },
  { "pkg.*T.M", 0, 4, "misplaced '*'" },
  { "pkg.(**T).M", 0, 6, "misplaced '*'" },
  { "pkg.((*T)).M", 0, 4, "'(' must begin a pointer receiver" },
  { "pkg.(*(*T)).M", 0, 6, "misplaced '('" },
  { "pkg.T.(*U).M", 0, 6, "misplaced '('" },
  { "pkg.T(*U).M", 0, 5, "misplaced '('" },
  { "(*T).M", 0, 0, "missing import path" },
  { "pk(g.F", 0, 2, "misplaced '('" },
  { "pk*g.F", 0, 2, "misplaced '*'" },
  { "a/b).F", 0, 3, "unbalanced ')'" },
  { "a%2.F", 0, 1, "malformed '%' escape" },
  { "a%zz.F", 0, 1, "malformed '%' escape" },
  { "a%.F", 0, 1, "malformed '%' escape" },
  { "a%", 0, 2, "missing name" },
  { "a%00b.F", 0, 1, "embedded NUL" },
  { "a%20b.F", 0, 1, "white space" },
  { "a%0ab.F", 0, 1, "white space" },
  { "a%7fb.F", 0, 1, "control character" },
  { "a%2fb.F", 0, 1, "'%2f'" },
  { "a%28b.F", 0, 1, "'(', ')' or '*'" },
  { "a/%c3.F", 0, 2, "invalid UTF-8" },
  { "a/b%c3%.F", 0, 6, "malformed '%' escape" },
  { "pkg.F%2e", 0, 5, "'%' escape outside the import path" },
  { "pkg.%", 0, 4, "'%' escape outside the import path" },
};

/* Split "a|b|c" at '|' and compare with NAMES.  */
static bool
names_equal (char **names, size_t n, const char *want)
{
  size_t i;

  for (i = 0; i < n; i++)
    {
      size_t len = strcspn (want, "|");

      if (names[i] == NULL || strlen (names[i]) != len
	  || memcmp (names[i], want, len) != 0)
	return false;
      want += len;
      if (*want == '|')
	want++;
      else if (i + 1 < n)
	return false;
    }
  return *want == '\0';
}

static void
test_goods (void)
{
  size_t i;

  for (i = 0; i < sizeof goods / sizeof goods[0]; i++)
    {
      const struct good *g = &goods[i];
      size_t len = g->len ? g->len : strlen (g->text);
      struct linkname_target t;
      struct linkname_error err = { NULL, 0 };
      char *s;

      if (!linkname_target_parse (g->text, len, &t, &err))
	{
	  CHECK (false, "\"%s\" rejected: %s at %zu", g->text, err.message,
		 err.offset);
	  continue;
	}
      CHECK_STREQ (t.pkgpath, g->pkgpath, g->text);
      CHECK (names_equal (t.names, t.n_names, g->names),
	     "\"%s\": names are not %s", g->text, g->names);
      CHECK (t.pointer_receiver == g->pointer_receiver,
	     "\"%s\": pointer_receiver %d", g->text, t.pointer_receiver);
      s = linkname_target_string (&t);
      CHECK_STREQ (s, g->string, g->text);
      free (s);
      linkname_target_free (&t);
      CHECK (t.pkgpath == NULL && t.names == NULL && t.n_names == 0,
	     "linkname_target_free leaves the target empty");

      /* OUT may be NULL when only checking.  */
      CHECK (linkname_target_parse (g->text, len, NULL, NULL),
	     "\"%s\" without OUT", g->text);
    }
}

static void
test_bads (void)
{
  size_t i;

  CHECK (sizeof bads / sizeof bads[0] >= 40, "at least 40 bad targets");
  for (i = 0; i < sizeof bads / sizeof bads[0]; i++)
    {
      const struct bad *b = &bads[i];
      size_t len = b->len ? b->len : strlen (b->text);
      struct linkname_target t;
      struct linkname_error err = { NULL, (size_t) -1 };
      bool ok;

      memset (&t, 0x5a, sizeof t);
      ok = linkname_target_parse (b->text, len, &t, &err);
      CHECK (!ok, "bad target #%zu \"%s\" accepted", i, b->text);
      if (ok)
	{
	  linkname_target_free (&t);
	  continue;
	}
      CHECK (t.pkgpath == NULL && t.names == NULL && t.n_names == 0
	     && !t.pointer_receiver,
	     "bad target #%zu: OUT not left empty", i);
      CHECK (err.message != NULL && strstr (err.message, b->message) != NULL,
	     "bad target #%zu \"%s\": message \"%s\", want \"%s\"", i,
	     b->text, err.message ? err.message : "(null)", b->message);
      CHECK (err.offset == b->offset,
	     "bad target #%zu \"%s\": offset %zu, want %zu (%s)", i, b->text,
	     err.offset, b->offset, err.message ? err.message : "");
      /* ERR may be NULL.  */
      CHECK (!linkname_target_parse (b->text, len, &t, NULL),
	     "bad target #%zu without ERR", i);
    }

  /* A NULL text is an empty one, whatever the length says.  */
  {
    struct linkname_error err = { NULL, 0 };

    CHECK (!linkname_target_parse (NULL, 5, NULL, &err)
	   && err.offset == 0 && strstr (err.message, "empty") != NULL,
	   "NULL text");
  }
}

static void
test_verbatim (void)
{
  static const struct bad vbads[] = {
    { "", 0, 0, "empty" },
    { "a\0b", 3, 1, "NUL" },
    { "ab\n", 0, 2, "newline" },
    { "a\rb", 0, 1, "carriage return" },
  };
  static const char *const vgoods[] = {
    "x", "a b", "a\tb", "\"q\\", "a/b.(*T).M", "\xff\xfe", "%", "."
  };
  struct linkname_error err;
  size_t i;

  for (i = 0; i < sizeof vbads / sizeof vbads[0]; i++)
    {
      const struct bad *b = &vbads[i];
      size_t len = b->len ? b->len : strlen (b->text);

      err.message = NULL;
      err.offset = (size_t) -1;
      CHECK (!linkname_verbatim_check (b->text, len, &err)
	     && err.message != NULL && strstr (err.message, b->message)
	     && err.offset == b->offset,
	     "verbatim #%zu: %s at %zu", i, err.message ? err.message : "-",
	     err.offset);
    }
  for (i = 0; i < sizeof vgoods / sizeof vgoods[0]; i++)
    CHECK (linkname_verbatim_check (vgoods[i], strlen (vgoods[i]), NULL),
	   "verbatim \"%s\" rejected", vgoods[i]);
  CHECK (!linkname_verbatim_check (NULL, 3, NULL), "verbatim NULL");
}

/* Parse LEN bytes at TEXT and check the promises that hold for any
   input: a failure leaves OUT empty and points into the text; a
   success has a path and names, and the gc spelling of the result,
   which escapes what needs escaping, parses back to the same thing.
   Return whether TEXT parsed.  */
static bool
check_any (const char *text, size_t len)
{
  struct linkname_target t, u;
  struct linkname_error err = { NULL, (size_t) -1 };
  char *gc, *gccgo;
  size_t i;

  if (!linkname_target_parse (text, len, &t, &err))
    {
      CHECK (t.pkgpath == NULL && t.names == NULL && t.n_names == 0,
	     "failure leaves OUT empty");
      CHECK (err.message != NULL && err.message[0] != '\0'
	     && err.offset <= len,
	     "failure has a message and an offset within the text "
	     "(%zu of %zu)", err.offset, len);
      return false;
    }

  CHECK (t.pkgpath != NULL && t.pkgpath[0] != '\0' && t.n_names >= 1
	 && (!t.pointer_receiver || t.n_names >= 2),
	 "success has a path and enough names");
  for (i = 0; i < t.n_names; i++)
    CHECK (t.names[i] != NULL && t.names[i][0] != '\0'
	   && strpbrk (t.names[i], ".()*%/") == NULL,
	   "name %zu is clean", i);

  gccgo = linkname_symbol (&t, LINKNAME_SCHEME_GCCGO);
  CHECK (gccgo != NULL
	 && strspn (gccgo, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "0123456789_.") == strlen (gccgo),
	 "gccgo symbol \"%s\" is plain ASCII", gccgo ? gccgo : "(null)");
  free (gccgo);

  gc = linkname_symbol (&t, LINKNAME_SCHEME_GC);
  CHECK (gc != NULL, "gc symbol");
  if (gc != NULL && linkname_target_parse (gc, strlen (gc), &u, &err))
    {
      bool same = (strcmp (t.pkgpath, u.pkgpath) == 0
		   && t.n_names == u.n_names
		   && t.pointer_receiver == u.pointer_receiver);

      for (i = 0; same && i < t.n_names; i++)
	same = strcmp (t.names[i], u.names[i]) == 0;
      CHECK (same, "gc symbol \"%s\" parses back to the same target", gc);
      linkname_target_free (&u);
    }
  else
    CHECK (false, "gc symbol \"%s\" rejected: %s", gc ? gc : "(null)",
	   err.message);
  free (gc);
  linkname_target_free (&t);
  return true;
}

static void
test_sweep (void)
{
  /* Pieces that exercise every rule, glued at random.  */
  static const char *const pieces[] = {
    "a", "b", "T", "M", "9", "_", "-", ".", ".", ".", "/", "/", "(*", "(",
    ")", "*", "%", "%2e", "%2E", "%c3%bc", "%2f", "%00", "%zz",
    "\xc2\xb7", "\xe2\x88\x95", "\xc3\xbc", "\xf0\x9d\x90\x80", "\xc2",
    "\xff", "\x80", " ", "\t", "\0", "\"", "\\", "$", "\xe2\x80\x8b",
  };
  const size_t npieces = sizeof pieces / sizeof pieces[0];
  char buf[64];
  uint32_t seed = 12345;
  unsigned int a, b;
  size_t k, parsed = 0;

  /* Every string of one or two bytes.  */
  for (a = 0; a < 256; a++)
    {
      buf[0] = (char) a;
      check_any (buf, 1);
      for (b = 0; b < 256; b++)
	{
	  buf[1] = (char) b;
	  check_any (buf, 2);
	}
    }

  /* Random glue of pieces, with a fixed seed so that a failure
     reproduces.  */
  for (k = 0; k < 100000; k++)
    {
      size_t len = 0, n;

      seed = seed * 1103515245u + 12345u;
      n = (seed >> 16) % 12;
      while (n-- > 0)
	{
	  const char *p;
	  size_t plen;

	  seed = seed * 1103515245u + 12345u;
	  p = pieces[(seed >> 16) % npieces];
	  plen = p[0] == '\0' ? 1 : strlen (p);
	  if (len + plen > sizeof buf)
	    break;
	  memcpy (buf + len, p, plen);
	  len += plen;
	}
      parsed += check_any (buf, len);
    }

  /* Well-formed shapes built from the same pieces, so that the success
     path is swept too.  */
  for (k = 0; k < 20000; k++)
    {
      static const char *const elems[] = {
	"a", "example.com", "x-y", "%c3%bcn", "v2", "yaml%2ev3", "9lives",
	"\xc3\xbc", "a%25b", "a\"b", "_"
      };
      static const char *const names[] = {
	"F", "T", "M", "\xc3\x9c", "f_x", "a$b", "x\\y"
      };
      const size_t nelems = sizeof elems / sizeof elems[0];
      const size_t nnames = sizeof names / sizeof names[0];
      size_t len = 0, n, j;

      seed = seed * 1103515245u + 12345u;
      n = 1 + (seed >> 16) % 3;
      for (j = 0; j < n; j++)
	{
	  seed = seed * 1103515245u + 12345u;
	  len += (size_t) sprintf (buf + len, "%s%s", j ? "/" : "",
				   elems[(seed >> 16) % nelems]);
	}
      seed = seed * 1103515245u + 12345u;
      if ((seed >> 16) % 3 == 0)
	len += (size_t) sprintf (buf + len, ".(*%s)",
				 names[(seed >> 20) % nnames]);
      seed = seed * 1103515245u + 12345u;
      n = 1 + (seed >> 16) % 2;
      for (j = 0; j < n; j++)
	{
	  seed = seed * 1103515245u + 12345u;
	  len += (size_t) sprintf (buf + len, ".%s",
				   names[(seed >> 16) % nnames]);
	}
      parsed += check_any (buf, len);
    }

  /* The sweep must not only ever see rejections.  */
  CHECK (parsed > 15000, "only %zu generated targets parsed", parsed);
}

/* linkname_target_join writes a path and a name so that they parse
   back to exactly that path and name.  */
static void
test_join (void)
{
  static const struct { const char *path, *name, *want; } joins[] = {
    { "runtime", "nanotime", "runtime.nanotime" },
    { "gopkg.in/yaml.v3", "F", "gopkg.in/yaml%2ev3.F" },
    { "example.com/foo-bar/v2", "Baz", "example.com/foo-bar/v2.Baz" },
    { "a.b", "c", "a%2eb.c" },
    { "x/100%", "N", "x/100%25.N" },
  };
  for (size_t i = 0; i < sizeof joins / sizeof joins[0]; i++)
    {
      char *text = linkname_target_join (joins[i].path, joins[i].name);
      CHECK_STREQ (text, joins[i].want, joins[i].path);
      struct linkname_target t;
      CHECK (text && linkname_target_parse (text, strlen (text), &t, NULL),
	     "%s does not parse back", text ? text : "(null)");
      if (text && linkname_target_parse (text, strlen (text), &t, NULL))
	{
	  CHECK_STREQ (t.pkgpath, joins[i].path, text);
	  CHECK (t.n_names == 1 && strcmp (t.names[0], joins[i].name) == 0,
		 "%s: wrong name", text);
	  linkname_target_free (&t);
	}
      free (text);
    }
}

/* Go's notion of exported and of internal packages.  */
static void
test_risk_predicates (void)
{
  static const struct { const char *text; bool exported, internal; } t[] = {
    { "runtime.nanotime", false, true },
    { "runtime.Gosched", true, true },
    { "runtime/debug.SetGCPercent", true, true },
    { "runtimex.F", true, false },
    { "example.com/internal/x.F", true, true },
    { "example.com/x/internal.F", true, true },
    { "example.com/internalx/y.f", false, false },
    { "example.com/x.(*T).m", false, false },
    { "example.com/x.T.M", true, false },
    { "example.com/x.\xc3\x9c" "ber", true, false },	/* U+00DC.  */
    { "example.com/x.\xc3\xbc" "ber", false, false },	/* U+00FC.  */
    { "example.com/x.\xce\xa9", true, false },	/* Greek Omega.  */
    { "example.com/x._F", false, false },
  };
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    {
      struct linkname_target target;
      CHECK (linkname_target_parse (t[i].text, strlen (t[i].text), &target,
				    NULL), "%s does not parse", t[i].text);
      CHECK (linkname_target_exported (&target) == t[i].exported,
	     "%s: exported should be %d", t[i].text, t[i].exported);
      CHECK (linkname_target_internal (&target) == t[i].internal,
	     "%s: internal should be %d", t[i].text, t[i].internal);
      linkname_target_free (&target);
    }
}

/* The canonical spelling parses back to the same target and is a fixed
   point.  */
static void
test_canonical (void)
{
  static const struct { const char *text, *want; } t[] = {
    { "runtime\xc2\xb7nanotime", "runtime.nanotime" },
    { "gopkg.in\xe2\x88\x95yaml%2ev3.Marshal", "gopkg.in/yaml%2ev3.Marshal" },
    { "gopkg.in/yaml%2Ev3.(*T).M", "gopkg.in/yaml%2ev3.(*T).M" },
    { "example.com/a%2db.F", "example.com/a-b.F" },
    { "x/p.T.M.func1", "x/p.T.M.func1" },
  };
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    {
      struct linkname_target a, b;
      CHECK (linkname_target_parse (t[i].text, strlen (t[i].text), &a, NULL),
	     "%s does not parse", t[i].text);
      char *c = linkname_target_canonical (&a);
      CHECK_STREQ (c, t[i].want, t[i].text);
      CHECK (c && linkname_target_parse (c, strlen (c), &b, NULL),
	     "canonical %s does not parse", c ? c : "(null)");
      if (c && linkname_target_parse (c, strlen (c), &b, NULL))
	{
	  char *c2 = linkname_target_canonical (&b);
	  CHECK_STREQ (c2, c, "fixed point");
	  free (c2);
	  linkname_target_free (&b);
	}
      free (c);
      linkname_target_free (&a);
    }
}

int
main (void)
{
  test_canonical ();
  test_risk_predicates ();
  test_join ();
  test_goods ();
  test_bads ();
  test_verbatim ();
  test_sweep ();
  return check_status ();
}
