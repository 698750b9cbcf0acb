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

/* go-export.c -- parse gccgo's export data text (format v1, v2, v3).

   The grammar is gccgo's (go/gofrontend/export.cc writes it, import.cc
   and libgo's go/internal/gccgoimporter read it); the project's notes
   (GO-ABI.md) sum it up.  The parser is a hand-written recursive
   descent over a bounded window of the text: every read checks the
   window's end, so truncated or hostile input ends in an error with a
   byte offset, never in a read past the buffer.  Recursion only nests
   for types defined inside other types (v1, v2), and that is bounded by
   MAX_DEPTH.  All results live in one arena per parse.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "go-export.h"
#include "linkname-internal.h"

/* Types nested inside types (v1/v2 inline definitions) deeper than this
   are refused: real data nests a few levels, and the stack must not
   overflow inside cc1.  */
#define MAX_DEPTH 200

/* The arena: a list of chunks, freed together.  */

struct arena_chunk
{
  struct arena_chunk *next;
  size_t size, used;
  max_align_t data[];
};

struct linkname_go_arena
{
  struct arena_chunk *chunks;
  size_t next_size;
};

/* Chunks grow from small (most packages are small) to this size.  */
#define ARENA_CHUNK_MIN (4 * 1024)
#define ARENA_CHUNK_MAX (256 * 1024)

static void *
arena_alloc (struct linkname_go_arena *a, size_t size)
{
  size_t align = _Alignof (max_align_t);
  size = (size + align - 1) / align * align;
  if (size == 0)
    size = align;
  struct arena_chunk *c = a->chunks;
  if (c == NULL || c->size - c->used < size)
    {
      if (a->next_size < ARENA_CHUNK_MIN)
	a->next_size = ARENA_CHUNK_MIN;
      size_t want = size > a->next_size ? size : a->next_size;
      if (a->next_size < ARENA_CHUNK_MAX)
	a->next_size *= 2;
      c = malloc (sizeof *c + want);
      if (c == NULL)
	return NULL;
      c->size = want;
      c->used = 0;
      c->next = a->chunks;
      a->chunks = c;
    }
  void *r = (char *) c->data + c->used;
  c->used += size;
  return r;
}

static void
arena_free (struct linkname_go_arena *a)
{
  if (a == NULL)
    return;
  struct arena_chunk *c = a->chunks;
  while (c != NULL)
    {
      struct arena_chunk *next = c->next;
      free (c);
      c = next;
    }
  free (a);
}

/* A growable array, for lists whose length is known only at their
   end; copied into the arena when complete.  */

struct vec
{
  char *data;
  size_t n, cap, elem;
  bool borrowed;		/* DATA is the caller's, not malloc'd.  */
};

/* Start V on the caller's BUF of SIZE bytes, so that a short list (most
   parameter lists and structs) costs no malloc.  */
static void
vec_init_on (struct vec *v, void *buf, size_t size, size_t elem)
{
  v->data = buf;
  v->n = 0;
  v->cap = size / elem;
  v->elem = elem;
  v->borrowed = true;
}

static void *
vec_push (struct vec *v)
{
  if (v->n == v->cap)
    {
      size_t cap = v->cap ? 2 * v->cap : 8;
      char *d;
      if (v->borrowed)
	{
	  d = malloc (cap * v->elem);
	  if (d != NULL && v->n != 0)
	    memcpy (d, v->data, v->n * v->elem);
	}
      else
	d = realloc (v->data, cap * v->elem);
      if (d == NULL)
	return NULL;
      v->data = d;
      v->cap = cap;
      v->borrowed = false;
    }
  void *r = v->data + v->n * v->elem;
  memset (r, 0, v->elem);
  v->n++;
  return r;
}

static void
vec_free (struct vec *v)
{
  if (!v->borrowed)
    free (v->data);
}

/* The storage of a list that vec_init_on starts on.  */
#define VEC_BUF_SIZE 256

/* Builtin types.  */

static const char *const builtin_names[LINKNAME_GO_BUILTIN_MAX + 1] = {
  NULL, "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
  "uint64", "float32", "float64", "int", "uint", "uintptr", NULL, "bool",
  "string", "complex64", "complex128", "error", "byte", "rune", "any"
};

#define BUILTIN(N) { .kind = LINKNAME_GO_KIND_BUILTIN, .ref = -(N),	\
      .builtin = (N), .exported = true }
static const struct linkname_go_type builtin_types[LINKNAME_GO_BUILTIN_MAX + 1] = {
  BUILTIN (0), BUILTIN (1), BUILTIN (2), BUILTIN (3), BUILTIN (4),
  BUILTIN (5), BUILTIN (6), BUILTIN (7), BUILTIN (8), BUILTIN (9),
  BUILTIN (10), BUILTIN (11), BUILTIN (12), BUILTIN (13), BUILTIN (14),
  BUILTIN (15), BUILTIN (16), BUILTIN (17), BUILTIN (18), BUILTIN (19),
  BUILTIN (20), BUILTIN (21), BUILTIN (22)
};

const char *
linkname_go_builtin_name (enum linkname_go_builtin b)
{
  if ((int) b < 0 || b > LINKNAME_GO_BUILTIN_MAX)
    return NULL;
  return builtin_names[b];
}

static const struct linkname_go_type *
builtin_type (long n)
{
  if (n < 1 || n > LINKNAME_GO_BUILTIN_MAX || builtin_names[n] == NULL)
    return NULL;
  return &builtin_types[n];
}

/* The parser.  */

struct parser
{
  const char *text;		/* The whole text; offsets count from it.  */
  size_t pos, end;		/* The window being read.  */
  struct linkname_go_arena *arena;
  struct linkname_go_package *pkg;
  int version;
  int depth;
  /* Per type number: 1 + the offset of its first use, 0 if unused.  */
  size_t *first_use;
  const char *message;
  size_t err_offset;
  struct vec funcs, vars, consts, imports;
};

static bool
fail_at (struct parser *p, size_t offset, const char *message)
{
  if (p->message == NULL)
    {
      p->message = message;
      p->err_offset = offset;
    }
  return false;
}

static bool
fail (struct parser *p, const char *message)
{
  return fail_at (p, p->pos, message);
}

static bool
oom (struct parser *p)
{
  return fail (p, "out of memory");
}

static int
peek (const struct parser *p)
{
  return p->pos < p->end ? (unsigned char) p->text[p->pos] : -1;
}

static void
skip_blanks (struct parser *p)
{
  while (p->pos < p->end
	 && (p->text[p->pos] == ' ' || p->text[p->pos] == '\t'))
    p->pos++;
}

/* Whether the text at the current position (after blanks) begins with
   S; nothing is consumed but the blanks.  */
static bool
looking_at (struct parser *p, const char *s)
{
  skip_blanks (p);
  /* Most tries fail at the first byte: look at it before the rest.  */
  if (p->pos >= p->end || p->text[p->pos] != s[0])
    return false;
  size_t n = strlen (s);
  return p->end - p->pos >= n && memcmp (p->text + p->pos, s, n) == 0;
}

static bool
accept (struct parser *p, const char *s)
{
  if (!looking_at (p, s))
    return false;
  p->pos += strlen (s);
  return true;
}

static bool
expect (struct parser *p, const char *s, const char *message)
{
  if (accept (p, s))
    return true;
  return fail (p, p->pos >= p->end ? "unexpected end of export data"
	       : message);
}

static bool
is_word_end (int c)
{
  return c < 0 || c == ' ' || c == '\t' || c == '\n' || c == ';';
}

/* A run of bytes up to a blank, newline or ';'.  */
static bool
read_word (struct parser *p, const char **s, size_t *n, const char *what)
{
  skip_blanks (p);
  size_t start = p->pos;
  while (!is_word_end (peek (p)))
    p->pos++;
  if (p->pos == start)
    return fail (p, p->pos >= p->end ? "unexpected end of export data"
		 : what);
  *s = p->text + start;
  *n = p->pos - start;
  return true;
}

/* A word that must be exactly KEYWORD (not a prefix of a longer one).  */
static bool
accept_keyword (struct parser *p, const char *keyword)
{
  size_t save = p->pos;
  if (!accept (p, keyword))
    return false;
  if (!is_word_end (peek (p)) && peek (p) != '(' && peek (p) != '{'
      && peek (p) != '[' && peek (p) != '<')
    {
      p->pos = save;
      return false;
    }
  return true;
}

static char *
arena_strndup (struct parser *p, const char *s, size_t n)
{
  char *r = arena_alloc (p->arena, n + 1);
  if (r == NULL)
    {
      oom (p);
      return NULL;
    }
  memcpy (r, s, n);
  r[n] = '\0';
  return r;
}

static bool
read_word_dup (struct parser *p, const char **out, const char *what)
{
  const char *s;
  size_t n;
  if (!read_word (p, &s, &n, what))
    return false;
  *out = arena_strndup (p, s, n);
  return *out != NULL;
}

/* An unsigned decimal number no larger than MAX.  */
static bool
read_uint (struct parser *p, uint64_t max, uint64_t *out, const char *what)
{
  skip_blanks (p);
  size_t start = p->pos;
  uint64_t v = 0;
  while (peek (p) >= '0' && peek (p) <= '9')
    {
      unsigned d = p->text[p->pos] - '0';
      if (v > (max - d) / 10)
	return fail_at (p, start, "number too large");
      v = v * 10 + d;
      p->pos++;
    }
  if (p->pos == start)
    return fail (p, p->pos >= p->end ? "unexpected end of export data"
		 : what);
  *out = v;
  return true;
}

/* A Go interpreted string literal, decoded into the arena.  */
static bool
read_quoted (struct parser *p, const char **out, size_t *out_len)
{
  skip_blanks (p);
  if (peek (p) != '"')
    return fail (p, "expected a quoted string");
  size_t start = p->pos++;
  size_t close = p->pos;
  while (close < p->end && p->text[close] != '"')
    {
      if (p->text[close] == '\n')
	return fail_at (p, close, "newline in a quoted string");
      close += p->text[close] == '\\' ? 2 : 1;
    }
  if (close >= p->end)
    return fail_at (p, start, "unterminated quoted string");
  /* No escape makes its text shorter than its value.  */
  char *buf = arena_alloc (p->arena, close - p->pos + 1);
  if (buf == NULL)
    return oom (p);
  size_t n = 0;
  while (p->pos < close)
    {
      unsigned char c = p->text[p->pos++];
      if (c != '\\')
	{
	  buf[n++] = c;
	  continue;
	}
      size_t esc = p->pos - 1;
      c = p->text[p->pos++];
      int simple = c == 'a' ? '\a' : c == 'b' ? '\b' : c == 'f' ? '\f'
	: c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t'
	: c == 'v' ? '\v' : (c == '\\' || c == '"' || c == '\'') ? c : -1;
      if (simple >= 0)
	{
	  buf[n++] = simple;
	  continue;
	}
      int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8
	: (c >= '0' && c <= '7') ? 2 : -1;
      if (digits < 0 || close - p->pos < (size_t) digits)
	return fail_at (p, esc, "bad escape in a quoted string");
      uint32_t v = c >= '0' && c <= '7' ? (uint32_t) (c - '0') : 0;
      for (int i = 0; i < digits; i++)
	{
	  int d = c >= '0' && c <= '7'
	    ? (p->text[p->pos] >= '0' && p->text[p->pos] <= '7'
	       ? p->text[p->pos] - '0' : -1)
	    : linkname_hex_value ((unsigned char) p->text[p->pos]);
	  if (d < 0)
	    return fail_at (p, esc, "bad escape in a quoted string");
	  v = v * (c >= '0' && c <= '7' ? 8 : 16) + d;
	  p->pos++;
	}
      if (c == 'x' || (c >= '0' && c <= '7'))
	{
	  if (v > 255)
	    return fail_at (p, esc, "bad escape in a quoted string");
	  buf[n++] = v;
	  continue;
	}
      if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
	return fail_at (p, esc, "bad escape in a quoted string");
      if (v < 0x80)
	buf[n++] = v;
      else if (v < 0x800)
	{
	  buf[n++] = 0xC0 | (v >> 6);
	  buf[n++] = 0x80 | (v & 0x3F);
	}
      else if (v < 0x10000)
	{
	  buf[n++] = 0xE0 | (v >> 12);
	  buf[n++] = 0x80 | ((v >> 6) & 0x3F);
	  buf[n++] = 0x80 | (v & 0x3F);
	}
      else
	{
	  buf[n++] = 0xF0 | (v >> 18);
	  buf[n++] = 0x80 | ((v >> 12) & 0x3F);
	  buf[n++] = 0x80 | ((v >> 6) & 0x3F);
	  buf[n++] = 0x80 | (v & 0x3F);
	}
    }
  buf[n] = '\0';
  p->pos = close + 1;
  *out = buf;
  if (out_len != NULL)
    *out_len = n;
  return true;
}

/* The end of a line: "\n" in v3, ";\n" before.  */
static bool
expect_eol (struct parser *p)
{
  if (p->version < 3 && !expect (p, ";", "expected ';' at the end of a line"))
    return false;
  return expect (p, "\n", "expected the end of the line");
}

/* Split a name as gccgo writes it: ".pkgpath.name" (unexported),
   "pkgpath.name" (another package's) or "name" (this package's).  */
static bool
split_name (struct parser *p, const char *s, size_t n, bool qualified,
	    const char **name, const char **pkgpath, bool *exported)
{
  *exported = !(n > 0 && s[0] == '.');
  if (!*exported)
    s++, n--;
  *pkgpath = NULL;
  const char *dot = NULL;
  if (qualified || !*exported)
    for (size_t i = n; i > 0; i--)
      if (s[i - 1] == '.')
	{
	  dot = s + i - 1;
	  break;
	}
  if (dot != NULL)
    {
      *pkgpath = arena_strndup (p, s, dot - s);
      if (*pkgpath == NULL)
	return false;
      n -= dot + 1 - s;
      s = dot + 1;
    }
  if (n == 0)
    return fail (p, "empty name");
  *name = arena_strndup (p, s, n);
  return *name != NULL;
}

static bool parse_type_ref (struct parser *p,
			    const struct linkname_go_type **out);
static bool parse_signature (struct parser *p,
			     struct linkname_go_signature *sig);

/* "<esc:0xN>", which gccgo writes after a parameter name.  */
static bool
skip_escape_note (struct parser *p)
{
  if (!accept (p, "<esc:"))
    return true;
  while (peek (p) >= 0 && peek (p) != '>' && peek (p) != '\n')
    p->pos++;
  return expect (p, ">", "unterminated <esc:...> note");
}

/* NAME [<esc:N>] [...]TYPE.  */
static bool
parse_param (struct parser *p, struct linkname_go_param *param,
	     bool *variadic)
{
  const char *s;
  size_t n;
  if (!read_word (p, &s, &n, "expected a parameter name"))
    return false;
  /* Names gccgo invents for inlining are no names.  */
  bool unnamed = (n == 1 && s[0] == '?') || (n >= 4 && !memcmp (s, "$ret", 4))
    || (n >= 2 && (s[0] == 'p' || s[0] == 'r') && s[1] == '.');
  if (!unnamed && (param->name = arena_strndup (p, s, n)) == NULL)
    return false;
  if (!skip_escape_note (p))
    return false;
  *variadic = accept (p, "...");
  if (!parse_type_ref (p, &param->type))
    return false;
  if (*variadic)
    {
      struct linkname_go_type *slice = arena_alloc (p->arena, sizeof *slice);
      if (slice == NULL)
	return oom (p);
      memset (slice, 0, sizeof *slice);
      slice->kind = LINKNAME_GO_KIND_SLICE;
      slice->exported = true;
      slice->elem = param->type;
      param->type = slice;
    }
  return true;
}

static bool
copy_vec (struct parser *p, struct vec *v, void **out, size_t *n)
{
  *n = v->n;
  *out = NULL;
  if (v->n != 0)
    {
      *out = arena_alloc (p->arena, v->n * v->elem);
      if (*out == NULL)
	return oom (p);
      memcpy (*out, v->data, v->n * v->elem);
    }
  return true;
}

/* "(" [PARAM {"," PARAM}] ")".  */
static bool
parse_params (struct parser *p, struct linkname_go_param **out, size_t *n,
	      bool *variadic)
{
  max_align_t buf[VEC_BUF_SIZE / sizeof (max_align_t)];
  struct vec v;
  vec_init_on (&v, buf, sizeof buf, sizeof (struct linkname_go_param));
  bool ok = expect (p, "(", "expected '(' to open a parameter list");
  bool seen_variadic = false;
  size_t variadic_at = 0;
  if (ok && !accept (p, ")"))
    for (;;)
      {
	struct linkname_go_param *param = vec_push (&v);
	bool var = false;
	if (param == NULL)
	  {
	    ok = oom (p);
	    break;
	  }
	if (seen_variadic)
	  {
	    ok = fail_at (p, variadic_at, "'...' not on the last parameter");
	    break;
	  }
	variadic_at = p->pos;
	if (!(ok = parse_param (p, param, &var)))
	  break;
	seen_variadic |= var;
	if (accept (p, ","))
	  continue;
	ok = expect (p, ")", "expected ',' or ')' in a parameter list");
	break;
      }
  if (ok)
    ok = copy_vec (p, &v, (void **) out, n);
  if (variadic != NULL)
    *variadic = seen_variadic;
  else if (ok && seen_variadic)
    ok = fail_at (p, variadic_at, "'...' in a result list");
  vec_free (&v);
  return ok;
}

/* PARAMS [RESULTS]: RESULTS is one type, or a list.  */
static bool
parse_signature (struct parser *p, struct linkname_go_signature *sig)
{
  if (!parse_params (p, &sig->params, &sig->n_params, &sig->variadic))
    return false;
  if (looking_at (p, "<type"))
    {
      sig->results = arena_alloc (p->arena, sizeof *sig->results);
      if (sig->results == NULL)
	return oom (p);
      memset (sig->results, 0, sizeof *sig->results);
      sig->n_results = 1;
      return parse_type_ref (p, &sig->results[0].type);
    }
  if (looking_at (p, "("))
    return parse_params (p, &sig->results, &sig->n_results, NULL);
  return true;
}

/* "<inl:N>" and the N bytes of inline body after it.  */
static bool
skip_inline_body (struct parser *p)
{
  if (!accept (p, "<inl:"))
    return true;
  uint64_t n;
  if (!read_uint (p, SIZE_MAX, &n, "expected the length of an inline body")
      || !expect (p, ">", "expected '>' after an inline body's length"))
    return false;
  if (n > p->end - p->pos)
    return fail (p, "inline body longer than the export data");
  p->pos += n;
  return true;
}

/* Comments before a function's name: / *nointerface* / and
   / *asm SYM * /.  */
static bool
parse_func_comments (struct parser *p, struct linkname_go_func *f)
{
  for (;;)
    {
      if (accept (p, "/*nointerface*/"))
	f->nointerface = true;
      else if (accept (p, "/*asm "))
	{
	  if (!read_word_dup (p, &f->asm_name, "expected a symbol after asm")
	      || !expect (p, "*/", "expected '*/' after an asm symbol"))
	    return false;
	}
      else if (looking_at (p, "/*"))
	return fail (p, "unknown comment before a function name");
      else
	return true;
    }
}

/* A method line of a named type, after "func".  */
static bool
parse_method (struct parser *p, struct linkname_go_func *f)
{
  struct linkname_go_param recv = { NULL, NULL };
  bool variadic;
  const char *s;
  size_t n;
  f->offset = p->pos;
  if (!parse_func_comments (p, f)
      || !expect (p, "(", "expected '(' before a method's receiver")
      || !parse_param (p, &recv, &variadic)
      || !expect (p, ")", "expected ')' after a method's receiver")
      || !read_word (p, &s, &n, "expected a method name")
      || !split_name (p, s, n, false, &f->name, &f->pkgpath, &f->exported)
      || !parse_signature (p, &f->sig) || !skip_inline_body (p))
    return false;
  if (variadic)
    return fail_at (p, f->offset, "variadic method receiver");
  f->receiver = recv.type;
  return true;
}

static bool parse_type_spec (struct parser *p, struct linkname_go_type *t);

/* "NAME" [notinheap] [=] <type U> {method line}.  */
static bool
parse_named (struct parser *p, struct linkname_go_type *t)
{
  const char *s;
  size_t n;
  if (!read_quoted (p, &s, &n))
    return false;
  if (memchr (s, '\0', n) != NULL)
    return fail (p, "NUL in a type name");
  /* v1 and v2 may follow with the package's name as a string.  */
  if (looking_at (p, "\""))
    {
      const char *ignored;
      if (!read_quoted (p, &ignored, NULL))
	return false;
    }
  t->kind = LINKNAME_GO_KIND_NAMED;
  if (!split_name (p, s, n, true, &t->name, &t->pkgpath, &t->exported))
    return false;
  if (t->pkgpath == NULL)
    t->pkgpath = p->pkg->pkgpath ? p->pkg->pkgpath : p->pkg->name;
  t->notinheap = accept_keyword (p, "notinheap");
  t->alias = accept (p, "=");
  if (!parse_type_ref (p, &t->elem))
    return false;

  struct vec methods = { .elem = sizeof (struct linkname_go_func) };
  bool ok = true;
  for (;;)
    {
      /* A method line: "\n func ...".  */
      if (peek (p) != '\n')
	break;
      size_t q = p->pos + 1;
      while (q < p->end && p->text[q] == ' ')
	q++;
      if (p->end - q < 5 || memcmp (p->text + q, "func ", 5) != 0)
	break;
      p->pos = q + 5;
      struct linkname_go_func *f = vec_push (&methods);
      if (f == NULL)
	{
	  ok = oom (p);
	  break;
	}
      if (!(ok = parse_method (p, f)))
	break;
      if (p->version < 3 && !(ok = expect (p, ";", "expected ';' after a method")))
	break;
      skip_blanks (p);
    }
  if (ok)
    ok = copy_vec (p, &methods, (void **) &t->methods, &t->n_methods);
  vec_free (&methods);
  return ok;
}

static bool
parse_struct (struct parser *p, struct linkname_go_type *t)
{
  max_align_t buf[VEC_BUF_SIZE / sizeof (max_align_t)];
  struct vec v;
  vec_init_on (&v, buf, sizeof buf, sizeof (struct linkname_go_field));
  bool ok = expect (p, "{", "expected '{' after struct");
  t->kind = LINKNAME_GO_KIND_STRUCT;
  while (ok && !accept (p, "}"))
    {
      struct linkname_go_field *f = vec_push (&v);
      if (f == NULL)
	{
	  ok = oom (p);
	  break;
	}
      if (accept (p, "?"))
	f->embedded = true;	/* Named after its type, later.  */
      else
	{
	  const char *s;
	  size_t n;
	  bool exported;
	  if (!(ok = read_word (p, &s, &n, "expected a field name"))
	      || !(ok = split_name (p, s, n, false, &f->name, &f->pkgpath,
				    &exported)))
	    break;
	}
      if (!(ok = parse_type_ref (p, &f->type)))
	break;
      if (looking_at (p, "\"")
	  && !(ok = read_quoted (p, &f->tag, NULL)))
	break;
      ok = expect (p, ";", "expected ';' after a struct field");
    }
  if (ok)
    ok = copy_vec (p, &v, (void **) &t->fields, &t->n_fields);
  vec_free (&v);
  return ok;
}

static bool
parse_interface (struct parser *p, struct linkname_go_type *t)
{
  struct vec methods = { .elem = sizeof (struct linkname_go_func) };
  struct vec embeds = { .elem = sizeof (const struct linkname_go_type *) };
  bool ok = expect (p, "{", "expected '{' after interface");
  t->kind = LINKNAME_GO_KIND_INTERFACE;
  while (ok && !accept (p, "}"))
    {
      if (accept (p, "?"))
	{
	  const struct linkname_go_type **e = vec_push (&embeds);
	  if (e == NULL)
	    ok = oom (p);
	  else
	    ok = parse_type_ref (p, e);
	}
      else
	{
	  struct linkname_go_func *f = vec_push (&methods);
	  const char *s;
	  size_t n;
	  if (f == NULL)
	    ok = oom (p);
	  else
	    {
	      f->offset = p->pos;
	      ok = (parse_func_comments (p, f)
		    && read_word (p, &s, &n, "expected a method name")
		    && split_name (p, s, n, false, &f->name, &f->pkgpath,
				   &f->exported)
		    && parse_signature (p, &f->sig));
	    }
	}
      if (ok)
	ok = expect (p, ";", "expected ';' after an interface element");
    }
  if (ok)
    ok = (copy_vec (p, &methods, (void **) &t->methods, &t->n_methods)
	  && copy_vec (p, &embeds, (void **) &t->embeds, &t->n_embeds));
  vec_free (&methods);
  vec_free (&embeds);
  return ok;
}

/* The definition of type T (whose number is already set).  */
static bool
parse_type_spec (struct parser *p, struct linkname_go_type *t)
{
  if (++p->depth > MAX_DEPTH)
    return fail (p, "types nested too deeply");
  bool ok;
  skip_blanks (p);
  int c = peek (p);
  if (c == '"')
    ok = parse_named (p, t);
  else if (c == '*')
    {
      p->pos++;
      if (accept_keyword (p, "any"))
	{
	  t->kind = LINKNAME_GO_KIND_UNSAFE_POINTER;
	  ok = true;
	}
      else
	{
	  t->kind = LINKNAME_GO_KIND_POINTER;
	  ok = parse_type_ref (p, &t->elem);
	}
    }
  else if (c == '[')
    {
      p->pos++;
      if (accept (p, "]"))
	t->kind = LINKNAME_GO_KIND_SLICE;
      else
	{
	  t->kind = LINKNAME_GO_KIND_ARRAY;
	  if (!read_uint (p, INT64_MAX, &t->length,
			  "expected an array length")
	      || !expect (p, "]", "expected ']' after an array length"))
	    goto out_fail;
	}
      ok = parse_type_ref (p, &t->elem);
    }
  else if (c == '(')
    {
      t->kind = LINKNAME_GO_KIND_FUNC;
      ok = parse_signature (p, &t->sig);
    }
  else if (accept_keyword (p, "map"))
    {
      t->kind = LINKNAME_GO_KIND_MAP;
      ok = (expect (p, "[", "expected '[' after map")
	    && parse_type_ref (p, &t->key)
	    && expect (p, "]", "expected ']' after a map's key type")
	    && parse_type_ref (p, &t->elem));
    }
  else if (accept_keyword (p, "chan"))
    {
      t->kind = LINKNAME_GO_KIND_CHAN;
      if (accept (p, "<-"))
	t->chan_dir = LINKNAME_GO_CHAN_RECV;
      else if (accept (p, "-<"))
	t->chan_dir = LINKNAME_GO_CHAN_SEND;
      ok = parse_type_ref (p, &t->elem);
    }
  else if (accept_keyword (p, "struct"))
    ok = parse_struct (p, t);
  else if (accept_keyword (p, "interface"))
    ok = parse_interface (p, t);
  else
    ok = fail (p, c < 0 ? "unexpected end of export data" : "expected a type");
  p->depth--;
  return ok;
out_fail:
  p->depth--;
  return false;
}

/* "<type -N>", "<type N>", or (v1, v2) "<type N SPEC>".  */
static bool
parse_type_ref (struct parser *p, const struct linkname_go_type **out)
{
  size_t start;
  skip_blanks (p);
  start = p->pos;
  if (!expect (p, "<type", "expected a type"))
    return false;
  skip_blanks (p);
  uint64_t n;
  if (accept (p, "-"))
    {
      if (!read_uint (p, 1000, &n, "expected a builtin type's number"))
	return false;
      if ((*out = builtin_type (n)) == NULL)
	return fail_at (p, start, "unknown builtin type number");
      return expect (p, ">", "expected '>' after a type number");
    }
  if (!read_uint (p, SIZE_MAX, &n, "expected a type number"))
    return false;
  if (n == 0 || n >= p->pkg->n_types)
    return fail_at (p, start, "type number out of range");
  struct linkname_go_type *t = &p->pkg->types[n];
  if (p->first_use[n] == 0)
    p->first_use[n] = start + 1;
  *out = t;
  if (accept (p, ">"))
    return true;
  /* A definition inside a reference (v1, v2).  */
  if (t->ref != 0)
    return fail_at (p, start, "type defined twice");
  t->ref = n;
  if (!parse_type_spec (p, t))
    return false;
  /* v1/v2 methods end with ";\n" before the closing '>'.  */
  if (peek (p) == '\n')
    {
      size_t q = p->pos + 1;
      while (q < p->end && (p->text[q] == ' ' || p->text[q] == '\t'))
	q++;
      if (q < p->end && p->text[q] == '>')
	p->pos = q;
    }
  return expect (p, ">", "expected '>' after a type");
}

/* "types MAXP1 EXPORTEDP1 LEN..." and the records (v3).  */
static bool
parse_types (struct parser *p)
{
  struct linkname_go_package *pkg = p->pkg;
  uint64_t maxp1, exportedp1;
  size_t block_end = p->end;
  if (pkg->n_types > 1)
    return fail (p, "a second types line");
  /* Each record takes at least 9 bytes ("type 1 *any\n" and more).  */
  if (!read_uint (p, (p->end - p->pos) / 8 + 1, &maxp1,
		  "expected the number of types")
      || !read_uint (p, maxp1, &exportedp1,
		     "expected the number of exported types"))
    return false;
  if (maxp1 == 0 || exportedp1 == 0)
    return fail (p, "type counts must be at least 1");
  size_t *lens = malloc (maxp1 * sizeof *lens);
  pkg->types = arena_alloc (p->arena, maxp1 * sizeof *pkg->types);
  p->first_use = calloc (maxp1, sizeof *p->first_use);
  if (lens == NULL || pkg->types == NULL || p->first_use == NULL)
    {
      free (lens);
      return oom (p);
    }
  memset (pkg->types, 0, maxp1 * sizeof *pkg->types);
  pkg->n_types = maxp1;
  pkg->n_exported_types = exportedp1 - 1;
  bool ok = true;
  uint64_t total = 0;
  for (size_t i = 1; ok && i < maxp1; i++)
    {
      uint64_t len;
      ok = read_uint (p, SIZE_MAX, &len, "expected a type record's length");
      if (ok && (len == 0 || len > block_end - p->pos || total > block_end - p->pos - len))
	ok = fail (p, "type record length beyond the export data");
      lens[i] = len;
      total += len;
    }
  if (ok)
    ok = expect (p, "\n", "expected the end of the types line");
  if (ok && total > block_end - p->pos)
    ok = fail (p, "type records beyond the export data");
  for (size_t i = 1; ok && i < maxp1; i++)
    {
      p->end = p->pos + lens[i];
      uint64_t id;
      size_t start = p->pos;
      ok = (expect (p, "type", "expected a type record")
	    && read_uint (p, SIZE_MAX, &id, "expected a type record's number"));
      if (ok && id != i)
	ok = fail_at (p, start, "type record out of order");
      if (ok)
	{
	  pkg->types[i].ref = i;
	  ok = (parse_type_spec (p, &pkg->types[i])
		&& expect (p, "\n", "expected the end of a type record"));
	}
      if (ok && p->pos != p->end)
	ok = fail (p, "type record shorter than its length");
      p->end = block_end;
    }
  free (lens);
  return ok;
}

/* v1 and v2 define types where they are first used: size the table by
   the largest "<type N" in the block.  */
static bool
size_inline_types (struct parser *p)
{
  size_t max = 0;
  for (size_t i = p->pos; i + 6 < p->end; i++)
    if (p->text[i] == '<' && memcmp (p->text + i, "<type ", 6) == 0)
      {
	size_t j = i + 6, v = 0;
	while (j < p->end && p->text[j] >= '0' && p->text[j] <= '9'
	       && v <= p->end)
	  v = v * 10 + (p->text[j++] - '0');
	if (v > max)
	  max = v;
      }
  /* Every type needs a few bytes of text to be defined.  */
  if (max > p->end - p->pos)
    return fail (p, "type number out of range");
  p->pkg->n_types = max + 1;
  p->pkg->types = arena_alloc (p->arena, (max + 1) * sizeof *p->pkg->types);
  p->first_use = calloc (max + 1, sizeof *p->first_use);
  if (p->pkg->types == NULL || p->first_use == NULL)
    return oom (p);
  memset (p->pkg->types, 0, (max + 1) * sizeof *p->pkg->types);
  return true;
}

static bool
parse_func_line (struct parser *p)
{
  struct linkname_go_func f;
  memset (&f, 0, sizeof f);
  f.offset = p->pos;
  const char *s;
  size_t n;
  if (!parse_func_comments (p, &f)
      || !read_word (p, &s, &n, "expected a function name"))
    return false;
  /* Not this package's exports: unexported functions kept for inline
     bodies, other packages' functions (<pK>), and type$equal-like
     helpers.  Their lines are still parsed, to find their end.  */
  bool keep = s[0] != '.' && s[0] != '<' && memchr (s, '$', n) == NULL;
  if (keep && (f.name = arena_strndup (p, s, n)) == NULL)
    return false;
  f.exported = true;
  if (!parse_signature (p, &f.sig) || !skip_inline_body (p)
      || !expect_eol (p))
    return false;
  if (keep)
    {
      struct linkname_go_func *slot = vec_push (&p->funcs);
      if (slot == NULL)
	return oom (p);
      *slot = f;
    }
  return true;
}

static bool
parse_var_line (struct parser *p)
{
  struct linkname_go_var v = { NULL, NULL, p->pos };
  const char *s;
  size_t n;
  if (!read_word (p, &s, &n, "expected a variable name"))
    return false;
  bool keep = s[0] != '.' && s[0] != '<';
  if (keep && (v.name = arena_strndup (p, s, n)) == NULL)
    return false;
  if (!parse_type_ref (p, &v.type) || !expect_eol (p))
    return false;
  if (keep)
    {
      struct linkname_go_var *slot = vec_push (&p->vars);
      if (slot == NULL)
	return oom (p);
      *slot = v;
    }
  return true;
}

/* The kind of a constant's value text (without "$").  */
static bool
classify_number (const char *s, size_t n, enum linkname_go_const_kind *kind)
{
  size_t i = 0;
  if (n > 0 && (s[0] == '-' || s[0] == '+'))
    i++;
  if (i == n)
    return false;
  bool complex = s[n - 1] == 'i';
  bool rune = s[n - 1] == '\'';
  bool fl = false;
  for (size_t j = i; j < n - (complex || rune); j++)
    {
      char c = s[j];
      if (c == '.' || c == 'E' || c == 'e' || c == 'p' || c == 'P')
	fl = true;
      else if (!((c >= '0' && c <= '9') || (c == '-' || c == '+')
		 || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
		 || c == 'x' || c == 'X'))
	return false;
    }
  *kind = complex ? LINKNAME_GO_CONST_COMPLEX : rune ? LINKNAME_GO_CONST_RUNE
    : fl ? LINKNAME_GO_CONST_FLOAT : LINKNAME_GO_CONST_INT;
  return true;
}

/* NAME [<type>] = VALUE.  */
static bool
parse_const_line (struct parser *p)
{
  struct linkname_go_const c;
  memset (&c, 0, sizeof c);
  c.offset = p->pos;
  if (!read_word_dup (p, &c.name, "expected a constant name"))
    return false;
  if (looking_at (p, "<type") && !parse_type_ref (p, &c.type))
    return false;
  if (!expect (p, "=", "expected '=' in a constant"))
    return false;
  skip_blanks (p);
  bool converted = accept (p, "$convert(");
  if (converted)
    {
      /* A typed constant written as a conversion: $convert(<type N>, V).  */
      if (!parse_type_ref (p, &c.type)
	  || !expect (p, ",", "expected ',' in $convert"))
	return false;
      skip_blanks (p);
    }
  accept (p, "$");
  size_t start = p->pos;
  size_t eol = start;
  while (eol < p->end && p->text[eol] != '\n')
    eol++;
  if (eol >= p->end)
    return fail (p, "unexpected end of export data");
  size_t stop = eol;
  if (p->version < 3 && stop > start && p->text[stop - 1] == ';')
    stop--;
  while (stop > start && (p->text[stop - 1] == ' '
			  || p->text[stop - 1] == '\t'))
    stop--;
  if (converted)
    {
      if (stop == start || p->text[stop - 1] != ')')
	return fail_at (p, stop, "expected ')' to end $convert");
      stop--;
      while (stop > start && p->text[stop - 1] == ' ')
	stop--;
    }
  if (stop == start)
    return fail (p, "expected a constant's value");
  size_t n = stop - start;
  const char *s = p->text + start;
  if (s[0] == '"')
    {
      c.kind = LINKNAME_GO_CONST_STRING;
      size_t save_end = p->end;
      p->end = stop;
      bool ok = read_quoted (p, &c.string_value, &c.string_length);
      p->end = save_end;
      if (!ok)
	return false;
      if (p->pos != stop)
	return fail (p, "text after a string constant");
    }
  else if ((n == 4 && !memcmp (s, "true", 4))
	   || (n == 5 && !memcmp (s, "false", 5)))
    c.kind = LINKNAME_GO_CONST_BOOL;
  else if (!classify_number (s, n, &c.kind))
    return fail_at (p, start, "expected a constant's value");
  if ((c.value = arena_strndup (p, s, n)) == NULL)
    return false;
  p->pos = eol;
  if (!expect (p, "\n", "expected the end of the line"))
    return false;
  struct linkname_go_const *slot = vec_push (&p->consts);
  if (slot == NULL)
    return oom (p);
  *slot = c;
  return true;
}

static void
skip_line (struct parser *p)
{
  while (p->pos < p->end && p->text[p->pos] != '\n')
    p->pos++;
}

static bool
parse_import_line (struct parser *p, bool indirect)
{
  struct linkname_go_import *im = vec_push (&p->imports);
  if (im == NULL)
    return oom (p);
  if (!read_word_dup (p, &im->name, "expected an imported package's name")
      || !read_word_dup (p, &im->pkgpath, "expected an imported package's path"))
    return false;
  if (!indirect && !read_quoted (p, &im->import_path, NULL))
    return false;
  return expect_eol (p);
}

/* Checks once every type is defined.  */

/* A by-value part of T: its I-th, or NULL past the last.  Only these
   can make a type infinite.  */
static const struct linkname_go_type *
value_child (const struct linkname_go_type *t, size_t i)
{
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_NAMED:
    case LINKNAME_GO_KIND_ARRAY:
      return i == 0 ? t->elem : NULL;
    case LINKNAME_GO_KIND_STRUCT:
      return i < t->n_fields ? t->fields[i].type : NULL;
    default:
      return NULL;
    }
}

/* Any type T refers to: its I-th, or NULL past the last.  The slice
   the reader makes for a variadic parameter stands for its element.  */
static const struct linkname_go_type *
sig_child (const struct linkname_go_signature *sig, size_t i)
{
  if (i < sig->n_params)
    return sig->params[i].type;
  i -= sig->n_params;
  return i < sig->n_results ? sig->results[i].type : NULL;
}

static const struct linkname_go_type *
any_child (const struct linkname_go_type *t, size_t i)
{
  const struct linkname_go_type *c = NULL;
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_MAP:
      c = i == 0 ? t->key : i == 1 ? t->elem : NULL;
      break;
    case LINKNAME_GO_KIND_POINTER:
    case LINKNAME_GO_KIND_SLICE:
    case LINKNAME_GO_KIND_CHAN:
    case LINKNAME_GO_KIND_ARRAY:
      c = i == 0 ? t->elem : NULL;
      break;
    case LINKNAME_GO_KIND_STRUCT:
      c = i < t->n_fields ? t->fields[i].type : NULL;
      break;
    case LINKNAME_GO_KIND_FUNC:
      c = sig_child (&t->sig, i);
      break;
    case LINKNAME_GO_KIND_INTERFACE:
      if (i < t->n_embeds)
	return t->embeds[i];
      i -= t->n_embeds;
      for (size_t m = 0; m < t->n_methods; m++)
	{
	  size_t k = t->methods[m].sig.n_params + t->methods[m].sig.n_results;
	  if (i < k)
	    {
	      c = sig_child (&t->methods[m].sig, i);
	      break;
	    }
	  i -= k;
	}
      break;
    default:
      break;
    }
  if (c != NULL && c->ref == 0 && c->kind == LINKNAME_GO_KIND_SLICE)
    c = c->elem;
  return c;
}

/* Search for a cycle among the types of PKG through the edges CHILD
   gives; an edge into a type for which STOP is true is not followed.
   An explicit stack: a long chain must not overflow ours.  */
static bool
find_cycle (struct parser *p,
	    const struct linkname_go_type *(*child) (const struct
						     linkname_go_type *,
						     size_t),
	    bool stop_at_named, const char *message)
{
  struct linkname_go_package *pkg = p->pkg;
  size_t n = pkg->n_types;
  unsigned char *state = calloc (n, 1);
  struct frame { size_t type, child; } *stack = malloc (n * sizeof *stack);
  bool ok = state != NULL && stack != NULL;
  if (!ok)
    oom (p);
  for (size_t root = 1; ok && root < n; root++)
    {
      if (state[root] != 0 || pkg->types[root].ref == 0
	  || (stop_at_named
	      && pkg->types[root].kind == LINKNAME_GO_KIND_NAMED))
	continue;
      size_t sp = 0;
      stack[sp++] = (struct frame) { root, 0 };
      state[root] = 1;
      while (ok && sp > 0)
	{
	  struct frame *f = &stack[sp - 1];
	  const struct linkname_go_type *c
	    = child (&pkg->types[f->type], f->child++);
	  if (c == NULL)
	    {
	      state[f->type] = 2;
	      sp--;
	      continue;
	    }
	  if (c->ref <= 0
	      || (stop_at_named && c->kind == LINKNAME_GO_KIND_NAMED))
	    continue;
	  size_t ci = c->ref;
	  if (state[ci] == 1)
	    ok = fail_at (p, p->first_use[ci] ? p->first_use[ci] - 1
			  : pkg->offset, message);
	  else if (state[ci] == 0)
	    {
	      state[ci] = 1;
	      stack[sp++] = (struct frame) { ci, 0 };
	    }
	}
    }
  free (state);
  free (stack);
  return ok;
}

static bool
check_types (struct parser *p)
{
  struct linkname_go_package *pkg = p->pkg;
  size_t n = pkg->n_types;
  for (size_t i = 1; i < n; i++)
    if (p->first_use[i] != 0 && pkg->types[i].ref == 0)
      return fail_at (p, p->first_use[i] - 1, "type used but never defined");

  /* A type may refer to itself only through a named type, and contain
     itself (by value) not at all: users recurse through types.  */
  if (!find_cycle (p, value_child, false, "type contains itself")
      || !find_cycle (p, any_child, true,
		      "type without a name refers to itself"))
    return false;

  /* Embedded fields take their type's name; receivers their base.  */
  for (size_t i = 1; i < n; i++)
    {
      struct linkname_go_type *t = &pkg->types[i];
      if (t->kind == LINKNAME_GO_KIND_STRUCT)
	for (size_t j = 0; j < t->n_fields; j++)
	  {
	    struct linkname_go_field *f = &t->fields[j];
	    if (!f->embedded)
	      continue;
	    const struct linkname_go_type *e = f->type;
	    if (e->kind == LINKNAME_GO_KIND_POINTER)
	      e = e->elem;
	    if (e->kind == LINKNAME_GO_KIND_NAMED)
	      {
		f->name = e->name;
		f->pkgpath = e->exported ? NULL : e->pkgpath;
	      }
	    else if (e->kind == LINKNAME_GO_KIND_BUILTIN)
	      f->name = builtin_names[e->builtin];
	    else
	      return fail_at (p, pkg->offset,
			      "embedded field of a type without a name");
	  }
      if (t->kind == LINKNAME_GO_KIND_NAMED)
	for (size_t j = 0; j < t->n_methods; j++)
	  {
	    struct linkname_go_func *m = &t->methods[j];
	    m->pointer_receiver = m->receiver->kind == LINKNAME_GO_KIND_POINTER;
	    m->receiver_base = m->pointer_receiver ? m->receiver->elem
	      : m->receiver;
	  }
    }
  return true;
}

static int
compare_funcs (const void *a, const void *b)
{
  return strcmp (((const struct linkname_go_func *) a)->name,
		 ((const struct linkname_go_func *) b)->name);
}

static int
compare_vars (const void *a, const void *b)
{
  return strcmp (((const struct linkname_go_var *) a)->name,
		 ((const struct linkname_go_var *) b)->name);
}

static int
compare_consts (const void *a, const void *b)
{
  return strcmp (((const struct linkname_go_const *) a)->name,
		 ((const struct linkname_go_const *) b)->name);
}

/* One block, from its "vN;" line through its checksum line; P->pos is
   at its start and P->end at the end of the text.  */
static bool
parse_block (struct parser *p)
{
  struct linkname_go_package *pkg = p->pkg;
  pkg->offset = p->pos;
  if (accept (p, "v1;"))
    p->version = 1;
  else if (accept (p, "v2;"))
    p->version = 2;
  else if (accept (p, "v3;"))
    p->version = 3;
  else
    return fail (p, "export data does not begin with v1;, v2; or v3;");
  pkg->version = p->version;
  if (!expect (p, "\n", "expected the end of the version line"))
    return false;
  if (p->version < 3 && !size_inline_types (p))
    return false;

  for (;;)
    {
      if (p->pos >= p->end)
	return fail (p, "export data ends without a checksum line");
      const char *s;
      size_t n;
      size_t line = p->pos;
      if (!read_word (p, &s, &n, "expected a directive"))
	return false;
#define IS(word) (n == sizeof word - 1 && !memcmp (s, word, n))
      bool ok;
      if (IS ("package"))
	{
	  if (pkg->name == NULL)
	    ok = read_word_dup (p, &pkg->name, "expected the package's name");
	  else
	    ok = true;
	  /* Other packages' lines (v2, v3): NAME PKGPATH SYMPREFIX.  */
	  skip_line (p);
	  if (p->version < 3 && p->pos > line && p->text[p->pos - 1] == ';')
	    p->pos--;
	  ok = ok && expect_eol (p);
	}
      else if (IS ("pkgpath") || IS ("prefix"))
	{
	  if (pkg->pkgpath != NULL || pkg->prefix != NULL)
	    return fail_at (p, line, "a second pkgpath or prefix line");
	  ok = (read_word_dup (p, IS ("pkgpath") ? &pkg->pkgpath : &pkg->prefix,
			       "expected a package path")
		&& expect_eol (p));
	}
      else if (IS ("import"))
	ok = parse_import_line (p, false);
      else if (IS ("indirectimport"))
	ok = parse_import_line (p, true);
      else if (IS ("init") || IS ("init_graph") || IS ("priority"))
	{
	  skip_line (p);
	  ok = expect (p, "\n", "unexpected end of export data");
	}
      else if (IS ("types"))
	ok = (p->version >= 3 || (fail (p, "a types line before v3"), false))
	  && parse_types (p);
      else if (IS ("func"))
	ok = parse_func_line (p);
      else if (IS ("var"))
	ok = parse_var_line (p);
      else if (IS ("const"))
	ok = parse_const_line (p);
      else if (IS ("type"))
	{
	  const struct linkname_go_type *t;
	  ok = parse_type_ref (p, &t) && expect_eol (p);
	}
      else if (IS ("checksum"))
	{
	  /* The check after each directive below, which this one skips.  */
	  if (pkg->name == NULL)
	    return fail_at (p, line, "expected the package line first");
	  ok = read_word_dup (p, &pkg->checksum, "expected the checksum")
	    && expect_eol (p);
	  if (!ok)
	    return false;
	  break;
	}
      else
	return fail_at (p, line, "unknown directive");
#undef IS
      if (!ok)
	return false;
      if (pkg->name == NULL)
	return fail_at (p, line, "expected the package line first");
    }
  pkg->length = p->pos - pkg->offset;
  if (pkg->types == NULL)
    {
      /* No types line (e.g. v3 without types): an empty table.  */
      pkg->n_types = 1;
      pkg->types = arena_alloc (p->arena, sizeof *pkg->types);
      p->first_use = calloc (1, sizeof *p->first_use);
      if (pkg->types == NULL || p->first_use == NULL)
	return oom (p);
      memset (pkg->types, 0, sizeof *pkg->types);
    }
  if (!check_types (p))
    return false;
  if (p->funcs.n > 1)
    qsort (p->funcs.data, p->funcs.n, p->funcs.elem, compare_funcs);
  if (p->vars.n > 1)
    qsort (p->vars.data, p->vars.n, p->vars.elem, compare_vars);
  if (p->consts.n > 1)
    qsort (p->consts.data, p->consts.n, p->consts.elem, compare_consts);
  return (copy_vec (p, &p->funcs, (void **) &pkg->funcs, &pkg->n_funcs)
	  && copy_vec (p, &p->vars, (void **) &pkg->vars, &pkg->n_vars)
	  && copy_vec (p, &p->consts, (void **) &pkg->consts, &pkg->n_consts)
	  && copy_vec (p, &p->imports, (void **) &pkg->imports,
		       &pkg->n_imports));
}

static void
parser_reset_block (struct parser *p)
{
  free (p->first_use);
  p->first_use = NULL;
  vec_free (&p->funcs);
  vec_free (&p->vars);
  vec_free (&p->consts);
  vec_free (&p->imports);
  p->funcs = (struct vec) { .elem = sizeof (struct linkname_go_func) };
  p->vars = (struct vec) { .elem = sizeof (struct linkname_go_var) };
  p->consts = (struct vec) { .elem = sizeof (struct linkname_go_const) };
  p->imports = (struct vec) { .elem = sizeof (struct linkname_go_import) };
  p->depth = 0;
}

struct linkname_go_export *
linkname_go_export_new (void)
{
  struct linkname_go_export *e = calloc (1, sizeof *e);
  if (e == NULL)
    return NULL;
  e->arena = calloc (1, sizeof *e->arena);
  if (e->arena == NULL)
    {
      free (e);
      return NULL;
    }
  return e;
}

void
linkname_go_export_free (struct linkname_go_export *export)
{
  if (export == NULL)
    return;
  arena_free (export->arena);
  free (export->packages);
  free (export);
}

/* Whether the N bytes at S begin with the word W and a blank.  */
static bool
skim_word (const char *s, size_t n, const char *w)
{
  size_t k = strlen (w);
  return n > k && memcmp (s, w, k) == 0 && s[k] == ' ';
}

/* An unsigned decimal number at TEXT[*POS..END), no larger than MAX,
   after blanks; *POS moves past it.  */
static bool
skim_uint (const char *text, size_t end, size_t *pos, uint64_t max,
	   uint64_t *out)
{
  while (*pos < end && text[*pos] == ' ')
    (*pos)++;
  size_t start = *pos;
  uint64_t v = 0;
  while (*pos < end && text[*pos] >= '0' && text[*pos] <= '9')
    {
      unsigned d = (unsigned) (text[*pos] - '0');
      if (v > (max - d) / 10)
	return false;
      v = v * 10 + d;
      (*pos)++;
    }
  *out = v;
  return *pos > start;
}

/* Find the end of the v3 block at TEXT[POS..LEN) without parsing it,
   and the path by which linkname_go_export_find would know its package
   (its pkgpath, or its name when it has a prefix instead).  The type
   records are passed over by the lengths of the types line, a
   function's inline body by the length in its "<inl:N>"; every other
   line is one line.  True with *PATH, *PATH_LEN and *END set; false for
   a block this cannot pass over (v1 or v2, which define types where
   they use them, or a block not as expected), which the caller then
   parses: so a malformed block is still reported.  */
static bool
skim_block (const char *text, size_t len, size_t pos, const char **path,
	    size_t *path_len, size_t *end)
{
  const char *name = NULL, *pkgpath = NULL;
  size_t name_len = 0, pkgpath_len = 0;
  if (len - pos < 4 || memcmp (text + pos, "v3;\n", 4) != 0)
    return false;
  pos += 4;
  while (pos < len)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      if (nl == NULL)
	return false;
      size_t eol = (size_t) (nl - text);
      const char *line = text + pos;
      size_t n = eol - pos;
      if (skim_word (line, n, "package") && name == NULL)
	{
	  name = line + 8;
	  const char *sp = memchr (name, ' ', eol - (pos + 8));
	  name_len = sp ? (size_t) (sp - name) : eol - (pos + 8);
	}
      else if (skim_word (line, n, "pkgpath"))
	{
	  pkgpath = line + 8;
	  pkgpath_len = n - 8;
	}
      else if (skim_word (line, n, "types"))
	{
	  size_t q = pos + 6;
	  uint64_t maxp1, exportedp1, total = 0;
	  if (!skim_uint (text, eol, &q, len, &maxp1)
	      || !skim_uint (text, eol, &q, maxp1, &exportedp1) || maxp1 == 0)
	    return false;
	  for (uint64_t i = 1; i < maxp1; i++)
	    {
	      uint64_t l;
	      if (!skim_uint (text, eol, &q, len, &l) || l > len - total)
		return false;
	      total += l;
	    }
	  if (q != eol || total > len - (eol + 1))
	    return false;
	  pos = eol + 1 + (size_t) total;
	  continue;
	}
      else if (skim_word (line, n, "func"))
	{
	  /* An inline body follows "<inl:N>" on its line and may hold
	     newlines; nothing before it can hold "<inl:".  */
	  const char *inl = NULL;
	  for (size_t i = pos; i + 5 <= eol && inl == NULL; i++)
	    if (text[i] == '<' && memcmp (text + i, "<inl:", 5) == 0)
	      inl = text + i;
	  if (inl != NULL)
	    {
	      size_t q = (size_t) (inl - text) + 5;
	      uint64_t body;
	      if (!skim_uint (text, eol, &q, len, &body) || q >= eol
		  || text[q] != '>' || body > len - (q + 1))
		return false;
	      q += 1 + (size_t) body;
	      if (q >= len || text[q] != '\n')
		return false;
	      pos = q + 1;
	      continue;
	    }
	}
      else if (skim_word (line, n, "checksum"))
	{
	  if (name == NULL)
	    return false;
	  *path = pkgpath ? pkgpath : name;
	  *path_len = pkgpath ? pkgpath_len : name_len;
	  *end = eol + 1;
	  return true;
	}
      pos = eol + 1;
    }
  return false;
}

static bool parse_blocks (struct linkname_go_export *export,
			  const char *text, size_t len,
			  bool (*want) (const char *, size_t, void *),
			  void *data, struct linkname_error *err);

bool
linkname_go_export_parse_more (struct linkname_go_export *export,
			       const char *text, size_t len,
			       struct linkname_error *err)
{
  return parse_blocks (export, text, len, NULL, NULL, err);
}

bool
linkname_go_export_parse_wanted (struct linkname_go_export *export,
				 const char *text, size_t len,
				 bool (*want) (const char *path, size_t n,
					       void *data),
				 void *data, struct linkname_error *err)
{
  return parse_blocks (export, text, len, want, data, err);
}

/* Parse the blocks of TEXT into EXPORT; with WANT, pass over those
   whose package it refuses (see skim_block).  */
static bool
parse_blocks (struct linkname_go_export *export, const char *text,
	      size_t len, bool (*want) (const char *, size_t, void *),
	      void *data, struct linkname_error *err)
{
  /* Parse into a fresh arena, merged on success, so that a failure
     leaves EXPORT as it was.  */
  struct linkname_go_arena *arena = calloc (1, sizeof *arena);
  struct vec pkgs = { .elem = sizeof (struct linkname_go_package) };
  struct parser p;
  memset (&p, 0, sizeof p);
  p.text = text;
  p.end = len;
  p.arena = arena;
  parser_reset_block (&p);
  if (arena == NULL)
    oom (&p);
  size_t n_blocks = 0;
  while (p.message == NULL)
    {
      while (p.pos < len && (text[p.pos] == '\0' || text[p.pos] == '\n'))
	p.pos++;
      if (p.pos >= len)
	break;
      const char *path;
      size_t path_len, end;
      if (want != NULL
	  && skim_block (text, len, p.pos, &path, &path_len, &end)
	  && !want (path, path_len, data))
	{
	  p.pos = end;
	  n_blocks++;
	  continue;
	}
      /* PKG points into PKGS only while its block is parsed: a later
	 push may move it (nothing else points to it).  */
      struct linkname_go_package *pkg = vec_push (&pkgs);
      if (pkg == NULL)
	{
	  oom (&p);
	  break;
	}
      p.pkg = pkg;
      if (!parse_block (&p))
	break;
      n_blocks++;
      parser_reset_block (&p);
    }
  if (p.message == NULL && n_blocks == 0)
    fail (&p, "no export data");
  parser_reset_block (&p);
  free (p.first_use);
  if (p.message == NULL)
    {
      /* Every block may have been passed over: never realloc to 0
	 bytes, which frees.  */
      struct linkname_go_package *all
	= (pkgs.n == 0 ? export->packages
	   : realloc (export->packages, (export->n_packages + pkgs.n)
		      * sizeof *all));
      if (pkgs.n != 0 && all == NULL)
	oom (&p);
      else
	{
	  if (pkgs.n != 0)
	    memcpy (all + export->n_packages, pkgs.data,
		    pkgs.n * sizeof *all);
	  export->packages = all;
	  export->n_packages += pkgs.n;
	  /* Chain the new arena's chunks into EXPORT's.  */
	  struct arena_chunk **tail = &arena->chunks;
	  while (*tail != NULL)
	    tail = &(*tail)->next;
	  *tail = export->arena->chunks;
	  export->arena->chunks = arena->chunks;
	  arena->chunks = NULL;
	}
    }
  vec_free (&pkgs);
  arena_free (arena);
  if (p.message != NULL)
    {
      if (err != NULL)
	{
	  err->message = p.message;
	  err->offset = p.err_offset;
	}
      return false;
    }
  return true;
}

struct linkname_go_export *
linkname_go_export_parse (const char *text, size_t len,
			  struct linkname_error *err)
{
  struct linkname_go_export *e = linkname_go_export_new ();
  if (e == NULL)
    {
      if (err != NULL)
	{
	  err->message = "out of memory";
	  err->offset = 0;
	}
      return NULL;
    }
  if (!linkname_go_export_parse_more (e, text, len, err))
    {
      linkname_go_export_free (e);
      return NULL;
    }
  return e;
}

/* Lookups.  */

const struct linkname_go_package *
linkname_go_export_find (const struct linkname_go_export *export,
			 const char *pkgpath)
{
  for (size_t i = 0; i < export->n_packages; i++)
    {
      const struct linkname_go_package *pkg = &export->packages[i];
      const char *path = pkg->pkgpath ? pkg->pkgpath : pkg->name;
      if (path != NULL && strcmp (path, pkgpath) == 0)
	return pkg;
    }
  return NULL;
}

#define BSEARCH(array, n, key)						\
  do									\
    {									\
      size_t lo_ = 0, hi_ = (n);					\
      while (lo_ < hi_)							\
	{								\
	  size_t mid_ = lo_ + (hi_ - lo_) / 2;				\
	  int c_ = strcmp ((key), (array)[mid_].name);			\
	  if (c_ == 0)							\
	    return &(array)[mid_];					\
	  if (c_ < 0)							\
	    hi_ = mid_;							\
	  else								\
	    lo_ = mid_ + 1;						\
	}								\
      return NULL;							\
    }									\
  while (0)

const struct linkname_go_func *
linkname_go_package_func (const struct linkname_go_package *pkg,
			  const char *name)
{
  BSEARCH (pkg->funcs, pkg->n_funcs, name);
}

const struct linkname_go_var *
linkname_go_package_var (const struct linkname_go_package *pkg,
			 const char *name)
{
  BSEARCH (pkg->vars, pkg->n_vars, name);
}

const struct linkname_go_const *
linkname_go_package_const (const struct linkname_go_package *pkg,
			   const char *name)
{
  BSEARCH (pkg->consts, pkg->n_consts, name);
}

const struct linkname_go_type *
linkname_go_package_type (const struct linkname_go_package *pkg,
			  const char *name)
{
  const char *own = pkg->pkgpath ? pkg->pkgpath : pkg->name;
  for (size_t i = 1; i < pkg->n_types; i++)
    {
      const struct linkname_go_type *t = &pkg->types[i];
      if (t->kind == LINKNAME_GO_KIND_NAMED && strcmp (t->name, name) == 0
	  && own != NULL && strcmp (t->pkgpath, own) == 0)
	return t;
    }
  return NULL;
}

const struct linkname_go_func *
linkname_go_package_method (const struct linkname_go_package *pkg,
			    const char *type_name, const char *name)
{
  const struct linkname_go_type *t = linkname_go_package_type (pkg,
							       type_name);
  if (t == NULL)
    return NULL;
  for (size_t i = 0; i < t->n_methods; i++)
    if (t->methods[i].exported && strcmp (t->methods[i].name, name) == 0)
      return &t->methods[i];
  return NULL;
}

const struct linkname_go_type *
linkname_go_type_ref (const struct linkname_go_package *pkg, int ref)
{
  if (ref < 0)
    return builtin_type (-(long) ref);
  if (ref == 0 || (size_t) ref >= pkg->n_types || pkg->types[ref].ref == 0)
    return NULL;
  return &pkg->types[ref];
}

const struct linkname_go_type *
linkname_go_underlying (const struct linkname_go_type *type)
{
  while (type != NULL && type->kind == LINKNAME_GO_KIND_NAMED)
    type = type->elem;
  return type;
}

const struct linkname_go_type *
linkname_go_unalias (const struct linkname_go_type *type)
{
  while (type != NULL && type->kind == LINKNAME_GO_KIND_NAMED && type->alias)
    type = type->elem;
  return type;
}

static bool
pointer_shaped (const struct linkname_go_type *t, int depth)
{
  t = linkname_go_underlying (t);
  /* Deeper than any struct the parser accepts: not pointer-shaped.  */
  if (t == NULL || depth > 100)
    return false;
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_POINTER:
    case LINKNAME_GO_KIND_UNSAFE_POINTER:
    case LINKNAME_GO_KIND_MAP:
    case LINKNAME_GO_KIND_CHAN:
    case LINKNAME_GO_KIND_FUNC:
      return true;
    case LINKNAME_GO_KIND_STRUCT:
      return t->n_fields == 1 && pointer_shaped (t->fields[0].type, depth + 1);
    case LINKNAME_GO_KIND_ARRAY:
      return t->length == 1 && pointer_shaped (t->elem, depth + 1);
    default:
      return false;
    }
}

bool
linkname_go_pointer_shaped (const struct linkname_go_type *type)
{
  return pointer_shaped (type, 0);
}
