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

/* go-export.h -- a reader of gccgo's export data (SPEC section 9,
   ../shared/GO-ABI.md in the project notes): the text gccgo writes into
   the .go_export section of every object, .gox, archive member, shared
   library and executable.  Plain C11, no GCC internals and no libelf:
   the plugin calls it from inside cc1, linkname-gen and linkname-check
   from outside.

   Three steps, each usable alone:
   1. linkname_go_export_sections finds the export data in a file image
      (ELF of either class and byte order, an ar archive of them, or the
      raw text itself);
   2. linkname_go_export_parse parses that text -- one or more package
      blocks back to back, format v1, v2 or v3 -- into a
      struct linkname_go_export, which owns all its memory (one arena)
      and is freed by linkname_go_export_free;
   3. the lookups find a package by its path, and a function, method,
      variable, constant or named type in it by name.
   linkname_go_export_search does what gccgo does for "import PATH":
   it finds the file among -I and -L directories.

   Everything returned is read-only and lives as long as the
   struct linkname_go_export it came from.  Strings are NUL-terminated
   UTF-8 (a Go string constant may hold NULs: see its length).  No
   function crashes or reads out of bounds on any input; malformed data
   is reported through struct linkname_error (linkname.h), whose offset
   is a byte offset into the text handed to linkname_go_export_parse.  */

#ifndef LINKNAME_GO_EXPORT_H
#define LINKNAME_GO_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "linkname.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Go's predeclared types, numbered as gccgo numbers them in export data
   (the reference "<type -N>" is builtin N).  14 is unused.  */
enum linkname_go_builtin
{
  LINKNAME_GO_INT8 = 1, LINKNAME_GO_INT16, LINKNAME_GO_INT32,
  LINKNAME_GO_INT64, LINKNAME_GO_UINT8, LINKNAME_GO_UINT16,
  LINKNAME_GO_UINT32, LINKNAME_GO_UINT64, LINKNAME_GO_FLOAT32,
  LINKNAME_GO_FLOAT64, LINKNAME_GO_INT, LINKNAME_GO_UINT,
  LINKNAME_GO_UINTPTR,
  LINKNAME_GO_BOOL = 15, LINKNAME_GO_STRING, LINKNAME_GO_COMPLEX64,
  LINKNAME_GO_COMPLEX128, LINKNAME_GO_ERROR, LINKNAME_GO_BYTE,
  LINKNAME_GO_RUNE,
  LINKNAME_GO_ANY = 22,		/* GCC 14 and later.  */
  LINKNAME_GO_BUILTIN_MAX = 22
};

enum linkname_go_kind
{
  LINKNAME_GO_KIND_BUILTIN,	/* .builtin says which.  */
  LINKNAME_GO_KIND_NAMED,	/* A defined type or an alias: .name,
				   .pkgpath, .elem (the type as written
				   after the name), .methods.  */
  LINKNAME_GO_KIND_POINTER,	/* *elem.  */
  LINKNAME_GO_KIND_UNSAFE_POINTER, /* "*any": unsafe.Pointer's underlying
				   type.  */
  LINKNAME_GO_KIND_STRUCT,	/* .fields.  */
  LINKNAME_GO_KIND_ARRAY,	/* [length]elem.  */
  LINKNAME_GO_KIND_SLICE,	/* []elem.  */
  LINKNAME_GO_KIND_MAP,		/* map[key]elem.  */
  LINKNAME_GO_KIND_CHAN,	/* chan elem, .chan_dir.  */
  LINKNAME_GO_KIND_INTERFACE,	/* .methods (no receiver), .embeds.  */
  LINKNAME_GO_KIND_FUNC		/* .sig.  */
};

enum linkname_go_chan_dir
{
  LINKNAME_GO_CHAN_BOTH,	/* chan T.  */
  LINKNAME_GO_CHAN_RECV,	/* <-chan T (written "chan <-").  */
  LINKNAME_GO_CHAN_SEND		/* chan<- T (written "chan -<").  */
};

struct linkname_go_type;

/* A parameter, result or struct field.  */
struct linkname_go_param
{
  const char *name;		/* NULL when unnamed: "?" and the names
				   gccgo invents ("$ret3", "p.x", "r.x").
				   A field's name is the bare name
				   ("name", not ".example.com/x.name").  */
  const struct linkname_go_type *type;
};

struct linkname_go_field
{
  const char *name;		/* For an embedded field, the name of the
				   embedded type (after any '*').  */
  const char *pkgpath;		/* An unexported field's package, else
				   NULL.  */
  const struct linkname_go_type *type;
  const char *tag;		/* Decoded; NULL when there is none.  */
  bool embedded;
};

/* A function type or a function's or method's signature.  */
struct linkname_go_signature
{
  struct linkname_go_param *params;
  size_t n_params;
  struct linkname_go_param *results;
  size_t n_results;
  /* The last parameter was written "...T": its .type is then []T (a
     slice type made by the reader: its ref is 0).  */
  bool variadic;
};

/* A top-level function, a method of a named type, or a method of an
   interface (receiver NULL).  */
struct linkname_go_func
{
  const char *name;		/* Bare, without a leading '.'.  */
  const char *pkgpath;		/* For an unexported interface method
				   named with its package, else NULL.  */
  bool exported;		/* Its name was not written with '.'.  */
  const char *asm_name;		/* The symbol from "/ *asm SYM * /", else
				   NULL: bind SYM verbatim.  */
  bool nointerface;		/* "/ *nointerface* /".  */
  const struct linkname_go_type *receiver;  /* As written: T or *T.  */
  bool pointer_receiver;	/* RECEIVER is a pointer type.  */
  const struct linkname_go_type *receiver_base;  /* T in both cases.  */
  struct linkname_go_signature sig;
  size_t offset;		/* Of its line, in the parsed text.  */
};

struct linkname_go_type
{
  enum linkname_go_kind kind;
  /* The number in "<type N>" that defines it, 0 for a type the reader
     made (a variadic parameter's slice), -N for builtin N.  Callers may
     use it to index their own per-package tables.  */
  int ref;
  enum linkname_go_builtin builtin;

  /* Named types.  NAME is bare ("Builder"); PKGPATH is the package
     that defines it ("strings", "net/http"; for the package's own
     types, its pkgpath, or its name when it has a prefix instead).  */
  const char *name;
  const char *pkgpath;
  bool exported;		/* Not written with a leading '.'.  */
  bool alias;			/* "type A = T".  */
  bool notinheap;

  /* Named: the type after the name (use linkname_go_underlying);
     pointer, array, slice, chan: the element; map: the value.  */
  const struct linkname_go_type *elem;
  const struct linkname_go_type *key;	/* Map.  */
  uint64_t length;			/* Array.  */
  enum linkname_go_chan_dir chan_dir;	/* Chan.  */

  struct linkname_go_field *fields;	/* Struct.  */
  size_t n_fields;
  /* Named: its methods in the order written (value and pointer
     receivers together, unexported ones too); interface: its own
     methods (not those of embedded interfaces).  */
  struct linkname_go_func *methods;
  size_t n_methods;
  const struct linkname_go_type **embeds;	/* Interface.  */
  size_t n_embeds;
  struct linkname_go_signature sig;	/* Func.  */
};

struct linkname_go_import
{
  const char *name;		/* "utf8".  */
  const char *pkgpath;		/* "unicode/utf8".  */
  const char *import_path;	/* As in the source; NULL for an
				   "indirectimport" (a package whose
				   types are used but not imported).  */
};

struct linkname_go_var
{
  const char *name;
  const struct linkname_go_type *type;
  size_t offset;
};

enum linkname_go_const_kind
{
  LINKNAME_GO_CONST_BOOL,
  LINKNAME_GO_CONST_INT,
  LINKNAME_GO_CONST_RUNE,
  LINKNAME_GO_CONST_FLOAT,
  LINKNAME_GO_CONST_COMPLEX,
  LINKNAME_GO_CONST_STRING
};

struct linkname_go_const
{
  const char *name;
  const struct linkname_go_type *type;	/* NULL when untyped.  */
  enum linkname_go_const_kind kind;
  /* The value as gccgo wrote it, without "$" and trailing blanks:
     "true", "-5", "120'" (a rune), "0.314159E1", "0.1E1+0.2E1i",
     "\"a\\n\"" (a Go string literal).  */
  const char *value;
  /* A string constant decoded (may hold NULs), else NULL.  */
  const char *string_value;
  size_t string_length;
  size_t offset;
};

struct linkname_go_package
{
  int version;			/* 1, 2 or 3.  */
  const char *name;		/* "strings".  */
  /* "strings", "example.com/vary"; or, for a package built without
     -fgo-pkgpath, NULL and PREFIX is set ("go").  */
  const char *pkgpath;
  const char *prefix;
  const char *checksum;

  struct linkname_go_import *imports;
  size_t n_imports;

  /* The type table: types[N] is "<type N>" for 1 <= N < n_types
     (types[0] is unused).  types[1 .. n_exported_types] are the
     package's exported named types (v3; 0 for v1 and v2).  */
  struct linkname_go_type *types;
  size_t n_types;
  size_t n_exported_types;

  /* This package's exports, each sorted by name (strcmp).  Unexported
     functions ("func .f", kept for inlining) and other packages'
     ("func <p3>F") are left out.  */
  struct linkname_go_func *funcs;
  size_t n_funcs;
  struct linkname_go_var *vars;
  size_t n_vars;
  struct linkname_go_const *consts;
  size_t n_consts;

  size_t offset, length;	/* The block in the parsed text.  */
};

/* The result of linkname_go_export_parse: every package block.  */
struct linkname_go_export
{
  struct linkname_go_package *packages;
  size_t n_packages;
  struct linkname_go_arena *arena;	/* Private.  */
};

/* Parse the LEN bytes at TEXT: one or more package blocks (each from
   its "vN;" line to its "checksum" line), as found in one .go_export
   section.  NUL bytes between blocks (section padding) are skipped.  On
   success return a new struct linkname_go_export; on failure return
   NULL and fill *ERR (if not NULL): nothing is kept of a text with one
   bad block.  Type references out of range, types used but never
   defined, a type containing itself by value (through named types,
   struct fields and array elements), a type without a name referring
   to itself (a named type may: "type List struct { Next *List }"),
   absurd numbers and lengths, a block without its checksum line: all
   are errors.  So callers may recurse through a type's parts, stopping
   at named types, and follow linkname_go_underlying, without a cycle
   check of their own.  TEXT need not be NUL-terminated; it is not
   referred to after the call.  Cost: linear in LEN (libgo.so's 229
   packages, 4 MB, in under 0.1 s).  */
struct linkname_go_export *linkname_go_export_parse (const char *text,
						     size_t len,
						     struct linkname_error
						     *err);

/* Append the blocks of TEXT to EXPORTS (e.g. one archive member after
   another).  On failure EXPORTS is unchanged, ERR is filled, and false
   is returned.  ERR->offset is relative to TEXT.  */
bool linkname_go_export_parse_more (struct linkname_go_export *exports,
				    const char *text, size_t len,
				    struct linkname_error *err);

/* As linkname_go_export_parse_more, but a v3 block whose package WANT
   refuses (given the N bytes of its pkgpath, or of its name when it has
   a prefix instead: what linkname_go_export_find looks for) is passed
   over without being parsed, found by the lengths its types line and
   inline bodies give: a reader that needs a few of libgo.so's 229
   packages parses those.  A block that cannot be passed over so (v1,
   v2, or not as expected) is parsed, and its errors reported, wanted
   or not.  */
bool linkname_go_export_parse_wanted (struct linkname_go_export *exports,
				      const char *text, size_t len,
				      bool (*want) (const char *path,
						    size_t n, void *data),
				      void *data,
				      struct linkname_error *err);

/* An empty set, for linkname_go_export_parse_more; NULL when out of
   memory.  */
struct linkname_go_export *linkname_go_export_new (void);

void linkname_go_export_free (struct linkname_go_export *exports);

/* The package whose pkgpath is PKGPATH (for a package with a prefix
   instead, whose name is PKGPATH), or NULL.  The first one if several
   blocks hold it.  */
const struct linkname_go_package *
linkname_go_export_find (const struct linkname_go_export *exports,
			 const char *pkgpath);

/* Lookups in one package, by bare name; NULL if absent.  */
const struct linkname_go_func *
linkname_go_package_func (const struct linkname_go_package *pkg,
			  const char *name);
const struct linkname_go_var *
linkname_go_package_var (const struct linkname_go_package *pkg,
			 const char *name);
const struct linkname_go_const *
linkname_go_package_const (const struct linkname_go_package *pkg,
			   const char *name);
/* A named type (or alias) this package defines.  */
const struct linkname_go_type *
linkname_go_package_type (const struct linkname_go_package *pkg,
			  const char *name);
/* The method NAME of the named type TYPE_NAME defined in PKG, whatever
   its receiver (see ->pointer_receiver).  Exported methods only.  */
const struct linkname_go_func *
linkname_go_package_method (const struct linkname_go_package *pkg,
			    const char *type_name, const char *name);

/* "<type REF>" in PKG: a builtin for a negative REF, NULL when out of
   range.  */
const struct linkname_go_type *
linkname_go_type_ref (const struct linkname_go_package *pkg, int ref);

/* The type behind any chain of named types and aliases: never NAMED
   (the parser refused cycles).  */
const struct linkname_go_type *
linkname_go_underlying (const struct linkname_go_type *type);

/* TYPE with aliases followed (a defined type stays itself).  */
const struct linkname_go_type *
linkname_go_unalias (const struct linkname_go_type *type);

/* Whether gccgo passes a value of TYPE as one pointer (its
   is_direct_iface_type): a pointer, unsafe.Pointer, map, chan or func,
   or a struct of one field or an array of one element that is.  A
   method whose receiver is such a type by value takes it by value;
   every other value receiver is passed by pointer.  */
bool linkname_go_pointer_shaped (const struct linkname_go_type *type);

/* Go's spelling of builtin B ("int64", "string"), NULL if none.  */
const char *linkname_go_builtin_name (enum linkname_go_builtin b);

/* Finding export data in files (go-export-find.c).  */

/* Called for each export data text found, with the archive member's
   name (NULL outside an archive).  DATA points into the image.  Return
   false to stop the walk.  */
typedef bool (*linkname_go_section_fn) (void *ctx, const char *data,
					size_t len, const char *member);

/* Call FN for each .go_export section in the LEN bytes at IMAGE: an ELF
   file (32 or 64 bits, either byte order: .o, .gox, .so, executable),
   an ar archive ("!<arch>\n", GNU or BSD names) of ELF members, or
   export data text itself (beginning "v1;", "v2;" or "v3;", as gccgo
   also accepts).  Return the number of sections found (0: none), or -1
   with *ERR filled (offset into IMAGE) when the image is malformed or
   of none of these kinds.  */
long linkname_go_export_sections (const void *image, size_t len,
				  linkname_go_section_fn fn, void *ctx,
				  struct linkname_error *err);

/* Everything in one file image parsed into one set: the sections of
   linkname_go_export_sections, through linkname_go_export_parse_more.
   NULL with *ERR filled on failure (an image without export data is
   one).  */
struct linkname_go_export *
linkname_go_export_parse_image (const void *image, size_t len,
				struct linkname_error *err);

/* Find the file gccgo would read for "import PATH", as its import.cc
   does.  The directories searched, in order: the N_INCLUDE directories
   of -I; then for each of the N_LIB directories DIR of -L, DIR/go/MAJOR,
   DIR/go/MAJOR/TRIPLET and DIR itself (MAJOR, TRIPLET may be NULL to
   leave those out); an absolute PATH skips them all.  Last, PATH as
   given (relative to the working directory).  In each, with F the
   directory joined with PATH and BASE the last element of PATH, the
   first regular file of F, F.gox, libBASE.so and libBASE.a beside F,
   and F.o.  Return that file's name (malloc'd), or NULL when there is
   none (or memory ran out).  */
char *linkname_go_export_search (const char *path,
				 const char *const *include_dirs,
				 size_t n_include,
				 const char *const *lib_dirs, size_t n_lib,
				 const char *major, const char *triplet);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_GO_EXPORT_H */
