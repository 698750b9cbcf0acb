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

/* test-blocklist.c -- the blocklist copied from Go's linker: lookups,
   allowed packages, and that the table itself is well formed (every
   name a target our parser reads back to the same gc name, no name
   twice), so that a bad edit of the data fails here.  */

#include <stdlib.h>
#include <string.h>

#include "linkname.h"
#include "linkname-blocklist.h"
#include "check.h"

#define NEWEST LINKNAME_GO_NEWEST

static void
test_lookup (void)
{
  const struct linkname_blocked *e
    = linkname_blocklist_find (LINKNAME_GO_1_26, "runtime.coroswitch");
  CHECK (e != NULL, "runtime.coroswitch is not blocked in 1.26");
  enum linkname_go_release go = LINKNAME_GO_1_26;
  CHECK (e && linkname_blocklist_allows (go, e, "iter"),
	 "iter may use coroswitch");
  CHECK (e && !linkname_blocklist_allows (go, e, "main"), "main may not");
  CHECK (e && !linkname_blocklist_allows (go, e, NULL),
	 "unknown package may not");

  CHECK (linkname_blocklist_find (NEWEST, "internal/runtime/maps.fatal")
	 != NULL, "a Go 1.24 name");
  CHECK (linkname_blocklist_find (NEWEST, "runtime.nanotime") == NULL,
	 "runtime.nanotime is only a handshake matter");
  CHECK (linkname_blocklist_find (NEWEST, "runtime.coroswitc") == NULL,
	 "prefix");
  CHECK (linkname_blocklist_find (LINKNAME_GO_1_26, "runtime.coroswitch2")
	 == NULL, "longer");
  CHECK (linkname_blocklist_find (NEWEST, "") == NULL, "empty");
  CHECK (linkname_blocklist_find (NEWEST, NULL) == NULL, "NULL");
  CHECK (strstr (linkname_go_release_source (LINKNAME_GO_1_24),
		 "loader.go") != NULL, "the source names Go's file");
}

/* What each release blocks, as its loader.go has it (the issue's
   examples among them).  */
static void
test_releases (void)
{
  static const struct
  {
    const char *name;
    const char *in;		/* One char per release 1.23..1.27: 'x'
				   blocked, '.' not.  */
  } cases[] = {
    { "runtime.coroswitch", "xxxx." },
    { "runtime.newcoro", "xxxx." },
    { "internal/weak.runtime_registerWeakPointer", "x...." },
    { "go:fipsinfo", ".xxxx" },
    { "internal/runtime/maps.mapKeyError", ".x..." },
    { "internal/runtime/maps.fatal", ".xxxx" },
    { "internal/cpu.riscvHWProbe", "..xxx" },
    { "internal/synctest.IsInBubble", "..xxx" },
    { "runtime/trace.runtime_readTrace", "..xxx" },
    { "net.newWindowsFile", "..xxx" },
    { "runtime.addmoduledata", "...xx" },
    { "runtime/secret.eraseSecrets", "...xx" },
    { "runtime.nanotime", "....." },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    for (int go = 0; go < LINKNAME_GO_N_RELEASES; go++)
      {
	bool blocked = linkname_blocklist_find ((enum linkname_go_release) go,
						cases[i].name) != NULL;
	CHECK (blocked == (cases[i].in[go] == 'x'), "%s %s in Go %s",
	       cases[i].name, blocked ? "blocked" : "not blocked",
	       linkname_go_release_name ((enum linkname_go_release) go));
      }

  /* addmoduledata: no package at all.  */
  const struct linkname_blocked *e
    = linkname_blocklist_find (NEWEST, "runtime.addmoduledata");
  CHECK (e && !linkname_blocklist_allows (NEWEST, e, "runtime"),
	 "addmoduledata allowed to runtime");
}

/* The frozen FIPS module references what crypto/internal/fips140 may,
   from Go 1.25 on.  */
static void
test_fips_frozen (void)
{
  const struct linkname_blocked *e
    = linkname_blocklist_find (NEWEST, "crypto/internal/fips140.fatal");
  CHECK (e != NULL, "fips140.fatal");
  if (e == NULL)
    return;
  CHECK (linkname_blocklist_allows (NEWEST, e, "crypto/internal/fips140"),
	 "the package itself");
  CHECK (linkname_blocklist_allows (NEWEST, e,
				    "crypto/internal/fips140/v1.0.0"),
	 "its frozen version");
  CHECK (!linkname_blocklist_allows (LINKNAME_GO_1_24, e,
				     "crypto/internal/fips140/v1.0.0"),
	 "no exemption in 1.24");
  CHECK (!linkname_blocklist_allows (NEWEST, e,
				     "crypto/internal/fips140/v1.0.0/check"),
	 "another package of the module");
  e = linkname_blocklist_find (NEWEST, "go:fipsinfo");
  CHECK (e && linkname_blocklist_allows (NEWEST, e,
					 "crypto/internal/fips140/v1.0.0/check"),
	 "check of the frozen module");
  CHECK (e && !linkname_blocklist_allows (NEWEST, e,
					  "crypto/internal/fips140x/v1/check"),
	 "not the module");
}

static void
test_parse (void)
{
  enum linkname_go_release go;
  CHECK (linkname_go_release_parse ("1.23", &go) && go == LINKNAME_GO_1_23,
	 "1.23");
  CHECK (linkname_go_release_parse ("go1.25", &go) && go == LINKNAME_GO_1_25,
	 "go1.25");
  CHECK (!linkname_go_release_parse ("1.22", &go), "1.22");
  CHECK (!linkname_go_release_parse ("1.28", &go), "1.28");
  CHECK (!linkname_go_release_parse ("1.2", &go), "1.2");
  CHECK (!linkname_go_release_parse ("", &go), "empty");
  CHECK (!linkname_go_release_parse (NULL, &go), "NULL");
  CHECK_STREQ (linkname_go_release_name (NEWEST), "1.27", "newest");
  CHECK (!linkname_go_has_linknamestd (LINKNAME_GO_1_26)
	 && linkname_go_has_linknamestd (LINKNAME_GO_1_27), "linknamestd");
}

static void
test_table (void)
{
  size_t n;
  const struct linkname_blocked *list = linkname_blocklist (&n);
  CHECK (n >= 2, "only %zu entries", n);
  for (size_t i = 0; i < n; i++)
    {
      CHECK (list[i].allowed != NULL, "%s: no allowed list", list[i].name);
      CHECK (list[i].first <= list[i].last
	     && list[i].last < LINKNAME_GO_N_RELEASES, "%s: releases",
	     list[i].name);
      CHECK (list[i].source != NULL
	     && strncmp (list[i].source, "loader.go 1.", 12) == 0,
	     "%s: no source", list[i].name);
      for (size_t j = 0; j < i; j++)
	CHECK (strcmp (list[i].name, list[j].name) != 0, "%s twice",
	       list[i].name);
      CHECK (linkname_blocklist_find (list[i].last, list[i].name)
	     == &list[i], "%s: lookup finds another entry", list[i].name);

      /* "go:fipsinfo" is a linker-made symbol, not a Go target.  */
      if (strchr (list[i].name, ':') != NULL)
	continue;
      struct linkname_target t;
      struct linkname_error err;
      bool ok = linkname_target_parse (list[i].name, strlen (list[i].name),
				       &t, &err);
      CHECK (ok, "%s does not parse: %s", list[i].name, err.message);
      if (!ok)
	continue;
      char *gc = linkname_symbol (&t, LINKNAME_SCHEME_GC);
      CHECK_STREQ (gc, list[i].name, "gc name of a blocked target");
      free (gc);
      linkname_target_free (&t);
    }
}

int
main (void)
{
  test_lookup ();
  test_releases ();
  test_fips_frozen ();
  test_parse ();
  test_table ();
  return check_status ();
}
