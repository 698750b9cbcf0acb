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

/* go-layout.c -- lowering Go functions and C function types to one
   comparable form, its text form, and the comparison (go-layout.h says
   what the form is).

   Values are immutable once made and live in their layout's arena.
   Runs are built by appending leaves, or runs of leaves, to a growable
   vector with the greedy rule of go-layout.h; appending a run is the
   same as appending its leaves one by one, in constant time, so the
   result depends only on the leaves.  */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "go-layout.h"
#include "linkname-internal.h"

/* The largest size or offset (and number in the text form).  */
#define MAX_SIZE ((uint64_t) INT64_MAX)
/* Types nested deeper than this are refused (the stack inside cc1).  */
#define MAX_DEPTH 1000
/* The longest Go spelling (longer ones end in "...").  */
#define MAX_SPELLING 4096

/* The arena.  */

struct chunk
{
  struct chunk *next;
  size_t size, used;
  max_align_t data[];
};

struct linkname_layout_arena
{
  struct chunk *chunks;
  size_t next_size;
  struct linkname_layout_struct *open;	/* Builders not ended.  */
  /* Builders ended, kept with their run buffers for the next struct:
     a function's lowering makes a struct for each string, slice and
     result list.  */
  struct linkname_layout_struct *spare;
  /* The first chunk, allocated with the layout itself (not freed on
     its own).  */
  struct chunk *first;
};

static void *
arena_alloc (struct linkname_layout_arena *a, size_t size)
{
  size_t align = _Alignof (max_align_t);
  if (size > SIZE_MAX / 2)
    return NULL;
  size = (size + align - 1) / align * align;
  if (size == 0)
    size = align;
  struct chunk *c = a->chunks;
  if (c == NULL || c->size - c->used < size)
    {
      if (a->next_size < 1024)
	a->next_size = 1024;
      size_t want = size > a->next_size ? size : a->next_size;
      if (a->next_size < 64 * 1024)
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

static char *
arena_strdup (struct linkname_layout_arena *a, const char *s)
{
  size_t n = strlen (s);
  char *r = arena_alloc (a, n + 1);
  if (r != NULL)
    memcpy (r, s, n + 1);
  return r;
}

/* Runs.  */

struct runvec
{
  struct linkname_layout_run *v;
  size_t n, cap;
};

static bool
runvec_push (struct runvec *rv, struct linkname_layout_run r)
{
  if (rv->n == rv->cap)
    {
      size_t cap = rv->cap ? 2 * rv->cap : 8;
      struct linkname_layout_run *v = realloc (rv->v, cap * sizeof *v);
      if (v == NULL)
	return false;
      rv->v = v;
      rv->cap = cap;
    }
  rv->v[rv->n++] = r;
  return true;
}

static uint64_t
run_last (const struct linkname_layout_run *r)
{
  return r->offset + (r->count - 1) * r->stride;
}

static uint64_t
run_end (const struct linkname_layout_run *r)
{
  return run_last (r) + r->size;
}

/* Append the leaves of R (which begin at or after the end of RV's last
   leaf) by the greedy rule.  */
static bool
runvec_append (struct runvec *rv, struct linkname_layout_run r)
{
  if (r.count == 1)
    r.stride = 0;
  if (rv->n > 0)
    {
      struct linkname_layout_run *t = &rv->v[rv->n - 1];
      if (t->kind == r.kind && t->size == r.size
	  && (t->count == 1 || r.offset == t->offset + t->count * t->stride))
	{
	  /* R's first leaf joins T.  */
	  if (t->count == 1)
	    t->stride = r.offset - t->offset;
	  t->count++;
	  r.count--;
	  if (r.count == 0)
	    return true;
	  r.offset += r.stride;
	  if (r.stride == t->stride)
	    {
	      t->count += r.count;
	      return true;
	    }
	  if (r.count == 1)
	    r.stride = 0;
	}
    }
  return runvec_push (rv, r);
}

/* FNV-1a over the runs.  */
static uint64_t
digest_runs (const struct linkname_layout_run *runs, size_t n)
{
  uint64_t h = 0xcbf29ce484222325u;
  for (size_t i = 0; i < n; i++)
    {
      uint64_t f[4] = { runs[i].offset, runs[i].size, runs[i].count,
			runs[i].stride };
      for (int k = 0; k < 4; k++)
	for (int b = 0; b < 8; b++)
	  {
	    h ^= (f[k] >> (8 * b)) & 0xff;
	    h *= 0x100000001b3u;
	  }
      h ^= (unsigned char) runs[i].kind;
      h *= 0x100000001b3u;
    }
  return h;
}

/* Values.  */

static bool
power_of_two (uint64_t x)
{
  return x != 0 && (x & (x - 1)) == 0;
}

static bool
kind_valid (int kind)
{
  return kind != 0 && strchr ("iubfxpco", kind) != NULL;
}

/* Whether SIZE fits a leaf of KIND (opaque bytes may be any number).  */
static bool
leaf_size_valid (int kind, uint64_t size)
{
  return size > 0 && size <= MAX_SIZE && (kind == 'o' || size <= 64);
}

static const struct linkname_layout_value *
make_value (struct linkname_layout *l, uint64_t size, uint64_t align,
	    bool aggregate, const struct linkname_layout_run *runs,
	    size_t n_runs, struct linkname_error *err)
{
  struct linkname_layout_value *v = arena_alloc (l->arena, sizeof *v);
  struct linkname_layout_run *r
    = n_runs ? arena_alloc (l->arena, n_runs * sizeof *r) : NULL;
  if (v == NULL || (n_runs && r == NULL))
    {
      linkname_fail (err, "out of memory", 0);
      return NULL;
    }
  if (n_runs)
    memcpy (r, runs, n_runs * sizeof *r);
  v->size = size;
  v->align = align;
  v->aggregate = aggregate;
  v->n_runs = n_runs;
  v->runs = r;
  /* Made when asked (linkname_layout_value_digest): most values are
     only compared run by run, and hashing costs more than making.  */
  v->digest = 0;
  return v;
}

/* One allocation holds a layout, its arena and the arena's first
   chunk: a check lowers two layouts per declaration, and three mallocs
   each were a tenth of its cost.  LAYOUT_BLOCK bytes in all, which
   glibc serves from its per-thread cache (up to 1032), and which hold
   the values of most functions.  */
#define LAYOUT_BLOCK 1024

struct layout_block
{
  struct linkname_layout layout;
  struct linkname_layout_arena arena;
};

/* Where the first chunk begins in the block, and its size.  */
#define FIRST_CHUNK_AT \
  ((sizeof (struct layout_block) + _Alignof (max_align_t) - 1) \
   / _Alignof (max_align_t) * _Alignof (max_align_t))
#define FIRST_CHUNK (LAYOUT_BLOCK - FIRST_CHUNK_AT - sizeof (struct chunk))
_Static_assert (FIRST_CHUNK_AT + sizeof (struct chunk) + 512 <= LAYOUT_BLOCK,
		"a layout's first chunk holds at least 512 bytes");

struct linkname_layout *
linkname_layout_new (void)
{
  char *p = malloc (LAYOUT_BLOCK);
  if (p == NULL)
    return NULL;
  struct layout_block *k = (struct layout_block *) p;
  struct chunk *c = (struct chunk *) (p + FIRST_CHUNK_AT);
  memset (k, 0, sizeof *k);
  k->layout.arena = &k->arena;
  c->next = NULL;
  c->size = FIRST_CHUNK;
  c->used = 0;
  k->arena.chunks = c;
  k->arena.first = c;
  return &k->layout;
}

struct linkname_layout_struct
{
  struct linkname_layout *layout;
  struct runvec runs;
  uint64_t leaf_end;		/* The end of the last leaf.  */
  uint64_t field_end;		/* The end of the furthest field.  */
  struct linkname_layout_struct *prev, *next;
};

/* Take builder B off its layout's open list and keep it as a spare.  */
static void
struct_unlink (struct linkname_layout_struct *b)
{
  struct linkname_layout_arena *a = b->layout->arena;
  if (b->prev)
    b->prev->next = b->next;
  else
    a->open = b->next;
  if (b->next)
    b->next->prev = b->prev;
  b->prev = NULL;
  b->next = a->spare;
  a->spare = b;
}

static void
struct_list_free (struct linkname_layout_struct *b)
{
  while (b != NULL)
    {
      struct linkname_layout_struct *next = b->next;
      free (b->runs.v);
      free (b);
      b = next;
    }
}

void
linkname_layout_free (struct linkname_layout *l)
{
  if (l == NULL)
    return;
  struct linkname_layout_arena *a = l->arena;
  struct_list_free (a->open);
  struct_list_free (a->spare);
  struct chunk *c = a->chunks;
  while (c != NULL)
    {
      struct chunk *next = c->next;
      if (c != a->first)
	free (c);
      c = next;
    }
  /* L is the start of its layout_block.  */
  free (l);
}

const struct linkname_layout_value *
linkname_layout_scalar (struct linkname_layout *l, int kind, uint64_t size,
			uint64_t align, struct linkname_error *err)
{
  if (!kind_valid (kind))
    {
      linkname_fail (err, "unknown scalar kind", 0);
      return NULL;
    }
  if (!leaf_size_valid (kind, size))
    {
      linkname_fail (err, "invalid scalar size", 0);
      return NULL;
    }
  if (!power_of_two (align) || size % align != 0)
    {
      linkname_fail (err, "invalid scalar alignment", 0);
      return NULL;
    }
  struct linkname_layout_run r = { 0, size, 1, 0, (char) kind };
  return make_value (l, size, align, false, &r, 1, err);
}

/* Append V's runs at BASE to RV.  */
static bool
append_value (struct runvec *rv, const struct linkname_layout_value *v,
	      uint64_t base, struct linkname_error *err)
{
  for (size_t i = 0; i < v->n_runs; i++)
    {
      struct linkname_layout_run r = v->runs[i];
      r.offset += base;
      if (!runvec_append (rv, r))
	return linkname_fail (err, "out of memory", 0);
    }
  if (rv->n > LINKNAME_LAYOUT_MAX_RUNS)
    return linkname_fail (err, "value of too many scalar runs", 0);
  return true;
}

const struct linkname_layout_value *
linkname_layout_array (struct linkname_layout *l,
		       const struct linkname_layout_value *elem,
		       uint64_t count, struct linkname_error *err)
{
  if (elem == NULL)
    {
      linkname_fail (err, "no element value", 0);
      return NULL;
    }
  if (elem->runs == NULL && elem->n_runs > 0)
    {
      linkname_fail (err, "element value known only by its digest", 0);
      return NULL;
    }
  if (count > MAX_SIZE || (elem->size != 0 && count > MAX_SIZE / elem->size))
    {
      linkname_fail (err, "array too large", 0);
      return NULL;
    }
  uint64_t size = count * elem->size;
  struct runvec rv = { NULL, 0, 0 };
  bool ok = true;
  size_t k = elem->n_runs;
  if (count == 0 || k == 0)
    ;
  else if (k == 1 && elem->runs[0].count == 1)
    {
      struct linkname_layout_run r = elem->runs[0];
      r.count = count;
      r.stride = count > 1 ? elem->size : 0;
      ok = runvec_append (&rv, r) || linkname_fail (err, "out of memory", 0);
    }
  else if (k == 1 && elem->runs[0].count * elem->runs[0].stride == elem->size)
    {
      struct linkname_layout_run r = elem->runs[0];
      /* COUNT * R.COUNT leaves of at least a byte fit in SIZE.  */
      r.count *= count;
      ok = runvec_append (&rv, r) || linkname_fail (err, "out of memory", 0);
    }
  else
    for (uint64_t i = 0; ok && i < count; i++)
      ok = append_value (&rv, elem, i * elem->size, err);
  const struct linkname_layout_value *v
    = ok ? make_value (l, size, elem->align, true, rv.v, rv.n, err) : NULL;
  free (rv.v);
  return v;
}

struct linkname_layout_struct *
linkname_layout_struct_begin (struct linkname_layout *l,
			      struct linkname_error *err)
{
  struct linkname_layout_struct *b = l->arena->spare;
  if (b != NULL)
    {
      l->arena->spare = b->next;
      struct runvec runs = b->runs;
      runs.n = 0;
      memset (b, 0, sizeof *b);
      b->runs = runs;
    }
  else
    {
      b = calloc (1, sizeof *b);
      if (b == NULL)
	{
	  linkname_fail (err, "out of memory", 0);
	  return NULL;
	}
    }
  b->layout = l;
  b->next = l->arena->open;
  if (b->next)
    b->next->prev = b;
  l->arena->open = b;
  return b;
}

bool
linkname_layout_struct_field (struct linkname_layout_struct *b,
			      uint64_t offset,
			      const struct linkname_layout_value *field,
			      struct linkname_error *err)
{
  if (b == NULL)
    return linkname_fail (err, "no struct builder", 0);
  if (field == NULL)
    return linkname_fail (err, "no field value", 0);
  if (field->runs == NULL && field->n_runs > 0)
    return linkname_fail (err, "field value known only by its digest", 0);
  if (offset > MAX_SIZE || field->size > MAX_SIZE - offset)
    return linkname_fail (err, "field past the largest size", 0);
  if (field->n_runs > 0 && offset + field->runs[0].offset < b->leaf_end)
    return linkname_fail (err, "field overlaps the field before it", 0);
  if (!append_value (&b->runs, field, offset, err))
    return false;
  if (field->n_runs > 0)
    b->leaf_end = offset + run_end (&field->runs[field->n_runs - 1]);
  if (offset + field->size > b->field_end)
    b->field_end = offset + field->size;
  return true;
}

const struct linkname_layout_value *
linkname_layout_struct_end (struct linkname_layout_struct *b, uint64_t size,
			    uint64_t align, struct linkname_error *err)
{
  const struct linkname_layout_value *v = NULL;
  if (b == NULL)
    {
      linkname_fail (err, "no struct builder", 0);
      return NULL;
    }
  if (size > MAX_SIZE)
    linkname_fail (err, "struct too large", 0);
  else if (!power_of_two (align) || size % align != 0)
    linkname_fail (err, "invalid struct alignment", 0);
  else if (b->field_end > size)
    linkname_fail (err, "a field ends past the struct's size", 0);
  else
    v = make_value (b->layout, size, align, true, b->runs.v, b->runs.n, err);
  struct_unlink (b);
  return v;
}

/* PARAMS with room for one more.  */
static bool
grow_params (struct linkname_layout *l)
{
  if (l->n_params < l->params_cap)
    return true;
  size_t cap = l->params_cap ? 2 * l->params_cap : 4;
  struct linkname_layout_param *p = arena_alloc (l->arena, cap * sizeof *p);
  if (p == NULL)
    return false;
  if (l->n_params)
    memcpy (p, l->params, l->n_params * sizeof *p);
  l->params = p;
  l->params_cap = cap;
  return true;
}

bool
linkname_layout_add_param (struct linkname_layout *l,
			   const struct linkname_layout_value *value,
			   const char *spelling, struct linkname_error *err)
{
  if (value == NULL)
    return linkname_fail (err, "no parameter value", 0);
  const char *s = spelling ? arena_strdup (l->arena, spelling) : NULL;
  if ((spelling && s == NULL) || !grow_params (l))
    return linkname_fail (err, "out of memory", 0);
  l->params[l->n_params].value = value;
  l->params[l->n_params].spelling = s;
  l->n_params++;
  return true;
}

bool
linkname_layout_set_result (struct linkname_layout *l,
			    const struct linkname_layout_value *value,
			    const char *spelling, struct linkname_error *err)
{
  const char *s = spelling ? arena_strdup (l->arena, spelling) : NULL;
  if (spelling && s == NULL)
    return linkname_fail (err, "out of memory", 0);
  l->result.value = value;
  l->result.spelling = value ? s : NULL;
  return true;
}

void
linkname_layout_set_c_flags (struct linkname_layout *l, bool c_variadic,
			     bool unprototyped)
{
  l->c_variadic = c_variadic;
  l->unprototyped = unprototyped;
}

uint64_t
linkname_layout_value_digest (const struct linkname_layout_value *v)
{
  if (v->runs == NULL && v->n_runs > 0)
    return v->digest;
  return digest_runs (v->runs, v->n_runs);
}

static bool
same_runs (const struct linkname_layout_value *a,
	   const struct linkname_layout_value *b)
{
  if (a->n_runs != b->n_runs)
    return false;
  if ((a->runs == NULL || b->runs == NULL) && a->n_runs > 0)
    return (linkname_layout_value_digest (a)
	    == linkname_layout_value_digest (b));
  for (size_t i = 0; i < a->n_runs; i++)
    if (a->runs[i].offset != b->runs[i].offset
	|| a->runs[i].size != b->runs[i].size
	|| a->runs[i].count != b->runs[i].count
	|| a->runs[i].stride != b->runs[i].stride
	|| a->runs[i].kind != b->runs[i].kind)
      return false;
  return true;
}

bool
linkname_layout_value_equal (const struct linkname_layout_value *a,
			     const struct linkname_layout_value *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->size == b->size && a->align == b->align
    && a->aggregate == b->aggregate && same_runs (a, b);
}

bool
linkname_layout_equal (const struct linkname_layout *a,
		       const struct linkname_layout *b)
{
  if (a->n_params != b->n_params || a->receiver != b->receiver
      || a->go_variadic != b->go_variadic || a->c_variadic != b->c_variadic
      || a->unprototyped != b->unprototyped
      || !linkname_layout_value_equal (a->result.value, b->result.value))
    return false;
  if (a->receiver == LINKNAME_LAYOUT_RECEIVER_BY_POINTER
      && !linkname_layout_value_equal (a->receiver_type, b->receiver_type))
    return false;
  for (size_t i = 0; i < a->n_params; i++)
    if (!linkname_layout_value_equal (a->params[i].value, b->params[i].value))
      return false;
  return true;
}

/* Targets.  */

bool
linkname_layout_target_elf (int elf_class, unsigned machine,
			    struct linkname_layout_target *out)
{
  struct linkname_layout_target t;
  if (elf_class == 2)
    {
      switch (machine)
	{
	case 62: case 183: case 21: case 22: case 43: case 243: case 258:
	case 8:
	  break;
	default:
	  return false;
	}
      t = (struct linkname_layout_target) { 8, 8, 8, 8, 4, 8, 0 };
    }
  else if (elf_class == 1)
    {
      switch (machine)
	{
	case 3:		/* i386: 64-bit types 4-aligned in structs.  */
	  t = (struct linkname_layout_target) { 4, 4, 4, 4, 4, 4, 0 };
	  break;
	case 62:	/* x32.  */
	case 40: case 8: case 20: case 2: case 243:
	  t = (struct linkname_layout_target) { 4, 4, 8, 8, 4, 8, 0 };
	  break;
	default:
	  return false;
	}
    }
  else
    return false;
  *out = t;
  return true;
}

void
linkname_layout_target_host (struct linkname_layout_target *out)
{
  struct i64 { char c; int64_t x; };
  struct f64 { char c; double x; };
  struct c64 { char c; float _Complex x; };
  struct c128 { char c; double _Complex x; };
  out->pointer_size = sizeof (void *);
  out->int_size = sizeof (void *);
  out->int64_align = offsetof (struct i64, x);
  out->float64_align = offsetof (struct f64, x);
  out->complex64_align = offsetof (struct c64, x);
  out->complex128_align = offsetof (struct c128, x);
  out->gccgo_major = 0;
}

/* A growing string, for spellings, messages and the text form.  */

struct sbuf
{
  char *s;
  size_t n, cap;
  bool oom;
};

static void
sb_add (struct sbuf *b, const char *s, size_t n)
{
  if (b->oom)
    return;
  if (b->n + n + 1 > b->cap)
    {
      size_t cap = (b->n + n + 1) * 2;
      char *p = realloc (b->s, cap);
      if (p == NULL)
	{
	  b->oom = true;
	  return;
	}
      b->s = p;
      b->cap = cap;
    }
  memcpy (b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

static void
sb_puts (struct sbuf *b, const char *s)
{
  sb_add (b, s, strlen (s));
}

static void __attribute__ ((format (printf, 2, 3)))
sb_printf (struct sbuf *b, const char *fmt, ...)
{
  char small[128];
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (small, sizeof small, fmt, ap);
  va_end (ap);
  if (n < 0)
    {
      b->oom = true;
      return;
    }
  if ((size_t) n < sizeof small)
    {
      sb_add (b, small, n);
      return;
    }
  char *big = malloc ((size_t) n + 1);
  if (big == NULL)
    {
      b->oom = true;
      return;
    }
  va_start (ap, fmt);
  vsnprintf (big, (size_t) n + 1, fmt, ap);
  va_end (ap);
  sb_add (b, big, n);
  free (big);
}

/* B's string (malloc'd), or NULL when memory ran out.  */
static char *
sb_finish (struct sbuf *b)
{
  if (b->oom)
    {
      free (b->s);
      return NULL;
    }
  if (b->s == NULL)
    return strdup ("");
  return b->s;
}

/* Go spellings.  */

static void spell_type (struct sbuf *b, const struct linkname_go_type *t,
			const char *pkgpath, int depth);

static void
spell_sig (struct sbuf *b, const struct linkname_go_signature *sig,
	   const char *pkgpath, int depth)
{
  sb_puts (b, "(");
  for (size_t i = 0; i < sig->n_params; i++)
    {
      if (i)
	sb_puts (b, ", ");
      const struct linkname_go_type *t = sig->params[i].type;
      if (sig->variadic && i + 1 == sig->n_params && t != NULL
	  && t->kind == LINKNAME_GO_KIND_SLICE)
	{
	  sb_puts (b, "...");
	  t = t->elem;
	}
      spell_type (b, t, pkgpath, depth + 1);
    }
  sb_puts (b, ")");
  if (sig->n_results == 1)
    {
      sb_puts (b, " ");
      spell_type (b, sig->results[0].type, pkgpath, depth + 1);
    }
  else if (sig->n_results > 1)
    {
      sb_puts (b, " (");
      for (size_t i = 0; i < sig->n_results; i++)
	{
	  if (i)
	    sb_puts (b, ", ");
	  spell_type (b, sig->results[i].type, pkgpath, depth + 1);
	}
      sb_puts (b, ")");
    }
}

static void
spell_named (struct sbuf *b, const struct linkname_go_type *t,
	     const char *pkgpath)
{
  if (t->pkgpath != NULL && (pkgpath == NULL || strcmp (t->pkgpath, pkgpath)))
    {
      const char *slash = strrchr (t->pkgpath, '/');
      sb_puts (b, slash ? slash + 1 : t->pkgpath);
      sb_puts (b, ".");
    }
  sb_puts (b, t->name ? t->name : "?");
}

static void
spell_type (struct sbuf *b, const struct linkname_go_type *t,
	    const char *pkgpath, int depth)
{
  if (b->n > MAX_SPELLING || depth > MAX_DEPTH)
    {
      if (b->n < MAX_SPELLING + 16)
	sb_puts (b, "...");
      return;
    }
  if (t == NULL)
    {
      sb_puts (b, "?");
      return;
    }
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_BUILTIN:
      {
	const char *n = linkname_go_builtin_name (t->builtin);
	sb_puts (b, n ? n : "?");
      }
      break;
    case LINKNAME_GO_KIND_NAMED:
      /* GCC 12 writes Go's predeclared any as each package's alias
	 "PKG.any" = interface{}.  */
      if (t->alias && t->name != NULL && strcmp (t->name, "any") == 0
	  && t->elem != NULL && t->elem->kind == LINKNAME_GO_KIND_INTERFACE
	  && t->elem->n_methods == 0 && t->elem->n_embeds == 0)
	sb_puts (b, "any");
      else
	spell_named (b, t, pkgpath);
      break;
    case LINKNAME_GO_KIND_POINTER:
      sb_puts (b, "*");
      spell_type (b, t->elem, pkgpath, depth + 1);
      break;
    case LINKNAME_GO_KIND_UNSAFE_POINTER:
      sb_puts (b, "unsafe.Pointer");
      break;
    case LINKNAME_GO_KIND_STRUCT:
      if (t->n_fields == 0)
	{
	  sb_puts (b, "struct{}");
	  break;
	}
      sb_puts (b, "struct { ");
      for (size_t i = 0; i < t->n_fields; i++)
	{
	  if (i)
	    sb_puts (b, "; ");
	  if (!t->fields[i].embedded)
	    {
	      sb_puts (b, t->fields[i].name ? t->fields[i].name : "?");
	      sb_puts (b, " ");
	    }
	  spell_type (b, t->fields[i].type, pkgpath, depth + 1);
	}
      sb_puts (b, " }");
      break;
    case LINKNAME_GO_KIND_ARRAY:
      sb_printf (b, "[%llu]", (unsigned long long) t->length);
      spell_type (b, t->elem, pkgpath, depth + 1);
      break;
    case LINKNAME_GO_KIND_SLICE:
      sb_puts (b, "[]");
      spell_type (b, t->elem, pkgpath, depth + 1);
      break;
    case LINKNAME_GO_KIND_MAP:
      sb_puts (b, "map[");
      spell_type (b, t->key, pkgpath, depth + 1);
      sb_puts (b, "]");
      spell_type (b, t->elem, pkgpath, depth + 1);
      break;
    case LINKNAME_GO_KIND_CHAN:
      sb_puts (b, t->chan_dir == LINKNAME_GO_CHAN_RECV ? "<-chan "
	       : t->chan_dir == LINKNAME_GO_CHAN_SEND ? "chan<- " : "chan ");
      /* "chan (<-chan int)": a receive-only element needs parentheses.  */
      if (t->chan_dir != LINKNAME_GO_CHAN_RECV && t->elem != NULL
	  && t->elem->kind == LINKNAME_GO_KIND_CHAN
	  && t->elem->chan_dir == LINKNAME_GO_CHAN_RECV)
	{
	  sb_puts (b, "(");
	  spell_type (b, t->elem, pkgpath, depth + 1);
	  sb_puts (b, ")");
	}
      else
	spell_type (b, t->elem, pkgpath, depth + 1);
      break;
    case LINKNAME_GO_KIND_INTERFACE:
      if (t->n_methods == 0 && t->n_embeds == 0)
	{
	  sb_puts (b, "interface{}");
	  break;
	}
      sb_puts (b, "interface { ");
      for (size_t i = 0; i < t->n_embeds; i++)
	{
	  if (i)
	    sb_puts (b, "; ");
	  spell_type (b, t->embeds[i], pkgpath, depth + 1);
	}
      for (size_t i = 0; i < t->n_methods; i++)
	{
	  if (i || t->n_embeds)
	    sb_puts (b, "; ");
	  sb_puts (b, t->methods[i].name ? t->methods[i].name : "?");
	  spell_sig (b, &t->methods[i].sig, pkgpath, depth + 1);
	}
      sb_puts (b, " }");
      break;
    case LINKNAME_GO_KIND_FUNC:
      sb_puts (b, "func");
      spell_sig (b, &t->sig, pkgpath, depth + 1);
      break;
    default:
      sb_puts (b, "?");
      break;
    }
}

char *
linkname_go_type_string (const struct linkname_go_type *type,
			 const char *pkgpath)
{
  struct sbuf b = { NULL, 0, 0, false };
  spell_type (&b, type, pkgpath, 0);
  return sb_finish (&b);
}

char *
linkname_go_func_string (const struct linkname_go_func *func,
			 const char *pkgpath)
{
  struct sbuf b = { NULL, 0, 0, false };
  sb_puts (&b, "func ");
  if (func->receiver != NULL)
    {
      sb_puts (&b, "(");
      spell_type (&b, func->receiver, pkgpath, 0);
      sb_puts (&b, ") ");
    }
  sb_puts (&b, func->name ? func->name : "?");
  spell_sig (&b, &func->sig, pkgpath, 0);
  return sb_finish (&b);
}

/* The Go lowering.  */

struct memo_entry
{
  const struct linkname_go_type *type;
  const struct linkname_layout_value *value;
};

struct lower
{
  struct linkname_layout *layout;
  const struct linkname_layout_target *target;
  struct linkname_error *err;
  /* Values already made, by type: an open-addressed table, so that a
     type used many times (struct { a, b T }, nested) is lowered once.  */
  struct memo_entry *memo;
  size_t memo_cap, memo_n;
  bool spell;			/* Give parameters their Go spellings.  */
  /* The table's first storage: most functions use a few types.  */
  struct memo_entry memo_small[16];
};

static void
memo_free (struct lower *lw)
{
  if (lw->memo != lw->memo_small)
    free (lw->memo);
}

static size_t
memo_hash (const struct linkname_go_type *t, size_t cap)
{
  uintptr_t x = (uintptr_t) t;
  x ^= x >> 17;
  x *= (uintptr_t) 0x9e3779b97f4a7c15u;
  return (size_t) (x ^ (x >> 29)) & (cap - 1);
}

static const struct linkname_layout_value *
memo_get (struct lower *lw, const struct linkname_go_type *t)
{
  if (lw->memo_cap == 0)
    return NULL;
  size_t mask = lw->memo_cap - 1;
  for (size_t i = memo_hash (t, lw->memo_cap);; i = (i + 1) & mask)
    {
      if (lw->memo[i].type == t)
	return lw->memo[i].value;
      if (lw->memo[i].type == NULL)
	return NULL;
    }
}

static void
memo_put (struct lower *lw, const struct linkname_go_type *t,
	  const struct linkname_layout_value *v)
{
  if (2 * (lw->memo_n + 1) > lw->memo_cap)
    {
      size_t cap = lw->memo_cap ? 2 * lw->memo_cap : 16;
      struct memo_entry *m = (lw->memo_cap == 0 ? lw->memo_small
			      : calloc (cap, sizeof *m));
      if (m == NULL)
	return;			/* Only slower.  */
      if (m == lw->memo_small)
	memset (m, 0, sizeof lw->memo_small);
      for (size_t i = 0; i < lw->memo_cap; i++)
	if (lw->memo[i].type != NULL)
	  {
	    size_t j = memo_hash (lw->memo[i].type, cap);
	    while (m[j].type != NULL)
	      j = (j + 1) & (cap - 1);
	    m[j] = lw->memo[i];
	  }
      memo_free (lw);
      lw->memo = m;
      lw->memo_cap = cap;
    }
  size_t j = memo_hash (t, lw->memo_cap);
  while (lw->memo[j].type != NULL)
    j = (j + 1) & (lw->memo_cap - 1);
  lw->memo[j].type = t;
  lw->memo[j].value = v;
  lw->memo_n++;
}

static const struct linkname_layout_value *
lower_fail (struct lower *lw, const char *message)
{
  linkname_fail (lw->err, message, 0);
  return NULL;
}

static const struct linkname_layout_value *
scalar (struct lower *lw, int kind, uint64_t size, uint64_t align)
{
  return linkname_layout_scalar (lw->layout, kind, size, align, lw->err);
}

static uint64_t
round_up (uint64_t x, uint64_t align)
{
  return (x + align - 1) / align * align;
}

/* A struct of the N values at V laid out as C lays out their fields.
   BLANK[i] (if BLANK is not NULL) says field I is a blank "_" field.
   GO_PADDING: add gccgo's padding byte after a zero-sized last field.  */
static const struct linkname_layout_value *
c_struct (struct lower *lw, const struct linkname_layout_value *const *v,
	  const bool *blank, size_t n, bool go_padding)
{
  struct linkname_layout_struct *b
    = linkname_layout_struct_begin (lw->layout, lw->err);
  if (b == NULL)
    return NULL;
  uint64_t off = 0, align = 1, last_size = 0;
  bool saw_nonzero = false;
  for (size_t i = 0; i < n; i++)
    {
      off = round_up (off, v[i]->align);
      if (off > MAX_SIZE || v[i]->size > MAX_SIZE - off)
	{
	  linkname_layout_struct_end (b, 0, 1, NULL);
	  return lower_fail (lw, "struct too large");
	}
      if (!linkname_layout_struct_field (b, off, v[i], lw->err))
	{
	  linkname_layout_struct_end (b, 0, 1, NULL);
	  return NULL;
	}
      off += v[i]->size;
      if (v[i]->align > align)
	align = v[i]->align;
      if (v[i]->size != 0)
	saw_nonzero = true;
      if (!(blank && blank[i] && v[i]->size == 0))
	last_size = v[i]->size;
    }
  if (go_padding && saw_nonzero && last_size == 0)
    {
      const struct linkname_layout_value *pad = scalar (lw, 'u', 1, 1);
      if (pad == NULL || off >= MAX_SIZE
	  || !linkname_layout_struct_field (b, off, pad, lw->err))
	{
	  linkname_layout_struct_end (b, 0, 1, NULL);
	  return pad ? lower_fail (lw, "struct too large") : NULL;
	}
      off++;
    }
  if (off > MAX_SIZE - (align - 1))
    {
      linkname_layout_struct_end (b, 0, 1, NULL);
      return lower_fail (lw, "struct too large");
    }
  return linkname_layout_struct_end (b, round_up (off, align), align, lw->err);
}

/* A struct of N scalars of KINDS, each of the target's pointer or int
   size (KINDS: 'p' pointer, 'i' int).  */
static const struct linkname_layout_value *
words (struct lower *lw, const char *kinds)
{
  const struct linkname_layout_value *v[4];
  size_t n = strlen (kinds);
  const struct linkname_layout_target *t = lw->target;
  for (size_t i = 0; i < n; i++)
    {
      v[i] = kinds[i] == 'p'
	? scalar (lw, 'p', t->pointer_size, t->pointer_size)
	: scalar (lw, 'i', t->int_size,
		  t->int_size == 8 ? t->int64_align : t->int_size);
      if (v[i] == NULL)
	return NULL;
    }
  return c_struct (lw, v, NULL, n, false);
}

static const struct linkname_layout_value *
lower_builtin (struct lower *lw, enum linkname_go_builtin b)
{
  const struct linkname_layout_target *t = lw->target;
  uint64_t int_align = t->int_size == 8 ? t->int64_align : t->int_size;
  switch (b)
    {
    case LINKNAME_GO_INT8:
      return scalar (lw, 'i', 1, 1);
    case LINKNAME_GO_INT16:
      return scalar (lw, 'i', 2, 2);
    case LINKNAME_GO_INT32:
    case LINKNAME_GO_RUNE:
      return scalar (lw, 'i', 4, 4);
    case LINKNAME_GO_INT64:
      return scalar (lw, 'i', 8, t->int64_align);
    case LINKNAME_GO_UINT8:
    case LINKNAME_GO_BYTE:
      return scalar (lw, 'u', 1, 1);
    case LINKNAME_GO_UINT16:
      return scalar (lw, 'u', 2, 2);
    case LINKNAME_GO_UINT32:
      return scalar (lw, 'u', 4, 4);
    case LINKNAME_GO_UINT64:
      return scalar (lw, 'u', 8, t->int64_align);
    case LINKNAME_GO_FLOAT32:
      return scalar (lw, 'f', 4, 4);
    case LINKNAME_GO_FLOAT64:
      return scalar (lw, 'f', 8, t->float64_align);
    case LINKNAME_GO_INT:
      return scalar (lw, 'i', t->int_size, int_align);
    case LINKNAME_GO_UINT:
      return scalar (lw, 'u', t->int_size, int_align);
    case LINKNAME_GO_UINTPTR:
      return scalar (lw, 'u', t->pointer_size, t->pointer_size);
    case LINKNAME_GO_BOOL:
      return scalar (lw, 'b', 1, 1);
    case LINKNAME_GO_STRING:
      return words (lw, "pi");
    case LINKNAME_GO_COMPLEX64:
      return scalar (lw, 'x', 8, t->complex64_align);
    case LINKNAME_GO_COMPLEX128:
      return scalar (lw, 'x', 16, t->complex128_align);
    case LINKNAME_GO_ERROR:
    case LINKNAME_GO_ANY:
      return words (lw, "pp");
    default:
      return lower_fail (lw, "unknown Go builtin type");
    }
}

static const struct linkname_layout_value *
lower_type (struct lower *lw, const struct linkname_go_type *t, int depth)
{
  if (t == NULL)
    return lower_fail (lw, "a type is missing from the export data");
  if (depth > MAX_DEPTH)
    return lower_fail (lw, "Go type nested too deeply");
  const struct linkname_layout_value *v = memo_get (lw, t);
  if (v != NULL)
    return v;
  const struct linkname_layout_target *tg = lw->target;
  switch (t->kind)
    {
    case LINKNAME_GO_KIND_BUILTIN:
      v = lower_builtin (lw, t->builtin);
      break;
    case LINKNAME_GO_KIND_NAMED:
      if (t->elem == NULL)
	return lower_fail (lw, "the export data lacks a named type's "
			   "underlying type");
      v = lower_type (lw, t->elem, depth + 1);
      break;
    case LINKNAME_GO_KIND_POINTER:
    case LINKNAME_GO_KIND_UNSAFE_POINTER:
    case LINKNAME_GO_KIND_MAP:
    case LINKNAME_GO_KIND_CHAN:
    case LINKNAME_GO_KIND_FUNC:
      v = scalar (lw, 'p', tg->pointer_size, tg->pointer_size);
      break;
    case LINKNAME_GO_KIND_SLICE:
      v = words (lw, "pii");
      break;
    case LINKNAME_GO_KIND_INTERFACE:
      v = words (lw, "pp");
      break;
    case LINKNAME_GO_KIND_ARRAY:
      {
	const struct linkname_layout_value *e
	  = lower_type (lw, t->elem, depth + 1);
	v = e ? linkname_layout_array (lw->layout, e, t->length, lw->err)
	  : NULL;
      }
      break;
    case LINKNAME_GO_KIND_STRUCT:
      {
	size_t n = t->n_fields;
	const struct linkname_layout_value **f
	  = calloc (n ? n : 1, sizeof *f);
	bool *blank = calloc (n ? n : 1, sizeof *blank);
	bool ok = f != NULL && blank != NULL;
	if (!ok)
	  lower_fail (lw, "out of memory");
	for (size_t i = 0; ok && i < n; i++)
	  {
	    f[i] = lower_type (lw, t->fields[i].type, depth + 1);
	    ok = f[i] != NULL;
	    /* gccgo 12 and newer leave a last blank field of size zero
	       out when they decide on the padding; 11 does not.  */
	    blank[i] = t->fields[i].name != NULL
	      && strcmp (t->fields[i].name, "_") == 0
	      && (lw->target->gccgo_major == 0
		  || lw->target->gccgo_major >= 12);
	  }
	v = ok ? c_struct (lw, f, blank, n, true) : NULL;
	free (f);
	free (blank);
      }
      break;
    default:
      return lower_fail (lw, "unknown Go type kind");
    }
  if (v != NULL)
    memo_put (lw, t, v);
  return v;
}

const struct linkname_layout_value *
linkname_layout_go_type (struct linkname_layout *layout,
			 const struct linkname_go_type *type,
			 const struct linkname_layout_target *target,
			 struct linkname_error *err)
{
  struct lower lw = { .layout = layout, .target = target, .err = err };
  const struct linkname_layout_value *v = lower_type (&lw, type, 0);
  memo_free (&lw);
  return v;
}

/* Add V as the next parameter, spelled as S says (when spelling).  */
static bool
add_spelled (struct lower *lw, const struct linkname_layout_value *v,
	     struct sbuf *s)
{
  if (!lw->spell)
    return linkname_layout_add_param (lw->layout, v, NULL, lw->err);
  char *str = sb_finish (s);
  if (str == NULL)
    return linkname_fail (lw->err, "out of memory", 0);
  bool ok = linkname_layout_add_param (lw->layout, v, str, lw->err);
  free (str);
  return ok;
}

/* Spell T into S, when spelling.  */
static void
lower_spell (struct lower *lw, struct sbuf *s, const struct linkname_go_type *t,
	     const char *pkgpath)
{
  if (lw->spell)
    spell_type (s, t, pkgpath, 0);
}

static void
lower_spell_text (struct lower *lw, struct sbuf *s, const char *text)
{
  if (lw->spell)
    sb_puts (s, text);
}

static bool
lower_func (struct lower *lw, const struct linkname_go_func *func,
	    const char *pkgpath)
{
  struct linkname_layout *l = lw->layout;
  const struct linkname_layout_target *tg = lw->target;
  const struct linkname_layout_value *v;
  if (func->receiver != NULL)
    {
      struct sbuf s = { NULL, 0, 0, false };
      lower_spell (lw, &s, func->receiver, pkgpath);
      if (func->pointer_receiver)
	{
	  l->receiver = LINKNAME_LAYOUT_RECEIVER_POINTER;
	  v = scalar (lw, 'p', tg->pointer_size, tg->pointer_size);
	}
      else
	{
	  const struct linkname_layout_value *base
	    = lower_type (lw, func->receiver_base, 0);
	  if (base == NULL)
	    {
	      free (s.s);
	      return false;
	    }
	  if (linkname_go_pointer_shaped (func->receiver_base))
	    {
	      l->receiver = LINKNAME_LAYOUT_RECEIVER_VALUE;
	      v = base;
	    }
	  else
	    {
	      l->receiver = LINKNAME_LAYOUT_RECEIVER_BY_POINTER;
	      l->receiver_type = base;
	      v = scalar (lw, 'p', tg->pointer_size, tg->pointer_size);
	    }
	}
      if (v == NULL || !add_spelled (lw, v, &s))
	{
	  if (v == NULL)
	    free (s.s);
	  return false;
	}
    }
  const struct linkname_go_signature *sig = &func->sig;
  for (size_t i = 0; i < sig->n_params; i++)
    {
      const struct linkname_go_type *t = sig->params[i].type;
      struct sbuf s = { NULL, 0, 0, false };
      if (sig->variadic && i + 1 == sig->n_params && t != NULL
	  && t->kind == LINKNAME_GO_KIND_SLICE)
	{
	  lower_spell_text (lw, &s, "...");
	  lower_spell (lw, &s, t->elem, pkgpath);
	  l->go_variadic = true;
	}
      else
	lower_spell (lw, &s, t, pkgpath);
      v = lower_type (lw, t, 0);
      if (v == NULL)
	{
	  free (s.s);
	  return false;
	}
      if (!add_spelled (lw, v, &s))
	return false;
    }
  if (sig->n_results == 0)
    return true;
  struct sbuf s = { NULL, 0, 0, false };
  if (sig->n_results == 1)
    {
      lower_spell (lw, &s, sig->results[0].type, pkgpath);
      v = lower_type (lw, sig->results[0].type, 0);
    }
  else
    {
      const struct linkname_layout_value **r
	= calloc (sig->n_results, sizeof *r);
      bool ok = r != NULL;
      if (!ok)
	lower_fail (lw, "out of memory");
      lower_spell_text (lw, &s, "(");
      for (size_t i = 0; ok && i < sig->n_results; i++)
	{
	  if (i)
	    lower_spell_text (lw, &s, ", ");
	  lower_spell (lw, &s, sig->results[i].type, pkgpath);
	  r[i] = lower_type (lw, sig->results[i].type, 0);
	  ok = r[i] != NULL;
	}
      lower_spell_text (lw, &s, ")");
      /* gccgo's results struct has no padding byte.  */
      v = ok ? c_struct (lw, r, NULL, sig->n_results, false) : NULL;
      free (r);
    }
  if (!lw->spell)
    return v != NULL && linkname_layout_set_result (l, v, NULL, lw->err);
  char *str = sb_finish (&s);
  if (v == NULL || str == NULL)
    {
      free (str);
      return v ? linkname_fail (lw->err, "out of memory", 0) : false;
    }
  bool ok = linkname_layout_set_result (l, v, str, lw->err);
  free (str);
  return ok;
}

struct linkname_layout *
linkname_layout_go_func (const struct linkname_go_func *func,
			 const char *pkgpath,
			 const struct linkname_layout_target *target,
			 bool spell, struct linkname_error *err)
{
  struct linkname_layout *l = linkname_layout_new ();
  if (l == NULL)
    {
      linkname_fail (err, "out of memory", 0);
      return NULL;
    }
  struct lower lw = { .layout = l, .target = target, .err = err,
		      .spell = spell };
  bool ok = lower_func (&lw, func, pkgpath);
  memo_free (&lw);
  if (!ok)
    {
      linkname_layout_free (l);
      return NULL;
    }
  return l;
}

/* The text form.  */

static void
encode_value (struct sbuf *b, const struct linkname_layout_value *v)
{
  sb_printf (b, "%c%llu/%llu", v->aggregate ? 'A' : 'S',
	     (unsigned long long) v->size, (unsigned long long) v->align);
  if (v->n_runs > LINKNAME_LAYOUT_TEXT_RUNS)
    {
      sb_printf (b, "#%zu.%016llx", v->n_runs,
		 (unsigned long long) linkname_layout_value_digest (v));
      return;
    }
  sb_puts (b, "[");
  for (size_t i = 0; i < v->n_runs; i++)
    {
      const struct linkname_layout_run *r = &v->runs[i];
      if (i)
	sb_puts (b, ";");
      sb_printf (b, "%c%llu@%llu", r->kind, (unsigned long long) r->size,
		 (unsigned long long) r->offset);
      if (r->count > 1)
	sb_printf (b, "*%llu+%llu", (unsigned long long) r->count,
		   (unsigned long long) r->stride);
    }
  sb_puts (b, "]");
}

char *
linkname_layout_encode (const struct linkname_layout *l)
{
  struct sbuf b = { NULL, 0, 0, false };
  sb_puts (&b, "L1");
  switch (l->receiver)
    {
    case LINKNAME_LAYOUT_RECEIVER_POINTER:
      sb_puts (&b, "P");
      break;
    case LINKNAME_LAYOUT_RECEIVER_VALUE:
      sb_puts (&b, "S");
      break;
    case LINKNAME_LAYOUT_RECEIVER_BY_POINTER:
      sb_puts (&b, "V");
      encode_value (&b, l->receiver_type);
      break;
    default:
      break;
    }
  if (l->go_variadic)
    sb_puts (&b, "g");
  if (l->c_variadic)
    sb_puts (&b, "v");
  if (l->unprototyped)
    sb_puts (&b, "k");
  sb_puts (&b, "(");
  for (size_t i = 0; i < l->n_params; i++)
    {
      if (i)
	sb_puts (&b, ",");
      encode_value (&b, l->params[i].value);
    }
  sb_puts (&b, ")=");
  if (l->result.value != NULL)
    encode_value (&b, l->result.value);
  else
    sb_puts (&b, "-");
  return sb_finish (&b);
}

struct decoder
{
  const char *s;
  size_t pos, len;
  struct linkname_error *err;
  struct linkname_layout *layout;
};

static bool
dec_fail (struct decoder *d, const char *message)
{
  return linkname_fail (d->err, message, d->pos);
}

static bool
dec_accept (struct decoder *d, char c)
{
  if (d->pos < d->len && d->s[d->pos] == c)
    {
      d->pos++;
      return true;
    }
  return false;
}

static bool
dec_expect (struct decoder *d, char c, const char *message)
{
  return dec_accept (d, c) || dec_fail (d, message);
}

/* A decimal number without leading zeros, at most MAX_SIZE.  */
static bool
dec_number (struct decoder *d, uint64_t *out)
{
  size_t start = d->pos;
  uint64_t v = 0;
  while (d->pos < d->len && d->s[d->pos] >= '0' && d->s[d->pos] <= '9')
    {
      unsigned digit = (unsigned) (d->s[d->pos] - '0');
      if (d->pos > start && v == 0)
	return dec_fail (d, "leading zero in a number");
      if (v > (MAX_SIZE - digit) / 10)
	return dec_fail (d, "number too large");
      v = v * 10 + digit;
      d->pos++;
    }
  if (d->pos == start)
    return dec_fail (d, "expected a number");
  *out = v;
  return true;
}

static const struct linkname_layout_value *
dec_value (struct decoder *d)
{
  size_t start = d->pos;
  bool aggregate;
  if (dec_accept (d, 'A'))
    aggregate = true;
  else if (dec_accept (d, 'S'))
    aggregate = false;
  else
    {
      dec_fail (d, "expected 'A' or 'S' beginning a value");
      return NULL;
    }
  uint64_t size, align;
  if (!dec_number (d, &size) || !dec_expect (d, '/', "expected '/'"))
    return NULL;
  size_t align_pos = d->pos;
  if (!dec_number (d, &align))
    return NULL;
  if (!power_of_two (align) || size % align != 0)
    {
      linkname_fail (d->err, "alignment not a power of two dividing the size",
		     align_pos);
      return NULL;
    }
  struct linkname_layout_value *v = arena_alloc (d->layout->arena, sizeof *v);
  if (v == NULL)
    {
      dec_fail (d, "out of memory");
      return NULL;
    }
  v->size = size;
  v->align = align;
  v->aggregate = aggregate;
  v->runs = NULL;
  if (dec_accept (d, '#'))
    {
      uint64_t n;
      if (!dec_number (d, &n))
	return NULL;
      if (n <= LINKNAME_LAYOUT_TEXT_RUNS || n > LINKNAME_LAYOUT_MAX_RUNS
	  || n > size || !aggregate)
	{
	  dec_fail (d, "impossible number of runs for a digest");
	  return NULL;
	}
      if (!dec_expect (d, '.', "expected '.' before a digest"))
	return NULL;
      uint64_t h = 0;
      for (int i = 0; i < 16; i++)
	{
	  char c = d->pos < d->len ? d->s[d->pos] : 0;
	  int x = c >= '0' && c <= '9' ? c - '0'
	    : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
	  if (x < 0)
	    {
	      dec_fail (d, "expected 16 lower-case hexadecimal digits");
	      return NULL;
	    }
	  h = h << 4 | (uint64_t) x;
	  d->pos++;
	}
      v->n_runs = n;
      v->digest = h;
      return v;
    }
  if (!dec_expect (d, '[', "expected '[' or '#' after a value's alignment"))
    return NULL;
  struct runvec rv = { NULL, 0, 0 };
  if (!dec_accept (d, ']'))
    for (;;)
      {
	size_t run_pos = d->pos;
	struct linkname_layout_run r = { 0, 0, 1, 0, 0 };
	char k = d->pos < d->len ? d->s[d->pos] : 0;
	if (!kind_valid (k))
	  {
	    dec_fail (d, "expected a leaf kind");
	    goto fail;
	  }
	d->pos++;
	r.kind = k;
	if (!dec_number (d, &r.size))
	  goto fail;
	if (!leaf_size_valid (k, r.size))
	  {
	    linkname_fail (d->err, "invalid leaf size", run_pos + 1);
	    goto fail;
	  }
	if (!dec_expect (d, '@', "expected '@'") || !dec_number (d, &r.offset))
	  goto fail;
	if (dec_accept (d, '*'))
	  {
	    if (!dec_number (d, &r.count)
		|| !dec_expect (d, '+', "expected '+' after a count")
		|| !dec_number (d, &r.stride))
	      goto fail;
	    if (r.count < 2 || r.stride < r.size)
	      {
		linkname_fail (d->err, "invalid run count or stride", run_pos);
		goto fail;
	      }
	  }
	/* Inside the value: offset + (count - 1) * stride + size <= size.  */
	if (r.offset > size || r.size > size - r.offset
	    || (r.count > 1
		&& (r.count - 1 > (size - r.offset - r.size) / r.stride)))
	  {
	    linkname_fail (d->err, "leaf outside its value", run_pos);
	    goto fail;
	  }
	if (rv.n > 0)
	  {
	    const struct linkname_layout_run *t = &rv.v[rv.n - 1];
	    if (r.offset < run_end (t))
	      {
		linkname_fail (d->err, "run overlaps or precedes the one before",
			       run_pos);
		goto fail;
	      }
	    if (t->kind == r.kind && t->size == r.size
		&& (t->count == 1 || r.offset == t->offset + t->count * t->stride))
	      {
		linkname_fail (d->err, "run not in canonical form", run_pos);
		goto fail;
	      }
	  }
	if (rv.n >= LINKNAME_LAYOUT_TEXT_RUNS)
	  {
	    linkname_fail (d->err, "too many runs (use a digest)", run_pos);
	    goto fail;
	  }
	if (!runvec_push (&rv, r))
	  {
	    dec_fail (d, "out of memory");
	    goto fail;
	  }
	if (dec_accept (d, ']'))
	  break;
	if (!dec_expect (d, ';', "expected ';' or ']' after a run"))
	  goto fail;
      }
  if (!aggregate
      && (rv.n != 1 || rv.v[0].count != 1 || rv.v[0].size != size))
    {
      linkname_fail (d->err, "a scalar value must be one leaf of its size",
		     start);
      goto fail;
    }
  {
    struct linkname_layout_run *r
      = rv.n ? arena_alloc (d->layout->arena, rv.n * sizeof *r) : NULL;
    if (rv.n && r == NULL)
      {
	dec_fail (d, "out of memory");
	goto fail;
      }
    if (rv.n)
      memcpy (r, rv.v, rv.n * sizeof *r);
    v->runs = r;
    v->n_runs = rv.n;
    v->digest = 0;
    free (rv.v);
    return v;
  }
fail:
  free (rv.v);
  return NULL;
}

struct linkname_layout *
linkname_layout_decode (const char *text, size_t len,
			struct linkname_error *err)
{
  struct linkname_layout *l = linkname_layout_new ();
  if (l == NULL)
    {
      linkname_fail (err, "out of memory", 0);
      return NULL;
    }
  struct decoder d = { text, 0, len, err, l };
  if (!dec_expect (&d, 'L', "expected \"L1\"")
      || !dec_expect (&d, '1', "expected \"L1\""))
    goto fail;
  size_t receiver_pos = d.pos;
  if (dec_accept (&d, 'P'))
    l->receiver = LINKNAME_LAYOUT_RECEIVER_POINTER;
  else if (dec_accept (&d, 'S'))
    l->receiver = LINKNAME_LAYOUT_RECEIVER_VALUE;
  else if (dec_accept (&d, 'V'))
    {
      l->receiver = LINKNAME_LAYOUT_RECEIVER_BY_POINTER;
      if ((l->receiver_type = dec_value (&d)) == NULL)
	goto fail;
    }
  size_t variadic_pos = d.pos;
  l->go_variadic = dec_accept (&d, 'g');
  l->c_variadic = dec_accept (&d, 'v');
  l->unprototyped = dec_accept (&d, 'k');
  if (!dec_expect (&d, '(', "expected a flag or '('"))
    goto fail;
  if (!dec_accept (&d, ')'))
    for (;;)
      {
	const struct linkname_layout_value *v = dec_value (&d);
	if (v == NULL)
	  goto fail;
	if (!linkname_layout_add_param (l, v, NULL, err))
	  {
	    if (err != NULL)
	      err->offset = d.pos;
	    goto fail;
	  }
	if (dec_accept (&d, ')'))
	  break;
	if (!dec_expect (&d, ',', "expected ',' or ')' after a parameter"))
	  goto fail;
      }
  if (l->receiver != LINKNAME_LAYOUT_NO_RECEIVER && l->n_params == 0)
    {
      linkname_fail (err, "a receiver flag without parameters", receiver_pos);
      goto fail;
    }
  if (l->go_variadic && l->n_params == 0)
    {
      linkname_fail (err, "a variadic flag without parameters", variadic_pos);
      goto fail;
    }
  if (!dec_expect (&d, '=', "expected '=' after the parameters"))
    goto fail;
  if (!dec_accept (&d, '-') && (l->result.value = dec_value (&d)) == NULL)
    goto fail;
  if (d.pos != d.len)
    {
      dec_fail (&d, "unexpected text after the layout");
      goto fail;
    }
  return l;
fail:
  linkname_layout_free (l);
  return NULL;
}

/* Comparison.  */

/* A leaf's name: "int64", "uint8", "bool", "float64", "complex128",
   "pointer", "code pointer", "3 opaque bytes".  */
static void
leaf_name (struct sbuf *b, char kind, uint64_t size)
{
  unsigned long long n = size, bits = 8 * n;
  switch (kind)
    {
    case 'i':
      sb_printf (b, "int%llu", bits);
      break;
    case 'u':
      sb_printf (b, "uint%llu", bits);
      break;
    case 'b':
      if (size == 1)
	sb_puts (b, "bool");
      else
	sb_printf (b, "%llu-byte bool", n);
      break;
    case 'f':
      if (size == 4 || size == 8)
	sb_printf (b, "float%llu", bits);
      else
	sb_printf (b, "%llu-byte float", n);
      break;
    case 'x':
      if (size == 8 || size == 16)
	sb_printf (b, "complex%llu", bits);
      else
	sb_printf (b, "%llu-byte complex", n);
      break;
    case 'p':
      sb_puts (b, "pointer");
      break;
    case 'c':
      sb_puts (b, "code pointer");
      break;
    default:
      sb_printf (b, "%llu opaque byte%s", n, n == 1 ? "" : "s");
      break;
    }
}

static void
size_text (struct sbuf *b, uint64_t size)
{
  sb_printf (b, "%llu byte%s", (unsigned long long) size,
	     size == 1 ? "" : "s");
}

/* "pointer, int64", "uint8 x4096", "300 runs of leaves".  */
static void
leaves_text (struct sbuf *b, const struct linkname_layout_value *v)
{
  if (v->runs == NULL && v->n_runs > 0)
    {
      sb_printf (b, "%zu runs of leaves", v->n_runs);
      return;
    }
  if (v->n_runs == 0)
    {
      sb_puts (b, "no data");
      return;
    }
  for (size_t i = 0; i < v->n_runs; i++)
    {
      if (i == 8)
	{
	  sb_puts (b, ", ...");
	  break;
	}
      if (i)
	sb_puts (b, ", ");
      leaf_name (b, v->runs[i].kind, v->runs[i].size);
      if (v->runs[i].count > 1)
	sb_printf (b, " x%llu", (unsigned long long) v->runs[i].count);
    }
}

static bool
single_leaf (const struct linkname_layout_value *v)
{
  return !v->aggregate && v->n_runs == 1 && v->runs != NULL
    && v->runs[0].count == 1;
}

/* "string (16 bytes: pointer, int64)", "bool (1 byte)", "8 bytes
   (pointer)".  */
static void
value_text (struct sbuf *b, const char *spelling,
	    const struct linkname_layout_value *v)
{
  if (spelling != NULL)
    {
      sb_puts (b, spelling);
      sb_puts (b, " (");
      size_text (b, v->size);
      if (!single_leaf (v) && v->size != 0)
	{
	  sb_puts (b, ": ");
	  leaves_text (b, v);
	}
      sb_puts (b, ")");
      return;
    }
  size_text (b, v->size);
  if (v->size != 0)
    {
      sb_puts (b, " (");
      leaves_text (b, v);
      sb_puts (b, ")");
    }
}

struct findings
{
  struct linkname_layout_findings *f;
  size_t cap;
  bool oom;
};

static void __attribute__ ((format (printf, 6, 7)))
add_finding (struct findings *fs, enum linkname_layout_severity severity,
	     enum linkname_layout_where where, size_t index, const char *code,
	     const char *fmt, ...)
{
  if (fs->oom)
    return;
  struct linkname_layout_findings *f = fs->f;
  if (f->n == fs->cap)
    {
      size_t cap = fs->cap ? 2 * fs->cap : 4;
      struct linkname_layout_finding *p
	= realloc (f->items, cap * sizeof *p);
      if (p == NULL)
	{
	  fs->oom = true;
	  return;
	}
      f->items = p;
      fs->cap = cap;
    }
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  char *m = n >= 0 ? malloc ((size_t) n + 1) : NULL;
  if (m == NULL)
    {
      fs->oom = true;
      return;
    }
  va_start (ap, fmt);
  vsnprintf (m, (size_t) n + 1, fmt, ap);
  va_end (ap);
  f->items[f->n++] = (struct linkname_layout_finding) {
    severity, where, index, code, m
  };
  if (severity == LINKNAME_LAYOUT_ERROR)
    f->errors = true;
}

/* How one leaf kind differs from another of the same size: a warning
   code, an error code.  */
static const char *
kind_difference (char go, char c, uint64_t size, bool *error)
{
  *error = false;
  if ((go == 'i' && c == 'u') || (go == 'u' && c == 'i'))
    return "signedness";
  if ((go == 'p' && (c == 'i' || c == 'u'))
      || (c == 'p' && (go == 'i' || go == 'u')))
    return "pointer-integer";
  if (size == 1 && ((go == 'b' && (c == 'i' || c == 'u'))
		    || (c == 'b' && (go == 'i' || go == 'u'))))
    return "bool-integer";
  *error = true;
  if (go == 'c' || c == 'c')
    return "code-pointer";
  if (go == 'f' || c == 'f' || go == 'x' || c == 'x')
    return "class";
  return "layout";
}

struct side
{
  const char *spelling;
  const struct linkname_layout_value *v;
};

/* Compare one parameter or the result.  WHERE_TEXT: "parameter 2",
   "receiver", "result".  */
static void
compare_value (struct findings *fs, const struct linkname_layout *go,
	       enum linkname_layout_where where, size_t index,
	       const char *where_text, struct side g, struct side c)
{
  const struct linkname_layout_value *gv = g.v, *cv = c.v;
  if (linkname_layout_value_equal (gv, cv))
    return;
  bool result = where == LINKNAME_LAYOUT_RESULT;
  bool variable = where == LINKNAME_LAYOUT_VARIABLE;
  const char *passes = result ? "returns" : variable ? "declares" : "passes";
  const char *has = result ? "returns" : variable ? "declares" : "has";
  struct sbuf gt = { NULL, 0, 0, false }, ct = { NULL, 0, 0, false };
  value_text (&gt, g.spelling, gv);
  value_text (&ct, c.spelling, cv);
  const char *gs = gt.s ? gt.s : "?", *cs = ct.s ? ct.s : "?";
  bool by_pointer = where == LINKNAME_LAYOUT_RECEIVER
    && go->receiver == LINKNAME_LAYOUT_RECEIVER_BY_POINTER;
  const char *tname = g.spelling ? g.spelling : "T";

  if (by_pointer && go->receiver_type != NULL
      && go->receiver_type->size == cv->size
      && same_runs (go->receiver_type, cv)
      && !(gv->size == cv->size && same_runs (gv, cv)))
    {
      add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, "value-receiver",
		   "receiver: Go passes the receiver of a value method by "
		   "pointer (const %s *); the C declaration passes %s by value",
		   tname, tname);
      goto out;
    }
  if (gv->size != cv->size)
    {
      if (by_pointer)
	add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, "size",
		     "receiver: Go passes the receiver of a value method by "
		     "pointer (const %s *, %llu bytes); the C declaration has %s",
		     tname, (unsigned long long) gv->size, cs);
      else
	add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, "size",
		     "%s: Go %s %s%s; the C declaration %s %s", where_text,
		     passes, gs, result || variable ? "" : " by value", has, cs);
      goto out;
    }
  if (gv->runs == NULL || cv->runs == NULL)
    {
      if (!same_runs (gv, cv))
	{
	  add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, "layout",
		       "%s: Go %s %s; the C declaration %s %s, laid out "
		       "differently", where_text, passes, gs, has, cs);
	  goto out;
	}
    }
  else
    {
      /* Walk the leaves of both side by side, a stretch of leaves at a
	 time where both runs go on alike: the same offsets and sizes
	 are needed; kinds may differ (the first error, else each
	 kind of warning once).  */
      bool warned[3] = { false, false, false };
      static const char *const warnings[3] = {
	"signedness", "pointer-integer", "bool-integer"
      };
      static const char *const why[3] = {
	"signedness differs", "a pointer for an integer of its width",
	"bool for a 1-byte integer"
      };
      size_t ia = 0, ib = 0;
      uint64_t ja = 0, jb = 0;
      while (ia < gv->n_runs || ib < cv->n_runs)
	{
	  if (ia == gv->n_runs || ib == cv->n_runs)
	    goto layout;
	  const struct linkname_layout_run *a = &gv->runs[ia], *b = &cv->runs[ib];
	  uint64_t oa = a->offset + ja * a->stride;
	  uint64_t ob = b->offset + jb * b->stride;
	  if (oa != ob || a->size != b->size)
	    goto layout;
	  uint64_t ra = a->count - ja, rb = b->count - jb;
	  uint64_t step = ra < rb ? ra : rb;
	  if (step > 1 && a->stride != b->stride)
	    step = 1;
	  if (a->kind != b->kind)
	    {
	      bool error;
	      const char *code = kind_difference (a->kind, b->kind, a->size,
						  &error);
	      struct sbuf ga = { NULL, 0, 0, false }, ca = { NULL, 0, 0, false };
	      leaf_name (&ga, a->kind, a->size);
	      leaf_name (&ca, b->kind, b->size);
	      const char *gn = ga.s ? ga.s : "?", *cn = ca.s ? ca.s : "?";
	      char at[64] = "";
	      if (gv->aggregate || cv->aggregate)
		snprintf (at, sizeof at, " at byte %llu",
			  (unsigned long long) oa);
	      int w = strcmp (code, "signedness") == 0 ? 0
		: strcmp (code, "pointer-integer") == 0 ? 1 : 2;
	      if (error && b->kind == 'c' && a->kind == 'p'
		  && (g.spelling == NULL || strncmp (g.spelling, "func", 4) == 0))
		add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, code,
			     "%s: a C function pointer%s where Go expects a "
			     "func value (a pointer to a closure)", where_text,
			     at);
	      else if (error && b->kind == 'c' && a->kind == 'p')
		add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, code,
			     "%s: a C function pointer%s where Go's %s has a "
			     "data pointer (a Go func value, too, points to a "
			     "closure, not to code)", where_text, at, gs);
	      else if (error)
		add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, code,
			     "%s: Go %s %s; the C declaration %s %s: %s%s "
			     "where Go has %s%s", where_text, passes, gs, has,
			     cs, cn, at, gn,
			     strcmp (code, "class") == 0
			     ? " (another register class)" : "");
	      else if (!warned[w])
		{
		  warned[w] = true;
		  add_finding (fs, LINKNAME_LAYOUT_WARNING, where, index,
			       warnings[w], "%s: Go %s %s; the C declaration "
			       "%s %s: %s%s where Go has %s (%s)", where_text,
			       passes, gs, has, cs, cn, at, gn, why[w]);
		}
	      free (ga.s);
	      free (ca.s);
	      if (error)
		goto out;
	    }
	  ja += step;
	  jb += step;
	  if (ja == a->count)
	    ia++, ja = 0;
	  if (jb == b->count)
	    ib++, jb = 0;
	}
    }
  if (gv->align != cv->align)
    {
      add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, "align",
		   "%s: Go's %s is aligned to %llu bytes; the C declaration's "
		   "%s to %llu", where_text, gs,
		   (unsigned long long) gv->align, cs,
		   (unsigned long long) cv->align);
      goto out;
    }
  if (gv->aggregate != cv->aggregate)
    add_finding (fs, LINKNAME_LAYOUT_WARNING, where, index, "aggregate",
		 "%s: Go %s %s as %s; the C declaration as %s %s (the same "
		 "leaves: passed alike on x86-64)", where_text, passes, gs,
		 gv->aggregate ? "a struct or array" : "a scalar",
		 cv->aggregate ? "a struct or array" : "a scalar", cs);
  goto out;
layout:
  add_finding (fs, LINKNAME_LAYOUT_ERROR, where, index, "layout",
	       "%s: Go %s %s; the C declaration %s %s, laid out differently",
	       where_text, passes, gs, has, cs);
out:
  free (gt.s);
  free (ct.s);
}

/* The leaves of V in order as (kind, size) pairs, at most MAX of them
   into OUT: their number, or MAX + 1 when there are more (or V has
   only its digest).  */
static size_t
flat_leaves (const struct linkname_layout_value *v, char *kinds,
	     uint64_t *sizes, size_t max)
{
  if (v->runs == NULL)
    return max + 1;
  size_t n = 0;
  for (size_t i = 0; i < v->n_runs; i++)
    {
      if (v->runs[i].count > max - n)
	return max + 1;
      for (uint64_t k = 0; k < v->runs[i].count; k++, n++)
	{
	  kinds[n] = v->runs[i].kind;
	  sizes[n] = v->runs[i].size;
	}
    }
  return n;
}

/* When the aggregate GO is passed by C as the N_C parameters at C, one
   leaf after another (kinds alike or differing by a warning only), the
   number of those parameters (at least 2); else 0.  */
static size_t
split_count (const struct linkname_layout_value *go,
	     const struct linkname_layout_param *c, size_t n_c)
{
  enum { MAX = 16 };
  char gk[MAX], ck[MAX];
  uint64_t gs[MAX], cs[MAX];
  if (!go->aggregate)
    return 0;
  size_t gn = flat_leaves (go, gk, gs, MAX);
  if (gn < 2 || gn > MAX)
    return 0;
  size_t have = 0;
  for (size_t k = 0; k < n_c && have < gn; k++)
    {
      size_t m = flat_leaves (c[k].value, ck + have, cs + have, MAX - have);
      if (m > MAX - have)
	return 0;
      for (size_t i = have; i < have + m; i++)
	{
	  bool error;
	  if (i >= gn || cs[i] != gs[i]
	      || (ck[i] != gk[i]
		  && (kind_difference (gk[i], ck[i], gs[i], &error), error)))
	    return 0;
	}
      have += m;
      if (have == gn)
	return k + 1 >= 2 ? k + 1 : 0;
    }
  return 0;
}

/* "parameter N" into BUF (of 64 bytes): made for every parameter
   compared, and snprintf was most of a comparison's cost.  */
static void
parameter_text (char *buf, size_t n)
{
  char digits[24];
  size_t k = 0;
  do
    digits[k++] = (char) ('0' + n % 10);
  while ((n /= 10) != 0);
  memcpy (buf, "parameter ", 10);
  for (size_t i = 0; i < k; i++)
    buf[10 + i] = digits[k - 1 - i];
  buf[10 + k] = '\0';
}

struct linkname_layout_findings *
linkname_layout_compare (const struct linkname_layout *go,
			 const struct linkname_layout *c,
			 struct linkname_error *err)
{
  struct findings fs = { calloc (1, sizeof *fs.f), 0, false };
  if (fs.f == NULL)
    {
      linkname_fail (err, "out of memory", 0);
      return NULL;
    }
  size_t gn = go->n_params, cn = c->n_params;
  bool method = go->receiver != LINKNAME_LAYOUT_NO_RECEIVER;
  const char *slice = go->go_variadic ? " (Go's ...T is one slice)" : "";
  if (c->unprototyped)
    add_finding (&fs, LINKNAME_LAYOUT_ERROR, LINKNAME_LAYOUT_FUNCTION, 0,
		 "unprototyped", "the C declaration has no prototype; Go's "
		 "function takes %zu parameter%s%s", gn, gn == 1 ? "" : "s",
		 slice);
  else
    {
      if (c->c_variadic)
	add_finding (&fs, LINKNAME_LAYOUT_ERROR, LINKNAME_LAYOUT_FUNCTION, 0,
		     "variadic", "the C declaration is variadic (\"...\"); "
		     "Go's function takes exactly %zu parameter%s%s", gn,
		     gn == 1 ? "" : "s", slice);
      if (gn != cn)
	add_finding (&fs, LINKNAME_LAYOUT_ERROR, LINKNAME_LAYOUT_FUNCTION, 0,
		     "count", "Go's %s takes %zu parameter%s%s%s; the C "
		     "declaration has %zu%s", method ? "method" : "function",
		     gn, gn == 1 ? "" : "s",
		     method ? " (the receiver first)" : "", slice, cn,
		     c->c_variadic ? " before \"...\"" : "");
      /* Parameter against parameter; when the counts differ, a Go
	 parameter that C splits into several (a string as a pointer and
	 a length) is said so, and the rest compared after them.  */
      size_t i = 0, j = 0;
      while (i < gn && j < cn)
	{
	  char where_text[64];
	  enum linkname_layout_where where = LINKNAME_LAYOUT_PARAM;
	  if (i == 0 && j == 0 && method)
	    {
	      where = LINKNAME_LAYOUT_RECEIVER;
	      strcpy (where_text, "receiver");
	    }
	  else
	    parameter_text (where_text, j + 1);
	  size_t k = gn < cn ? split_count (go->params[i].value,
					    c->params + j, cn - j) : 0;
	  if (k >= 2)
	    {
	      struct sbuf t = { NULL, 0, 0, false };
	      value_text (&t, go->params[i].spelling, go->params[i].value);
	      add_finding (&fs, LINKNAME_LAYOUT_ERROR, where, i, "split",
			   "%s: Go passes %s as one value; the C declaration "
			   "splits it into %zu parameters (%zu to %zu)",
			   where_text, t.s ? t.s : "?", k, j + 1, j + k);
	      free (t.s);
	      i++;
	      j += k;
	      continue;
	    }
	  compare_value (&fs, go, where, i, where_text,
			 (struct side) { go->params[i].spelling,
					 go->params[i].value },
			 (struct side) { c->params[j].spelling,
					 c->params[j].value });
	  i++;
	  j++;
	}
    }
  const struct linkname_layout_value *gr = go->result.value;
  const struct linkname_layout_value *cr = c->result.value;
  if (gr != NULL && cr != NULL)
    compare_value (&fs, go, LINKNAME_LAYOUT_RESULT, 0, "result",
		   (struct side) { go->result.spelling, gr },
		   (struct side) { c->result.spelling, cr });
  else if (gr != NULL || cr != NULL)
    {
      struct sbuf t = { NULL, 0, 0, false };
      value_text (&t, gr ? go->result.spelling : c->result.spelling,
		  gr ? gr : cr);
      if (gr != NULL)
	add_finding (&fs, LINKNAME_LAYOUT_ERROR, LINKNAME_LAYOUT_RESULT, 0,
		     "result", "result: Go returns %s; the C declaration "
		     "returns void", t.s ? t.s : "?");
      else
	add_finding (&fs, LINKNAME_LAYOUT_ERROR, LINKNAME_LAYOUT_RESULT, 0,
		     "result", "result: Go returns nothing; the C declaration "
		     "returns %s", t.s ? t.s : "?");
      free (t.s);
    }
  if (fs.oom)
    {
      linkname_layout_findings_free (fs.f);
      linkname_fail (err, "out of memory", 0);
      return NULL;
    }
  return fs.f;
}

struct linkname_layout_findings *
linkname_layout_compare_value (const struct linkname_layout_value *go,
			       const char *go_spelling,
			       const struct linkname_layout_value *c,
			       const char *c_spelling,
			       struct linkname_error *err)
{
  if (go == NULL || c == NULL)
    {
      linkname_fail (err, "no value to compare", 0);
      return NULL;
    }
  struct findings fs = { calloc (1, sizeof *fs.f), 0, false };
  if (fs.f == NULL)
    {
      linkname_fail (err, "out of memory", 0);
      return NULL;
    }
  static const struct linkname_layout no_function;
  compare_value (&fs, &no_function, LINKNAME_LAYOUT_VARIABLE, 0, "variable",
		 (struct side) { go_spelling, go },
		 (struct side) { c_spelling, c });
  if (fs.oom)
    {
      linkname_layout_findings_free (fs.f);
      linkname_fail (err, "out of memory", 0);
      return NULL;
    }
  return fs.f;
}

void
linkname_layout_findings_free (struct linkname_layout_findings *f)
{
  if (f == NULL)
    return;
  for (size_t i = 0; i < f->n; i++)
    free ((char *) f->items[i].message);
  free (f->items);
  free (f);
}
