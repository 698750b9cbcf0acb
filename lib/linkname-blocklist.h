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

/* linkname-blocklist.h -- Go's linker rules for linkname, release by
   release: which Go release a tool follows, and the names each release
   refuses to link by linkname.  Shared by linkname-check, its ld plugin
   and the GCC plugin.  Plain C11.

   The data is in blocklist.c, copied from the Go linker
   (src/cmd/link/internal/loader/loader.go, blockedLinknames and
   checkLinkname), each entry with the releases that have it and where
   it comes from.  The rules themselves are in classify.c (one binding)
   and check.c (a program's bindings together).  */

#ifndef LINKNAME_BLOCKLIST_H
#define LINKNAME_BLOCKLIST_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The Go releases whose rules linkname knows, oldest first.  */
enum linkname_go_release
{
  LINKNAME_GO_1_23,		/* The first with checkLinkname.  */
  LINKNAME_GO_1_24,
  LINKNAME_GO_1_25,
  LINKNAME_GO_1_26,
  LINKNAME_GO_1_27,
  LINKNAME_GO_N_RELEASES,
  LINKNAME_GO_NEWEST = LINKNAME_GO_1_27
};

/* Parse "1.24" (also "go1.24") into *OUT.  False for anything else.  */
bool linkname_go_release_parse (const char *text,
				enum linkname_go_release *out);

/* "1.24".  */
const char *linkname_go_release_name (enum linkname_go_release go);

/* "1.23, 1.24, 1.25, 1.26, 1.27": for messages and --help.  */
extern const char linkname_go_releases_text[];

/* Whether release GO has the rule named after it:
     FIPS_FROZEN  a package of the frozen FIPS module,
		  crypto/internal/fips140/vX.Y.Z/..., may reference what
		  crypto/internal/fips140/... may (Go 1.25 and later);
     LINKNAMESTD  //go:linknamestd: a push that only packages of the
		  standard library may pull (Go 1.27 and later).  */
bool linkname_go_has_fips_frozen (enum linkname_go_release go);
bool linkname_go_has_linknamestd (enum linkname_go_release go);

/* One blocked name: the gc linker symbol of the target, and the
   packages that may still reference it (NULL-terminated; empty when no
   package may), in the releases FIRST to LAST; SOURCE says where in
   Go's sources it is.  */
struct linkname_blocked
{
  const char *name;
  const char *const *allowed;
  enum linkname_go_release first;
  enum linkname_go_release last;
  const char *source;
};

/* The entry for NAME in release GO, NAME a gc linker symbol name
   ("runtime.coroswitch", "internal/runtime/maps.fatal": what
   linkname_symbol gives under LINKNAME_SCHEME_GC), or NULL if that
   release of Go's linker does not block it.  */
const struct linkname_blocked *
linkname_blocklist_find (enum linkname_go_release go, const char *name);

/* True when package PKGPATH is one of the packages ENTRY still allows
   to reference its name in release GO (with the frozen FIPS module's
   exemption where GO has it).  PKGPATH may be NULL (not known): false.  */
bool linkname_blocklist_allows (enum linkname_go_release go,
				const struct linkname_blocked *entry,
				const char *pkgpath);

/* Every entry of every release, for documentation and tests: *COUNT
   entries.  */
const struct linkname_blocked *linkname_blocklist (size_t *count);

/* Where the rules of release GO come from, for messages and --help:
   "Go 1.24 cmd/link/internal/loader/loader.go".  */
const char *linkname_go_release_source (enum linkname_go_release go);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_BLOCKLIST_H */
