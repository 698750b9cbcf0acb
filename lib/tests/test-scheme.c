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

/* test-scheme.c -- symbols for each scheme (SPEC section 3), gccgo's
   identifier encoding, gc's PathToPrefix, and assembler quoting.

   The gccgo expectations are what gccgo-12 (Debian 12.2.0-14) really
   emits, not what a description of it says.  Compiled with
   "gccgo-12 -c -fgo-pkgpath=PATH w.go", where w.go declares

     var V, Vär, v int; type T struct{...}; type Ü struct{...}
     func (t T) Val() int; func (t *T) Ptr() int; func (u *Ü) Mé() int
     func F() int; func f() int; func Fünc() int; func F_x() int
     func 𝐀bc() int      (U+1D400, outside the BMP)

   nm showed, among others (the ..d, ..f, ..import helpers left out):

   -fgo-pkgpath=example.com/foo-bar/v2
     T example_0com_1foo_x2dbar_1v2.F
     T example_0com_1foo_x2dbar_1v2.F__x
     T example_0com_1foo_x2dbar_1v2.F_u00fcnc
     T example_0com_1foo_x2dbar_1v2.T.Ptr
     T example_0com_1foo_x2dbar_1v2.T.Val
     D example_0com_1foo_x2dbar_1v2.V
     D example_0com_1foo_x2dbar_1v2.V_u00e4r
     T example_0com_1foo_x2dbar_1v2._U0001d400bc
     T example_0com_1foo_x2dbar_1v2._u00dc.M_u00e9
     T example_0com_1foo_x2dbar_1v2.f
     D example_0com_1foo_x2dbar_1v2.v
   -fgo-pkgpath=gopkg.in/yaml.v3
     T gopkg_0in_1yaml_0v3.F          T gopkg_0in_1yaml_0v3.T.Ptr
   -fgo-pkgpath=a_b.c/d-e/ünï
     T a__b_0c_1d_x2de_1_u00fcn_u00ef.F
     T a__b_0c_1d_x2de_1_u00fcn_u00ef._u00dc.M_u00e9
   -fgo-pkgpath=3com.io/9lives      (leading digit of the path only)
     T _x33com_0io_19lives.F
   -fgo-pkgpath=x/𝐀b
     T x_1_U0001d400b.F               T x_1_U0001d400b._U0001d400bc

   So: pointer and value methods are both PKG.T.M; each component is
   encoded on its own and the dots between them are kept.

   Two things that the summary in SPEC section 3 does not say, seen
   with "-fgo-pkgpath=aXb" for every ASCII X that is not a letter or
   digit (the table gccgo_ascii below is that output, pasted):
   - some punctuation has a one-letter code instead of "_xNN":
     ' ' "_b", '"' "_a", '(' "_8", ')' "_9", '*' "_2", ',' "_3",
     ';' "_c", '[' "_6", ']' "_7", '{' "_4", '}' "_5";
   - a component made only of ASCII letters and digits is left alone
     even if it starts with a digit: "-fgo-pkgpath=3com" makes gccgo-12
     emit "3com.F" (which its own assembler then rejects), while "3c_"
     gives "_x33c__.F".  */

#include <stdlib.h>
#include <string.h>

#include "linkname.h"
#include "check.h"

/* gccgo-12's encoding of the package path "aXb" for each ASCII X that
   is not a letter or digit, from nm.  */
static const struct
{
  const char *in, *out;
} gccgo_ascii[] = {
  { "a\x01" "b", "a_x01b" }, { "a\x02" "b", "a_x02b" },
  { "a\x03" "b", "a_x03b" }, { "a\x04" "b", "a_x04b" },
  { "a\x05" "b", "a_x05b" }, { "a\x06" "b", "a_x06b" },
  { "a\x07" "b", "a_x07b" }, { "a\x08" "b", "a_x08b" },
  { "a\x09" "b", "a_x09b" }, { "a\x0a" "b", "a_x0ab" },
  { "a\x0b" "b", "a_x0bb" }, { "a\x0c" "b", "a_x0cb" },
  { "a\x0d" "b", "a_x0db" }, { "a\x0e" "b", "a_x0eb" },
  { "a\x0f" "b", "a_x0fb" }, { "a\x10" "b", "a_x10b" },
  { "a\x11" "b", "a_x11b" }, { "a\x12" "b", "a_x12b" },
  { "a\x13" "b", "a_x13b" }, { "a\x14" "b", "a_x14b" },
  { "a\x15" "b", "a_x15b" }, { "a\x16" "b", "a_x16b" },
  { "a\x17" "b", "a_x17b" }, { "a\x18" "b", "a_x18b" },
  { "a\x19" "b", "a_x19b" }, { "a\x1a" "b", "a_x1ab" },
  { "a\x1b" "b", "a_x1bb" }, { "a\x1c" "b", "a_x1cb" },
  { "a\x1d" "b", "a_x1db" }, { "a\x1e" "b", "a_x1eb" },
  { "a\x1f" "b", "a_x1fb" }, { "a\x20" "b", "a_bb" },
  { "a\x21" "b", "a_x21b" }, { "a\x22" "b", "a_ab" },
  { "a\x23" "b", "a_x23b" }, { "a\x24" "b", "a_x24b" },
  { "a\x25" "b", "a_x25b" }, { "a\x26" "b", "a_x26b" },
  { "a\x27" "b", "a_x27b" }, { "a\x28" "b", "a_8b" },
  { "a\x29" "b", "a_9b" }, { "a\x2a" "b", "a_2b" },
  { "a\x2b" "b", "a_x2bb" }, { "a\x2c" "b", "a_3b" },
  { "a\x2d" "b", "a_x2db" }, { "a\x2e" "b", "a_0b" },
  { "a\x2f" "b", "a_1b" }, { "a\x3a" "b", "a_x3ab" },
  { "a\x3b" "b", "a_cb" }, { "a\x3c" "b", "a_x3cb" },
  { "a\x3d" "b", "a_x3db" }, { "a\x3e" "b", "a_x3eb" },
  { "a\x3f" "b", "a_x3fb" }, { "a\x40" "b", "a_x40b" },
  { "a\x5b" "b", "a_6b" }, { "a\x5c" "b", "a_x5cb" },
  { "a\x5d" "b", "a_7b" }, { "a\x5e" "b", "a_x5eb" },
  { "a\x5f" "b", "a__b" }, { "a\x60" "b", "a_x60b" },
  { "a\x7b" "b", "a_4b" }, { "a\x7c" "b", "a_x7cb" },
  { "a\x7d" "b", "a_5b" }, { "a\x7e" "b", "a_x7eb" },
  { "a\x7f" "b", "a_x7fb" },
};

struct sym
{
  const char *target;
  const char *gccgo;
  const char *gc;
};

static const struct sym syms[] = {
  /* SPEC's own example.  */
  { "example.com/foo-bar/v2.Baz",
    "example_0com_1foo_x2dbar_1v2.Baz", "example.com/foo-bar/v2.Baz" },
  /* From gccgo-12 (see above).  */
  { "example.com/foo-bar/v2.F",
    "example_0com_1foo_x2dbar_1v2.F", "example.com/foo-bar/v2.F" },
  { "example.com/foo-bar/v2.V\xc3\xa4r",
    "example_0com_1foo_x2dbar_1v2.V_u00e4r",
    "example.com/foo-bar/v2.V\xc3\xa4r" },
  { "example.com/foo-bar/v2.F_x",
    "example_0com_1foo_x2dbar_1v2.F__x", "example.com/foo-bar/v2.F_x" },
  { "example.com/foo-bar/v2.T.Val",
    "example_0com_1foo_x2dbar_1v2.T.Val", "example.com/foo-bar/v2.T.Val" },
  { "example.com/foo-bar/v2.(*T).Ptr",
    "example_0com_1foo_x2dbar_1v2.T.Ptr",
    "example.com/foo-bar/v2.(*T).Ptr" },
  { "example.com/foo-bar/v2.T.Ptr",
    "example_0com_1foo_x2dbar_1v2.T.Ptr", "example.com/foo-bar/v2.T.Ptr" },
  { "gopkg.in/yaml%2ev3.F", "gopkg_0in_1yaml_0v3.F", "gopkg.in/yaml%2ev3.F" },
  { "gopkg.in/yaml%2Ev3.(*T).Ptr", "gopkg_0in_1yaml_0v3.T.Ptr",
    "gopkg.in/yaml%2ev3.(*T).Ptr" },
  { "a_b.c/d-e/\xc3\xbcn\xc3\xaf.F", "a__b_0c_1d_x2de_1_u00fcn_u00ef.F",
    "a_b.c/d-e/%c3%bcn%c3%af.F" },
  { "a_b.c/d-e/%c3%bcn%c3%af.(*\xc3\x9c).M\xc3\xa9",
    "a__b_0c_1d_x2de_1_u00fcn_u00ef._u00dc.M_u00e9",
    "a_b.c/d-e/%c3%bcn%c3%af.(*\xc3\x9c).M\xc3\xa9" },
  { "3com.io/9lives.F", "_x33com_0io_19lives.F", "3com.io/9lives.F" },
  { "x/\xf0\x9d\x90\x80" "b.F", "x_1_U0001d400b.F",
    "x/%f0%9d%90%80b.F" },
  { "x/\xf0\x9d\x90\x80" "b.\xf0\x9d\x90\x80" "bc",
    "x_1_U0001d400b._U0001d400bc",
    "x/%f0%9d%90%80b.\xf0\x9d\x90\x80" "bc" },
  { "a~b!c@d.F", "a_x7eb_x21c_x40d.F", "a~b!c@d.F" },
  { "a%25b.F", "a_x25b.F", "a%25b.F" },
  { "a\"b.F", "a_ab.F", "a%22b.F" },
  { "3com.F", "3com.F", "3com.F" },
  /* The Go assembler spelling.  */
  { "runtime\xc2\xb7nanotime", "runtime.nanotime", "runtime.nanotime" },
  { "example.com\xe2\x88\x95" "foo-bar\xe2\x88\x95v2\xc2\xb7(*T)\xc2\xb7Ptr",
    "example_0com_1foo_x2dbar_1v2.T.Ptr",
    "example.com/foo-bar/v2.(*T).Ptr" },
  /* No '/': every '.' of the path is escaped by gc.  */
  { "yaml%2ev3.F", "yaml_0v3.F", "yaml%2ev3.F" },
  { "example.com.F", "example.com.F", "example.com.F" },
  { "pkg.T.M.func1", "pkg.T.M.func1", "pkg.T.M.func1" },
  { "pkg.(*T).M.func1", "pkg.T.M.func1", "pkg.(*T).M.func1" },
  { "p.a$b", "p.a_x24b", "p.a$b" },
};

static void
test_symbols (void)
{
  size_t i;

  for (i = 0; i < sizeof syms / sizeof syms[0]; i++)
    {
      const struct sym *s = &syms[i];
      struct linkname_target t;
      struct linkname_error err;
      char *got, *str;

      if (!linkname_target_parse (s->target, strlen (s->target), &t, &err))
	{
	  CHECK (false, "\"%s\" rejected: %s at %zu", s->target, err.message,
		 err.offset);
	  continue;
	}
      got = linkname_symbol (&t, LINKNAME_SCHEME_GCCGO);
      CHECK_STREQ (got, s->gccgo, s->target);
      free (got);
      got = linkname_symbol (&t, LINKNAME_SCHEME_GC);
      CHECK_STREQ (got, s->gc, s->target);
      free (got);
      /* VERBATIM has no symbol of its own for a parsed target: it is the
	 Go spelling.  */
      got = linkname_symbol (&t, LINKNAME_SCHEME_VERBATIM);
      str = linkname_target_string (&t);
      CHECK_STREQ (got, str, s->target);
      free (got);
      free (str);
      linkname_target_free (&t);
    }

  CHECK (linkname_symbol (NULL, LINKNAME_SCHEME_GCCGO) == NULL,
	 "NULL target");
}

static void
test_gccgo_encode (void)
{
  static const struct
  {
    const char *in, *out;
  } t[] = {
    { "example.com/foo-bar", "example_0com_1foo_x2dbar" },
    { "example.com/foo-bar.v2", "example_0com_1foo_x2dbar_0v2" },
    { "runtime", "runtime" },
    { "", "" },
    { "_", "__" },
    { "_a", "__a" },
    { ".a", "_0a" },
    { "a..b", "a_0_0b" },
    { "3com", "3com" },
    { "9", "9" },
    { "3c_", "_x33c__" },
    { "9-", "_x39_x2d" },
    { "9/a", "_x39_1a" },
    { "a/9b.c", "a_19b_0c" },
    { "\xc3\xbc", "_u00fc" },
    { "\xe5\x90\x8d", "_u540d" },
    { "\xef\xbf\xbd", "_ufffd" },
    { "\xf0\x9d\x90\x80", "_U0001d400" },
    { "\xf4\x8f\xbf\xbf", "_U0010ffff" },
    /* Not UTF-8: each stray byte like an ASCII one.  */
    { "a\xff" "b", "a_xffb" },
    { "\xc3", "_xc3" },
    { "\xed\xa0\x80", "_xed_xa0_x80" },
  };
  size_t i;
  char *got;

  for (i = 0; i < sizeof gccgo_ascii / sizeof gccgo_ascii[0]; i++)
    {
      got = linkname_gccgo_encode (gccgo_ascii[i].in);
      CHECK_STREQ (got, gccgo_ascii[i].out, gccgo_ascii[i].out);
      free (got);
    }
  CHECK (sizeof gccgo_ascii / sizeof gccgo_ascii[0] == 127 - 62,
	 "the gccgo table covers every ASCII non-alphanumeric");
  for (i = 0; i < sizeof t / sizeof t[0]; i++)
    {
      got = linkname_gccgo_encode (t[i].in);
      CHECK_STREQ (got, t[i].out, t[i].in);
      free (got);
    }
  got = linkname_gccgo_encode (NULL);
  CHECK_STREQ (got, "", "NULL");
  free (got);
}

static void
test_gc_prefix (void)
{
  static const struct
  {
    const char *in, *out;
  } t[] = {
    { "gopkg.in/yaml.v2", "gopkg.in/yaml%2ev2" },
    { "yaml.v2", "yaml%2ev2" },
    { "a.b/c.d/e", "a.b/c.d/e" },
    { "a.b/c.d", "a.b/c%2ed" },
    { "example.com/foo-bar/v2", "example.com/foo-bar/v2" },
    { "a b/c", "a%20b/c" },
    { "a%b", "a%25b" },
    { "a\"b", "a%22b" },
    { "a\x01" "b\x1f", "a%01b%1f" },
    { "\x7f", "%7f" },
    { "\xc3\xbcn\xc3\xaf", "%c3%bcn%c3%af" },
    { "a/b(*)~$", "a/b(*)~$" },
    { "", "" },
  };
  size_t i;

  for (i = 0; i < sizeof t / sizeof t[0]; i++)
    {
      char *got = linkname_gc_path_to_prefix (t[i].in);

      CHECK_STREQ (got, t[i].out, t[i].in);
      free (got);
    }
}

static void
test_quoting (void)
{
  static const struct
  {
    const char *symbol;
    bool needs_quotes;
    const char *spelling;
    bool operand_safe;
  } t[] = {
    { "abc", false, "abc", true },
    { "_a", false, "_a", true },
    { ".L1", false, ".L1", true },
    { "a.b$c", false, "a.b$c", true },
    { "example_0com_1foo_x2dbar_1v2.Baz", false,
      "example_0com_1foo_x2dbar_1v2.Baz", true },
    { "", true, "\"\"", true },
    { ".", true, "\".\"", true },
    { "$a", true, "\"$a\"", true },
    { "3com.F", true, "\"3com.F\"", true },
    { "a/b", true, "\"a/b\"", true },
    { "a-b", true, "\"a-b\"", true },
    { "a b", true, "\"a b\"", true },
    { "\xc3\xbc", true, "\"\xc3\xbc\"", true },
    { "gopkg.in/yaml%2ev3.(*T).M", true, "\"gopkg.in/yaml%2ev3.(*T).M\"",
      true },
    /* GNU as 2.40 reads '\"' as '"' and '\\' as '\' in a quoted name,
       and nothing else as an escape.  */
    { "a\"b", true, "\"a\\\"b\"", false },
    { "c\\d", true, "\"c\\\\d\"", false },
    { "\"", true, "\"\\\"\"", false },
    { "\\\"\\", true, "\"\\\\\\\"\\\\\"", false },
    { "a,b", true, "\"a,b\"", false },
    { "a;b", true, "\"a;b\"", false },
    { "a@b", true, "\"a@b\"", false },
    { "a#b", true, "\"a#b\"", true },
  };
  size_t i;

  for (i = 0; i < sizeof t / sizeof t[0]; i++)
    {
      char *got = linkname_asm_spelling (t[i].symbol);

      CHECK (linkname_symbol_needs_quotes (t[i].symbol) == t[i].needs_quotes,
	     "needs_quotes (\"%s\")", t[i].symbol);
      CHECK_STREQ (got, t[i].spelling, t[i].symbol);
      CHECK (linkname_symbol_operand_safe (t[i].symbol) == t[i].operand_safe,
	     "operand_safe (\"%s\")", t[i].symbol);
      /* Unspelling a quoted spelling gives the symbol back.  */
      if (t[i].needs_quotes && got)
	{
	  char *back = linkname_asm_unspell (got);
	  CHECK_STREQ (back, t[i].symbol, "unspell");
	  free (back);
	}
      free (got);
    }
}

static void
test_unspell_rejects (void)
{
  static const char *const bad[] = { "", "\"", "a", "\"a", "a\"", "\"a\"b\"",
				     "x\"a\"" };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      char *got = linkname_asm_unspell (bad[i]);
      CHECK (got == NULL, "unspell (%s) should fail, got %s", bad[i], got);
      free (got);
    }
}

static void
test_symbol_check (void)
{
  static const struct
  {
    const char *symbol;
    bool definition;
    bool ok;
    const char *reason;		/* A part of the message.  */
    size_t offset;
  } t[] = {
    { "example_0com_1m.F", true, true, NULL, 0 },
    { "example.com/m.(*T).M", true, true, NULL, 0 },
    { "a%rax", false, true, NULL, 0 },
    { "3com", true, true, NULL, 0 },
    { "$x", false, true, NULL, 0 },
    { "any thing", false, true, NULL, 0 },
    { "any thing", true, false, "white space", 3 },
    { "a\tb", true, false, "white space", 1 },
    { "", false, false, "empty", 0 },
    { ".text", false, false, "section or a local label", 0 },
    { ".L1", true, false, "section or a local label", 0 },
    { "%rax", false, false, "register", 0 },
    { "a,b", false, false, "instruction operand", 1 },
    { "ab@c", false, false, "instruction operand", 2 },
    { "a\"b", true, false, "instruction operand", 1 },
    { "a\\b", false, false, "instruction operand", 1 },
    { "x;y", false, false, "instruction operand", 1 },
  };
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    {
      struct linkname_error err = { NULL, 0 };
      bool ok = linkname_symbol_check (t[i].symbol, t[i].definition, &err);
      CHECK (ok == t[i].ok, "symbol_check (\"%s\", %d) = %d", t[i].symbol,
	     t[i].definition, ok);
      if (!ok && t[i].reason)
	{
	  CHECK (err.message && strstr (err.message, t[i].reason),
		 "symbol_check (\"%s\"): message \"%s\" lacks \"%s\"",
		 t[i].symbol, err.message ? err.message : "(null)",
		 t[i].reason);
	  CHECK (err.offset == t[i].offset,
		 "symbol_check (\"%s\"): offset %zu, want %zu", t[i].symbol,
		 err.offset, t[i].offset);
	}
    }
  CHECK (!linkname_symbol_check (NULL, false, NULL), "NULL symbol");
}

static void
test_scheme_names (void)
{
  static const char *const names[] = { "gccgo", "gc", "verbatim" };
  enum linkname_scheme s;
  size_t i;

  for (i = 0; i < 3; i++)
    {
      CHECK (linkname_scheme_from_name (names[i], &s)
	     && strcmp (linkname_scheme_name (s), names[i]) == 0
	     && strstr (linkname_scheme_names (), names[i]) != NULL,
	     "scheme %s", names[i]);
    }
  CHECK (linkname_scheme_from_name ("gccgo", &s)
	 && s == LINKNAME_SCHEME_GCCGO, "gccgo is GCCGO");
  CHECK (!linkname_scheme_from_name ("GCCGO", &s), "names are exact");
  CHECK (!linkname_scheme_from_name ("", &s), "empty name");
  CHECK (!linkname_scheme_from_name (NULL, &s), "NULL name");
  CHECK (linkname_scheme_name ((enum linkname_scheme) 42) != NULL,
	 "out-of-range scheme still has a printable name");
}

int
main (void)
{
  test_symbols ();
  test_gccgo_encode ();
  test_gc_prefix ();
  test_quoting ();
  test_scheme_names ();
  test_symbol_check ();
  test_unspell_rejects ();
  return check_status ();
}
