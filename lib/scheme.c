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

/* scheme.c -- from a parsed target to the symbol a Go toolchain emits,
   and from a symbol to its spelling in GNU assembler source.

   SPEC section 3.  The gccgo encoding below was checked byte for byte
   against gccgo-12 (see tests/test-scheme.c and tests/gccgo-agree.sh),
   the gc one against cmd/internal/objabi.PathToPrefix, the quoting
   against GNU as 2.40 (see linkname_asm_spelling).  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname.h"
#include "linkname-internal.h"

static const struct
{
  const char *name;
  enum linkname_scheme scheme;
} schemes[] = {
  { "gccgo", LINKNAME_SCHEME_GCCGO },
  { "gc", LINKNAME_SCHEME_GC },
  { "verbatim", LINKNAME_SCHEME_VERBATIM },
};

#define N_SCHEMES (sizeof schemes / sizeof schemes[0])

bool
linkname_scheme_from_name (const char *name, enum linkname_scheme *out)
{
  size_t i;

  if (name == NULL)
    return false;
  for (i = 0; i < N_SCHEMES; i++)
    if (strcmp (name, schemes[i].name) == 0)
      {
	if (out != NULL)
	  *out = schemes[i].scheme;
	return true;
      }
  return false;
}

const char *
linkname_scheme_name (enum linkname_scheme scheme)
{
  size_t i;

  for (i = 0; i < N_SCHEMES; i++)
    if (schemes[i].scheme == scheme)
      return schemes[i].name;
  /* Not NULL: the result goes straight into messages.  */
  return "unknown";
}

const char *
linkname_scheme_names (void)
{
  return "gccgo, gc, verbatim";
}

static bool
ascii_alnum (unsigned char c)
{
  return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	  || (c >= '0' && c <= '9'));
}

/* gccgo's short codes for the ASCII punctuation that is common in its
   own generated names (type literals).  Any other ASCII character that
   is not a letter or digit becomes "_xNN".  Seen with gccgo-12, which
   gives e.g. "a_bb" for the package path "a b" and "a_x2db" for
   "a-b".  */
static char
gccgo_short_code (unsigned char c)
{
  static const char from[] = "_./*,{}[]()\" ;";
  static const char to[] = "_0123456789abc";
  const char *p = c != '\0' ? strchr (from, c) : NULL;

  return p != NULL ? to[p - from] : '\0';
}

char *
linkname_gccgo_encode (const char *component)
{
  const unsigned char *s
    = (const unsigned char *) (component != NULL ? component : "");
  size_t len = strlen ((const char *) s), i;
  bool plain = true;
  char *ret, *p;

  /* One input byte gives at most 4 output bytes ("_xNN"); a multibyte
     character gives fewer per byte ("_uNNNN", "_UNNNNNNNN").  */
  if (len > (SIZE_MAX - 1) / 4)
    return NULL;
  ret = malloc (4 * len + 1);
  if (ret == NULL)
    return NULL;

  /* gccgo leaves a name made of ASCII letters and digits alone, even
     one that starts with a digit: gccgo-12 emits "3com.F" for package
     "3com" (which its assembler then rejects) but "_x33com_0io.F" for
     "3com.io".  Only a name that needs encoding gets its leading digit
     escaped.  */
  for (i = 0; i < len; i++)
    if (!ascii_alnum (s[i]))
      plain = false;
  if (plain)
    return memcpy (ret, s, len + 1);

  p = ret;
  i = 0;
  if (s[0] >= '0' && s[0] <= '9')
    p += sprintf (p, "_x%02x", s[i++]);
  while (i < len)
    {
      uint32_t cp;
      size_t n = linkname_utf8_decode (s + i, len - i, &cp);

      /* A parsed target is valid UTF-8; for anything else encode the
	 stray byte like an ASCII one rather than guess.  */
      if (n <= 1)
	{
	  unsigned char c = s[i];
	  char code = gccgo_short_code (c);

	  if (ascii_alnum (c))
	    *p++ = (char) c;
	  else if (code != '\0')
	    {
	      *p++ = '_';
	      *p++ = code;
	    }
	  else
	    p += sprintf (p, "_x%02x", c);
	  i++;
	  continue;
	}
      if (cp < 0x10000)
	p += sprintf (p, "_u%04x", (unsigned int) cp);
      else
	p += sprintf (p, "_U%08x", (unsigned int) cp);
      i += n;
    }
  *p = '\0';
  return ret;
}

char *
linkname_gc_path_to_prefix (const char *pkgpath)
{
  static const char hex[] = "0123456789abcdef";
  const char *s = pkgpath != NULL ? pkgpath : "";
  const char *slash = strrchr (s, '/');
  size_t len = strlen (s), i;
  char *ret, *p;

  if (len > (SIZE_MAX - 1) / 3)
    return NULL;
  ret = malloc (3 * len + 1);
  if (ret == NULL)
    return NULL;

  /* objabi.PathToPrefix: control bytes, space, '%', '"' and bytes
     >= 0x7F, and '.' after the last '/', become "%xx" (lower case).  */
  p = ret;
  for (i = 0; i < len; i++)
    {
      unsigned char c = (unsigned char) s[i];

      if (c <= ' ' || c == '%' || c == '"' || c >= 0x7f
	  || (c == '.' && (slash == NULL || s + i > slash)))
	{
	  *p++ = '%';
	  *p++ = hex[c >> 4];
	  *p++ = hex[c & 0xf];
	}
      else
	*p++ = (char) c;
    }
  *p = '\0';
  return ret;
}

/* Join the NPARTS strings of PARTS with '.'; NULL if any is NULL or on
   allocation failure.  */
static char *
join_dots (char *const *parts, size_t nparts)
{
  size_t size = 0, i;
  char *ret, *p;

  for (i = 0; i < nparts; i++)
    {
      if (parts[i] == NULL)
	return NULL;
      size += strlen (parts[i]) + 1;
    }
  ret = malloc (size > 0 ? size : 1);
  if (ret == NULL)
    return NULL;
  p = ret;
  *p = '\0';
  for (i = 0; i < nparts; i++)
    {
      if (i > 0)
	*p++ = '.';
      p = stpcpy (p, parts[i]);
    }
  return ret;
}

char *
linkname_symbol (const struct linkname_target *target,
		 enum linkname_scheme scheme)
{
  char **parts;
  char *ret;
  size_t i, nparts;

  if (target == NULL || target->pkgpath == NULL || target->names == NULL
      || target->n_names == 0)
    return NULL;
  if (scheme == LINKNAME_SCHEME_VERBATIM)
    return linkname_target_string (target);

  nparts = target->n_names + 1;
  parts = calloc (nparts, sizeof *parts);
  if (parts == NULL)
    return NULL;

  if (scheme == LINKNAME_SCHEME_GC)
    {
      /* The gc linker keeps the receiver as written: "pkg.(*T).M".  */
      parts[0] = linkname_gc_path_to_prefix (target->pkgpath);
      for (i = 0; i < target->n_names; i++)
	{
	  const char *name = target->names[i];

	  if (i == 0 && target->pointer_receiver)
	    {
	      parts[1] = malloc (strlen (name) + 4);
	      if (parts[1] != NULL)
		sprintf (parts[1], "(*%s)", name);
	    }
	  else
	    parts[i + 1] = strdup (name);
	}
    }
  else
    {
      /* gccgo names pointer and value methods alike, "PKG.T.M", and
	 encodes each component on its own: the '.' between them is
	 kept.  */
      parts[0] = linkname_gccgo_encode (target->pkgpath);
      for (i = 0; i < target->n_names; i++)
	parts[i + 1] = linkname_gccgo_encode (target->names[i]);
    }

  ret = join_dots (parts, nparts);
  for (i = 0; i < nparts; i++)
    free (parts[i]);
  free (parts);
  return ret;
}

bool
linkname_symbol_needs_quotes (const char *symbol)
{
  const char *p;

  if (symbol == NULL || symbol[0] == '\0' || strcmp (symbol, ".") == 0)
    return true;
  /* [A-Za-z_.][A-Za-z0-9_.$]*  */
  if (!(ascii_alnum ((unsigned char) symbol[0]) || symbol[0] == '_'
	|| symbol[0] == '.')
      || (symbol[0] >= '0' && symbol[0] <= '9'))
    return true;
  for (p = symbol + 1; *p != '\0'; p++)
    if (!(ascii_alnum ((unsigned char) *p) || *p == '_' || *p == '.'
	  || *p == '$'))
      return true;
  return false;
}

/* GNU as 2.40, tried with .globl, labels, .type, .size, .quad, .set
   and call/jmp/movq operands: inside a quoted symbol name '\"' stands
   for '"' and '\\' for '\'; no other escape exists (as warns about
   "\042" or "\x22" and keeps them literally).  Every other byte, non-
   ASCII included, stands for itself.  */
char *
linkname_asm_spelling (const char *symbol)
{
  const char *s = symbol != NULL ? symbol : "";
  size_t len = strlen (s), i;
  char *ret, *p;

  if (!linkname_symbol_needs_quotes (s))
    return strdup (s);
  if (len > (SIZE_MAX - 3) / 2)
    return NULL;
  ret = malloc (2 * len + 3);
  if (ret == NULL)
    return NULL;
  p = ret;
  *p++ = '"';
  for (i = 0; i < len; i++)
    {
      if (s[i] == '"' || s[i] == '\\')
	*p++ = '\\';
      *p++ = s[i];
    }
  *p++ = '"';
  *p = '\0';
  return ret;
}

char *
linkname_asm_unspell (const char *spelled)
{
  size_t len = spelled != NULL ? strlen (spelled) : 0;
  if (len < 2 || spelled[0] != '"' || spelled[len - 1] != '"')
    return NULL;
  char *ret = malloc (len - 1);
  if (ret == NULL)
    return NULL;
  char *p = ret;
  for (size_t i = 1; i < len - 1; i++)
    {
      /* The escapes linkname_asm_spelling writes: \" and \\.  */
      if (spelled[i] == '\\' && i + 1 < len - 1
	  && (spelled[i + 1] == '"' || spelled[i + 1] == '\\'))
	i++;
      else if (spelled[i] == '"')
	{
	  free (ret);		/* A quote in the middle: not one name.  */
	  return NULL;
	}
      *p++ = spelled[i];
    }
  *p = '\0';
  return ret;
}

bool
linkname_symbol_operand_safe (const char *symbol)
{
  /* The x86 operand parser of GNU as 2.40 splits operands at ',' and
     ';', looks for a relocation suffix at '@' and counts '"' without
     regard to quoting, even inside a quoted symbol name, and handles
     backslashes twice: "call \"a,b\"@PLT" is "junk `@PLT'",
     "call \"a\\\"b\"" is "junk `b'", "call \"c\\\\d\"" assembles but
     warns.  The same spellings are fine in directives and labels.  */
  return symbol != NULL && strpbrk (symbol, "\",;@\\") == NULL;
}

bool
linkname_symbol_check (const char *symbol, bool definition,
		       struct linkname_error *err)
{
  const char *message = NULL;
  size_t offset = 0;

  if (symbol == NULL || symbol[0] == '\0')
    message = "is empty";
  else if (symbol[0] == '.')
    /* ".text" names the section and binds to its section symbol;
       ".L1" is a local label, which no other object can reach.  */
    message = "starts with '.', which the assembler reads as a section "
	      "or a local label";
  else if (symbol[0] == '%')
    message = "starts with '%', which the assembler reads as a register";
  else if (!linkname_symbol_operand_safe (symbol))
    {
      message = "has a character the assembler cannot take in an "
		"instruction operand (one of '\"', '\\', ',', ';', '@')";
      offset = strcspn (symbol, "\",;@\\");
    }
  else if (definition && strpbrk (symbol, " \t\v\f") != NULL)
    {
      /* GCC names sections after a definition's symbol (with
	 -ffunction-sections, -fdata-sections, -flto).  */
      message = "has white space, which the assembler cannot take in a "
		"section name";
      offset = strcspn (symbol, " \t\v\f");
    }
  if (message == NULL)
    return true;
  if (err != NULL)
    {
      err->message = message;
      err->offset = offset;
    }
  return false;
}
