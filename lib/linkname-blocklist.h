/* linkname-blocklist.h -- the names Go's linker refuses to link by
   linkname, shared by linkname-check, its ld plugin and the GCC plugin.
   Plain C11.

   The list itself is data in blocklist.c, copied from the Go linker
   (see there for the source and the version).  */

#ifndef LINKNAME_BLOCKLIST_H
#define LINKNAME_BLOCKLIST_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One blocked name: the gc linker symbol of the target, and the
   packages that may still reference it (NULL-terminated; empty when no
   package may).  */
struct linkname_blocked
{
  const char *name;
  const char *const *allowed;
};

/* The entry for NAME, a gc linker symbol name ("runtime.coroswitch",
   "internal/runtime/maps.fatal": what linkname_symbol gives under
   LINKNAME_SCHEME_GC), or NULL if Go's linker does not block it.  */
const struct linkname_blocked *linkname_blocklist_find (const char *name);

/* True when package PKGPATH is one of the packages ENTRY still allows
   to reference its name.  PKGPATH may be NULL (not known): false.  */
bool linkname_blocklist_allows (const struct linkname_blocked *entry,
				const char *pkgpath);

/* The whole list, for documentation and tests: *COUNT entries.  */
const struct linkname_blocked *linkname_blocklist (size_t *count);

/* Where the list comes from, for messages and --help.  */
extern const char linkname_blocklist_source[];

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_BLOCKLIST_H */
