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

/* blocklist.c -- Go's linker rules for linkname, as data, release by
   release.

   Source: src/cmd/link/internal/loader/loader.go of the Go linker, the
   map blockedLinknames and the function checkLinkname, read for each
   release.  Each entry is a gc linker symbol with the packages that may
   still reference it, even when its definition is pushed, and the
   releases that have it.  Go checks references (pulls) only: a
   definition (push) of a blocked name is always allowed.

   How each release was read: 1.24 (the map of early 2025, identical to
   a copy made from a Go 1.24 tree), 1.25 and 1.27 from loader.go as
   Go's repository has it at a commit of that release's line; 1.23 and
   1.26 from the versions just before and after them, each entry where
   that leaves a doubt saying so.  The manual (linkname-check, "Go's
   rules by release") lists the differences.  */

#include <string.h>

#include "linkname-blocklist.h"

#define GO_1_23 LINKNAME_GO_1_23
#define GO_1_24 LINKNAME_GO_1_24
#define GO_1_25 LINKNAME_GO_1_25
#define GO_1_26 LINKNAME_GO_1_26
#define GO_1_27 LINKNAME_GO_1_27

static const char *const release_names[LINKNAME_GO_N_RELEASES] = {
  "1.23", "1.24", "1.25", "1.26", "1.27"
};

const char linkname_go_releases_text[] = "1.23, 1.24, 1.25, 1.26, 1.27";

static const char *const release_sources[LINKNAME_GO_N_RELEASES] = {
  "Go 1.23 cmd/link/internal/loader/loader.go",
  "Go 1.24 cmd/link/internal/loader/loader.go",
  "Go 1.25 cmd/link/internal/loader/loader.go",
  "Go 1.26 cmd/link/internal/loader/loader.go",
  "Go 1.27 cmd/link/internal/loader/loader.go",
};

bool
linkname_go_release_parse (const char *text, enum linkname_go_release *out)
{
  if (text == NULL)
    return false;
  if (strncmp (text, "go", 2) == 0)
    text += 2;
  for (int i = 0; i < LINKNAME_GO_N_RELEASES; i++)
    if (strcmp (text, release_names[i]) == 0)
      {
	*out = (enum linkname_go_release) i;
	return true;
      }
  return false;
}

const char *
linkname_go_release_name (enum linkname_go_release go)
{
  return (unsigned) go < LINKNAME_GO_N_RELEASES ? release_names[go] : "?";
}

const char *
linkname_go_release_source (enum linkname_go_release go)
{
  return (unsigned) go < LINKNAME_GO_N_RELEASES ? release_sources[go] : "?";
}

/* checkLinkname compares a package of the frozen FIPS module with the
   allowed ones once its version element is taken out (loader.go of
   1.25 on; the copy of 1.24 has no such code).  */
bool
linkname_go_has_fips_frozen (enum linkname_go_release go)
{
  return go >= LINKNAME_GO_1_25;
}

/* //go:linknamestd and the loader's IsLinknameStd (1.27).  */
bool
linkname_go_has_linknamestd (enum linkname_go_release go)
{
  return go >= LINKNAME_GO_1_27;
}

/* The lists of allowed packages.  */
#define ALLOW(...) ((const char *const[]) { __VA_ARGS__, NULL })
#define NONE ((const char *const[]) { NULL })

/* In Go's order, each entry where it first appears; "loader.go 1.24"
   is the release whose loader.go added it, in the section Go's comments
   name after that release.  */
static const struct linkname_blocked blocklist[] = {
  { "runtime.coroswitch", ALLOW ("iter"),
    GO_1_23, GO_1_26,
    "loader.go 1.23 (coroutines); gone in 1.27" },
  { "runtime.newcoro", ALLOW ("iter"),
    GO_1_23, GO_1_26,
    "loader.go 1.23 (coroutines); gone in 1.27" },
  { "internal/weak.runtime_registerWeakPointer", ALLOW ("internal/weak"),
    GO_1_23, GO_1_23,
    "loader.go 1.23 (weak references; inferred: in the 1.23 cycle, gone when internal/weak became weak in 1.24)" },
  { "internal/weak.runtime_makeStrongFromWeak", ALLOW ("internal/weak"),
    GO_1_23, GO_1_23,
    "loader.go 1.23 (weak references; inferred: in the 1.23 cycle, gone when internal/weak became weak in 1.24)" },
  { "go:fipsinfo", ALLOW ("crypto/internal/fips140/check"),
    GO_1_24, GO_1_27,
    "loader.go 1.24 (fips info)" },
  { "crypto/internal/fips140.fatal", ALLOW ("crypto/internal/fips140"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "crypto/internal/fips140.getIndicator", ALLOW ("crypto/internal/fips140"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "crypto/internal/fips140.setIndicator", ALLOW ("crypto/internal/fips140"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "crypto/internal/sysrand.fatal", ALLOW ("crypto/internal/sysrand"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "crypto/rand.fatal", ALLOW ("crypto/rand"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/runtime/maps.errNilAssign", ALLOW ("internal/runtime/maps"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/runtime/maps.fatal", ALLOW ("internal/runtime/maps"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/runtime/maps.mapKeyError", ALLOW ("internal/runtime/maps"),
    GO_1_24, GO_1_24,
    "loader.go 1.24; gone in 1.25" },
  { "internal/runtime/maps.newarray", ALLOW ("internal/runtime/maps"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/runtime/maps.newobject", ALLOW ("internal/runtime/maps"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/runtime/maps.typedmemclr", ALLOW ("internal/runtime/maps"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/runtime/maps.typedmemmove", ALLOW ("internal/runtime/maps"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/sync.fatal", ALLOW ("internal/sync"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/sync.runtime_canSpin", ALLOW ("internal/sync"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/sync.runtime_doSpin", ALLOW ("internal/sync"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/sync.runtime_nanotime", ALLOW ("internal/sync"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/sync.runtime_Semrelease", ALLOW ("internal/sync"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/sync.runtime_SemacquireMutex", ALLOW ("internal/sync"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/sync.throw", ALLOW ("internal/sync"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/synctest.Run", ALLOW ("internal/synctest"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/synctest.Wait", ALLOW ("internal/synctest"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/synctest.acquire", ALLOW ("internal/synctest"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/synctest.release", ALLOW ("internal/synctest"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/synctest.inBubble", ALLOW ("internal/synctest"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "runtime.getStaticuint64s", ALLOW ("reflect"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "sync.runtime_SemacquireWaitGroup", ALLOW ("sync"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "time.runtimeNow", ALLOW ("time"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "time.runtimeNano", ALLOW ("time"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "runtime.mapaccess1", ALLOW ("runtime"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "runtime.mapaccess1_fast32", ALLOW ("runtime"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "runtime.mapaccess1_fast64", ALLOW ("runtime"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "runtime.mapaccess1_faststr", ALLOW ("runtime"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "runtime.mapdelete_fast32", ALLOW ("runtime"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "runtime.mapdelete_fast64", ALLOW ("runtime"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "runtime.mapdelete_faststr", ALLOW ("runtime"),
    GO_1_24, GO_1_27,
    "loader.go 1.24" },
  { "internal/cpu.riscvHWProbe", ALLOW ("internal/cpu"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "internal/runtime/cgroup.throw", ALLOW ("internal/runtime/cgroup"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "internal/runtime/maps.typeString", ALLOW ("internal/runtime/maps"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "internal/synctest.IsInBubble", ALLOW ("internal/synctest"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "internal/synctest.associate", ALLOW ("internal/synctest"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "internal/synctest.disassociate", ALLOW ("internal/synctest"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "internal/synctest.isAssociated", ALLOW ("internal/synctest"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "runtime/trace.runtime_readTrace", ALLOW ("runtime/trace"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "runtime/trace.runtime_traceClockUnitsPerSecond", ALLOW ("runtime/trace"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "sync_test.runtime_blockUntilEmptyCleanupQueue", ALLOW ("sync_test"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "time.runtimeIsBubbled", ALLOW ("time"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "unique.runtime_blockUntilEmptyCleanupQueue", ALLOW ("unique"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "net.newWindowsFile", ALLOW ("net"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "testing/synctest.testingSynctestTest", ALLOW ("testing/synctest"),
    GO_1_25, GO_1_27,
    "loader.go 1.25" },
  { "crypto/fips140.isBypassed", ALLOW ("crypto/fips140"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "crypto/fips140.setBypass", ALLOW ("crypto/fips140"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "crypto/fips140.unsetBypass", ALLOW ("crypto/fips140"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "crypto/subtle.setDITEnabled", ALLOW ("crypto/subtle"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "crypto/subtle.setDITDisabled", ALLOW ("crypto/subtle"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "internal/cpu.sysctlbynameBytes", ALLOW ("internal/cpu"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "internal/cpu.sysctlbynameInt32", ALLOW ("internal/cpu"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime.pprof_goroutineLeakProfileWithLabels", ALLOW ("runtime/pprof"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime/pprof.runtime_goroutineLeakGC", ALLOW ("runtime/pprof"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime/pprof.runtime_goroutineleakcount", ALLOW ("runtime/pprof"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime/secret.appendSignalStacks", ALLOW ("runtime/secret"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime/secret.count", ALLOW ("runtime/secret"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime/secret.dec", ALLOW ("runtime/secret"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime/secret.eraseSecrets", ALLOW ("runtime/secret"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime/secret.getStack", ALLOW ("runtime/secret"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime/secret.inc", ALLOW ("runtime/secret"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "syscall.rawsyscalln", ALLOW ("syscall"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "syscall.runtimeClearenv", ALLOW ("syscall"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "syscall.syscalln", ALLOW ("syscall"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "crypto/internal/rand.SetTestingReader", ALLOW ("testing/cryptotest"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "testing.checkParallel", ALLOW ("testing/cryptotest"),
    GO_1_26, GO_1_27,
    "loader.go 1.26" },
  { "runtime.addmoduledata", NONE,
    GO_1_26, GO_1_27,
    "loader.go 1.26 (assembly symbol, disallow all packages)" },
  { "internal/runtime/maps.rand", ALLOW ("internal/runtime/maps"),
    GO_1_26, GO_1_27,
    "loader.go 1.26 (inferred: between 1.25 and 1.27)" },
};

const struct linkname_blocked *
linkname_blocklist (size_t *count)
{
  *count = sizeof blocklist / sizeof blocklist[0];
  return blocklist;
}

/* A linear scan: the list is short, and is looked up once per pull.  */
const struct linkname_blocked *
linkname_blocklist_find (enum linkname_go_release go, const char *name)
{
  if (name == NULL)
    return NULL;
  for (size_t i = 0; i < sizeof blocklist / sizeof blocklist[0]; i++)
    if (blocklist[i].first <= go && go <= blocklist[i].last
	&& strcmp (blocklist[i].name, name) == 0)
      return &blocklist[i];
  return NULL;
}

/* PKGPATH without the version element of the frozen FIPS module:
   "crypto/internal/fips140/v1.0.0/check" as
   "crypto/internal/fips140/check", into BUF of SIZE bytes.  Go splits
   at '/' and drops the fourth element, whatever it is.  False when
   PKGPATH is not of the module, or too long.  */
static bool
fips_unfrozen (const char *pkgpath, char *buf, size_t size)
{
  static const char prefix[] = "crypto/internal/fips140/v";
  if (strncmp (pkgpath, prefix, sizeof prefix - 1) != 0)
    return false;
  const char *version = pkgpath + sizeof prefix - 2;
  const char *rest = strchr (version, '/');
  size_t head = (size_t) (version - pkgpath);	/* "crypto/internal/fips140/" */
  size_t tail = rest ? strlen (rest + 1) : 0;
  if (head + tail + 1 > size)
    return false;
  memcpy (buf, pkgpath, head);
  if (rest)
    memcpy (buf + head, rest + 1, tail);
  else
    head--;			/* No element after it: no trailing '/'.  */
  buf[head + tail] = '\0';
  return true;
}

bool
linkname_blocklist_allows (enum linkname_go_release go,
			   const struct linkname_blocked *entry,
			   const char *pkgpath)
{
  if (entry == NULL || pkgpath == NULL)
    return false;
  char unfrozen[512];
  bool frozen = linkname_go_has_fips_frozen (go)
		&& fips_unfrozen (pkgpath, unfrozen, sizeof unfrozen);
  for (const char *const *p = entry->allowed; *p != NULL; p++)
    if (strcmp (*p, pkgpath) == 0 || (frozen && strcmp (*p, unfrozen) == 0))
      return true;
  return false;
}
