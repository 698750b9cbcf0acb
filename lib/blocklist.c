/* blocklist.c -- the linknames Go's linker blocks, as data.

   Source: the map blockedLinknames in the Go linker,
   src/cmd/link/internal/loader/loader.go, as of Go 1.24
   (release-branch.go1.24).  Go 1.23 introduced the map with the two
   coroutine entries (runtime.coroswitch, runtime.newcoro); Go 1.24 added
   the rest.  Each name is a gc linker symbol; the packages after it are
   the only ones allowed to reference it, even when its definition is
   pushed.  Go's own comments are kept, and the order, so that the table
   can be compared with the next Go release line by line.

   Go checks references (pulls) only: a definition (push) of a blocked
   name is always allowed.  It also lets the frozen FIPS module
   "crypto/internal/fips140/vX.Y.Z/..." reference what
   "crypto/internal/fips140/..." may; that exemption is not needed here,
   C code is never that module.  */

#include <string.h>

#include "linkname-blocklist.h"

const char linkname_blocklist_source[] =
  "Go 1.24 cmd/link/internal/loader/loader.go blockedLinknames";

/* The lists of allowed packages.  */
#define ALLOW(...) ((const char *const[]) { __VA_ARGS__, NULL })

static const struct linkname_blocked blocklist[] = {
  /* coroutines */
  { "runtime.coroswitch", ALLOW ("iter") },
  { "runtime.newcoro", ALLOW ("iter") },
  /* fips info */
  { "go:fipsinfo", ALLOW ("crypto/internal/fips140/check") },
  /* New internal linknames in Go 1.24 */
  /* Pushed from runtime */
  { "crypto/internal/fips140.fatal", ALLOW ("crypto/internal/fips140") },
  { "crypto/internal/fips140.getIndicator",
    ALLOW ("crypto/internal/fips140") },
  { "crypto/internal/fips140.setIndicator",
    ALLOW ("crypto/internal/fips140") },
  { "crypto/internal/sysrand.fatal", ALLOW ("crypto/internal/sysrand") },
  { "crypto/rand.fatal", ALLOW ("crypto/rand") },
  { "internal/runtime/maps.errNilAssign", ALLOW ("internal/runtime/maps") },
  { "internal/runtime/maps.fatal", ALLOW ("internal/runtime/maps") },
  { "internal/runtime/maps.mapKeyError", ALLOW ("internal/runtime/maps") },
  { "internal/runtime/maps.newarray", ALLOW ("internal/runtime/maps") },
  { "internal/runtime/maps.newobject", ALLOW ("internal/runtime/maps") },
  { "internal/runtime/maps.typedmemclr", ALLOW ("internal/runtime/maps") },
  { "internal/runtime/maps.typedmemmove", ALLOW ("internal/runtime/maps") },
  { "internal/sync.fatal", ALLOW ("internal/sync") },
  { "internal/sync.runtime_canSpin", ALLOW ("internal/sync") },
  { "internal/sync.runtime_doSpin", ALLOW ("internal/sync") },
  { "internal/sync.runtime_nanotime", ALLOW ("internal/sync") },
  { "internal/sync.runtime_Semrelease", ALLOW ("internal/sync") },
  { "internal/sync.runtime_SemacquireMutex", ALLOW ("internal/sync") },
  { "internal/sync.throw", ALLOW ("internal/sync") },
  { "internal/synctest.Run", ALLOW ("internal/synctest") },
  { "internal/synctest.Wait", ALLOW ("internal/synctest") },
  { "internal/synctest.acquire", ALLOW ("internal/synctest") },
  { "internal/synctest.release", ALLOW ("internal/synctest") },
  { "internal/synctest.inBubble", ALLOW ("internal/synctest") },
  { "runtime.getStaticuint64s", ALLOW ("reflect") },
  { "sync.runtime_SemacquireWaitGroup", ALLOW ("sync") },
  { "time.runtimeNow", ALLOW ("time") },
  { "time.runtimeNano", ALLOW ("time") },
  /* Pushed to runtime from internal/runtime/maps
     (other map functions are already linknamed in Go 1.23) */
  { "runtime.mapaccess1", ALLOW ("runtime") },
  { "runtime.mapaccess1_fast32", ALLOW ("runtime") },
  { "runtime.mapaccess1_fast64", ALLOW ("runtime") },
  { "runtime.mapaccess1_faststr", ALLOW ("runtime") },
  { "runtime.mapdelete_fast32", ALLOW ("runtime") },
  { "runtime.mapdelete_fast64", ALLOW ("runtime") },
  { "runtime.mapdelete_faststr", ALLOW ("runtime") },
};

const struct linkname_blocked *
linkname_blocklist (size_t *count)
{
  *count = sizeof blocklist / sizeof blocklist[0];
  return blocklist;
}

/* A linear scan: the list is short, and is looked up once per pull.  */
const struct linkname_blocked *
linkname_blocklist_find (const char *name)
{
  if (name == NULL)
    return NULL;
  for (size_t i = 0; i < sizeof blocklist / sizeof blocklist[0]; i++)
    if (strcmp (blocklist[i].name, name) == 0)
      return &blocklist[i];
  return NULL;
}

bool
linkname_blocklist_allows (const struct linkname_blocked *entry,
			   const char *pkgpath)
{
  if (entry == NULL || pkgpath == NULL)
    return false;
  for (const char *const *p = entry->allowed; *p != NULL; p++)
    if (strcmp (*p, pkgpath) == 0)
      return true;
  return false;
}
