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

/* linkname-diagnostic.cc -- the ABI-risk classes, their controls, and
   the diagnostics of the plugin.

   Every diagnostic ends in "[linkname-CLASS]", the way GCC's own end in
   "[-Wfoo]": users can grep for them, and the class names the control.
   Error classes cannot be turned off (the binding cannot be applied as
   written); warning classes follow -fplugin-arg-linkname-Wno-CLASS,
   -WCLASS, -Werror, -Werror=CLASS and -Wno-error=CLASS, and GCC's own
   -w and -Werror.  Each diagnostic that GCC prints also goes to the
   report, when one is asked for.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

struct linkname_class_info
{
  const char *name;
  bool error;			/* An error, always; else a warning.  */
  /* A warning class that is an error until -Wno-error=CLASS (a
     go-signature mismatch breaks calls, but a user may accept it).  */
  bool error_by_default;
  bool off_by_default;		/* Until -WCLASS.  */
};

/* In the order of enum linkname_class.  */
static const struct linkname_class_info linkname_classes[] = {
  { "invalid-target", true },
  { "not-symbol", true },
  { "conflict", true },
  { "blocked", true },
  { "policy", true },
  { "unexported", false },
  { "internal", false },
  { "mismatch", false },
  { "builtin", false },
  { "static", false },
  { "weak", false },
  { "visibility", false },
  { "gc-abi", false },
  { "go-signature", false, true, false },
  { "go-missing", false, false, true }
};

static bool linkname_disabled[LINKNAME_N_CLASSES];
/* Whether -WCLASS, -Wno-CLASS (or -Werror=CLASS) was given: else an
   off-by-default class stays off.  */
static bool linkname_enable_given[LINKNAME_N_CLASSES];
static bool linkname_werror[LINKNAME_N_CLASSES];
/* -Wno-error=CLASS for a class that is an error by default.  */
static bool linkname_default_error_lifted[LINKNAME_N_CLASSES];
/* -Wno-error=CLASS took CLASS back from an -Werror: a relaxation.  */
static bool linkname_werror_lifted[LINKNAME_N_CLASSES];

/* What was relaxed for the binding at one location: the diagnostics
   due there that were turned off or down, or hidden by -w, and the
   policy rule that relaxed it.  */
struct linkname_relaxation
{
  unsigned off;			/* 1 << CLASS: -Wno-CLASS hid it.  */
  unsigned down;		/* 1 << CLASS: a warning, not an error.  */
  bool inhibited;		/* GCC's -w hid a warning.  */
  char *rule;			/* "allow:PATTERN", ...; malloc'd.  */
  char *rule_where;		/* "FILE:LINE"; malloc'd.  */
};
typedef int_hash<location_t, UNKNOWN_LOCATION, BUILTINS_LOCATION>
  linkname_location_hash;
static hash_map<linkname_location_hash, linkname_relaxation>
  *linkname_relaxations;

/* The relaxations of the binding at LOC, made on first use; NULL for a
   location no binding can have.  */
static linkname_relaxation *
linkname_relaxation_at (location_t loc)
{
  if (loc == UNKNOWN_LOCATION || loc == BUILTINS_LOCATION)
    return NULL;
  if (!linkname_relaxations)
    linkname_relaxations
      = new hash_map<linkname_location_hash, linkname_relaxation>;
  bool existed;
  linkname_relaxation &r = linkname_relaxations->get_or_insert (loc,
								&existed);
  if (!existed)
    memset (&r, 0, sizeof r);
  return &r;
}

void
linkname_relaxed_rule (location_t loc, const char *word, const char *where)
{
  linkname_relaxation *r = linkname_relaxation_at (loc);
  if (!r)
    return;
  free (r->rule);
  free (r->rule_where);
  r->rule = xstrdup (word);
  r->rule_where = xstrdup (where ? where : "");
}

char *
linkname_relaxed_text (location_t loc, const char **where)
{
  *where = NULL;
  linkname_relaxation *r = linkname_relaxations
			   ? linkname_relaxations->get (loc) : NULL;
  if (!r || (!r->off && !r->down && !r->inhibited && !r->rule))
    return NULL;
  obstack ob;
  gcc_obstack_init (&ob);
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < LINKNAME_N_CLASSES; i++)
      if (((pass ? r->down : r->off) >> i) & 1)
	{
	  if (obstack_object_size (&ob))
	    obstack_1grow (&ob, ' ');
	  obstack_grow (&ob, pass ? "warn:" : "off:", pass ? 5 : 4);
	  obstack_grow (&ob, linkname_classes[i].name,
			strlen (linkname_classes[i].name));
	}
  const char *rest[2] = { r->inhibited ? "w" : NULL, r->rule };
  for (int i = 0; i < 2; i++)
    if (rest[i])
      {
	if (obstack_object_size (&ob))
	  obstack_1grow (&ob, ' ');
	obstack_grow (&ob, rest[i], strlen (rest[i]));
      }
  obstack_1grow (&ob, '\0');
  char *text = xstrdup ((char *) obstack_finish (&ob));
  obstack_free (&ob, NULL);
  if (r->rule && *r->rule_where)
    *where = r->rule_where;
  return text;
}

/* A diagnostic of class CLS was due at LOC: note what kept it from
   being shown as the class and the controls would otherwise have it
   (ERROR_P: as an error).  */
static void
linkname_note_relaxed (location_t loc, enum linkname_class cls, bool off,
		       bool error_p)
{
  bool down = !error_p && (linkname_werror_lifted[cls]
			   || linkname_default_error_lifted[cls]);
  bool inhibited = !off && !error_p && linkname_warnings_inhibited_p ();
  if (!off && !down && !inhibited)
    return;
  linkname_relaxation *r = linkname_relaxation_at (loc);
  if (!r)
    return;
  if (off)
    r->off |= 1u << cls;
  if (down)
    r->down |= 1u << cls;
  r->inhibited |= inhibited;
}

const char *
linkname_class_name (enum linkname_class cls)
{
  return linkname_classes[cls].name;
}

static bool
linkname_class_from_name (const char *name, enum linkname_class *cls)
{
  for (int i = 0; i < LINKNAME_N_CLASSES; i++)
    if (name && strcmp (name, linkname_classes[i].name) == 0)
      {
	*cls = (enum linkname_class) i;
	return true;
      }
  return false;
}

/* The warning classes, for messages.  */
static char *
linkname_warning_class_names (void)
{
  obstack ob;
  gcc_obstack_init (&ob);
  for (int i = 0; i < LINKNAME_N_CLASSES; i++)
    if (!linkname_classes[i].error)
      {
	if (obstack_object_size (&ob))
	  obstack_grow (&ob, ", ", 2);
	obstack_grow (&ob, linkname_classes[i].name,
		      strlen (linkname_classes[i].name));
      }
  obstack_1grow (&ob, '\0');
  char *s = xstrdup ((char *) obstack_finish (&ob));
  obstack_free (&ob, NULL);
  return s;
}

/* Look up the warning class NAME of the argument -fplugin-arg-P-KEY;
   false (after an error) if there is none.  */
static bool
linkname_warning_class (const char *plugin, const char *key,
			const char *name, enum linkname_class *cls)
{
  if (linkname_class_from_name (name, cls) && !linkname_classes[*cls].error)
    return true;
  char *valid = linkname_warning_class_names ();
  if (linkname_class_from_name (name, cls))
    error ("%<-fplugin-arg-%s-%s%>: %qs is an error class and cannot be "
	   "turned into a warning or off; warning classes are: %s", plugin,
	   key, name, valid);
  else
    error ("%<-fplugin-arg-%s-%s%>: unknown class %qs; warning classes "
	   "are: %s", plugin, key, name ? name : "", valid);
  free (valid);
  return false;
}

int
linkname_diagnostic_option (const char *plugin, const char *key,
			    const char *value)
{
  enum linkname_class cls;
  if (strcmp (key, "Werror") == 0)
    {
      if (!value)
	{
	  for (int i = 0; i < LINKNAME_N_CLASSES; i++)
	    linkname_werror[i] = true, linkname_werror_lifted[i] = false;
	  return 1;
	}
      if (!linkname_warning_class (plugin, key, value, &cls))
	return -1;
      linkname_werror[cls] = true;
      linkname_werror_lifted[cls] = false;
      linkname_default_error_lifted[cls] = false;
      linkname_disabled[cls] = false;
      linkname_enable_given[cls] = true;
      return 1;
    }
  if (strcmp (key, "Wno-error") == 0)
    {
      if (!linkname_warning_class (plugin, key, value, &cls))
	return -1;
      linkname_werror_lifted[cls] |= linkname_werror[cls];
      linkname_werror[cls] = false;
      linkname_default_error_lifted[cls]
	= linkname_classes[cls].error_by_default;
      return 1;
    }
  if (strncmp (key, "Wno-", 4) == 0)
    {
      if (!linkname_warning_class (plugin, key, key + 4, &cls))
	return -1;
      linkname_disabled[cls] = true;
      linkname_enable_given[cls] = true;
      return 1;
    }
  if (key[0] == 'W')
    {
      if (!linkname_warning_class (plugin, key, key + 1, &cls))
	return -1;
      linkname_disabled[cls] = false;
      linkname_enable_given[cls] = true;
      return 1;
    }
  return 0;
}

/* GMSGID with its arguments, formatted as GCC formats diagnostics
   (%qD, %qE, %<...%> included), for the report and for GCC.  The
   front end's printer decodes %D; it must be a printer of the front
   end's own kind (C++'s casts it), hence a clone of the diagnostic
   printer rather than a plain one.  */
static char *
linkname_format (location_t loc, const char *gmsgid, va_list *ap)
{
  pretty_printer *pp = linkname_clone_diagnostic_printer ();
  pp_clear_output_area (pp);
  pp_show_color (pp) = false;
  pp_set_line_maximum_length (pp, 0);
  rich_location richloc (line_table, loc);
  text_info text;
  linkname_text_info_init (&text, gmsgid, ap, errno, &richloc);
  pp_format (pp, &text);
  pp_output_formatted_text (pp);
  char *message = xstrdup (pp_formatted_text (pp));
  delete pp;
  return message;
}

/* Show MESSAGE of class CLS at LOC as an error or a warning, and
   report it.  */
static bool
linkname_emit (location_t loc, enum linkname_class cls, bool error_p,
	       const char *message)
{
  auto_diagnostic_group group;
  bool shown = emit_diagnostic (error_p ? LINKNAME_DK_ERROR
					: LINKNAME_DK_WARNING,
				loc, 0, "%s [linkname-%s]", message,
				linkname_classes[cls].name);
  if (shown)
    linkname_report_diagnostic (loc, linkname_classes[cls].name,
				error_p || linkname_werror_requested_p ()
				? "error" : "warning", message);
  return shown;
}

/* Whether class CLS is off: -Wno-CLASS, or off by default.  */
static bool
linkname_class_off_p (enum linkname_class cls)
{
  if (linkname_classes[cls].error)
    return false;
  if (linkname_classes[cls].off_by_default && !linkname_enable_given[cls])
    return true;
  return linkname_disabled[cls];
}

bool
linkname_diagnose (location_t loc, enum linkname_class cls,
		   const char *gmsgid, ...)
{
  bool error_p = (linkname_classes[cls].error || linkname_werror[cls]
		  || (linkname_classes[cls].error_by_default
		      && !linkname_default_error_lifted[cls]));
  if (linkname_class_off_p (cls))
    {
      /* An off-by-default class relaxed nothing.  */
      if (linkname_disabled[cls])
	linkname_note_relaxed (loc, cls, true, error_p);
      return false;
    }
  linkname_note_relaxed (loc, cls, false, error_p);
  va_list ap;
  va_start (ap, gmsgid);
  char *message = linkname_format (loc, gmsgid, &ap);
  va_end (ap);
  bool shown = linkname_emit (loc, cls, error_p, message);
  free (message);
  return shown;
}

bool
linkname_diagnose_warning (location_t loc, enum linkname_class cls,
			   const char *gmsgid, ...)
{
  if (linkname_class_off_p (cls))
    {
      if (linkname_disabled[cls])
	linkname_note_relaxed (loc, cls, true, linkname_werror[cls]);
      return false;
    }
  linkname_note_relaxed (loc, cls, false, linkname_werror[cls]);
  va_list ap;
  va_start (ap, gmsgid);
  char *message = linkname_format (loc, gmsgid, &ap);
  va_end (ap);
  bool shown = linkname_emit (loc, cls, linkname_werror[cls], message);
  free (message);
  return shown;
}

void
linkname_inform (location_t loc, const char *gmsgid, ...)
{
  /* GCC 15 wants every diagnostic inside a group (its report_diagnostic
     asserts it), and emit_diagnostic_valist opens none.  */
  auto_diagnostic_group group;
  va_list ap;
  va_start (ap, gmsgid);
  emit_diagnostic_valist (LINKNAME_DK_NOTE, loc, 0, gmsgid, &ap);
  va_end (ap);
}
