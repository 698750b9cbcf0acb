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

/* go-cdecl.h -- Go types and declarations spelled in C (SPEC section
   9): what linkname-gen writes, and what the plugin shows as "the C
   prototype linkname-gen would write".  Plain C11.

   The C spelling of a Go type follows gccgo's calling convention on
   the target (GO-ABI.md): the shared types (go_int, go_string,
   go_slice_ELEM, go_eface, go_iface, go_error, go_func, go_map,
   go_chan) are those of the prelude <linkname/go.h>; a named type T of
   the package with import path P is P's prefix, '_', T ("strings" and
   "Builder" give strings_Builder; a struct is "struct strings_Builder"
   with a typedef of the same name).

   C names: the prefix of a package is its import path with each
   character that cannot stand in a C identifier written '_'
   ("math/rand" -> "math_rand", "example.com/x" -> "example_com_x"), or
   the one the caller sets; a function F is PREFIX_F, a method M of T is
   PREFIX_T_M, a variable PREFIX_V, a constant PREFIX_C, the results of
   a function with several of them PREFIX_F_ret (PREFIX_T_M_ret).  A
   Go field named as a C or C++ keyword or as an object-like macro of
   the standard headers gets a trailing '_' ("errno" -> "errno_").

   Every string returned is malloc'd (the caller frees it); NULL means
   memory ran out, or, where said, that Go's declaration has no C
   counterpart.  */

#ifndef LINKNAME_GO_CDECL_H
#define LINKNAME_GO_CDECL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "go-export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How declarations are written.  Zero-initialised: the defaults.  */
struct linkname_go_cdecl_options
{
  /* The C prefix of the names of the package being written (PKG in the
     functions below; for linkname_go_cdecl_write_header, of its first
     package only); NULL: derived from its import path.  Other
     packages' types always use their derived prefix.  */
  const char *prefix;
  /* Leave out what C cannot use safely: declarations whose types hold
     a map, chan, func value or interface (error included) by value or
     as a slice's elements (a pointer to a struct holding one is
     kept).  */
  bool safe;
  /* Bind with asm labels (the gccgo symbol) instead of the linkname
     attribute, for a compiler without the plugin.  */
  bool asm_labels;
  /* The major version of the gccgo that compiled the packages, for its
     struct padding (see gccgo_major in go-layout.h); 0: the newest's
     rules.  */
  unsigned gccgo_major;
};

/* The C prefix derived from PKGPATH: each character (a whole UTF-8
   sequence counts as one) other than an ASCII letter, digit or '_'
   written '_', and a '_' in front of a leading digit.  */
char *linkname_go_cdecl_prefix (const char *pkgpath);

/* Go's NAME as a C identifier: as a prefix is made, then a trailing
   '_' when the result is a C or C++ keyword or a macro of the standard
   C headers ("int", "class", "errno", "stdin", "I").  For fields.  */
char *linkname_go_cdecl_ident (const char *name);

/* Whether NAME is a C or C++ keyword or a macro of the standard C
   headers (or one GCC predefines, as "unix"), as
   linkname_go_cdecl_ident decides.  */
bool linkname_go_cdecl_reserved (const char *name);

/* The C spelling of TYPE, a type of PKG's export data, for a value of
   it: "go_int", "go_string", "go_slice_byte", "strings_Builder *",
   "go_array4_int64", "time_Duration".  The types it names are those
   linkname_go_cdecl_write_header defines.  OPTS may be NULL.  */
char *linkname_go_cdecl_type (const struct linkname_go_package *pkg,
			      const struct linkname_go_type *type,
			      const struct linkname_go_cdecl_options *opts);

/* The C name linkname-gen gives FN, a function of PKG (from
   PKG->funcs) or a method of one of its named types (from that type's
   methods): "strings_ToUpper", "strings_Builder_WriteString".  */
char *linkname_go_cdecl_name (const struct linkname_go_package *pkg,
			      const struct linkname_go_func *fn,
			      const struct linkname_go_cdecl_options *opts);

/* FN's Go signature as linkname-gen comments it: "func ToUpper(s
   string) string", "func (b *Builder) WriteString(s string) (int,
   error)".  */
char *linkname_go_cdecl_go_signature (const struct linkname_go_package *pkg,
				      const struct linkname_go_func *fn);

/* The C prototype linkname-gen writes for FN (see
   linkname_go_cdecl_name), on one line, without a trailing newline:
   "extern go_string strings_ToUpper (go_string)
   __attribute__ ((linkname (\"strings.ToUpper\")));", or with an asm
   label under OPTS->asm_labels.  OPTS may be NULL.  NULL also when FN
   is a method of a type that is not PKG's own named type, or when its
   name makes no valid linkname target (damaged export data).  */
char *linkname_go_cdecl_prototype (const struct linkname_go_package *pkg,
				   const struct linkname_go_func *fn,
				   const struct linkname_go_cdecl_options
				   *opts);

/* The same into BUF of SIZE bytes, NUL-terminated and cut short if it
   does not fit (as snprintf); return the length of the whole
   prototype, or (size_t) -1 as linkname_go_cdecl_prototype returns
   NULL.  */
size_t linkname_go_cdecl_prototype_buf (char *buf, size_t size,
					const struct linkname_go_package *pkg,
					const struct linkname_go_func *fn,
					const struct linkname_go_cdecl_options
					*opts);

/* Write to OUT the C header for the N_PKGS packages PKGS: it includes
   <linkname/go.h>, defines the C types they use (each under a guard of
   its own, so that headers of several packages can be included
   together), then for each package, under a guard of the package,
   its constants as #define, its exported functions, methods and
   variables, each under a comment with its Go declaration.  SOURCE (may
   be NULL) is named in the first comment.  Return false if writing
   failed or memory ran out.  */
bool linkname_go_cdecl_write_header (FILE *out,
				     const struct linkname_go_package
				     *const *pkgs, size_t n_pkgs,
				     const struct linkname_go_cdecl_options
				     *opts, const char *source);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_GO_CDECL_H */
