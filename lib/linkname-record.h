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

/* linkname-record.h -- the records of bindings that the plugin writes
   into each object and linkname-check reads back.  Plain C11.

   Format, version 1.  Each binding is one ELF note in a section named
   ".note.linkname" (SHT_NOTE, no flags: it is not loaded, and ld keeps
   it through ld -r, archives, final links and --gc-sections; strip
   --strip-debug keeps it):

     n_namesz  9, the name "linkname\0" padded to 4 bytes
     n_type    1 (LINKNAME_NT_BINDING)
     desc      byte 0  format version (1)
	       byte 1  direction: 1 pull, 2 push, 3 push marker
	       byte 2  scheme: 0 gccgo, 1 gc, 2 verbatim
	       byte 3  flags: bit 0 (1) a weak definition, bit 1 (2) a
		       common (-fcommon tentative) definition, bit 2 (4)
		       a push for the standard library only (Go's
		       //go:linknamestd, "#pragma linknamestd"); 0 for a
		       pull and an ordinary definition (before these
		       flags, always 0: a reader takes 0 as ordinary)
	       then NUL-terminated UTF-8 strings, in this order:
	       symbol, target (canonical Go spelling, as
	       linkname_target_canonical writes it; the string itself for
	       the verbatim scheme; empty for a marker that keeps its own
	       name), local name, C type, source file, line (in decimal),
	       the package the unit implements ("#pragma linkname
	       package"; empty if none),
	       and then (appended later) the provenance of the record:
	       the linkname version that made it ("0.1.0"), the GCC
	       version that compiled the unit (its base version, as
	       "gcc -dumpfullversion" prints it), the checks relaxed for
	       this binding (below), and where the policy rule named
	       there is ("FILE:LINE", the file as -ffile-prefix-map
	       rewrites it; empty if none),
	       and then (appended later) the declaration's lowered layout
	       for the Go signature check: lib/go-layout.h's text form
	       ("L1(...)=..."), of a function's type, or of a variable's
	       type as the result of a layout without parameters (the C
	       type above says which); empty when the type could not be
	       lowered (an incomplete type) or the record predates it;
	       padded to 4 bytes.

   The relaxed checks are words separated by one space, empty when
   nothing was relaxed.  Each says how a check that would have fired on
   this binding was weakened when the unit was compiled:
     off:CLASS      a CLASS warning was due and -Wno-CLASS turned it off
     warn:CLASS     a CLASS diagnostic was due as an error (-Werror, or a
		    policy "deny" rule) and was given as a warning
		    (-Wno-error=CLASS, or a later policy "warn" rule)
     w              a warning was due and GCC's -w hid it
     allow:PATTERN  the policy rule "allow PATTERN" matched the target
		    (PATTERN holds no white space)
   Words the reader does not know are kept and shown as they are.

   A reader accepts any version >= 1 and reads the fields it knows: a
   later version only appends strings (and takes a missing package as
   empty, missing provenance and layout as unknown: empty strings), and ignores
   strings after the last one it knows.  Appending strings does not
   change the version: a reader of the first records reads the new ones
   right.  The integers of the note header
   are in the byte order of the ELF file.  */

#ifndef LINKNAME_RECORD_H
#define LINKNAME_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "linkname.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LINKNAME_NOTE_SECTION ".note.linkname"
#define LINKNAME_NOTE_NAME "linkname"
#define LINKNAME_NT_BINDING 1
#define LINKNAME_RECORD_VERSION 1

/* The flags of byte 3: how the linker treats the definition.  Two
   definitions of one symbol are a duplicate only when neither is weak
   or common, as for the linker.  */
#define LINKNAME_RECORD_WEAK 1u
#define LINKNAME_RECORD_COMMON 2u
/* A push (or push marker) only the standard library may pull: Go's
   //go:linknamestd, which Go's linker enforces from Go 1.27.  */
#define LINKNAME_RECORD_STD 4u

enum linkname_direction
{
  LINKNAME_PULL = 1,
  LINKNAME_PUSH = 2,
  LINKNAME_MARKER = 3
};

struct linkname_record
{
  enum linkname_direction direction;
  enum linkname_scheme scheme;
  const char *symbol;		/* The assembler symbol.  */
  const char *target;		/* Canonical Go spelling; "" for a marker
				   that keeps its C name.  */
  const char *local;		/* The C or C++ name.  */
  const char *type;		/* Canonical spelling of the C type.  */
  const char *file;
  unsigned long line;
  const char *package;		/* The unit's package, or "".  */
  unsigned flags;		/* LINKNAME_RECORD_WEAK, _COMMON, _STD.  */
  /* Provenance; "" when the record predates it.  */
  const char *linkname_version;	/* The plugin that made the record.  */
  const char *gcc_version;	/* The GCC that compiled the unit.  */
  const char *relaxed;		/* The checks relaxed for it, or "".  */
  const char *relaxed_rule;	/* "FILE:LINE" of the policy rule in
				   RELAXED, or "".  */
  /* The declaration's lowered layout (go-layout.h's text form), or ""
     (NULL writes "").  */
  const char *layout;
};

/* "pull", "push", "marker"; "unknown" for anything else.  */
const char *linkname_direction_name (enum linkname_direction direction);

/* The note descriptor of R: malloc'd, *LEN bytes (not padded).  NULL on
   allocation failure.  */
unsigned char *linkname_record_encode (const struct linkname_record *r,
				       size_t *len);

/* GNU assembler text that emits R as a note in .note.linkname, leaving
   the current section as it was.  Malloc'd.  */
char *linkname_record_asm (const struct linkname_record *r);

/* Decode the LEN bytes of a descriptor at DESC into *R.  The strings of
   *R point into DESC.  False (with *ERR) if it is malformed.  */
bool linkname_record_decode (const unsigned char *desc, size_t len,
			     struct linkname_record *r,
			     struct linkname_error *err);

/* Walk the SIZE bytes of a .note.linkname section at DATA, whose note
   headers are big-endian if BIG_ENDIAN, calling FN for each binding.
   Notes of other names or types are skipped.  FN returning false stops
   the walk.  Returns false (with *ERR) on a malformed section or
   record; never reads outside DATA.  */
bool linkname_notes_walk (const unsigned char *data, size_t size,
			  bool big_endian,
			  bool (*fn) (const struct linkname_record *r,
				      void *arg),
			  void *arg, struct linkname_error *err);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_RECORD_H */
