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

/* test-go-export.c -- the gccgo export data reader (go-export.c) and
   the section finder (go-export-find.c) on hand-written blocks: every
   type kind, methods, results, constants, inline bodies, several blocks,
   v1 and v2; a table of malformed blocks with the error each must give;
   every truncation and many one-byte corruptions of the valid blocks
   (each copied to a buffer of its exact length, so that a read past it
   is a read past the allocation); ELF and ar images built here.  */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "go-export.h"
#include "check.h"

/* A growing string.  */
struct buf
{
  char *s;
  size_t n, cap;
};

static void
add (struct buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (b->n + n + 1 > b->cap)
    {
      b->cap = (b->n + n + 1) * 2;
      b->s = realloc (b->s, b->cap);
      if (b->s == NULL)
	abort ();
    }
  va_start (ap, fmt);
  vsnprintf (b->s + b->n, n + 1, fmt, ap);
  va_end (ap);
  b->n += n;
}

/* A v3 block: HEADER lines, a types line for the N records RECORDS
   (EXPORTED of them exported), then TAIL (ending in a checksum line).  */
static void
v3_block (struct buf *b, const char *header, const char *const *records,
	  size_t n, size_t exported, const char *tail)
{
  add (b, "v3;\n%s", header);
  add (b, "types %zu %zu", n + 1, exported + 1);
  for (size_t i = 0; i < n; i++)
    add (b, " %zu", strlen (records[i]));
  add (b, "\n");
  for (size_t i = 0; i < n; i++)
    add (b, "%s", records[i]);
  add (b, "%s", tail);
}

/* An inline body with the bytes most likely to confuse a reader that
   does not count: newlines, a fake checksum line, '<', '>' and ';'.  */
static const char tricky_body[] =
  "\n // x.go:1\n { //1\n  $ret0 = \"<type 99>\" //1\n"
  "checksum 0000\n  return //1 ;\n } //0";

static char *
inline_body (void)
{
  struct buf b = { 0 };
  add (&b, "<inl:%zu>%s", strlen (tricky_body), tricky_body);
  return b.s;
}

/* The main sample: everything a v3 block can hold.  */
static char *
sample_v3 (size_t *len)
{
  char *inl = inline_body ();
  struct buf m = { 0 };
  add (&m, "type 1 \"Point\" <type 9>\n"
       " func (p <esc:0x1> <type 1>) Norm () ($ret0 <type -10>) %s\n"
       " func (p <esc:0x9> <type 5>) Scale (k <type -11>)\n"
       " func /*nointerface*/ (p <type 1>) NI () <type -11>\n"
       " func (p <type 5>) .hidden ()\n", inl);
  const char *records[] = {
    m.s,
    "type 2 \"List\" <type 10>\n",
    "type 3 \"Alias\" = <type 1>\n",
    "type 4 \"Handle\" notinheap <type 8>\n",
    "type 5 *<type 1>\n",
    "type 6 *<type 2>\n",
    "type 7 \"unsafe.Pointer\" <type 8>\n",
    "type 8 *any\n",
    "type 9 struct { X <type -11>; Y <type -11>; .example.com/vary.name <type -16>; Tag <type -11> \"json:\\\"t\\\"\\u00e9\"; }\n",
    "type 10 struct { Next <type 6>; V <type 11>; ? <type 1>; ? <type 6>; _ <type -3>; }\n",
    "type 11 [3 ] <type -20>\n",
    "type 12 [] <type -16>\n",
    "type 13 map [<type -16>] <type 14>\n",
    "type 14 chan -< <type -11>\n",
    "type 15 chan <- <type -11>\n",
    "type 16 chan <type -22>\n",
    "type 17 interface { ? <type -19>; M (? <type -11>, s ...<type -16>) (n <type -11>, err <type -19>); .example.com/vary.m (); }\n",
    "type 18 (? <type -11>) <type -15>\n",
    "type 19 \"io.Writer\" <type 20>\n",
    "type 20 interface { Write (p <type 21>) (n <type -11>, err <type -19>); }\n",
    "type 21 [] <type -20>\n",
    "type 22 \".example.com/vary.hidden\" <type -4>\n",
  };
  struct buf tail = { 0 };
  add (&tail,
       "const B = $true\n"
       "const C1 <type -18> = 0.1E1+0.2E1i \n"
       "const C2 = 0.3E1i \n"
       "const D <type 1> = $convert(<type -11>, 7 )\n"
       "func /*asm runtime_Memeq */ Eq (a <type 8>, b <type 8>, n <type -13>) <type -15>\n"
       "const F = 0.325E1 \n"
       "func F1 (s <esc:0x1> <type -16>) <type -16> %s\n"
       "func .inlineOnly (x <type -11>) <type -11> %s\n"
       "func <p1>Other (x <type -11>)\n"
       "var Fn <type 18>\n"
       "var I <type 17>\n"
       "const N = -5 \n"
       "func None ()\n"
       "const R = 120' \n"
       "const S = \"a\\\"b\\n\\x00\\u00e9\"\n"
       "func Sum (xs <esc:0x1> ...<type -11>) (total <type -11>, $ret1 <type -11>)\n"
       "var V <type 13>\n"
       "var W <type 16>\n"
       "var X <type 15>\n"
       "var .unexported <type -11>\n"
       "var <p1>Elsewhere <type -11>\n"
       "func Write (w <type 19>, p <type 12>, q <type 22>, h <type 4>, ptr <type 7>, a <type 3>) (? <type -11>, ? <type -19>)\n"
       "checksum 3013DDF81DE2AA69544CBFD21069D1ED1DC14E65\n",
       inl, inl);
  struct buf b = { 0 };
  v3_block (&b,
	    "package vary\n"
	    "pkgpath example.com/vary\n"
	    "import io io \"io\"\n"
	    "indirectimport unsafe unsafe\n"
	    "init vary example_0com_1vary..import io io..import\n"
	    "init_graph 0 1\n",
	    records, sizeof records / sizeof records[0], 4, tail.s);
  free (m.s);
  free (tail.s);
  free (inl);
  *len = b.n;
  return b.s;
}

/* A second, small block: a package built without -fgo-pkgpath.  */
static const char block_prefix[] =
  "v3;\npackage other\nprefix go\ntypes 2 2 22\ntype 1 \"T\" <type -11>\n"
  "func G () <type 1>\nchecksum 00\n";

/* v2: types defined where first used; lines end with ";".  */
static const char block_v2[] =
  "v2;\n"
  "package p;\n"
  "pkgpath example.com/p;\n"
  "import io io \"io\";\n"
  "init p p..import;\n"
  "type <type 1 \"T\" <type 2 struct { X <type -11>; Next <type 3 *<type 1>>; }>\n"
  " func (t <type 3>) M () <type -16>;\n"
  ">;\n"
  "func F (a <type 1>, b ...<type -16>) (? <type 4 [] <type -20>>, ? <type -19>);\n"
  "var V <type 5 map [<type -16>] <type 1>>;\n"
  "const C = 5 ;\n"
  "const S = \"x;y\";\n"
  "checksum ABCD;\n";

static const char block_v1[] =
  "v1;\npackage q;\nprefix go;\npriority 1;\ninit q q..import 1;\n"
  "func G () <type -15>;\nchecksum 00;\n";

/* Parse LEN bytes of TEXT from an exact-size copy.  */
static struct linkname_go_export *
parse_copy (const char *text, size_t len, struct linkname_error *err)
{
  char *copy = malloc (len ? len : 1);
  if (copy == NULL)
    abort ();
  memcpy (copy, text, len);
  struct linkname_go_export *e = linkname_go_export_parse (copy, len, err);
  free (copy);
  return e;
}

static void
test_sample (void)
{
  size_t len;
  char *text = sample_v3 (&len);
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *e = parse_copy (text, len, &err);
  CHECK (e != NULL, "sample: %s at %zu: %.40s", err.message, err.offset,
	 err.message ? text + err.offset : "");
  if (e == NULL)
    {
      free (text);
      return;
    }
  CHECK (e->n_packages == 1, "one package");
  const struct linkname_go_package *pkg
    = linkname_go_export_find (e, "example.com/vary");
  CHECK (pkg != NULL, "find example.com/vary");
  CHECK (linkname_go_export_find (e, "vary") == NULL, "find by name");
  if (pkg == NULL)
    goto out;
  CHECK_STREQ (pkg->name, "vary", "package name");
  CHECK (pkg->version == 3, "version");
  CHECK_STREQ (pkg->checksum, "3013DDF81DE2AA69544CBFD21069D1ED1DC14E65",
	       "checksum");
  CHECK (pkg->n_imports == 2, "imports: %zu", pkg->n_imports);
  if (pkg->n_imports == 2)
    {
      CHECK_STREQ (pkg->imports[0].import_path, "io", "import path");
      CHECK (pkg->imports[1].import_path == NULL, "indirect import");
      CHECK_STREQ (pkg->imports[1].pkgpath, "unsafe", "indirect pkgpath");
    }
  CHECK (pkg->n_types == 23 && pkg->n_exported_types == 4, "type counts");

  /* Named types, methods and receivers.  */
  const struct linkname_go_type *point
    = linkname_go_package_type (pkg, "Point");
  CHECK (point != NULL && point->ref == 1, "Point");
  if (point != NULL)
    {
      CHECK (point->kind == LINKNAME_GO_KIND_NAMED && point->exported
	     && !point->alias, "Point named");
      CHECK_STREQ (point->pkgpath, "example.com/vary", "Point pkgpath");
      CHECK (point->n_methods == 4, "Point methods %zu", point->n_methods);
      const struct linkname_go_type *u = linkname_go_underlying (point);
      CHECK (u != NULL && u->kind == LINKNAME_GO_KIND_STRUCT
	     && u->n_fields == 4, "Point's struct");
      if (u != NULL && u->n_fields == 4)
	{
	  CHECK_STREQ (u->fields[2].name, "name", "unexported field");
	  CHECK_STREQ (u->fields[2].pkgpath, "example.com/vary",
		       "unexported field's package");
	  CHECK (u->fields[0].pkgpath == NULL, "exported field");
	  CHECK (u->fields[3].tag != NULL
		 && strcmp (u->fields[3].tag, "json:\"t\"\xc3\xa9") == 0,
		 "tag decoded: %s", u->fields[3].tag);
	  CHECK (u->fields[2].type->kind == LINKNAME_GO_KIND_BUILTIN
		 && u->fields[2].type->builtin == LINKNAME_GO_STRING,
		 "string field");
	}
    }
  const struct linkname_go_func *m
    = linkname_go_package_method (pkg, "Point", "Norm");
  CHECK (m != NULL && !m->pointer_receiver && m->receiver_base == point
	 && m->sig.n_params == 0 && m->sig.n_results == 1
	 && m->sig.results[0].name == NULL
	 && m->sig.results[0].type->builtin == LINKNAME_GO_FLOAT64,
	 "Norm: value receiver, float64, inline body skipped");
  m = linkname_go_package_method (pkg, "Point", "Scale");
  CHECK (m != NULL && m->pointer_receiver && m->receiver_base == point
	 && m->receiver->kind == LINKNAME_GO_KIND_POINTER
	 && m->sig.n_params == 1 && strcmp (m->sig.params[0].name, "k") == 0
	 && m->sig.n_results == 0, "Scale: pointer receiver");
  m = linkname_go_package_method (pkg, "Point", "NI");
  CHECK (m != NULL && m->nointerface, "NI nointerface");
  CHECK (linkname_go_package_method (pkg, "Point", "hidden") == NULL,
	 "unexported method not found by lookup");
  CHECK (point != NULL && point->n_methods == 4
	 && !point->methods[3].exported
	 && strcmp (point->methods[3].name, "hidden") == 0,
	 "unexported method kept on the type");

  /* List refers to itself through a pointer, and embeds.  */
  const struct linkname_go_type *list = linkname_go_package_type (pkg, "List");
  const struct linkname_go_type *lu = linkname_go_underlying (list);
  CHECK (lu != NULL && lu->n_fields == 5, "List fields");
  if (lu != NULL && lu->n_fields == 5)
    {
      CHECK (lu->fields[0].type->kind == LINKNAME_GO_KIND_POINTER
	     && lu->fields[0].type->elem == list, "List.Next *List");
      CHECK (lu->fields[1].type->kind == LINKNAME_GO_KIND_ARRAY
	     && lu->fields[1].type->length == 3
	     && lu->fields[1].type->elem->builtin == LINKNAME_GO_BYTE,
	     "[3]byte");
      CHECK (lu->fields[2].embedded && strcmp (lu->fields[2].name, "Point") == 0,
	     "embedded Point");
      CHECK (lu->fields[3].embedded && strcmp (lu->fields[3].name, "List") == 0,
	     "embedded *List named List");
      CHECK_STREQ (lu->fields[4].name, "_", "blank field");
    }
  const struct linkname_go_type *alias = linkname_go_package_type (pkg, "Alias");
  CHECK (alias != NULL && alias->alias && linkname_go_unalias (alias) == point,
	 "alias");
  const struct linkname_go_type *h = linkname_go_package_type (pkg, "Handle");
  CHECK (h != NULL && h->notinheap
	 && linkname_go_underlying (h)->kind
	 == LINKNAME_GO_KIND_UNSAFE_POINTER, "notinheap, *any");
  CHECK (linkname_go_package_type (pkg, "hidden") != NULL
	 && !linkname_go_package_type (pkg, "hidden")->exported,
	 "unexported named type");
  const struct linkname_go_type *up = linkname_go_type_ref (pkg, 7);
  CHECK (up != NULL && strcmp (up->pkgpath, "unsafe") == 0
	 && strcmp (up->name, "Pointer") == 0, "unsafe.Pointer");
  CHECK (linkname_go_type_ref (pkg, -22) != NULL
	 && linkname_go_type_ref (pkg, -22)->builtin == LINKNAME_GO_ANY,
	 "builtin any");
  CHECK (linkname_go_type_ref (pkg, -14) == NULL
	 && linkname_go_type_ref (pkg, 23) == NULL
	 && linkname_go_type_ref (pkg, 0) == NULL, "refs out of range");

  /* Functions.  */
  CHECK (pkg->n_funcs == 5, "funcs: %zu", pkg->n_funcs);
  const struct linkname_go_func *f = linkname_go_package_func (pkg, "Sum");
  CHECK (f != NULL && f->sig.variadic && f->sig.n_params == 1
	 && f->sig.params[0].type->kind == LINKNAME_GO_KIND_SLICE
	 && f->sig.params[0].type->ref == 0
	 && f->sig.params[0].type->elem->builtin == LINKNAME_GO_INT
	 && f->sig.n_results == 2
	 && strcmp (f->sig.results[0].name, "total") == 0
	 && f->sig.results[1].name == NULL, "Sum(xs ...int) (total, int)");
  f = linkname_go_package_func (pkg, "Eq");
  CHECK (f != NULL && f->asm_name != NULL
	 && strcmp (f->asm_name, "runtime_Memeq") == 0, "asm symbol");
  f = linkname_go_package_func (pkg, "F1");
  CHECK (f != NULL && f->asm_name == NULL && f->sig.n_results == 1,
	 "F1 after an inline body");
  CHECK (linkname_go_package_func (pkg, "None") != NULL, "None");
  CHECK (linkname_go_package_func (pkg, "inlineOnly") == NULL
	 && linkname_go_package_func (pkg, ".inlineOnly") == NULL
	 && linkname_go_package_func (pkg, "Other") == NULL
	 && linkname_go_package_func (pkg, "<p1>Other") == NULL,
	 "other functions left out");
  f = linkname_go_package_func (pkg, "Write");
  CHECK (f != NULL && f->sig.n_params == 6
	 && f->sig.params[0].type->kind == LINKNAME_GO_KIND_NAMED
	 && strcmp (f->sig.params[0].type->pkgpath, "io") == 0
	 && linkname_go_underlying (f->sig.params[0].type)->kind
	 == LINKNAME_GO_KIND_INTERFACE, "io.Writer parameter");

  /* Variables and their types.  */
  CHECK (pkg->n_vars == 5, "vars: %zu", pkg->n_vars);
  const struct linkname_go_var *v = linkname_go_package_var (pkg, "V");
  CHECK (v != NULL && v->type->kind == LINKNAME_GO_KIND_MAP
	 && v->type->key->builtin == LINKNAME_GO_STRING
	 && v->type->elem->kind == LINKNAME_GO_KIND_CHAN
	 && v->type->elem->chan_dir == LINKNAME_GO_CHAN_SEND,
	 "map[string]chan<- int");
  v = linkname_go_package_var (pkg, "X");
  CHECK (v != NULL && v->type->chan_dir == LINKNAME_GO_CHAN_RECV, "<-chan");
  v = linkname_go_package_var (pkg, "W");
  CHECK (v != NULL && v->type->chan_dir == LINKNAME_GO_CHAN_BOTH
	 && v->type->elem->builtin == LINKNAME_GO_ANY, "chan any");
  v = linkname_go_package_var (pkg, "I");
  CHECK (v != NULL && v->type->kind == LINKNAME_GO_KIND_INTERFACE
	 && v->type->n_embeds == 1 && v->type->n_methods == 2
	 && v->type->methods[0].sig.variadic
	 && v->type->methods[0].receiver == NULL
	 && !v->type->methods[1].exported
	 && strcmp (v->type->methods[1].pkgpath, "example.com/vary") == 0,
	 "interface");
  v = linkname_go_package_var (pkg, "Fn");
  CHECK (v != NULL && v->type->kind == LINKNAME_GO_KIND_FUNC
	 && v->type->sig.n_params == 1 && v->type->sig.n_results == 1,
	 "func(int) bool");
  CHECK (linkname_go_package_var (pkg, "unexported") == NULL
	 && linkname_go_package_var (pkg, "Elsewhere") == NULL,
	 "other variables left out");

  /* Constants of each kind.  */
  static const struct
  {
    const char *name, *value;
    enum linkname_go_const_kind kind;
    int type_ref;		/* 0: untyped.  */
  } consts[] = {
    { "B", "true", LINKNAME_GO_CONST_BOOL, 0 },
    { "C1", "0.1E1+0.2E1i", LINKNAME_GO_CONST_COMPLEX, -18 },
    { "C2", "0.3E1i", LINKNAME_GO_CONST_COMPLEX, 0 },
    { "D", "7", LINKNAME_GO_CONST_INT, -11 },
    { "F", "0.325E1", LINKNAME_GO_CONST_FLOAT, 0 },
    { "N", "-5", LINKNAME_GO_CONST_INT, 0 },
    { "R", "120'", LINKNAME_GO_CONST_RUNE, 0 },
    { "S", "\"a\\\"b\\n\\x00\\u00e9\"", LINKNAME_GO_CONST_STRING, 0 },
  };
  CHECK (pkg->n_consts == sizeof consts / sizeof consts[0], "consts: %zu",
	 pkg->n_consts);
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
    {
      const struct linkname_go_const *c
	= linkname_go_package_const (pkg, consts[i].name);
      CHECK (c != NULL, "const %s", consts[i].name);
      if (c == NULL)
	continue;
      CHECK_STREQ (c->value, consts[i].value, consts[i].name);
      CHECK (c->kind == consts[i].kind, "const %s kind %d", consts[i].name,
	     (int) c->kind);
      CHECK (consts[i].type_ref == 0 ? c->type == NULL
	     : c->type == linkname_go_type_ref (pkg, consts[i].type_ref),
	     "const %s type", consts[i].name);
    }
  const struct linkname_go_const *s = linkname_go_package_const (pkg, "S");
  CHECK (s != NULL && s->string_length == 7
	 && memcmp (s->string_value, "a\"b\n\0\xc3\xa9", 7) == 0,
	 "string constant decoded, NUL kept");

out:
  linkname_go_export_free (e);
  free (text);
}

static bool
want_other (const char *path, size_t n, void *data)
{
  (void) data;
  return n == 5 && memcmp (path, "other", 5) == 0;
}

static bool
want_none (const char *path, size_t n, void *data)
{
  (void) path;
  (void) n;
  (void) data;
  return false;
}

/* linkname_go_export_parse_wanted over TEXT: the v3 blocks WANT refuses
   are passed over (the sample's inline body holds a fake checksum line,
   which must not end its block), v2 and v1 blocks are parsed all the
   same: N_WANT packages, "other" among them when HAS_OTHER.  */
static void
check_wanted (const char *text, size_t len,
	      bool (*want) (const char *, size_t, void *), size_t n_want,
	      bool has_other)
{
  char *copy = malloc (len);
  memcpy (copy, text, len);
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *w = linkname_go_export_new ();
  bool ok = w != NULL
    && linkname_go_export_parse_wanted (w, copy, len, want, NULL, &err);
  CHECK (ok, "wanted: %s at %zu", err.message ? err.message : "", err.offset);
  if (ok)
    {
      CHECK (w->n_packages == n_want, "wanted: %zu packages, not %zu",
	     n_want, w->n_packages);
      CHECK ((linkname_go_export_find (w, "other") != NULL) == has_other,
	     "wanted: other %s", has_other ? "parsed" : "passed over");
      CHECK (linkname_go_export_find (w, "example.com/vary") == NULL,
	     "wanted: the sample passed over");
      CHECK (linkname_go_export_find (w, "example.com/p") != NULL
	     && linkname_go_export_find (w, "q") != NULL,
	     "wanted: v2 and v1 blocks parsed");
      const struct linkname_go_package *o
	= linkname_go_export_find (w, "other");
      CHECK (!has_other || (o && linkname_go_package_func (o, "G")),
	     "wanted: other's G");
    }
  linkname_go_export_free (w);
  free (copy);
}

static void
test_several_blocks (void)
{
  size_t len;
  char *v3 = sample_v3 (&len);
  struct buf b = { 0 };
  add (&b, "%s%s", v3, block_prefix);
  add (&b, "..");
  memset (b.s + b.n - 2, 0, 2);		/* Padding between sections.  */
  add (&b, "%s%s", block_v2, block_v1);
  struct linkname_error err = { NULL, 0 };
  check_wanted (b.s, b.n, want_other, 3, true);
  check_wanted (b.s, b.n, want_none, 2, false);
  {
    /* A text whose every block is passed over, added to a set that
       holds packages: they stay (a realloc to 0 bytes would free them).  */
    struct linkname_go_export *w = linkname_go_export_new ();
    bool ok = w != NULL
      && linkname_go_export_parse_more (w, v3, len, &err)
      && linkname_go_export_parse_wanted (w, block_prefix,
					  sizeof block_prefix - 1, want_none,
					  NULL, &err);
    CHECK (ok && w->n_packages == 1
	   && linkname_go_export_find (w, "example.com/vary") != NULL,
	   "all passed over: the set keeps its package");
    linkname_go_export_free (w);
  }
  struct linkname_go_export *e = parse_copy (b.s, b.n, &err);
  CHECK (e != NULL, "four blocks: %s at %zu", err.message, err.offset);
  if (e != NULL)
    {
      CHECK (e->n_packages == 4, "four packages: %zu", e->n_packages);
      const struct linkname_go_package *o = linkname_go_export_find (e, "other");
      CHECK (o != NULL && o->pkgpath == NULL && strcmp (o->prefix, "go") == 0
	     && o->offset == len, "prefix package, its offset");
      const struct linkname_go_func *g = o ? linkname_go_package_func (o, "G") : NULL;
      CHECK (g != NULL && g->sig.results[0].type == linkname_go_package_type (o, "T"),
	     "G returns other's T");

      const struct linkname_go_package *p2
	= linkname_go_export_find (e, "example.com/p");
      CHECK (p2 != NULL && p2->version == 2, "v2 block");
      if (p2 != NULL)
	{
	  const struct linkname_go_type *t = linkname_go_package_type (p2, "T");
	  const struct linkname_go_func *m
	    = linkname_go_package_method (p2, "T", "M");
	  CHECK (t != NULL && m != NULL && m->pointer_receiver
		 && m->receiver_base == t, "v2 method on *T");
	  const struct linkname_go_type *u = linkname_go_underlying (t);
	  CHECK (u != NULL && u->n_fields == 2
		 && u->fields[1].type->elem == t, "v2 T.Next *T");
	  const struct linkname_go_func *f = linkname_go_package_func (p2, "F");
	  CHECK (f != NULL && f->sig.variadic && f->sig.n_results == 2
		 && f->sig.results[0].type->kind == LINKNAME_GO_KIND_SLICE,
		 "v2 F");
	  const struct linkname_go_const *c = linkname_go_package_const (p2, "S");
	  CHECK (c != NULL && c->string_length == 3
		 && memcmp (c->string_value, "x;y", 3) == 0, "v2 string const");
	  c = linkname_go_package_const (p2, "C");
	  CHECK (c != NULL && strcmp (c->value, "5") == 0, "v2 int const");
	  CHECK (linkname_go_package_var (p2, "V") != NULL, "v2 var");
	}
      const struct linkname_go_package *p1 = linkname_go_export_find (e, "q");
      CHECK (p1 != NULL && p1->version == 1
	     && linkname_go_package_func (p1, "G") != NULL, "v1 block");
      linkname_go_export_free (e);
    }

  /* Every truncation: an error or a valid parse of fewer blocks, never
     a crash (the copy has the exact length).  */
  size_t truncated_ok = 0, truncated_err = 0;
  for (size_t n = 0; n < b.n; n++)
    {
      struct linkname_error terr = { NULL, 0 };
      struct linkname_go_export *t = parse_copy (b.s, n, &terr);
      if (t != NULL)
	{
	  truncated_ok++;
	  CHECK (t->n_packages < 4, "truncation %zu parsed all", n);
	  linkname_go_export_free (t);
	}
      else
	{
	  truncated_err++;
	  CHECK (terr.message != NULL && terr.offset <= n,
		 "truncation %zu: error offset %zu", n, terr.offset);
	}
    }
  CHECK (truncated_err > 0 && truncated_ok > 0,
	 "truncations: %zu errors, %zu parses", truncated_err, truncated_ok);

  /* One-byte corruptions of the first block.  */
  static const char bytes[] = { '\n', ' ', '<', '>', '9', '-', ';', '"',
				'\\', '\0', '(' };
  char *copy = malloc (len);
  for (size_t i = 0; i < len; i++)
    for (size_t k = 0; k < sizeof bytes; k++)
      {
	memcpy (copy, b.s, len);
	copy[i] = bytes[k];
	struct linkname_error cerr = { NULL, 0 };
	struct linkname_go_export *c = linkname_go_export_parse (copy, len,
								&cerr);
	if (c == NULL)
	  CHECK (cerr.message != NULL && cerr.offset <= len,
		 "corruption at %zu", i);
	linkname_go_export_free (c);
      }
  free (copy);
  free (b.s);
  free (v3);
}

/* Malformed blocks and the error each gives.  MARK, if not NULL, is a
   substring of TEXT at which the error's offset must be.  */
static const struct
{
  const char *text;
  const char *message;
  const char *mark;
} bad[] = {
  { "", "no export data", NULL },
  { "v4;\n", "export data does not begin with v1;, v2; or v3;", NULL },
  { "v3;\npackage p\npkgpath p\nfunc F ()\n",
    "export data ends without a checksum line", NULL },
  { "v3;\npackage p\npkgpath p\ntypes 2 2 10\ntype 1 *<type 1>\nchecksum 0\n",
    "expected a type", "<type 1>" },
  { "v3;\npackage p\npkgpath p\ntypes 2 2 17\ntype 1 *<type 1>\nchecksum 0\n",
    "type without a name refers to itself", NULL },
  { "v3;\npackage p\npkgpath p\ntypes 2 2 17\ntype 1 *<type 1>\nvar V <type 9>\nchecksum 0\n",
    "type number out of range", "<type 9>" },
  { "v3;\npackage p\npkgpath p\nvar V <type -14>\nchecksum 0\n",
    "unknown builtin type number", "<type -14>" },
  { "v3;\npackage p\npkgpath p\ntypes 3 2 20 30\ntype 1 \"A\" <type 2>\n"
    "type 2 struct { F <type 1>; }\nchecksum 0\n",
    "type contains itself", NULL },
  { "v3;\npackage p\npkgpath p\ntypes 3 3 20 20\ntype 1 \"A\" <type 2>\n"
    "type 2 \"B\" <type 1>\nchecksum 0\n",
    "type contains itself", NULL },
  { "v3;\npackage p\npkgpath p\ntypes 2 2 20\ntype 1 [5] <type 1>\nchecksum 0\n",
    "type contains itself", NULL },
  { "v3;\npackage p\npkgpath p\ntypes 2 2 32\ntype 1 map [<type -1>] <type 1>\nchecksum 0\n",
    "type without a name refers to itself", NULL },
  { "v3;\npackage p\npkgpath p\ntypes 99999999999999999999 1\n",
    "number too large", "99999" },
  { "v3;\npackage p\npkgpath p\ntypes 3 1 9999 1\n",
    "type record length beyond the export data", NULL },
  { "v3;\npackage p\npkgpath p\ntypes 2 2 40\ntype 1 [99999999999999999999] <type -1>\nchecksum 0\n",
    "number too large", "99999" },
  { "v3;\npackage p\npkgpath p\nfunc F () <inl:500>\nchecksum 0\n",
    "inline body longer than the export data", NULL },
  { "v3;\npackage p\npkgpath p\nfunc F (a ...<type -11>, b <type -11>)\nchecksum 0\n",
    "'...' not on the last parameter", "a ..." },
  { "v3;\npackage p\npkgpath p\nfunc F () (a ...<type -11>)\nchecksum 0\n",
    "'...' in a result list", NULL },
  { "v3;\npackage p\npkgpath p\nbogus 1\nchecksum 0\n",
    "unknown directive", "bogus" },
  { "v3;\npkgpath p\npackage p\nchecksum 0\n",
    "expected the package line first", "pkgpath" },
  /* Found by fuzz-go-export: a block of nothing but its checksum.  */
  { "v1;\nchecksum 6CD;\n",
    "expected the package line first", "checksum" },
  { "v3;\npackage p\npkgpath p\nconst S = \"abc\nchecksum 0\n",
    "unterminated quoted string", "\"abc" },
  { "v3;\npackage p\npkgpath p\nconst S = \"a\\qc\"\nchecksum 0\n",
    "bad escape in a quoted string", "\\q" },
  { "v3;\npackage p\npkgpath p\nconst X = 12ab!\nchecksum 0\n",
    "expected a constant's value", "12ab" },
  { "v3;\npackage p\npkgpath p\nvar V <type 1>\nchecksum 0\n",
    "type number out of range", "<type 1>" },
  { "v2;\npackage p;\npkgpath p;\nvar V <type 1>;\nchecksum 0;\n",
    "type used but never defined", "<type 1>" },
  { "v2;\npackage p;\npkgpath p;\ntype <type 1 \"A\" <type -11>>;\n"
    "type <type 1 \"B\" <type -11>>;\nchecksum 0;\n",
    "type defined twice", "<type 1 \"B\"" },
  { "v3;\npackage p\npkgpath p\ntypes 2 2 30\ntype 1 struct { ? <type 2>; }\n",
    "type number out of range", "<type 2>" },
  { "v3;\npackage p\npkgpath p\ntypes 2 2 19\ntype 1 *<type -1>\nchecksum 0\n",
    "type record shorter than its length", "checksum" },
  { "v3;\npackage p\npkgpath p\ntypes 3 2 30 20\ntype 1 struct { ? <type 2>; }\n"
    "type 2 [] <type -1>\nchecksum 0\n",
    "embedded field of a type without a name", NULL },
  { "v3;\npackage p\npkgpath p\nfunc /*weird*/ F ()\nchecksum 0\n",
    "unknown comment before a function name", "/*weird" },
};

static void
test_bad (void)
{
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      struct linkname_error err = { NULL, 0 };
      size_t len = strlen (bad[i].text);
      struct linkname_go_export *e = parse_copy (bad[i].text, len, &err);
      CHECK (e == NULL, "bad[%zu] parsed", i);
      linkname_go_export_free (e);
      if (e != NULL)
	continue;
      CHECK (err.message != NULL && strcmp (err.message, bad[i].message) == 0,
	     "bad[%zu]: got \"%s\" at %zu, want \"%s\"", i,
	     err.message ? err.message : "(null)", err.offset, bad[i].message);
      CHECK (err.offset <= len, "bad[%zu]: offset %zu", i, err.offset);
      if (bad[i].mark != NULL)
	{
	  const char *at = strstr (bad[i].text, bad[i].mark);
	  CHECK (at != NULL && err.offset == (size_t) (at - bad[i].text),
		 "bad[%zu]: offset %zu, want %td", i, err.offset,
		 at ? at - bad[i].text : -1);
	}
    }

  /* Nesting (v2) beyond the limit is an error, not a stack overflow.  */
  struct buf b = { 0 };
  add (&b, "v2;\npackage p;\npkgpath p;\nvar V ");
  for (int i = 1; i <= 100000; i++)
    add (&b, "<type %d *", i);
  add (&b, "<type -11>");
  for (int i = 1; i <= 100000; i++)
    add (&b, ">");
  add (&b, ";\nchecksum 0;\n");
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *e = parse_copy (b.s, b.n, &err);
  CHECK (e == NULL && err.message != NULL
	 && strcmp (err.message, "types nested too deeply") == 0,
	 "deep nesting: %s", err.message ? err.message : "parsed");
  linkname_go_export_free (e);
  free (b.s);

  /* A long chain of named types (v3) is fine: no recursion.  */
  struct buf r = { 0 };
  enum { CHAIN = 20000 };
  char **records = malloc (CHAIN * sizeof *records);
  for (int i = 0; i < CHAIN; i++)
    {
      struct buf one = { 0 };
      if (i + 1 < CHAIN)
	add (&one, "type %d \"T%d\" <type %d>\n", i + 1, i + 1, i + 2);
      else
	add (&one, "type %d struct { }\n", i + 1);
      records[i] = one.s;
    }
  v3_block (&r, "package p\npkgpath p\n", (const char *const *) records,
	    CHAIN, CHAIN - 1, "checksum 0\n");
  e = parse_copy (r.s, r.n, &err);
  CHECK (e != NULL, "chain: %s at %zu", err.message, err.offset);
  if (e != NULL)
    {
      const struct linkname_go_type *t1
	= linkname_go_package_type (&e->packages[0], "T1");
      CHECK (t1 != NULL && linkname_go_underlying (t1)->kind
	     == LINKNAME_GO_KIND_STRUCT, "chain's underlying");
    }
  linkname_go_export_free (e);
  for (int i = 0; i < CHAIN; i++)
    free (records[i]);
  free (records);
  free (r.s);
}

/* ELF and ar images, built here in both classes and byte orders.  */

static void
put (unsigned char *p, uint64_t v, int size, bool be)
{
  for (int i = 0; i < size; i++)
    p[be ? size - 1 - i : i] = v >> (8 * i);
}

/* An ELF image holding DATA in .go_export (and a decoy section).  */
static unsigned char *
make_elf (bool is64, bool be, const char *data, size_t len, size_t *out_len)
{
  static const char strtab[] = "\0.shstrtab\0.go_export\0.go_exportx";
  size_t eh = is64 ? 64 : 52, she = is64 ? 64 : 40;
  size_t data_off = eh, str_off = data_off + len;
  size_t sh_off = (str_off + sizeof strtab + 7) & ~(size_t) 7;
  size_t n_sections = 4, total = sh_off + n_sections * she;
  unsigned char *im = calloc (1, total);
  memcpy (im, "\177ELF", 4);
  im[4] = is64 ? 2 : 1;
  im[5] = be ? 2 : 1;
  im[6] = 1;
  memcpy (im + data_off, data, len);
  memcpy (im + str_off, strtab, sizeof strtab);
  put (im + (is64 ? 0x28 : 0x20), sh_off, is64 ? 8 : 4, be);
  put (im + (is64 ? 0x3A : 0x2E), she, 2, be);
  put (im + (is64 ? 0x3C : 0x30), n_sections, 2, be);
  put (im + (is64 ? 0x3E : 0x32), 1, 2, be);
  /* Section 1: .shstrtab; 2: .go_export; 3: .go_exportx (a decoy with
     bad bounds that must not be read).  */
  size_t names[4] = { 0, 1, 11, 22 };
  size_t offs[4] = { 0, str_off, data_off, (size_t) -1 };
  size_t sizes[4] = { 0, sizeof strtab, len, 99 };
  for (size_t i = 1; i < n_sections; i++)
    {
      unsigned char *sh = im + sh_off + i * she;
      put (sh, names[i], 4, be);
      put (sh + 4, i == 1 ? 3 : 1, 4, be);
      put (sh + (is64 ? 0x18 : 0x10), offs[i], is64 ? 8 : 4, be);
      put (sh + (is64 ? 0x20 : 0x14), sizes[i], is64 ? 8 : 4, be);
    }
  *out_len = total;
  return im;
}

struct collected
{
  size_t n;
  size_t len[4];
  char member[4][32];
};

static bool
collect (void *ctx, const char *data, size_t len, const char *member)
{
  (void) data;
  struct collected *c = ctx;
  if (c->n < 4)
    {
      c->len[c->n] = len;
      snprintf (c->member[c->n], sizeof c->member[0], "%s",
		member ? member : "-");
    }
  c->n++;
  return true;
}

static void
test_images (void)
{
  size_t text_len;
  char *text = sample_v3 (&text_len);
  for (int k = 0; k < 4; k++)
    {
      bool is64 = k & 1, be = k & 2;
      size_t len;
      unsigned char *im = make_elf (is64, be, text, text_len, &len);
      struct collected c = { 0 };
      struct linkname_error err = { NULL, 0 };
      long n = linkname_go_export_sections (im, len, collect, &c, &err);
      CHECK (n == 1 && c.n == 1 && c.len[0] == text_len,
	     "ELF%d %s: %ld sections (%s)", is64 ? 64 : 32, be ? "BE" : "LE",
	     n, n < 0 ? err.message : "");
      struct linkname_go_export *e
	= linkname_go_export_parse_image (im, len, &err);
      CHECK (e != NULL && e->n_packages == 1, "parse ELF image");
      linkname_go_export_free (e);
      /* Every truncation of the image: an error or fewer sections.  */
      for (size_t t = 0; t < len; t++)
	{
	  unsigned char *cut = malloc (t ? t : 1);
	  memcpy (cut, im, t);
	  struct collected cc = { 0 };
	  long m = linkname_go_export_sections (cut, t, collect, &cc, &err);
	  CHECK (m <= 1, "truncated ELF");
	  free (cut);
	}

      /* An ar archive: the symbol table, a long name table, and two
	 members (ELF, and one with a long name).  */
      struct buf a = { 0 };
      add (&a, "!<arch>\n");
      add (&a, "%-16s%-12s%-6s%-6s%-8s%-10zu`\n", "/", "0", "0", "0", "0",
	   (size_t) 4);
      add (&a, "....");
      memset (a.s + a.n - 4, 0, 4);
      const char *longnames = "a-very-long-member-name.o/\n";
      add (&a, "%-16s%-12s%-6s%-6s%-8s%-10zu`\n", "//", "0", "0", "0", "0",
	   strlen (longnames));
      add (&a, "%s", longnames);
      if (a.n & 1)
	add (&a, "\n");
      for (int member = 0; member < 2; member++)
	{
	  add (&a, "%-16s%-12s%-6s%-6s%-8s%-10zu`\n",
	       member == 0 ? "x.o/" : "/0", "0", "0", "0", "644", len);
	  size_t at = a.n;
	  add (&a, "%*s", (int) len, "");
	  memcpy (a.s + at, im, len);
	  if (a.n & 1)
	    add (&a, "\n");
	}
      struct collected ca = { 0 };
      n = linkname_go_export_sections (a.s, a.n, collect, &ca, &err);
      CHECK (n == 2 && ca.n == 2 && strcmp (ca.member[0], "x.o") == 0
	     && strcmp (ca.member[1], "a-very-long-member-name.o") == 0,
	     "ar: %ld sections (%s), members %s %s", n,
	     n < 0 ? err.message : "", ca.member[0], ca.member[1]);
      e = linkname_go_export_parse_image (a.s, a.n, &err);
      CHECK (e != NULL && e->n_packages == 2, "parse ar image");
      linkname_go_export_free (e);
      for (size_t t = 0; t < a.n; t += 7)
	{
	  unsigned char *cut = malloc (t ? t : 1);
	  memcpy (cut, a.s, t);
	  struct collected cc = { 0 };
	  long m = linkname_go_export_sections (cut, t, collect, &cc, &err);
	  CHECK (m <= 2, "truncated ar");
	  free (cut);
	}
      free (a.s);
      free (im);
    }

  /* Raw export text, and something else.  */
  struct collected c = { 0 };
  struct linkname_error err = { NULL, 0 };
  CHECK (linkname_go_export_sections (text, text_len, collect, &c, &err) == 1
	 && c.len[0] == text_len, "raw text");
  CHECK (linkname_go_export_sections ("hello", 5, collect, &c, &err) == -1
	 && strcmp (err.message, "neither ELF, an ar archive nor export data")
	 == 0, "not export data");
  free (text);
}

/* gccgo's search for an import path, in a tree made here.  */

static char *
path_join (const char *a, const char *b)
{
  struct buf r = { 0 };
  add (&r, "%s/%s", a, b);
  return r.s;
}

static void
touch (const char *root, const char *name)
{
  char *f = path_join (root, name);
  /* Make each parent directory.  */
  for (char *p = f + strlen (root) + 1; (p = strchr (p, '/')) != NULL; p++)
    {
      *p = '\0';
      mkdir (f, 0755);
      *p = '/';
    }
  if (name[strlen (name) - 1] == '/')
    mkdir (f, 0755);
  else
    {
      FILE *out = fopen (f, "w");
      CHECK (out != NULL, "create %s", f);
      if (out != NULL)
	fclose (out);
    }
  free (f);
}

static void
test_search (void)
{
  char root[] = "/tmp/test-go-export.XXXXXX";
  if (mkdtemp (root) == NULL)
    {
      CHECK (false, "mkdtemp");
      return;
    }
  static const char *const files[] = {
    "I1/", "I2/a/b.gox", "L/go/12/trip/a/b.gox", "L/go/12/c.gox",
    "L/go/12/trip/c.gox", "L/c.gox", "L/x/liby.a", "L/x/y.o",
    "L/x/z/", "L/x/z.o", "L/e", "L/e.gox", "L/x/libw.so", "L/x/w.o",
  };
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
    touch (root, files[i]);
  char *i1 = path_join (root, "I1"), *i2 = path_join (root, "I2");
  char *l = path_join (root, "L");
  const char *inc[] = { i1, i2 }, *lib[] = { l };
  static const struct
  {
    const char *path;
    int n_inc;
    bool versioned;
    const char *want;		/* Under ROOT; NULL: none.  */
  } cases[] = {
    { "a/b", 2, true, "I2/a/b.gox" },	/* -I before -L.  */
    { "a/b", 1, true, "L/go/12/trip/a/b.gox" },
    { "a/b", 1, false, NULL },		/* No go/MAJOR/TRIPLET.  */
    { "c", 0, true, "L/go/12/c.gox" },	/* go/MAJOR first.  */
    { "c", 0, false, "L/c.gox" },
    { "x/y", 0, true, "L/x/liby.a" },	/* libBASE.a before PATH.o.  */
    { "x/z", 0, true, "L/x/z.o" },	/* A directory is no file.  */
    { "e", 0, true, "L/e" },		/* PATH itself first.  */
    { "x/w", 0, true, "L/x/libw.so" },
    { "nope", 2, true, NULL },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      char *got = linkname_go_export_search (cases[i].path, inc,
					     cases[i].n_inc, lib, 1,
					     cases[i].versioned ? "12" : NULL,
					     cases[i].versioned ? "trip" : NULL);
      char *want = cases[i].want ? path_join (root, cases[i].want) : NULL;
      CHECK ((got == NULL && want == NULL)
	     || (got != NULL && want != NULL && strcmp (got, want) == 0),
	     "search %s: got %s, want %s", cases[i].path,
	     got ? got : "(none)", want ? want : "(none)");
      free (got);
      free (want);
    }
  /* An absolute path is not searched for in the directories.  */
  char *abs = path_join (root, "L/x/y");
  char *got = linkname_go_export_search (abs, inc, 2, lib, 1, "12", "trip");
  char *want = path_join (root, "L/x/liby.a");
  CHECK (got != NULL && strcmp (got, want) == 0, "absolute: %s",
	 got ? got : "(none)");
  free (got);
  free (want);
  free (abs);
  free (i1);
  free (i2);
  free (l);
  struct buf cmd = { 0 };
  add (&cmd, "rm -rf '%s'", root);
  if (system (cmd.s) != 0)
    fprintf (stderr, "could not remove %s\n", root);
  free (cmd.s);
}

int
main (void)
{
  test_sample ();
  test_several_blocks ();
  test_bad ();
  test_images ();
  test_search ();
  return check_status ();
}
