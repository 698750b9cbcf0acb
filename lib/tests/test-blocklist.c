/* test-blocklist.c -- the blocklist copied from Go's linker: lookups,
   allowed packages, and that the table itself is well formed (every
   name a target our parser reads back to the same gc name, no name
   twice), so that a bad edit of the data fails here.  */

#include <stdlib.h>
#include <string.h>

#include "linkname.h"
#include "linkname-blocklist.h"
#include "check.h"

static void
test_lookup (void)
{
  const struct linkname_blocked *e = linkname_blocklist_find ("runtime.coroswitch");
  CHECK (e != NULL, "runtime.coroswitch is not blocked");
  CHECK (e && linkname_blocklist_allows (e, "iter"), "iter may use coroswitch");
  CHECK (e && !linkname_blocklist_allows (e, "main"), "main may not");
  CHECK (e && !linkname_blocklist_allows (e, NULL), "unknown package may not");

  CHECK (linkname_blocklist_find ("runtime.newcoro") != NULL, "newcoro");
  CHECK (linkname_blocklist_find ("internal/runtime/maps.fatal") != NULL,
	 "a Go 1.24 name");
  CHECK (linkname_blocklist_find ("runtime.nanotime") == NULL,
	 "runtime.nanotime is only a handshake matter");
  CHECK (linkname_blocklist_find ("runtime.coroswitc") == NULL, "prefix");
  CHECK (linkname_blocklist_find ("runtime.coroswitch2") == NULL, "longer");
  CHECK (linkname_blocklist_find ("") == NULL, "empty");
  CHECK (linkname_blocklist_find (NULL) == NULL, "NULL");
  CHECK (strstr (linkname_blocklist_source, "blockedLinknames") != NULL,
	 "the source names Go's map");
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
      for (size_t j = 0; j < i; j++)
	CHECK (strcmp (list[i].name, list[j].name) != 0, "%s twice",
	       list[i].name);
      CHECK (linkname_blocklist_find (list[i].name) == &list[i],
	     "%s: lookup finds another entry", list[i].name);

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
  test_table ();
  return check_status ();
}
