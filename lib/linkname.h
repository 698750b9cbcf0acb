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

/* linkname.h -- target parsing and symbol schemes shared by the GCC
   plugin and linkname-check.  Plain C11, no GCC internals.

   A linkname target is Go's "importpath.name[.name]..." (SPEC section 2).
   A scheme turns a parsed target into the assembler symbol a Go
   toolchain would emit for it (SPEC section 3).  */

#ifndef LINKNAME_H
#define LINKNAME_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum linkname_scheme
{
  LINKNAME_SCHEME_GCCGO,	/* gccgo (GCC >= 11): the default.  */
  LINKNAME_SCHEME_GC,		/* The gc toolchain's linker names.  */
  LINKNAME_SCHEME_VERBATIM	/* The string itself.  */
};

/* Set *OUT to the scheme called NAME ("gccgo", "gc", "verbatim") and
   return true; return false for any other name.  */
bool linkname_scheme_from_name (const char *name, enum linkname_scheme *out);

/* The name of SCHEME, as accepted by linkname_scheme_from_name.  */
const char *linkname_scheme_name (enum linkname_scheme scheme);

/* A comma-separated list of the valid scheme names, for diagnostics.  */
const char *linkname_scheme_names (void);

/* Why a target was rejected: a static English message and the byte
   offset into the target text where the problem is.  */
struct linkname_error
{
  const char *message;
  size_t offset;
};

/* A parsed target.  All strings are NUL-terminated, malloc'd, UTF-8,
   with the Go assembler spelling (U+00B7, U+2215) and %XX escapes of the
   import path already decoded.  */
struct linkname_target
{
  char *pkgpath;		/* "gopkg.in/yaml.v3".  */
  char **names;			/* The components after the import path:
				   {"Marshal"}, {"T", "M"}.  */
  size_t n_names;		/* At least 1.  */
  bool pointer_receiver;	/* "pkg.(*T).M": names = {"T", "M"}.  */
};

/* Parse the LEN bytes at TEXT as a target (SPEC section 2).  On success
   fill *OUT and return true; the caller frees it with
   linkname_target_free.  On failure fill *ERR (if not NULL), leave *OUT
   empty and return false.  Never crashes on any input, including
   embedded NULs and invalid UTF-8.  OUT may be NULL to only check TEXT.
   ERR->offset is a byte offset into TEXT as written (before the
   assembler spelling and %XX escapes are decoded); it is LEN when the
   problem is that something is missing at the end.  */
bool linkname_target_parse (const char *text, size_t len,
			    struct linkname_target *out,
			    struct linkname_error *err);

void linkname_target_free (struct linkname_target *target);

/* The target's Go spelling "importpath.T.M" / "importpath.(*T).M", with
   the import path not escaped.  Malloc'd.  Used in records, policy
   matching and messages.  */
char *linkname_target_string (const struct linkname_target *target);

/* The target text for NAME in package PKGPATH, written so that
   linkname_target_parse reads it back: PKGPATH's '%' and the '.' of its
   last element %-escaped, then ".NAME".  "gopkg.in/yaml.v3" and "F" give
   "gopkg.in/yaml%2ev3.F".  Malloc'd.  */
char *linkname_target_join (const char *pkgpath, const char *name);

/* TARGET in its canonical spelling, which linkname_target_parse reads
   back to the same target: the import path escaped as by
   linkname_target_join, then ".NAME" for each name, with "(*T)" for a
   pointer receiver; no Go assembler spelling.  Malloc'd.  */
char *linkname_target_canonical (const struct linkname_target *target);

/* Whether TARGET's last name is exported in Go's sense: its first
   character is an upper-case letter (Unicode category Lu).  */
bool linkname_target_exported (const struct linkname_target *target);

/* Whether TARGET's import path is internal to someone: an element is
   "internal", or the path is "runtime" or below it.  */
bool linkname_target_internal (const struct linkname_target *target);

/* Check LEN bytes at TEXT as a verbatim symbol: not empty, no NUL, no
   newline or carriage return.  */
bool linkname_verbatim_check (const char *text, size_t len,
			      struct linkname_error *err);

/* The assembler symbol for TARGET under SCHEME (GCCGO or GC).
   Malloc'd, NUL-terminated; NULL only on allocation failure.  */
char *linkname_symbol (const struct linkname_target *target,
		       enum linkname_scheme scheme);

/* gccgo's encoding of one identifier or import path (Go's
   go_encode_id): "example.com/foo-bar" -> "example_0com_1foo_x2dbar".
   As in gccgo-12, a COMPONENT made only of ASCII letters and digits is
   returned unchanged (even with a leading digit), and some punctuation
   has a short code ("_2" for '*', "_b" for ' ', ...) instead of "_xNN".  */
char *linkname_gccgo_encode (const char *component);

/* The gc linker's PathToPrefix: "gopkg.in/yaml.v2" -> "gopkg.in/yaml%2ev2".  */
char *linkname_gc_path_to_prefix (const char *pkgpath);

/* True when SYMBOL must be quoted for the GNU assembler: anything other
   than [A-Za-z_.][A-Za-z0-9_.$]*, and the lone ".".  */
bool linkname_symbol_needs_quotes (const char *symbol);

/* SYMBOL as the GNU assembler should read it: itself, or in double
   quotes with '"' and '\\' escaped when linkname_symbol_needs_quotes.
   Malloc'd.  */
char *linkname_asm_spelling (const char *symbol);

/* The symbol a quoted SPELLED stands for: the inverse of
   linkname_asm_spelling for a name in double quotes.  NULL when SPELLED
   is not one quoted name.  Malloc'd.  */
char *linkname_asm_unspell (const char *spelled);

/* True when the spelling of SYMBOL by linkname_asm_spelling can also
   stand in an instruction operand ("call SPELLING@PLT"): GNU as 2.40 on
   x86 misparses a quoted name containing '"', '\\', ',', ';' or '@'
   there, while directives and labels take any spelling.  When false,
   define a local alias (".set .LALIAS, SPELLING") and use the alias in
   instructions: the relocation still names SYMBOL.  */
bool linkname_symbol_operand_safe (const char *symbol);

/* Whether the GNU assembler (x86-64, ELF) takes SYMBOL for a symbol of
   that name, in directives, labels and instruction operands alike, and
   for a DEFINITION also in the section names GCC derives from it
   (-ffunction-sections, -flto).  If not, *ERR says why: a leading '.'
   (a section, ".text", or a local label, ".L1"), a leading '%' (a
   register), a character an instruction operand cannot take (see
   linkname_symbol_operand_safe), or white space in a definition.  The
   offset is of the byte at fault.  */
bool linkname_symbol_check (const char *symbol, bool definition,
			    struct linkname_error *err);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_H */
