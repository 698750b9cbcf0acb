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

/* go-cdecl.c -- Go types and declarations of gccgo's export data
   spelled in C, and the header linkname-gen writes (go-cdecl.h).

   The header is built in two texts: the type definitions, each in a
   guarded block of its own and always before its first use, and the
   declarations of each package.  A type is "defined" (its block
   written) when a declaration or a definition uses it by value; a
   struct reached only through a pointer inside a definition is
   written as "struct NAME *" (which needs no definition) and defined
   later, so that recursive types ("type List struct { Next *List }")
   need no forward declaration.  Spelling a type without writing a
   header (linkname_go_cdecl_type, _prototype) goes the same way with
   the writing turned off.  */

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "go-cdecl.h"
#include "linkname.h"

/* A growable string; OOM is sticky and checked at the end.  */

struct sb
{
  char *p;
  size_t n, cap;
  bool oom;
};

static bool
sb_reserve (struct sb *b, size_t more)
{
  if (b->oom)
    return false;
  if (b->n + more + 1 <= b->cap)
    return true;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->n + more + 1)
    cap *= 2;
  char *p = realloc (b->p, cap);
  if (p == NULL)
    {
      b->oom = true;
      return false;
    }
  b->p = p;
  b->cap = cap;
  return true;
}

static void
sb_putn (struct sb *b, const char *s, size_t n)
{
  if (!sb_reserve (b, n))
    return;
  memcpy (b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

static void
sb_puts (struct sb *b, const char *s)
{
  sb_putn (b, s, strlen (s));
}

static void
sb_putc (struct sb *b, char c)
{
  sb_putn (b, &c, 1);
}

static void
sb_printf (struct sb *b, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));

static void
sb_printf (struct sb *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (n < 0 || !sb_reserve (b, (size_t) n))
    {
      b->oom = true;
      return;
    }
  va_start (ap, fmt);
  vsnprintf (b->p + b->n, (size_t) n + 1, fmt, ap);
  va_end (ap);
  b->n += (size_t) n;
}

static const char *
sb_str (struct sb *b)
{
  return b->p != NULL ? b->p : "";
}

/* The string, given to the caller (NULL if memory ran out).  */
static char *
sb_take (struct sb *b)
{
  if (b->oom)
    {
      free (b->p);
      return NULL;
    }
  if (b->p == NULL)
    return strdup ("");
  return b->p;
}

/* A set of strings, with a state each.  */

enum def_state { DEF_NONE, DEF_BUSY, DEF_DONE };

struct hset
{
  char **keys;
  unsigned char *states;
  size_t n, cap;
  bool oom;
};

static uint64_t
fnv1a (const char *s, size_t n)
{
  uint64_t h = 0xcbf29ce484222325u;
  for (size_t i = 0; i < n; i++)
    {
      h ^= (unsigned char) s[i];
      h *= 0x100000001b3u;
    }
  return h;
}

static size_t
hset_slot (const struct hset *h, const char *key)
{
  size_t i = (size_t) fnv1a (key, strlen (key)) & (h->cap - 1);
  while (h->keys[i] != NULL && strcmp (h->keys[i], key) != 0)
    i = (i + 1) & (h->cap - 1);
  return i;
}

static enum def_state
hset_get (const struct hset *h, const char *key)
{
  if (h->cap == 0)
    return DEF_NONE;
  size_t i = hset_slot (h, key);
  return h->keys[i] != NULL ? (enum def_state) h->states[i] : DEF_NONE;
}

static void
hset_set (struct hset *h, const char *key, enum def_state st)
{
  if (h->oom)
    return;
  if ((h->n + 1) * 2 > h->cap)
    {
      size_t cap = h->cap ? h->cap * 2 : 64;
      struct hset g = { calloc (cap, sizeof (char *)), calloc (cap, 1),
			0, cap, false };
      if (g.keys == NULL || g.states == NULL)
	{
	  free (g.keys);
	  free (g.states);
	  h->oom = true;
	  return;
	}
      for (size_t i = 0; i < h->cap; i++)
	if (h->keys[i] != NULL)
	  {
	    size_t j = hset_slot (&g, h->keys[i]);
	    g.keys[j] = h->keys[i];
	    g.states[j] = h->states[i];
	    g.n++;
	  }
      free (h->keys);
      free (h->states);
      *h = g;
    }
  size_t i = hset_slot (h, key);
  if (h->keys[i] == NULL)
    {
      h->keys[i] = strdup (key);
      if (h->keys[i] == NULL)
	{
	  h->oom = true;
	  return;
	}
      h->n++;
    }
  h->states[i] = (unsigned char) st;
}

static void
hset_free (struct hset *h)
{
  for (size_t i = 0; i < h->cap; i++)
    free (h->keys[i]);
  free (h->keys);
  free (h->states);
}

/* A space before a declarator, unless the type ends in '*'.  */
static void
sb_space (struct sb *b)
{
  if (!(b->n > 0 && b->p[b->n - 1] == '*'))
    sb_putc (b, ' ');
}

/* Names.  */

static bool
ident_char (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	 || (c >= '0' && c <= '9') || c == '_';
}

/* S with each character that cannot stand in a C identifier written
   '_' (one for a whole UTF-8 sequence), '_' before a leading digit.  */
static void
sb_ident (struct sb *b, const char *s)
{
  if (*s >= '0' && *s <= '9')
    sb_putc (b, '_');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      if (ident_char (*p))
	sb_putc (b, (char) *p);
      else if (*p < 0x80 || *p >= 0xc0)
	sb_putc (b, '_');
      /* A continuation byte: part of the '_' already written.  */
    }
}

char *
linkname_go_cdecl_prefix (const char *pkgpath)
{
  struct sb b = { 0 };
  sb_ident (&b, pkgpath);
  return sb_take (&b);
}

/* C11 and C23 keywords, C++ keywords and alternative tokens, GNU
   keywords, and object-like macros of the standard C headers (and some
   function-like ones) or predefined by GCC in its GNU modes, sorted
   for bsearch.  */
static const char *const reserved_words[] = {
  "BUFSIZ", "CHAR_BIT", "CHAR_MAX", "CHAR_MIN", "CLOCKS_PER_SEC",
  "DBL_MAX", "DBL_MIN", "E2BIG", "EACCES", "EDOM", "EILSEQ", "EINVAL",
  "ENOENT", "EOF", "ERANGE", "EXIT_FAILURE", "EXIT_SUCCESS",
  "FILENAME_MAX", "FLT_MAX", "FLT_MIN", "FOPEN_MAX", "HUGE_VAL",
  "HUGE_VALF", "HUGE_VALL", "I", "INFINITY", "INT16_MAX", "INT16_MIN",
  "INT32_MAX", "INT32_MIN", "INT64_MAX", "INT64_MIN", "INT8_MAX",
  "INT8_MIN", "INTMAX_MAX", "INTMAX_MIN", "INTPTR_MAX", "INTPTR_MIN",
  "INT_MAX", "INT_MIN", "LC_ALL", "LC_COLLATE", "LC_CTYPE",
  "LC_MONETARY", "LC_NUMERIC", "LC_TIME", "LLONG_MAX", "LLONG_MIN",
  "LONG_MAX", "LONG_MIN", "L_tmpnam", "MATH_ERREXCEPT", "MATH_ERRNO",
  "MB_CUR_MAX", "MB_LEN_MAX", "NAN", "NDEBUG", "NULL", "PTRDIFF_MAX",
  "PTRDIFF_MIN", "RAND_MAX", "SCHAR_MAX", "SCHAR_MIN", "SEEK_CUR",
  "SEEK_END", "SEEK_SET", "SHRT_MAX", "SHRT_MIN", "SIGABRT", "SIGFPE",
  "SIGILL", "SIGINT", "SIGSEGV", "SIGTERM", "SIG_DFL", "SIG_ERR",
  "SIG_IGN", "SIZE_MAX", "TIME_UTC", "TMP_MAX", "UCHAR_MAX",
  "UINT16_MAX", "UINT32_MAX", "UINT64_MAX", "UINT8_MAX", "UINTMAX_MAX",
  "UINTPTR_MAX", "UINT_MAX", "ULLONG_MAX", "ULONG_MAX", "USHRT_MAX",
  "WCHAR_MAX", "WCHAR_MIN", "WEOF", "_Alignas", "_Alignof", "_Atomic",
  "_BitInt", "_Bool", "_Complex", "_Complex_I", "_Decimal128",
  "_Decimal32", "_Decimal64", "_Generic", "_Imaginary", "_Imaginary_I",
  "_Noreturn", "_Pragma", "_Static_assert", "_Thread_local", "alignas",
  "alignof", "and", "and_eq", "asm", "assert", "auto", "bitand",
  "bitor", "bool", "break", "case", "catch", "char", "char16_t",
  "char32_t", "char8_t", "class", "co_await", "co_return", "co_yield",
  "compl", "complex", "concept", "const", "const_cast", "consteval",
  "constexpr", "constinit", "continue", "decltype", "default", "delete",
  "do", "double", "dynamic_cast", "else", "enum", "errno", "explicit",
  "export", "extern", "false", "float", "for", "friend", "goto", "i386",
  "if", "imaginary", "inline", "int", "linux", "long", "math_errhandling",
  "mutable", "namespace", "new", "noexcept", "noreturn", "not", "not_eq",
  "nullptr", "offsetof", "operator", "or", "or_eq", "private",
  "protected", "public", "register", "reinterpret_cast", "requires",
  "restrict", "return", "setjmp", "short", "signed", "sizeof", "static",
  "static_assert", "static_cast", "stderr", "stdin", "stdout", "struct",
  "switch", "template", "this", "thread_local", "throw", "true", "try",
  "typedef", "typeid", "typename", "typeof", "typeof_unqual", "union",
  "unix", "unreachable", "unsigned", "using", "va_arg", "va_copy",
  "va_end", "va_start", "virtual", "void", "volatile", "wchar_t",
  "while", "xor", "xor_eq"
};

static int
cmp_word (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

bool
linkname_go_cdecl_reserved (const char *name)
{
  return bsearch (&name, reserved_words,
		  sizeof reserved_words / sizeof reserved_words[0],
		  sizeof reserved_words[0], cmp_word) != NULL;
}

static void
sb_field_ident (struct sb *b, const char *name)
{
  size_t start = b->n;
  sb_ident (b, name);
  if (!b->oom && b->p != NULL && linkname_go_cdecl_reserved (b->p + start))
    sb_putc (b, '_');
}

char *
linkname_go_cdecl_ident (const char *name)
{
  struct sb b = { 0 };
  sb_field_ident (&b, name);
  return sb_take (&b);
}

/* The writer's state.  */

struct gen
{
  const struct linkname_go_package *pkg;
  const char *own_path;		/* Its pkgpath, or its name.  */
  char *own_prefix;
  const struct linkname_go_cdecl_options *opts;
  bool emit;			/* Write definitions into TYPES.  */
  /* Of spell, sb_tag and go_type: damaged export data can make an
     alias hold itself ("type A = *A", which Go refuses).  */
  int depth;
  /* Structs reached through pointers inside definitions: defined
     once the declaration being written is done.  */
  const struct linkname_go_type **pending;
  size_t n_pending, cap_pending;
  struct sb types;
  struct hset defined;
  bool oom;
};

static const struct linkname_go_cdecl_options default_options;

/* PKG's name ("" if its data had none).  */
static const char *
pkg_name (const struct linkname_go_package *pkg)
{
  return pkg->name ? pkg->name : "";
}

static bool
own_type (const struct gen *g, const struct linkname_go_type *t)
{
  return t->pkgpath == NULL || strcmp (t->pkgpath, g->own_path) == 0;
}

/* The C name of the named type T.  */
static void
sb_named (struct gen *g, struct sb *b, const struct linkname_go_type *t)
{
  if (own_type (g, t))
    sb_puts (b, g->own_prefix);
  else
    sb_ident (b, t->pkgpath);
  sb_putc (b, '_');
  sb_ident (b, t->name);
}

static const struct linkname_go_type *
unalias (const struct linkname_go_type *t)
{
  return linkname_go_unalias (t);
}

/* Go's spelling of types, for comments and for naming anonymous
   structs.  FULL: other packages' types by import path, unexported
   fields with theirs (a canonical form); else as Go source would.  */

static void go_type (struct gen *g, struct sb *b,
		     const struct linkname_go_type *t, bool full);

static const char *
package_name (struct gen *g, const char *pkgpath)
{
  for (size_t i = 0; i < g->pkg->n_imports; i++)
    if (strcmp (g->pkg->imports[i].pkgpath, pkgpath) == 0)
      return g->pkg->imports[i].name;
  const char *slash = strrchr (pkgpath, '/');
  return slash ? slash + 1 : pkgpath;
}

static void
go_params (struct gen *g, struct sb *b,
	   const struct linkname_go_param *ps, size_t n, bool variadic,
	   bool full)
{
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0)
	sb_puts (b, ", ");
      if (ps[i].name != NULL)
	{
	  sb_puts (b, ps[i].name);
	  sb_putc (b, ' ');
	}
      if (variadic && i + 1 == n && ps[i].type->elem != NULL)
	{
	  sb_puts (b, "...");
	  go_type (g, b, ps[i].type->elem, full);
	}
      else
	go_type (g, b, ps[i].type, full);
    }
}

static void
go_sig (struct gen *g, struct sb *b,
	const struct linkname_go_signature *sig, bool full)
{
  sb_putc (b, '(');
  go_params (g, b, sig->params, sig->n_params, sig->variadic, full);
  sb_putc (b, ')');
  if (sig->n_results == 1 && sig->results[0].name == NULL)
    {
      sb_putc (b, ' ');
      go_type (g, b, sig->results[0].type, full);
    }
  else if (sig->n_results > 0)
    {
      sb_puts (b, " (");
      go_params (g, b, sig->results, sig->n_results, false, full);
      sb_putc (b, ')');
    }
}

#define MAX_DEPTH 200

static void go_type_1 (struct gen *g, struct sb *b,
		       const struct linkname_go_type *t, bool full);

static void
go_type (struct gen *g, struct sb *b, const struct linkname_go_type *t,
	 bool full)
{
  if (g->depth >= MAX_DEPTH)
    {
      sb_puts (b, "?");
      return;
    }
  g->depth++;
  go_type_1 (g, b, t, full);
  g->depth--;
}

static void
go_type_1 (struct gen *g, struct sb *b, const struct linkname_go_type *t,
	   bool full)
{
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_BUILTIN:
      {
	const char *n = linkname_go_builtin_name (t->builtin);
	sb_puts (b, n ? n : "?");
      }
      break;
    case LINKNAME_GO_KIND_NAMED:
      if (full)
	sb_printf (b, "%s.%s", t->pkgpath ? t->pkgpath : "", t->name);
      else if (t->pkgpath == NULL || strcmp (t->pkgpath, g->own_path) == 0)
	sb_puts (b, t->name);
      else
	sb_printf (b, "%s.%s", package_name (g, t->pkgpath), t->name);
      break;
    case LINKNAME_GO_KIND_POINTER:
      sb_putc (b, '*');
      go_type (g, b, t->elem, full);
      break;
    case LINKNAME_GO_KIND_UNSAFE_POINTER:
      sb_puts (b, "unsafe.Pointer");
      break;
    case LINKNAME_GO_KIND_ARRAY:
      sb_printf (b, "[%" PRIu64 "]", t->length);
      go_type (g, b, t->elem, full);
      break;
    case LINKNAME_GO_KIND_SLICE:
      sb_puts (b, "[]");
      go_type (g, b, t->elem, full);
      break;
    case LINKNAME_GO_KIND_MAP:
      sb_puts (b, "map[");
      go_type (g, b, t->key, full);
      sb_putc (b, ']');
      go_type (g, b, t->elem, full);
      break;
    case LINKNAME_GO_KIND_CHAN:
      sb_puts (b, t->chan_dir == LINKNAME_GO_CHAN_RECV ? "<-chan "
	       : t->chan_dir == LINKNAME_GO_CHAN_SEND ? "chan<- " : "chan ");
      go_type (g, b, t->elem, full);
      break;
    case LINKNAME_GO_KIND_STRUCT:
      sb_puts (b, "struct {");
      for (size_t i = 0; i < t->n_fields; i++)
	{
	  const struct linkname_go_field *f = &t->fields[i];
	  sb_puts (b, i ? "; " : " ");
	  if (!f->embedded)
	    {
	      if (full && f->pkgpath != NULL)
		sb_printf (b, ".%s.", f->pkgpath);
	      sb_printf (b, "%s ", f->name);
	    }
	  go_type (g, b, f->type, full);
	}
      sb_puts (b, t->n_fields ? " }" : "}");
      break;
    case LINKNAME_GO_KIND_INTERFACE:
      sb_puts (b, "interface {");
      for (size_t i = 0; i < t->n_embeds; i++)
	{
	  sb_puts (b, " ");
	  go_type (g, b, t->embeds[i], full);
	  sb_putc (b, ';');
	}
      for (size_t i = 0; i < t->n_methods; i++)
	{
	  sb_printf (b, " %s", t->methods[i].name);
	  go_sig (g, b, &t->methods[i].sig, full);
	  sb_putc (b, ';');
	}
      sb_puts (b, t->n_embeds + t->n_methods ? " }" : "}");
      break;
    case LINKNAME_GO_KIND_FUNC:
      sb_puts (b, "func");
      go_sig (g, b, &t->sig, full);
      break;
    }
}

/* Text for a C comment: no "* /" inside.  */
static void
sb_comment (struct sb *b, const char *text)
{
  sb_puts (b, "/* ");
  for (const char *p = text; *p; p++)
    {
      sb_putc (b, *p);
      if (*p == '*' && p[1] == '/')
	sb_putc (b, ' ');
    }
  sb_puts (b, " */\n");
}

/* Type properties.  */

static bool
empty_interface (const struct linkname_go_type *u)
{
  return u->n_methods == 0 && u->n_embeds == 0;
}

/* A struct or an array: a C struct with a tag.  */
static bool
struct_like (const struct linkname_go_type *t)
{
  const struct linkname_go_type *u = linkname_go_underlying (t);
  return u->kind == LINKNAME_GO_KIND_STRUCT
	 || u->kind == LINKNAME_GO_KIND_ARRAY;
}

static bool
zero_size (const struct linkname_go_type *t, int depth)
{
  const struct linkname_go_type *u = linkname_go_underlying (t);
  if (depth > 100)
    return false;
  if (u->kind == LINKNAME_GO_KIND_ARRAY)
    return u->length == 0 || zero_size (u->elem, depth + 1);
  if (u->kind == LINKNAME_GO_KIND_STRUCT)
    {
      for (size_t i = 0; i < u->n_fields; i++)
	if (!zero_size (u->fields[i].type, depth + 1))
	  return false;
      return true;
    }
  return false;
}

/* For --safe: whether T holds a map, chan, func value or interface
   where C reads or writes it (by value, in a slice's elements; not
   behind a pointer).  */
static bool
unsafe_type (const struct linkname_go_type *t, int depth)
{
  const struct linkname_go_type *u = linkname_go_underlying (t);
  if (depth > 100)
    return false;
  switch (u->kind)
    {
    case LINKNAME_GO_KIND_BUILTIN:
      return u->builtin == LINKNAME_GO_ERROR || u->builtin == LINKNAME_GO_ANY;
    case LINKNAME_GO_KIND_MAP:
    case LINKNAME_GO_KIND_CHAN:
    case LINKNAME_GO_KIND_FUNC:
    case LINKNAME_GO_KIND_INTERFACE:
      return true;
    case LINKNAME_GO_KIND_STRUCT:
      for (size_t i = 0; i < u->n_fields; i++)
	if (unsafe_type (u->fields[i].type, depth + 1))
	  return true;
      return false;
    case LINKNAME_GO_KIND_ARRAY:
    case LINKNAME_GO_KIND_SLICE:
      return unsafe_type (u->elem, depth + 1);
    default:
      return false;
    }
}

static bool
unsafe_func (const struct linkname_go_func *fn)
{
  if (fn->receiver != NULL && !fn->pointer_receiver
      && unsafe_type (fn->receiver, 0))
    return true;
  for (size_t i = 0; i < fn->sig.n_params; i++)
    if (unsafe_type (fn->sig.params[i].type, 0))
      return true;
  for (size_t i = 0; i < fn->sig.n_results; i++)
    if (unsafe_type (fn->sig.results[i].type, 0))
      return true;
  return false;
}

static bool
is_unsafe_pointer (const struct linkname_go_type *t)
{
  return t->kind == LINKNAME_GO_KIND_NAMED && t->pkgpath != NULL
	 && strcmp (t->pkgpath, "unsafe") == 0
	 && strcmp (t->name, "Pointer") == 0;
}

/* Tags: the part of a shared type's name that says what it holds
   (go_slice_TAG, go_arrayN_TAG).  */

static const char *const builtin_tags[] = {
  [LINKNAME_GO_INT8] = "int8", [LINKNAME_GO_INT16] = "int16",
  [LINKNAME_GO_INT32] = "rune", [LINKNAME_GO_INT64] = "int64",
  [LINKNAME_GO_UINT8] = "byte", [LINKNAME_GO_UINT16] = "uint16",
  [LINKNAME_GO_UINT32] = "uint32", [LINKNAME_GO_UINT64] = "uint64",
  [LINKNAME_GO_FLOAT32] = "float32", [LINKNAME_GO_FLOAT64] = "float64",
  [LINKNAME_GO_INT] = "int", [LINKNAME_GO_UINT] = "uint",
  [LINKNAME_GO_UINTPTR] = "uintptr", [LINKNAME_GO_BOOL] = "bool",
  [LINKNAME_GO_STRING] = "string", [LINKNAME_GO_COMPLEX64] = "complex64",
  [LINKNAME_GO_COMPLEX128] = "complex128", [LINKNAME_GO_ERROR] = "error",
  [LINKNAME_GO_BYTE] = "byte", [LINKNAME_GO_RUNE] = "rune",
  [LINKNAME_GO_ANY] = "eface"
};

static const char *const builtin_c[] = {
  [LINKNAME_GO_INT8] = "int8_t", [LINKNAME_GO_INT16] = "int16_t",
  [LINKNAME_GO_INT32] = "int32_t", [LINKNAME_GO_INT64] = "int64_t",
  [LINKNAME_GO_UINT8] = "uint8_t", [LINKNAME_GO_UINT16] = "uint16_t",
  [LINKNAME_GO_UINT32] = "uint32_t", [LINKNAME_GO_UINT64] = "uint64_t",
  [LINKNAME_GO_FLOAT32] = "float", [LINKNAME_GO_FLOAT64] = "double",
  [LINKNAME_GO_INT] = "go_int", [LINKNAME_GO_UINT] = "go_uint",
  [LINKNAME_GO_UINTPTR] = "uintptr_t", [LINKNAME_GO_BOOL] = "go_bool",
  [LINKNAME_GO_STRING] = "go_string",
  [LINKNAME_GO_COMPLEX64] = "go_complex64",
  [LINKNAME_GO_COMPLEX128] = "go_complex128",
  [LINKNAME_GO_ERROR] = "go_error", [LINKNAME_GO_BYTE] = "uint8_t",
  [LINKNAME_GO_RUNE] = "int32_t", [LINKNAME_GO_ANY] = "go_eface"
};

static const char *
builtin_name_or (const char *const *table, enum linkname_go_builtin b)
{
  if ((int) b >= 1 && (int) b <= LINKNAME_GO_BUILTIN_MAX && table[b])
    return table[b];
  return NULL;
}

static void sb_tag_1 (struct gen *g, struct sb *b,
		      const struct linkname_go_type *t);

static void
sb_tag (struct gen *g, struct sb *b, const struct linkname_go_type *t)
{
  if (g->depth >= MAX_DEPTH)
    {
      sb_puts (b, "void");
      return;
    }
  g->depth++;
  sb_tag_1 (g, b, t);
  g->depth--;
}

static void
sb_tag_1 (struct gen *g, struct sb *b, const struct linkname_go_type *t)
{
  t = unalias (t);
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_BUILTIN:
      {
	const char *n = builtin_name_or (builtin_tags, t->builtin);
	sb_puts (b, n ? n : "unknown");
      }
      break;
    case LINKNAME_GO_KIND_NAMED:
      if (is_unsafe_pointer (t))
	sb_puts (b, "unsafe_Pointer");
      else
	sb_named (g, b, t);
      break;
    case LINKNAME_GO_KIND_POINTER:
      sb_puts (b, "ptr_");
      sb_tag (g, b, t->elem);
      break;
    case LINKNAME_GO_KIND_UNSAFE_POINTER:
      sb_puts (b, "unsafe_Pointer");
      break;
    case LINKNAME_GO_KIND_SLICE:
      sb_puts (b, "slice_");
      sb_tag (g, b, t->elem);
      break;
    case LINKNAME_GO_KIND_ARRAY:
      sb_printf (b, "array%" PRIu64 "_", t->length);
      sb_tag (g, b, t->elem);
      break;
    case LINKNAME_GO_KIND_MAP:
      sb_puts (b, "map");
      break;
    case LINKNAME_GO_KIND_CHAN:
      sb_puts (b, "chan");
      break;
    case LINKNAME_GO_KIND_FUNC:
      sb_puts (b, "func");
      break;
    case LINKNAME_GO_KIND_INTERFACE:
      sb_puts (b, empty_interface (t) ? "eface" : "iface");
      break;
    case LINKNAME_GO_KIND_STRUCT:
      {
	/* Anonymous: named after its canonical Go spelling, so that
	   the headers of several packages agree.  */
	if (t->n_fields == 0)
	  {
	    sb_puts (b, "struct_empty");
	    break;
	  }
	struct sb s = { 0 };
	go_type (g, &s, t, true);
	sb_printf (b, "struct_%016" PRIx64, fnv1a (sb_str (&s), s.n));
	if (s.oom)
	  b->oom = true;
	free (s.p);
      }
      break;
    }
}

/* The C spelling of types.  */

enum spell_mode
{
  SPELL_TOP,			/* In a declaration: complete, and so is
				   what a pointer points to.  */
  SPELL_VALUE,			/* By value inside a definition.  */
  SPELL_POINTEE			/* Behind a pointer inside a definition:
				   a struct may be incomplete.  */
};

static void spell (struct gen *g, struct sb *b,
		   const struct linkname_go_type *t, enum spell_mode mode);
static void define (struct gen *g, const struct linkname_go_type *t);

static void
add_pending (struct gen *g, const struct linkname_go_type *t)
{
  if (g->n_pending == g->cap_pending)
    {
      size_t cap = g->cap_pending ? g->cap_pending * 2 : 32;
      const struct linkname_go_type **p
	= realloc (g->pending, cap * sizeof *p);
      if (p == NULL)
	{
	  g->oom = true;
	  return;
	}
      g->pending = p;
      g->cap_pending = cap;
    }
  g->pending[g->n_pending++] = t;
}

/* Define the structs left for later (which may leave more).  */
static void
define_pending (struct gen *g)
{
  while (g->n_pending > 0)
    define (g, g->pending[--g->n_pending]);
}

/* The C name of T's definition (a named type, slice, array or
   anonymous struct), in B.  */
static void
sb_def_name (struct gen *g, struct sb *b, const struct linkname_go_type *t)
{
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_NAMED:
      sb_named (g, b, t);
      break;
    case LINKNAME_GO_KIND_SLICE:
    case LINKNAME_GO_KIND_ARRAY:
    case LINKNAME_GO_KIND_STRUCT:
      sb_puts (b, "go_");
      sb_tag (g, b, t);
      break;
    default:
      break;
    }
}

/* A declaration of NAME with type T inside a struct: arrays inline
   ("uint8_t name[16]").  */
static void
field_decl (struct gen *g, struct sb *b, const struct linkname_go_type *t,
	    const char *name)
{
  t = unalias (t);
  if (t->kind == LINKNAME_GO_KIND_ARRAY)
    {
      /* (At most MAX_DEPTH dimensions: see struct gen's depth.)  */
      const struct linkname_go_type *e = t;
      int dims = 0;
      while (unalias (e)->kind == LINKNAME_GO_KIND_ARRAY && dims < MAX_DEPTH)
	{
	  e = unalias (e)->elem;
	  dims++;
	}
      spell (g, b, e, SPELL_VALUE);
      sb_space (b);
      sb_puts (b, name);
      e = t;
      for (int i = 0; i < dims; i++, e = unalias (e)->elem)
	sb_printf (b, "[%" PRIu64 "]", unalias (e)->length);
      return;
    }
  spell (g, b, t, SPELL_VALUE);
  sb_space (b);
  sb_puts (b, name);
}

static bool cxx_differs (const struct linkname_go_type *t);
static void cxx_only_open (struct sb *b, bool c_only);
static void cxx_only_close (struct sb *b, bool c_only);

/* The members of the Go struct U (fields in order, gccgo's padding
   after a last field of size zero).  */
static void
struct_members (struct gen *g, struct sb *b, const struct linkname_go_type *u)
{
  bool nonzero = false;
  for (size_t i = 0; i < u->n_fields; i++)
    {
      const struct linkname_go_field *f = &u->fields[i];
      struct sb name = { 0 };
      if (strcmp (f->name, "_") == 0 || f->name[0] == '\0')
	sb_printf (&name, "_%zu", i);
      else
	sb_field_ident (&name, f->name);
      bool c_only = cxx_differs (f->type);
      cxx_only_open (b, c_only);
      sb_puts (b, "  ");
      field_decl (g, b, f->type, sb_str (&name));
      sb_puts (b, ";\n");
      cxx_only_close (b, c_only);
      if (name.oom)
	b->oom = true;
      free (name.p);
      if (!zero_size (f->type, 0))
	nonzero = true;
    }
  /* gccgo's padding: the last field, blank fields of size zero left
     aside ("_ [0]func()") by gccgo 12 and newer, has size zero.  */
  size_t last = u->n_fields;
  unsigned major = g->opts->gccgo_major;
  while ((major == 0 || major >= 12)
	 && last > 0 && strcmp (u->fields[last - 1].name, "_") == 0
	 && zero_size (u->fields[last - 1].type, 0))
    last--;
  if (nonzero && last > 0 && zero_size (u->fields[last - 1].type, 0))
    sb_puts (b, "  uint8_t linkname_pad_;  /* gccgo pads a last field of"
	     " size zero.  */\n");
}

/* Whether the C definition of U (a struct or array) is a GNU
   extension, which "__extension__" keeps -pedantic quiet about: a
   struct without members, an array of length zero.  */
static bool
zero_array (const struct linkname_go_type *t)
{
  int dims = 0;
  for (t = unalias (t); t->kind == LINKNAME_GO_KIND_ARRAY && dims < MAX_DEPTH;
       t = unalias (t->elem), dims++)
    if (t->length == 0)
      return true;
  return false;
}

/* Whether T has size zero in Go (and GNU C) but not in C++, where an
   object of an empty class takes a byte: a struct of nothing but
   members of size zero, or an array of such structs (an array of length
   zero has size zero in GNU C++ as well).  Such a member is left out of
   a C++ struct, the members after it keeping their Go offsets; a
   declaration that takes or returns such a type by value, or is a
   variable of one, is C only (linkname's Go signature check tells the
   sizes apart).  */
static bool
cxx_differs (const struct linkname_go_type *t)
{
  return zero_size (t, 0) && !zero_array (t);
}

static void
cxx_only_open (struct sb *b, bool c_only)
{
  if (c_only)
    sb_puts (b, "#ifndef __cplusplus  /* Size zero in Go, not in C++.  */\n");
}

static void
cxx_only_close (struct sb *b, bool c_only)
{
  if (c_only)
    sb_puts (b, "#endif\n");
}

static bool
needs_extension (const struct linkname_go_type *u)
{
  if (u->kind == LINKNAME_GO_KIND_ARRAY)
    return zero_array (u);
  if (u->n_fields == 0)
    return true;
  for (size_t i = 0; i < u->n_fields; i++)
    if (zero_array (u->fields[i].type))
      return true;
  return false;
}

static const char *
extension (const struct linkname_go_type *u)
{
  return needs_extension (u) ? "__extension__ " : "";
}

static void
guard_open (struct sb *b, const char *name)
{
  sb_printf (b, "#ifndef LINKNAME_GO_TYPE_%s\n#define LINKNAME_GO_TYPE_%s 1\n",
	     name, name);
}

static void
guard_close (struct sb *b)
{
  sb_puts (b, "#endif\n\n");
}

/* Write T's definition (and first what it uses by value) if it is not
   written yet.  */
static void
define (struct gen *g, const struct linkname_go_type *t)
{
  if (!g->emit)
    return;
  struct sb nb = { 0 };
  sb_def_name (g, &nb, t);
  if (nb.oom)
    {
      g->oom = true;
      free (nb.p);
      return;
    }
  const char *name = sb_str (&nb);
  if (hset_get (&g->defined, name) != DEF_NONE)
    {
      free (nb.p);
      return;
    }
  hset_set (&g->defined, name, DEF_BUSY);

  struct sb blk = { 0 };
  guard_open (&blk, name);
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_NAMED:
      {
	const struct linkname_go_type *u = linkname_go_underlying (t);
	struct sb c = { 0 };
	sb_puts (&c, "type ");
	go_type (g, &c, t, false);
	sb_putc (&c, ' ');
	go_type (g, &c, t->elem, false);
	sb_comment (&blk, sb_str (&c));
	free (c.p);
	if (u->kind == LINKNAME_GO_KIND_STRUCT)
	  {
	    sb_printf (&blk, "typedef struct %s %s;\n%sstruct %s\n{\n", name,
		       name, extension (u), name);
	    struct_members (g, &blk, u);
	    sb_puts (&blk, "};\n");
	  }
	else if (u->kind == LINKNAME_GO_KIND_ARRAY)
	  {
	    sb_printf (&blk, "typedef struct %s %s;\n%sstruct %s\n{\n  ", name,
		       name, extension (u), name);
	    field_decl (g, &blk, u, "a");
	    sb_puts (&blk, ";\n};\n");
	  }
	else
	  {
	    sb_puts (&blk, "typedef ");
	    spell (g, &blk, u, SPELL_VALUE);
	    sb_space (&blk);
	    sb_printf (&blk, "%s;\n", name);
	  }
      }
      break;
    case LINKNAME_GO_KIND_SLICE:
      sb_printf (&blk, "typedef struct %s\n{\n  ", name);
      spell (g, &blk, t->elem, SPELL_POINTEE);
      sb_printf (&blk, "%s*data;\n  go_int len;\n  go_int cap;\n} %s;\n",
		 blk.n > 0 && blk.p[blk.n - 1] == '*' ? "" : " ", name);
      break;
    case LINKNAME_GO_KIND_ARRAY:
      sb_printf (&blk, "%stypedef struct %s\n{\n  ", extension (t), name);
      field_decl (g, &blk, t, "a");
      sb_printf (&blk, ";\n} %s;\n", name);
      break;
    case LINKNAME_GO_KIND_STRUCT:
      {
	struct sb c = { 0 };
	go_type (g, &c, t, false);
	sb_comment (&blk, sb_str (&c));
	free (c.p);
	sb_printf (&blk, "%stypedef struct %s\n{\n", extension (t), name);
	struct_members (g, &blk, t);
	sb_printf (&blk, "} %s;\n", name);
      }
      break;
    default:
      break;
    }
  guard_close (&blk);
  sb_putn (&g->types, sb_str (&blk), blk.n);
  if (blk.oom)
    g->oom = true;
  free (blk.p);
  hset_set (&g->defined, name, DEF_DONE);
  free (nb.p);
}

static void spell_1 (struct gen *g, struct sb *b,
		     const struct linkname_go_type *t, enum spell_mode mode);

static void
spell (struct gen *g, struct sb *b, const struct linkname_go_type *t,
       enum spell_mode mode)
{
  if (g->depth >= MAX_DEPTH)
    {
      sb_puts (b, "void");
      return;
    }
  g->depth++;
  spell_1 (g, b, t, mode);
  g->depth--;
}

static void
spell_1 (struct gen *g, struct sb *b, const struct linkname_go_type *t,
	 enum spell_mode mode)
{
  t = unalias (t);
  if (is_unsafe_pointer (t))
    t = linkname_go_underlying (t);
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_BUILTIN:
      {
	const char *n = builtin_name_or (builtin_c, t->builtin);
	sb_puts (b, n ? n : "void");
      }
      break;
    case LINKNAME_GO_KIND_NAMED:
    case LINKNAME_GO_KIND_SLICE:
    case LINKNAME_GO_KIND_ARRAY:
    case LINKNAME_GO_KIND_STRUCT:
      {
	struct sb nb = { 0 };
	sb_def_name (g, &nb, t);
	bool tagged = t->kind != LINKNAME_GO_KIND_SLICE && struct_like (t);
	if (mode == SPELL_POINTEE && tagged)
	  {
	    /* "struct NAME" declares the tag: defined later.  */
	    sb_printf (b, "struct %s", sb_str (&nb));
	    if (g->emit && hset_get (&g->defined, sb_str (&nb)) == DEF_NONE)
	      add_pending (g, t);
	  }
	else if (g->emit && hset_get (&g->defined, sb_str (&nb)) == DEF_BUSY)
	  {
	    /* A type that holds itself through a pointer without a
	       struct between ("type P *P", "type S []S").  */
	    sb_puts (b, tagged ? "struct " : "");
	    sb_puts (b, tagged ? sb_str (&nb) : "void");
	  }
	else
	  {
	    define (g, t);
	    sb_puts (b, sb_str (&nb));
	  }
	if (nb.oom)
	  b->oom = true;
	free (nb.p);
      }
      break;
    case LINKNAME_GO_KIND_POINTER:
      spell (g, b, t->elem, mode == SPELL_TOP ? SPELL_TOP : SPELL_POINTEE);
      sb_puts (b, b->n > 0 && b->p[b->n - 1] == '*' ? "*" : " *");
      break;
    case LINKNAME_GO_KIND_UNSAFE_POINTER:
      sb_puts (b, "void *");
      break;
    case LINKNAME_GO_KIND_MAP:
      sb_puts (b, "go_map");
      break;
    case LINKNAME_GO_KIND_CHAN:
      sb_puts (b, "go_chan");
      break;
    case LINKNAME_GO_KIND_FUNC:
      sb_puts (b, "go_func");
      break;
    case LINKNAME_GO_KIND_INTERFACE:
      sb_puts (b, empty_interface (t) ? "go_eface" : "go_iface");
      break;
    }
}

/* Declarations.  */

static void
gen_init (struct gen *g, const struct linkname_go_package *pkg,
	  const char *prefix, const struct linkname_go_cdecl_options *opts,
	  bool emit)
{
  memset (g, 0, sizeof *g);
  g->pkg = pkg;
  g->opts = opts ? opts : &default_options;
  g->own_path = pkg->pkgpath ? pkg->pkgpath : pkg_name (pkg);
  g->own_prefix = prefix ? strdup (prefix)
		  : linkname_go_cdecl_prefix (g->own_path);
  if (g->own_prefix == NULL)
    g->oom = true;
  g->emit = emit;
}

static void
gen_free (struct gen *g)
{
  free (g->own_prefix);
  free (g->types.p);
  hset_free (&g->defined);
  free (g->pending);
}

/* A pointer type's spelling with a space before the '*' and none
   after, for a parameter: "strings_Builder *".  */

static void
sb_c_string (struct sb *b, const char *s, size_t n)
{
  sb_putc (b, '"');
  for (size_t i = 0; i < n; i++)
    {
      unsigned char c = (unsigned char) s[i];
      if (c == '"' || c == '\\')
	sb_printf (b, "\\%c", c);
      else if (c == '?')
	sb_puts (b, "\\?");
      else if (c >= 0x20 && c < 0x7f)
	sb_putc (b, (char) c);
      else
	sb_printf (b, "\\%03o", c);
    }
  sb_putc (b, '"');
}

/* The Go name after the import path: "F", "T.M", "(*T).M".  */
static void
sb_go_member (struct sb *b, const struct linkname_go_func *fn)
{
  if (fn->receiver_base != NULL)
    {
      if (fn->pointer_receiver)
	sb_printf (b, "(*%s).", fn->receiver_base->name);
      else
	sb_printf (b, "%s.", fn->receiver_base->name);
    }
  sb_puts (b, fn->name);
}

/* The binding: " __attribute__ ((linkname (...)))" or " __asm__
   (...)" for the Go name MEMBER of the package, or the symbol ASM.
   False, with nothing written, when MEMBER makes no valid target (only
   damaged export data has such names).  */
static bool
sb_binding (struct gen *g, struct sb *b, const char *member,
	    const char *asm_name)
{
  if (asm_name != NULL)
    {
      if (g->opts->asm_labels)
	{
	  sb_puts (b, " __asm__ (");
	  sb_c_string (b, asm_name, strlen (asm_name));
	  sb_puts (b, ")");
	}
      else
	{
	  sb_puts (b, " __attribute__ ((linkname (");
	  sb_c_string (b, asm_name, strlen (asm_name));
	  sb_puts (b, ", \"verbatim\")))");
	}
      return true;
    }
  /* A package without a pkgpath: its symbols begin PREFIX.NAME.  */
  struct sb path = { 0 };
  if (g->pkg->pkgpath != NULL)
    sb_puts (&path, g->pkg->pkgpath);
  else
    sb_printf (&path, "%s.%s", g->pkg->prefix ? g->pkg->prefix : "go",
	       pkg_name (g->pkg));
  char *target = path.oom ? NULL : linkname_target_join (sb_str (&path),
							  member);
  free (path.p);
  if (target == NULL)
    {
      b->oom = true;
      return true;
    }
  struct linkname_target parsed;
  if (!linkname_target_parse (target, strlen (target), &parsed, NULL))
    {
      free (target);
      return false;
    }
  if (g->opts->asm_labels)
    {
      char *sym = linkname_symbol (&parsed, LINKNAME_SCHEME_GCCGO);
      if (sym == NULL)
	b->oom = true;
      else
	{
	  sb_puts (b, " __asm__ (");
	  sb_c_string (b, sym, strlen (sym));
	  sb_puts (b, ")");
	}
      free (sym);
    }
  else
    {
      sb_puts (b, " __attribute__ ((linkname (");
      sb_c_string (b, target, strlen (target));
      sb_puts (b, ")))");
    }
  linkname_target_free (&parsed);
  free (target);
  return true;
}

/* FN's C name.  */
static void
sb_func_name (struct gen *g, struct sb *b, const struct linkname_go_func *fn)
{
  sb_puts (b, g->own_prefix);
  sb_putc (b, '_');
  if (fn->receiver_base != NULL)
    {
      sb_ident (b, fn->receiver_base->name);
      sb_putc (b, '_');
    }
  sb_ident (b, fn->name);
}

static void go_signature (struct gen *g, struct sb *b,
			  const struct linkname_go_func *fn);

/* The results struct of FN, defined (under g->emit) with its name in
   B.  */
static void
ret_struct (struct gen *g, struct sb *b, const struct linkname_go_func *fn)
{
  struct sb nb = { 0 };
  sb_func_name (g, &nb, fn);
  sb_puts (&nb, "_ret");
  const char *name = sb_str (&nb);
  if (g->emit && hset_get (&g->defined, name) == DEF_NONE)
    {
      hset_set (&g->defined, name, DEF_BUSY);
      struct sb blk = { 0 };
      guard_open (&blk, name);
      struct sb c = { 0 };
      sb_puts (&c, "The results of ");
      go_signature (g, &c, fn);
      sb_comment (&blk, sb_str (&c));
      free (c.p);
      sb_printf (&blk, "typedef struct %s\n{\n", name);
      for (size_t i = 0; i < fn->sig.n_results; i++)
	{
	  const struct linkname_go_param *r = &fn->sig.results[i];
	  struct sb fname = { 0 };
	  if (r->name == NULL || strcmp (r->name, "_") == 0
	      || r->name[0] == '\0')
	    sb_printf (&fname, "r%zu", i);
	  else
	    sb_field_ident (&fname, r->name);
	  bool c_only = cxx_differs (r->type);
	  cxx_only_open (&blk, c_only);
	  sb_puts (&blk, "  ");
	  field_decl (g, &blk, r->type, sb_str (&fname));
	  sb_puts (&blk, ";\n");
	  cxx_only_close (&blk, c_only);
	  free (fname.p);
	}
      sb_printf (&blk, "} %s;\n", name);
      guard_close (&blk);
      sb_putn (&g->types, sb_str (&blk), blk.n);
      if (blk.oom)
	g->oom = true;
      free (blk.p);
      hset_set (&g->defined, name, DEF_DONE);
    }
  sb_puts (b, name);
  if (nb.oom)
    b->oom = true;
  free (nb.p);
}

/* Whether FN is a method of one of PKG's own named types.  */
static bool
method_ok (const struct gen *g, const struct linkname_go_func *fn)
{
  return fn->receiver_base == NULL
	 || (fn->receiver_base->kind == LINKNAME_GO_KIND_NAMED
	     && own_type (g, fn->receiver_base));
}

/* Whether FN takes or returns by value a type whose size C++ does not
   keep (cxx_differs): its declaration is C only.  */
static bool
func_c_only (const struct linkname_go_func *fn)
{
  const struct linkname_go_signature *sig = &fn->sig;
  for (size_t i = 0; i < sig->n_params; i++)
    if (cxx_differs (sig->params[i].type))
      return true;
  if (sig->n_results == 1)
    return cxx_differs (sig->results[0].type);
  for (size_t i = 0; i < sig->n_results; i++)
    if (!zero_size (sig->results[i].type, 0))
      return false;
  /* Several results, all of size zero: an empty struct in C++.  */
  return sig->n_results > 1;
}

/* The prototype of FN, on one line; false when FN's name makes no
   valid target (see sb_binding).  */
static bool
prototype (struct gen *g, struct sb *b, const struct linkname_go_func *fn)
{
  const struct linkname_go_signature *sig = &fn->sig;
  sb_puts (b, "extern ");
  if (sig->n_results == 0)
    sb_puts (b, "void");
  else if (sig->n_results == 1)
    spell (g, b, sig->results[0].type, SPELL_TOP);
  else
    ret_struct (g, b, fn);
  sb_space (b);
  sb_func_name (g, b, fn);
  sb_puts (b, " (");
  bool any = false;
  if (fn->receiver_base != NULL)
    {
      const struct linkname_go_type *rb = fn->receiver_base;
      if (fn->pointer_receiver)
	{
	  spell (g, b, rb, SPELL_TOP);
	  sb_puts (b, " *");
	}
      else if (linkname_go_pointer_shaped (rb))
	spell (g, b, rb, SPELL_TOP);
      else
	{
	  sb_puts (b, "const ");
	  spell (g, b, rb, SPELL_TOP);
	  sb_puts (b, " *");
	}
      any = true;
    }
  for (size_t i = 0; i < sig->n_params; i++)
    {
      if (any)
	sb_puts (b, ", ");
      spell (g, b, sig->params[i].type, SPELL_TOP);
      any = true;
    }
  if (!any)
    sb_puts (b, "void");
  sb_putc (b, ')');
  struct sb member = { 0 };
  sb_go_member (&member, fn);
  bool ok = sb_binding (g, b, sb_str (&member), fn->asm_name);
  free (member.p);
  sb_putc (b, ';');
  return ok;
}

char *
linkname_go_cdecl_type (const struct linkname_go_package *pkg,
			const struct linkname_go_type *type,
			const struct linkname_go_cdecl_options *opts)
{
  struct gen g;
  gen_init (&g, pkg, opts ? opts->prefix : NULL, opts, false);
  struct sb b = { 0 };
  spell (&g, &b, type, SPELL_TOP);
  if (g.oom)
    b.oom = true;
  gen_free (&g);
  return sb_take (&b);
}

char *
linkname_go_cdecl_name (const struct linkname_go_package *pkg,
			const struct linkname_go_func *fn,
			const struct linkname_go_cdecl_options *opts)
{
  struct gen g;
  gen_init (&g, pkg, opts ? opts->prefix : NULL, opts, false);
  struct sb b = { 0 };
  sb_func_name (&g, &b, fn);
  if (g.oom)
    b.oom = true;
  gen_free (&g);
  return sb_take (&b);
}

static void
go_signature (struct gen *g, struct sb *b, const struct linkname_go_func *fn)
{
  sb_puts (b, "func ");
  if (fn->receiver != NULL)
    {
      sb_putc (b, '(');
      /* gccgo names the receiver; the reader does not keep it.  */
      go_type (g, b, fn->receiver, false);
      sb_puts (b, ") ");
    }
  sb_puts (b, fn->name);
  go_sig (g, b, &fn->sig, false);
}

char *
linkname_go_cdecl_go_signature (const struct linkname_go_package *pkg,
				const struct linkname_go_func *fn)
{
  struct gen g;
  gen_init (&g, pkg, NULL, NULL, false);
  struct sb b = { 0 };
  go_signature (&g, &b, fn);
  if (g.oom)
    b.oom = true;
  gen_free (&g);
  return sb_take (&b);
}

char *
linkname_go_cdecl_prototype (const struct linkname_go_package *pkg,
			     const struct linkname_go_func *fn,
			     const struct linkname_go_cdecl_options *opts)
{
  struct gen g;
  gen_init (&g, pkg, opts ? opts->prefix : NULL, opts, false);
  if (!method_ok (&g, fn))
    {
      gen_free (&g);
      return NULL;
    }
  struct sb b = { 0 };
  if (!prototype (&g, &b, fn))
    b.oom = true;		/* No prototype: NULL.  */
  if (g.oom)
    b.oom = true;
  gen_free (&g);
  return sb_take (&b);
}

size_t
linkname_go_cdecl_prototype_buf (char *buf, size_t size,
				 const struct linkname_go_package *pkg,
				 const struct linkname_go_func *fn,
				 const struct linkname_go_cdecl_options *opts)
{
  char *s = linkname_go_cdecl_prototype (pkg, fn, opts);
  if (s == NULL)
    {
      if (size > 0)
	buf[0] = '\0';
      return (size_t) -1;
    }
  size_t n = strlen (s);
  if (size > 0)
    {
      size_t k = n < size - 1 ? n : size - 1;
      memcpy (buf, s, k);
      buf[k] = '\0';
    }
  free (s);
  return n;
}

/* Constants.  */

/* Write the decimal integer TEXT (optionally negative) as a C
   literal; false if it does not fit in 64 bits.  WIDE: a constant of a
   64-bit Go type (int64, uint64, int, uint, uintptr or a type defined
   on one), written with LL (ULL when UNSIGNED) so that C computes with
   it in 64 bits as Go does ("90 * time_Second").  */
static bool
int_literal (struct sb *b, const char *text, size_t len, bool wide,
	     bool is_unsigned)
{
  bool neg = false;
  size_t i = 0;
  if (i < len && (text[i] == '-' || text[i] == '+'))
    neg = text[i++] == '-';
  if (i == len)
    return false;
  uint64_t v = 0;
  for (; i < len; i++)
    {
      if (text[i] < '0' || text[i] > '9')
	return false;
      unsigned d = (unsigned) (text[i] - '0');
      if (v > (UINT64_MAX - d) / 10)
	return false;
      v = v * 10 + d;
    }
  if (neg)
    {
      if (v == 0)
	sb_puts (b, "0");
      else if (v <= (uint64_t) INT32_MAX + 1 && !wide)
	sb_printf (b, "(-%" PRIu64 ")", v);
      else if (v <= (uint64_t) INT64_MAX)
	sb_printf (b, "(-%" PRIu64 "LL)", v);
      else if (v == (uint64_t) INT64_MAX + 1)
	sb_puts (b, "(-9223372036854775807LL - 1)");
      else
	return false;
    }
  else if (v <= (uint64_t) INT32_MAX && !wide)
    sb_printf (b, "%" PRIu64, v);
  else if (v <= (uint64_t) INT64_MAX && !is_unsigned)
    sb_printf (b, "%" PRIu64 "LL", v);
  else
    sb_printf (b, "%" PRIu64 "ULL", v);
  return true;
}

/* A float's text as gccgo writes it, without the trailing zeros of its
   mantissa: "0.1500000E1" -> "0.15E1".  */
static void
sb_float_text (struct sb *b, const char *text, size_t len)
{
  size_t e = 0;
  while (e < len && text[e] != 'E' && text[e] != 'e')
    e++;
  size_t m = e;
  if (memchr (text, '.', e) != NULL)
    {
      while (m > 0 && text[m - 1] == '0')
	m--;
      if (m > 0 && text[m - 1] == '.')
	m++;			/* Keep one zero: "1.0E2".  */
    }
  sb_putn (b, text, m);
  sb_putn (b, text + e, len - e);
}

/* A float as gccgo writes it ("0.314159E1", "-5", "0E0") as a C double
   literal; false when it is not one or not finite in a double.  */
static bool
float_literal (struct sb *b, const char *text, size_t len)
{
  if (len == 0 || len > 200)
    return false;
  char tmp[256];
  size_t k = 0;
  bool dot_or_exp = false;
  for (size_t i = 0; i < len; i++)
    {
      char c = text[i];
      if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E'
	    || c == '+' || c == '-'))
	return false;
      if (c == '.' || c == 'e' || c == 'E')
	dot_or_exp = true;
      tmp[k++] = c;
    }
  tmp[k] = '\0';
  errno = 0;
  char *end;
  double d = strtod (tmp, &end);
  /* Out of a double's range: too large, or so small that it is 0 (a
     subnormal is kept: strtod says ERANGE for it too).  */
  bool nonzero = false;
  for (size_t i = 0; i < k && tmp[i] != 'e' && tmp[i] != 'E'; i++)
    if (tmp[i] >= '1' && tmp[i] <= '9')
      nonzero = true;
  if (*end != '\0' || isinf (d) || (errno == ERANGE && d == 0 && nonzero))
    return false;
  bool neg = tmp[0] == '-';
  if (neg)
    sb_putc (b, '(');
  sb_float_text (b, tmp, k);
  if (!dot_or_exp)
    sb_puts (b, ".0");
  if (neg)
    sb_putc (b, ')');
  return true;
}

/* Write constant C's value as C; false when C has no C literal.  */
static bool
const_value (struct sb *b, const struct linkname_go_const *c)
{
  const char *v = c->value;
  size_t n = strlen (v);
  bool wide = false, is_unsigned = false;
  if (c->type != NULL)
    {
      const struct linkname_go_type *u = linkname_go_underlying (c->type);
      if (u->kind == LINKNAME_GO_KIND_BUILTIN)
	switch (u->builtin)
	  {
	  case LINKNAME_GO_INT64:
	  case LINKNAME_GO_INT:
	    wide = true;
	    break;
	  case LINKNAME_GO_UINT64:
	  case LINKNAME_GO_UINT:
	  case LINKNAME_GO_UINTPTR:
	    wide = is_unsigned = true;
	    break;
	  default:
	    break;
	  }
    }
  switch (c->kind)
    {
    case LINKNAME_GO_CONST_BOOL:
      if (strcmp (v, "true") == 0)
	sb_puts (b, "1");
      else if (strcmp (v, "false") == 0)
	sb_puts (b, "0");
      else
	return false;
      return true;
    case LINKNAME_GO_CONST_RUNE:
      if (n > 0 && v[n - 1] == '\'')
	n--;
      return int_literal (b, v, n, wide, is_unsigned);
    case LINKNAME_GO_CONST_INT:
      return int_literal (b, v, n, wide, is_unsigned);
    case LINKNAME_GO_CONST_FLOAT:
      return float_literal (b, v, n);
    case LINKNAME_GO_CONST_COMPLEX:
      {
	/* "RE+IMi" or "RE-IMi": the sign not after an exponent's E.  */
	if (n < 2 || v[n - 1] != 'i')
	  return false;
	size_t split = 0;
	for (size_t i = 1; i < n - 1; i++)
	  if ((v[i] == '+' || v[i] == '-') && v[i - 1] != 'E'
	      && v[i - 1] != 'e')
	    split = i;
	if (split == 0)
	  return false;
	const struct linkname_go_type *u
	  = c->type ? linkname_go_underlying (c->type) : NULL;
	bool c64 = u && u->kind == LINKNAME_GO_KIND_BUILTIN
		   && u->builtin == LINKNAME_GO_COMPLEX64;
	sb_puts (b, c64 ? "GO_COMPLEX64 (" : "GO_COMPLEX128 (");
	if (!float_literal (b, v, split))
	  return false;
	sb_puts (b, ", ");
	if (!float_literal (b, v + split, n - 1 - split))
	  return false;
	sb_puts (b, ")");
	return true;
      }
    case LINKNAME_GO_CONST_STRING:
      if (c->string_value == NULL)
	return false;
      sb_c_string (b, c->string_value, c->string_length);
      return true;
    }
  return false;
}

/* The whole header.  */

/* In place of a declaration whose Go name makes no target.  */
#define BAD_NAME "/* (left out: its Go name makes no linkname target) */"


static void
decl_comment (struct sb *b, const char *text)
{
  sb_comment (b, text);
}

/* Write FN's declaration to DECLS: its Go signature as a comment, then
   its prototype (C only when C++ would not keep a size), and define
   the types it uses.  */
static void
func_decl (struct gen *g, struct sb *decls, const struct linkname_go_func *fn)
{
  struct sb com = { 0 };
  go_signature (g, &com, fn);
  decl_comment (decls, sb_str (&com));
  free (com.p);
  struct sb p = { 0 };
  bool c_only = func_c_only (fn);
  cxx_only_open (decls, c_only);
  if (prototype (g, &p, fn))
    sb_puts (decls, sb_str (&p));
  else
    sb_puts (decls, BAD_NAME);
  sb_puts (decls, "\n");
  cxx_only_close (decls, c_only);
  free (p.p);
  define_pending (g);
}

static void
package_section (struct gen *g, struct sb *decls)
{
  const struct linkname_go_package *pkg = g->pkg;
  struct sb guard = { 0 };
  sb_puts (&guard, "LINKNAME_GO_PACKAGE_");
  sb_ident (&guard, g->own_path);
  sb_printf (decls, "/* package %s", pkg_name (pkg));
  if (pkg->pkgpath != NULL)
    sb_printf (decls, " (import path \"%s\")", pkg->pkgpath);
  sb_printf (decls, ": C names begin %s_.  */\n", g->own_prefix);
  sb_printf (decls, "#ifndef %s\n#define %s 1\n\n", sb_str (&guard),
	     sb_str (&guard));

  /* Constants.  */
  for (size_t i = 0; i < pkg->n_consts; i++)
    {
      const struct linkname_go_const *c = &pkg->consts[i];
      struct sb com = { 0 }, val = { 0 };
      sb_printf (&com, "const %s ", c->name);
      if (c->type != NULL)
	{
	  go_type (g, &com, c->type, false);
	  sb_putc (&com, ' ');
	}
      sb_puts (&com, "= ");
      if (c->kind == LINKNAME_GO_CONST_FLOAT
	  || c->kind == LINKNAME_GO_CONST_COMPLEX)
	{
	  /* Each number of "RE+IMi" trimmed.  */
	  const char *v = c->value;
	  size_t n = strlen (v), start = 0;
	  for (size_t i = 1; i <= n; i++)
	    if (i == n || ((v[i] == '+' || v[i] == '-') && v[i - 1] != 'E'
			   && v[i - 1] != 'e'))
	      {
		size_t end = i;
		if (i == n && n > 0 && v[n - 1] == 'i')
		  end--;
		sb_float_text (&com, v + start, end - start);
		start = end;
	      }
	  if (n > 0 && v[n - 1] == 'i')
	    sb_putc (&com, 'i');
	}
      else
	sb_puts (&com, c->value);
      decl_comment (decls, sb_str (&com));
      if (const_value (&val, c))
	{
	  sb_printf (decls, "#define %s_", g->own_prefix);
	  sb_ident (decls, c->name);
	  sb_printf (decls, " %s\n", sb_str (&val));
	}
      else
	sb_puts (decls, "/* (no C literal for this value) */\n");
      free (com.p);
      free (val.p);
    }
  if (pkg->n_consts)
    sb_putc (decls, '\n');

  /* Named types: aliases as typedefs, the others defined; then the
     functions, then the methods of each type.  */
  for (size_t i = 1; i < pkg->n_types; i++)
    {
      const struct linkname_go_type *t = &pkg->types[i];
      if (t->kind != LINKNAME_GO_KIND_NAMED || !t->exported
	  || !own_type (g, t))
	continue;
      if (g->opts->safe && unsafe_type (t, 0))
	continue;
      if (t->alias)
	{
	  struct sb nb = { 0 }, c = { 0 };
	  sb_named (g, &nb, t);
	  if (hset_get (&g->defined, sb_str (&nb)) == DEF_NONE)
	    {
	      struct sb blk = { 0 };
	      hset_set (&g->defined, sb_str (&nb), DEF_BUSY);
	      guard_open (&blk, sb_str (&nb));
	      sb_printf (&c, "type %s = ", t->name);
	      go_type (g, &c, t->elem, false);
	      sb_comment (&blk, sb_str (&c));
	      sb_puts (&blk, "typedef ");
	      spell (g, &blk, t->elem, SPELL_TOP);
	      sb_space (&blk);
	      sb_printf (&blk, "%s;\n", sb_str (&nb));
	      guard_close (&blk);
	      sb_putn (&g->types, sb_str (&blk), blk.n);
	      hset_set (&g->defined, sb_str (&nb), DEF_DONE);
	      define_pending (g);
	      free (blk.p);
	    }
	  free (nb.p);
	  free (c.p);
	  continue;
	}
      define (g, t);
      define_pending (g);
    }

  for (size_t i = 0; i < pkg->n_funcs; i++)
    {
      const struct linkname_go_func *fn = &pkg->funcs[i];
      if (g->opts->safe && unsafe_func (fn))
	continue;
      func_decl (g, decls, fn);
    }

  for (size_t i = 1; i < pkg->n_types; i++)
    {
      const struct linkname_go_type *t = &pkg->types[i];
      if (t->kind != LINKNAME_GO_KIND_NAMED || !t->exported || t->alias
	  || !own_type (g, t) || t->n_methods == 0)
	continue;
      bool header = false;
      for (size_t j = 0; j < t->n_methods; j++)
	{
	  const struct linkname_go_func *fn = &t->methods[j];
	  /* (Damaged data may give a method a receiver of another
	     type, even of no named type.)  */
	  if (!fn->exported || fn->receiver_base == NULL
	      || !method_ok (g, fn))
	    continue;
	  if (g->opts->safe && unsafe_func (fn))
	    continue;
	  if (!header)
	    {
	      sb_printf (decls, "\n/* Methods of %s.  */\n", t->name);
	      header = true;
	    }
	  func_decl (g, decls, fn);
	}
    }

  if (pkg->n_vars)
    sb_putc (decls, '\n');
  for (size_t i = 0; i < pkg->n_vars; i++)
    {
      const struct linkname_go_var *v = &pkg->vars[i];
      if (g->opts->safe && unsafe_type (v->type, 0))
	continue;
      struct sb com = { 0 };
      sb_printf (&com, "var %s ", v->name);
      go_type (g, &com, v->type, false);
      decl_comment (decls, sb_str (&com));
      free (com.p);
      struct sb p = { 0 };
      bool c_only = cxx_differs (v->type);
      cxx_only_open (&p, c_only);
      sb_puts (&p, "extern ");
      spell (g, &p, v->type, SPELL_TOP);
      sb_space (&p);
      sb_printf (&p, "%s_", g->own_prefix);
      sb_ident (&p, v->name);
      bool named = sb_binding (g, &p, v->name, NULL);
      sb_putc (&p, ';');
      if (c_only)
	sb_putc (&p, '\n');
      cxx_only_close (&p, c_only);
      sb_puts (decls, named ? sb_str (&p) : BAD_NAME);
      if (!c_only || !named)
	sb_putc (decls, '\n');
      free (p.p);
      define_pending (g);
    }
  sb_printf (decls, "\n#endif /* %s */\n\n", sb_str (&guard));
  if (guard.oom)
    decls->oom = true;
  free (guard.p);
}

bool
linkname_go_cdecl_write_header (FILE *out,
				const struct linkname_go_package *const *pkgs,
				size_t n_pkgs,
				const struct linkname_go_cdecl_options *opts,
				const char *source)
{
  struct sb head = { 0 }, all_decls = { 0 };
  struct sb types = { 0 };
  struct hset defined = { 0 };
  bool ok = true;

  sb_puts (&head, "/* Generated by linkname-gen");
  if (source != NULL)
    {
      sb_puts (&head, " from ");
      for (const char *p = source; *p; p++)
	{
	  sb_putc (&head, *p);
	  if (*p == '*' && p[1] == '/')
	    sb_putc (&head, ' ');
	}
    }
  sb_printf (&head, ": do not edit.\n   Go package%s:", n_pkgs == 1 ? "" : "s");
  size_t col = 15;
  for (size_t i = 0; i < n_pkgs; i++)
    {
      const char *path = pkgs[i]->pkgpath ? pkgs[i]->pkgpath
			 : pkg_name (pkgs[i]);
      if (col + strlen (path) + 2 > 76)
	{
	  sb_puts (&head, "\n  ");
	  col = 2;
	}
      sb_printf (&head, " %s%s", path, i + 1 < n_pkgs ? "," : ".");
      col += strlen (path) + 2;
    }
  sb_puts (&head, "\n   Their declarations for C, in gccgo's calling convention"
	   " (see\n   linkname-gen(1)).  */\n\n#include <linkname/go.h>\n\n"
	   "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");

  for (size_t i = 0; i < n_pkgs; i++)
    {
      struct gen g;
      gen_init (&g, pkgs[i], i == 0 && opts ? opts->prefix : NULL, opts,
		true);
      /* The definitions are shared by all packages of the header.  */
      g.types = types;
      g.defined = defined;
      package_section (&g, &all_decls);
          types = g.types;
      defined = g.defined;
      g.types = (struct sb) { 0 };
      g.defined = (struct hset) { 0 };
      if (g.oom)
	ok = false;
      gen_free (&g);
    }

  sb_puts (&all_decls, "#ifdef __cplusplus\n}\n#endif\n");
  if (head.oom || types.oom || all_decls.oom || defined.oom)
    ok = false;
  if (ok)
    {
      fputs (sb_str (&head), out);
      fputs (sb_str (&types), out);
      fputs (sb_str (&all_decls), out);
      if (ferror (out))
	ok = false;
    }
  free (head.p);
  free (types.p);
  free (all_decls.p);
  hset_free (&defined);
  return ok;
}
