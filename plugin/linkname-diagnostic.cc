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

/* The length of the valid UTF-8 sequence at S (N bytes left), or 0.  */
static size_t
linkname_utf8_length (const unsigned char *s, size_t n)
{
  size_t len;
  unsigned int min;
  if (s[0] < 0x80)
    return 1;
  else if ((s[0] & 0xe0) == 0xc0)
    len = 2, min = 0x80;
  else if ((s[0] & 0xf0) == 0xe0)
    len = 3, min = 0x800;
  else if ((s[0] & 0xf8) == 0xf0)
    len = 4, min = 0x10000;
  else
    return 0;
  if (len > n)
    return 0;
  unsigned int c = s[0] & (0x7f >> len);
  for (size_t i = 1; i < len; i++)
    {
      if ((s[i] & 0xc0) != 0x80)
	return 0;
      c = (c << 6) | (s[i] & 0x3f);
    }
  if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  return len;
}

char *
linkname_printable (const char *text, size_t len)
{
  const unsigned char *s = (const unsigned char *) text;
  /* At worst every byte becomes four.  */
  char *out = XNEWVEC (char, 4 * len + 1);
  char *p = out;
  for (size_t i = 0; i < len;)
    {
      size_t n = linkname_utf8_length (s + i, len - i);
      if (n == 1 && s[i] >= 0x20 && s[i] != 0x7f)
	*p++ = s[i++];
      else if (n > 1)
	{
	  memcpy (p, s + i, n);
	  p += n;
	  i += n;
	}
      else
	{
	  sprintf (p, "\\x%02x", s[i++]);
	  p += 4;
	}
    }
  *p = '\0';
  return out;
}
