/* linkname-diagnostic.cc -- diagnostics tagged with their risk class.

   Every diagnostic of the plugin ends in "[linkname-CLASS]", the way
   GCC's own end in "[-Wfoo]", so that users can grep for them and the
   class names the control that silences it.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

static const char *const linkname_class_names[] = {
  "invalid-target",
  "not-symbol",
  "conflict"
};

/* Emit a diagnostic of KIND at LOC: GMSGID, then the class tag.  */
static void
linkname_emit (diagnostic_t kind, location_t loc, enum linkname_class cls,
	       const char *gmsgid, va_list *ap)
{
  char *fmt = concat (gmsgid, " [linkname-", linkname_class_names[cls], "]",
		      NULL);
  emit_diagnostic_valist (kind, loc, 0, fmt, ap);
  free (fmt);
}

void
linkname_error (location_t loc, enum linkname_class cls,
		const char *gmsgid, ...)
{
  va_list ap;
  va_start (ap, gmsgid);
  linkname_emit (DK_ERROR, loc, cls, gmsgid, &ap);
  va_end (ap);
}

void
linkname_inform (location_t loc, const char *gmsgid, ...)
{
  va_list ap;
  va_start (ap, gmsgid);
  emit_diagnostic_valist (DK_NOTE, loc, 0, gmsgid, &ap);
  va_end (ap);
}
