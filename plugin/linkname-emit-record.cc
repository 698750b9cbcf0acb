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

/* linkname-emit-record.cc -- emit the .note.linkname record of each
   binding, and its line in the report.

   A record is assembler text that adds one note to .note.linkname
   between .pushsection and .popsection, so it can stand anywhere in the
   output.  Without -flto it is written into the assembler output at
   once: the bindings are applied before anything is assembled, and the
   text need not be kept until the unit is written.  With -flto (fat
   objects too) it is a top-level asm statement instead, which GCC
   streams with the unit's GIMPLE, so that it reaches the final object
   through lto1 (an object's own sections are replaced by the LTO link).
   The format is in linkname-record.h.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

void
linkname_record_binding (tree decl, enum linkname_direction direction,
			 const char *symbol, const char *target,
			 enum linkname_scheme scheme, location_t loc,
			 unsigned flags)
{
  expanded_location xloc = expand_location (loc);
  char *type = linkname_type_spelling (TREE_TYPE (decl));

  struct linkname_record r;
  r.direction = direction;
  r.scheme = scheme;
  r.symbol = symbol;
  r.target = target ? target : "";
  r.local = IDENTIFIER_POINTER (DECL_NAME (decl));
  r.type = type;
  /* As DWARF names the file: -ffile-prefix-map and -fdebug-prefix-map
     rewrite it, so that a reproducible build's records carry no build
     folder.  */
  r.file = xloc.file ? remap_debug_filename (xloc.file) : "";
  r.line = xloc.line > 0 ? xloc.line : 0;
  r.package = linkname_registry_package () ? linkname_registry_package ()
					   : "";
  r.flags = flags;
  /* Provenance: who made the record, and what was relaxed for it.  */
  r.linkname_version = LINKNAME_VERSION;
  r.gcc_version = linkname_gcc_version;
  const char *relaxed_rule = NULL;
  char *relaxed = linkname_relaxed_text (loc, &relaxed_rule);
  r.relaxed = relaxed ? relaxed : "";
  r.relaxed_rule = relaxed_rule ? relaxed_rule : "";
  /* The declaration lowered for the Go signature check, which
     linkname-check runs against the Go inputs it is given.  */
  char *layout = linkname_go_layout_text (decl);
  r.layout = layout ? layout : "";

  linkname_report_binding (&r, loc);
  char *text = linkname_record_asm (&r);
  if (text && asm_out_file && !linkname_streaming_lto_p ())
    /* Not kept in GCC's memory until the unit is written, as a top-level
       asm would be: half a kilobyte a binding (bench/RESULTS.md).  */
    fputs (text, asm_out_file);
  else if (text)
    symtab->finalize_toplevel_asm (build_string (strlen (text), text));
  free (text);
  free (type);
  free (relaxed);
  free (layout);
}
