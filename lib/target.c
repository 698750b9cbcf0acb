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

/* target.c -- parse a linkname target, Go's "importpath.name[.name]...".

   The rules are those of SPEC section 2:

   - The import path ends at the first '.' after its last '/', exactly
     as Go splits a linker symbol.  A '.' in the last path element is
     therefore written "%2e"; any "%XX" in the import path is decoded,
     which makes the gc toolchain's own symbol spelling (objabi's
     PathToPrefix) a valid target too.
   - "pkg.T.M" and "pkg.(*T).M" name methods.  "(*T)" is only allowed
     as the first component after the import path and must be followed
     by ".M".
   - The Go assembler spelling is accepted: U+00B7 MIDDLE DOT for '.'
     and U+2215 DIVISION SLASH for '/'.
   - Everything else that is malformed (empty components, no name,
     white space, control characters, NUL, invalid UTF-8, a stray '(',
     ')' or '*', '%' outside the import path) is rejected with a message
     and the byte offset of the culprit in the text as written.

   The input is a pointer and a length, not a C string, because the
   plugin hands us the contents of a C string literal, which may
   contain NULs.  */

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "linkname.h"
#include "linkname-internal.h"

/* Return why code point CP may not appear anywhere in a target, or
   NULL if it may.  Besides the C0 and C1 controls and Unicode's
   White_Space characters, the zero-width space, word joiner and byte
   order mark are refused: they are invisible in an editor, so a target
   containing one cannot be what the user meant to type.  */
static const char *
bad_code_point (uint32_t cp)
{
  if (cp == 0)
    return "embedded NUL byte";
  if (cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r')
    return "white space";
  if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f))
    return "control character";
  if (cp == ' ' || cp == 0xa0 || cp == 0x1680
      || (cp >= 0x2000 && cp <= 0x200a)
      || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f
      || cp == 0x3000)
    return "white space";
  if (cp == 0x200b || cp == 0x2060 || cp == 0xfeff)
    return "invisible character (zero-width space, word joiner or "
      "byte order mark)";
  return NULL;
}

/* Check that the LEN bytes at S are well-formed UTF-8 without any
   character refused by bad_code_point.  OFFS maps each byte of S to its
   offset in the text as written (NULL: S is that text).  */
static bool
check_text (const char *s, size_t len, const size_t *offs,
	    struct linkname_error *err)
{
  const unsigned char *u = (const unsigned char *) s;
  size_t i = 0;

  while (i < len)
    {
      uint32_t cp;
      size_t n = linkname_utf8_decode (u + i, len - i, &cp);
      const char *why;

      if (n == 0)
	return linkname_fail (err, "invalid UTF-8", offs ? offs[i] : i);
      why = bad_code_point (cp);
      if (why != NULL)
	return linkname_fail (err, why, offs ? offs[i] : i);
      i += n;
    }
  return true;
}

/* A working copy of (part of) the target.  OFFS[I] is the offset in
   the text as written of byte I of S, and OFFS[LEN] the offset just past
   it, so that problems found after rewriting (the assembler spelling,
   %XX escapes) are still reported where the user can see them.  */
struct scratch
{
  char *s;
  size_t *offs;
  size_t len;
};

static void
scratch_free (struct scratch *sc)
{
  free (sc->s);
  free (sc->offs);
  sc->s = NULL;
  sc->offs = NULL;
  sc->len = 0;
}

/* Room for LEN bytes (plus the terminating NUL and the final offset).  */
static bool
scratch_alloc (struct scratch *sc, size_t len)
{
  sc->s = malloc (len + 1);
  sc->offs = malloc ((len + 1) * sizeof *sc->offs);
  sc->len = 0;
  if (sc->s == NULL || sc->offs == NULL)
    {
      scratch_free (sc);
      return false;
    }
  return true;
}

/* Copy the LEN bytes at TEXT to SC, replacing the Go assembler's
   U+00B7 (C2 B7) by '.' and U+2215 (E2 88 95) by '/'.  */
static bool
normalize (const char *text, size_t len, struct scratch *sc)
{
  size_t i = 0, j = 0;

  if (!scratch_alloc (sc, len))
    return false;
  while (i < len)
    {
      sc->offs[j] = i;
      if (i + 1 < len && memcmp (text + i, "\xc2\xb7", 2) == 0)
	{
	  sc->s[j++] = '.';
	  i += 2;
	}
      else if (i + 2 < len && memcmp (text + i, "\xe2\x88\x95", 3) == 0)
	{
	  sc->s[j++] = '/';
	  i += 3;
	}
      else
	sc->s[j++] = text[i++];
    }
  sc->offs[j] = len;
  sc->s[j] = '\0';
  sc->len = j;
  return true;
}

/* The message for a '(', ')' or '*' that is not part of a "(*T)"
   receiver in the right place.  */
static const char *
misplaced (char c)
{
  switch (c)
    {
    case '(':
      return "misplaced '(': only a pointer receiver '(*T)' right after "
	"the import path may use parentheses";
    case ')':
      return "unbalanced ')'";
    default:
      return "misplaced '*': only a pointer receiver '(*T)' right after "
	"the import path may use '*'";
    }
}

/* Decode and check the import path, the first END bytes of SC, into
   *PATH.  */
static bool
parse_path (const struct scratch *sc, size_t end, struct scratch *path,
	    struct linkname_error *err)
{
  const char *s = sc->s;
  size_t i, j, start;

  if (end == 0)
    return linkname_fail (err, "empty import path", sc->offs[0]);
  if (s[0] == '(')
    return linkname_fail (err, "missing import path before '('", sc->offs[0]);
  if (!scratch_alloc (path, end))
    return linkname_fail (err, "out of memory", 0);

  /* Decode the %XX escapes, refusing what no escape can stand for.  */
  for (i = 0, j = 0; i < end; j++)
    {
      char c = s[i];

      path->offs[j] = sc->offs[i];
      if (c == '(' || c == ')' || c == '*')
	return linkname_fail (err, misplaced (c), sc->offs[i]);
      if (c != '%')
	{
	  path->s[j] = c;
	  i++;
	  continue;
	}
      if (end - i < 3 || linkname_hex_value (s[i + 1]) < 0
	  || linkname_hex_value (s[i + 2]) < 0)
	return linkname_fail (err, "malformed '%' escape: '%' must be "
			      "followed by two hexadecimal digits",
			      sc->offs[i]);
      c = (char) (linkname_hex_value (s[i + 1]) * 16
		  + linkname_hex_value (s[i + 2]));
      /* An escaped '/' would change where the path's elements are
	 without showing it; PathToPrefix never escapes '/' anyway.  */
      if (c == '/')
	return linkname_fail (err, "'%2f' in the import path: write '/' as is",
			      sc->offs[i]);
      if (c == '(' || c == ')' || c == '*')
	return linkname_fail (err, "'%' escape decodes to '(', ')' or '*', "
			      "which an import path may not contain",
			      sc->offs[i]);
      path->s[j] = c;
      i += 3;
    }
  path->offs[j] = sc->offs[end];
  path->s[j] = '\0';
  path->len = j;

  /* What the escapes decoded to must obey the rules for plain text:
     "%00", "%20" or a lone "%c3" are no better than the real thing.  */
  if (!check_text (path->s, path->len, path->offs, err))
    return false;

  /* Now the elements: not empty, not "." or "..".  */
  for (start = 0; start <= path->len; start = i + 1)
    {
      for (i = start; i < path->len && path->s[i] != '/'; i++)
	;
      if (i == start)
	{
	  if (start == 0)
	    return linkname_fail (err, "import path starts with '/'",
				  path->offs[0]);
	  if (start == path->len)
	    return linkname_fail (err, "import path ends with '/'",
				  path->offs[start - 1]);
	  return linkname_fail (err, "empty element in import path ('//')",
				path->offs[start]);
	}
      if ((i - start == 1 && path->s[start] == '.')
	  || (i - start == 2 && path->s[start] == '.'
	      && path->s[start + 1] == '.'))
	return linkname_fail (err, "'.' or '..' element in import path",
			      path->offs[start]);
    }
  return true;
}

/* Copy name component [FROM, TO) of SC to the next slot of T->names,
   after checking it.  */
static bool
add_name (const struct scratch *sc, size_t from, size_t to,
	  struct linkname_target *t, struct linkname_error *err)
{
  size_t i;
  char *name;

  if (from == to)
    {
      if (to == sc->len)
	return linkname_fail (err, "missing name after trailing '.'",
			      sc->offs[to]);
      return linkname_fail (err, "empty name component ('..')",
			    sc->offs[from]);
    }
  for (i = from; i < to; i++)
    {
      char c = sc->s[i];

      if (c == '(' || c == ')' || c == '*')
	return linkname_fail (err, misplaced (c), sc->offs[i]);
      if (c == '%')
	return linkname_fail (err, "'%' escape outside the import path: names "
			      "are never escaped", sc->offs[i]);
    }
  name = malloc (to - from + 1);
  if (name == NULL)
    return linkname_fail (err, "out of memory", 0);
  memcpy (name, sc->s + from, to - from);
  name[to - from] = '\0';
  t->names[t->n_names++] = name;
  return true;
}

/* Parse the names that follow the import path, from byte START of SC to
   its end, into T.  */
static bool
parse_names (const struct scratch *sc, size_t start,
	     struct linkname_target *t, struct linkname_error *err)
{
  const char *s = sc->s;
  size_t n = sc->len, p = start, i, max = 1;

  /* There is at most one name more than there are dots.  */
  for (i = start; i < n; i++)
    if (s[i] == '.')
      max++;
  t->names = calloc (max, sizeof *t->names);
  if (t->names == NULL)
    return linkname_fail (err, "out of memory", 0);

  if (p == n)
    return linkname_fail (err, "missing name after the import path",
			  sc->offs[p]);

  if (s[p] == '(')
    {
      size_t close;

      if (p + 1 == n || s[p + 1] != '*')
	return linkname_fail (err, "'(' must begin a pointer receiver '(*T)'",
			      sc->offs[p]);
      for (close = p + 2; close < n && s[close] != ')' && s[close] != '.';
	   close++)
	;
      if (close == n || s[close] != ')')
	return linkname_fail (err, "unbalanced '(*': missing ')'",
			      sc->offs[p]);
      if (close == p + 2)
	return linkname_fail (err, "empty receiver type in '(*)'",
			      sc->offs[close]);
      if (!add_name (sc, p + 2, close, t, err))
	return false;
      if (close + 1 == n)
	return linkname_fail (err, "missing method name after '(*T)'",
			      sc->offs[close + 1]);
      if (s[close + 1] != '.')
	return linkname_fail (err, "expected '.' after '(*T)'",
			      sc->offs[close + 1]);
      p = close + 2;
      if (p == n)
	return linkname_fail (err, "missing method name after '(*T).'",
			      sc->offs[p]);
      t->pointer_receiver = true;
    }

  for (;;)
    {
      size_t end;

      for (end = p; end < n && s[end] != '.'; end++)
	;
      if (!add_name (sc, p, end, t, err))
	return false;
      if (end == n)
	return true;
      p = end + 1;
    }
}

void
linkname_target_free (struct linkname_target *target)
{
  size_t i;

  if (target == NULL)
    return;
  free (target->pkgpath);
  if (target->names != NULL)
    for (i = 0; i < target->n_names; i++)
      free (target->names[i]);
  free (target->names);
  memset (target, 0, sizeof *target);
}

bool
linkname_target_parse (const char *text, size_t len,
		       struct linkname_target *out,
		       struct linkname_error *err)
{
  struct scratch sc = { NULL, NULL, 0 };
  struct scratch path = { NULL, NULL, 0 };
  struct linkname_target t = { NULL, NULL, 0, false };
  size_t i, dot;
  bool ok = false;

  if (out != NULL)
    memset (out, 0, sizeof *out);

  if (text == NULL || len == 0)
    return linkname_fail (err, "empty target", 0);
  /* Checking the text as written first means that everything after
     this works on valid UTF-8 without NULs or white space.  */
  if (!check_text (text, len, NULL, err))
    return false;
  if (!normalize (text, len, &sc))
    return linkname_fail (err, "out of memory", 0);

  /* The import path ends at the first '.' after its last '/'.  */
  dot = 0;
  for (i = 0; i < sc.len; i++)
    if (sc.s[i] == '/')
      dot = i + 1;
  while (dot < sc.len && sc.s[dot] != '.')
    dot++;
  if (dot == sc.len)
    {
      linkname_fail (err, "missing name: no '.' after the last element of the "
		     "import path", len);
      goto out;
    }

  if (!parse_path (&sc, dot, &path, err)
      || !parse_names (&sc, dot + 1, &t, err))
    goto out;

  t.pkgpath = path.s;
  path.s = NULL;
  ok = true;
  if (out != NULL)
    {
      *out = t;
      memset (&t, 0, sizeof t);
    }

 out:
  linkname_target_free (&t);
  scratch_free (&path);
  scratch_free (&sc);
  return ok;
}

char *
linkname_target_string (const struct linkname_target *target)
{
  size_t size, i;
  char *ret, *p;

  if (target == NULL || target->pkgpath == NULL || target->names == NULL
      || target->n_names == 0)
    return NULL;

  /* The path, a '.' before each name, "(*" ")" around the receiver.  */
  size = strlen (target->pkgpath) + 1;
  for (i = 0; i < target->n_names; i++)
    size += 1 + strlen (target->names[i]);
  if (target->pointer_receiver)
    size += 3;

  ret = malloc (size);
  if (ret == NULL)
    return NULL;
  p = stpcpy (ret, target->pkgpath);
  for (i = 0; i < target->n_names; i++)
    {
      *p++ = '.';
      if (i == 0 && target->pointer_receiver)
	{
	  p = stpcpy (p, "(*");
	  p = stpcpy (p, target->names[i]);
	  *p++ = ')';
	}
      else
	p = stpcpy (p, target->names[i]);
    }
  *p = '\0';
  return ret;
}

char *
linkname_target_canonical (const struct linkname_target *target)
{
  char *head = linkname_target_join (target->pkgpath, "");
  if (head == NULL)
    return NULL;
  size_t size = strlen (head) + 4;
  for (size_t i = 0; i < target->n_names; i++)
    size += strlen (target->names[i]) + 1;
  char *ret = malloc (size);
  if (ret != NULL)
    {
      /* HEAD is "escaped-path." already.  */
      char *p = stpcpy (ret, head);
      for (size_t i = 0; i < target->n_names; i++)
	{
	  if (i > 0)
	    *p++ = '.';
	  if (i == 0 && target->pointer_receiver)
	    p += sprintf (p, "(*%s)", target->names[i]);
	  else
	    p = stpcpy (p, target->names[i]);
	}
    }
  free (head);
  return ret;
}

bool
linkname_target_exported (const struct linkname_target *target)
{
  const char *name = target->names[target->n_names - 1];
  uint32_t cp;
  if (linkname_utf8_decode ((const unsigned char *) name, strlen (name),
			    &cp) == 0)
    return false;
  if (cp < 0x80)
    return cp >= 'A' && cp <= 'Z';
  /* Go's unicode.IsUpper.  The C.UTF-8 locale's classification (glibc
     2.35 and later) follows Unicode; ask it without touching the
     process's own locale.  */
  static locale_t utf8;
  if (utf8 == (locale_t) 0)
    utf8 = newlocale (LC_CTYPE_MASK, "C.UTF-8", (locale_t) 0);
  return utf8 != (locale_t) 0 && iswupper_l ((wint_t) cp, utf8);
}

bool
linkname_target_internal (const struct linkname_target *target)
{
  const char *path = target->pkgpath;
  if (strcmp (path, "runtime") == 0 || strncmp (path, "runtime/", 8) == 0)
    return true;
  for (const char *p = path; p; p = strchr (p, '/'))
    {
      if (*p == '/')
	p++;
      if (strncmp (p, "internal", 8) == 0 && (p[8] == '/' || p[8] == '\0'))
	return true;
    }
  return false;
}

char *
linkname_target_join (const char *pkgpath, const char *name)
{
  const char *slash = strrchr (pkgpath, '/');
  size_t plen = strlen (pkgpath);
  /* At worst every byte of the path becomes "%XX".  */
  char *ret = malloc (3 * plen + 1 + strlen (name) + 1);
  if (ret == NULL)
    return NULL;
  char *p = ret;
  for (size_t i = 0; i < plen; i++)
    {
      char c = pkgpath[i];
      if (c == '%' || (c == '.' && (slash == NULL || pkgpath + i > slash)))
	p += sprintf (p, "%%%02x", (unsigned char) c);
      else
	*p++ = c;
    }
  *p++ = '.';
  strcpy (p, name);
  return ret;
}

bool
linkname_verbatim_check (const char *text, size_t len,
			 struct linkname_error *err)
{
  size_t i;

  if (text == NULL || len == 0)
    return linkname_fail (err, "empty symbol", 0);
  /* The symbol ends up on one line of assembly, between double quotes
     if need be: NUL ends it early, and a line break ends the line.  */
  for (i = 0; i < len; i++)
    {
      if (text[i] == '\0')
	return linkname_fail (err, "embedded NUL byte", i);
      if (text[i] == '\n')
	return linkname_fail (err, "newline in symbol", i);
      if (text[i] == '\r')
	return linkname_fail (err, "carriage return in symbol", i);
    }
  return true;
}
