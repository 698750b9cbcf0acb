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

/* check.c -- the rules of linkname-check over a list of bindings.  The
   rules are described in linkname-check.h; what one binding's target
   is (blocked, the policy's verdict) is decided by classify.c, as for
   the plugin, and the rest here.  The findings are data, and
   linkname_finding_format makes the one-line text that linkname-check
   prints and its ld plugin hands to the linker.  */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname-check.h"
#include "linkname-classify.h"
#include "linkname-text.h"
#include "go-layout.h"

static const char *const rule_names[LINKNAME_N_RULES] = {
  "blocked", "policy", "handshake", "signature", "duplicate", "relaxed",
  "go-signature"
};

static const char *const rule_descriptions[LINKNAME_N_RULES] = {
  "A pull of a name that Go's linker refuses to link by linkname "
  "(its blockedLinknames list).",
  "A binding whose target the policy file denies or warns about.",
  "A pull of a name in a protected package (Go's standard library, or a "
  "package the policy protects) that no input pushes or marks: the "
  "package has not agreed to be reached by linkname.",
  "Two bindings of one symbol whose recorded C types differ: the call or "
  "the access does not match the definition.",
  "Two definitions (pushes or markers) of one symbol.",
  "A binding whose record says that checks were relaxed for it when it "
  "was compiled (a class turned off or down, -w, a policy allow rule).",
  "A gccgo-scheme binding whose recorded C declaration does not match "
  "the Go declaration in the export data among the inputs, under "
  "gccgo's calling convention."
};

const char *
linkname_rule_name (enum linkname_rule rule)
{
  return (unsigned) rule < LINKNAME_N_RULES ? rule_names[rule] : "unknown";
}

const char *
linkname_rule_description (enum linkname_rule rule)
{
  return (unsigned) rule < LINKNAME_N_RULES ? rule_descriptions[rule] : "";
}

const char *
linkname_severity_name (enum linkname_severity severity)
{
  return severity == LINKNAME_SEVERITY_ERROR ? "error"
	 : severity == LINKNAME_SEVERITY_NOTE ? "note" : "warning";
}

/* printf into a new string.  */
static char *
xasprintf (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (n < 0)
    return NULL;
  char *s = malloc ((size_t) n + 1);
  if (s == NULL)
    return NULL;
  va_start (ap, fmt);
  vsnprintf (s, (size_t) n + 1, fmt, ap);
  va_end (ap);
  return s;
}

/* --- Types.  */

/* The end of the balanced parenthesised list that starts just after the
   '(' at S - 1.  */
static const char *
skip_parens (const char *s)
{
  int depth = 1;
  for (; *s; s++)
    if (*s == '(' || *s == '{')
      depth++;
    else if ((*s == ')' || *s == '}') && --depth == 0)
      return s + 1;
  return s;
}

bool
linkname_types_agree (const char *a, const char *b)
{
  if (a == NULL || b == NULL || *a == '\0' || *b == '\0')
    return true;
  while (*a && *b)
    {
      /* An unprototyped function takes any parameter list.  */
      if (strncmp (a, "func(?)", 7) == 0 && strncmp (b, "func(", 5) == 0)
	{
	  a += 7;
	  b = skip_parens (b + 5);
	  continue;
	}
      if (strncmp (b, "func(?)", 7) == 0 && strncmp (a, "func(", 5) == 0)
	{
	  b += 7;
	  a = skip_parens (a + 5);
	  continue;
	}
      /* An incomplete array takes any bound.  */
      if (*a == '[' && *b == '[' && (a[1] == ']' || b[1] == ']'))
	{
	  a = strchr (a, ']');
	  b = strchr (b, ']');
	  if (a == NULL || b == NULL)
	    return false;
	  a++;
	  b++;
	  continue;
	}
      if (*a != *b)
	return false;
      a++;
      b++;
    }
  return *a == *b;
}

/* --- Text.  */

/* "pulled as 'nt' at a.c:3", with " in OBJECT" when IN_OBJECT.  */
static char *
describe (const struct linkname_program_binding *b, bool in_object)
{
  const char *verb = b->record.direction == LINKNAME_PULL ? "pulled"
		     : b->record.direction == LINKNAME_PUSH ? "pushed"
		     : "marked";
  const char *file = *b->record.file ? b->record.file : "an unknown file";
  char line[32] = "";
  if (b->record.line > 0)
    snprintf (line, sizeof line, ":%lu", b->record.line);
  return xasprintf ("%s as '%s' at %s%s%s%s", verb, b->record.local, file,
		    line, in_object ? " in " : "", in_object ? b->object : "");
}

/* --- Findings.  */

static bool
add_finding (struct linkname_findings *out, enum linkname_rule rule,
	     enum linkname_severity severity, size_t binding, size_t other,
	     const struct linkname_policy_rule *policy_rule, char *message)
{
  if (message == NULL)
    return false;
  struct linkname_finding *items
    = realloc (out->items, (out->count + 1) * sizeof *items);
  if (items == NULL)
    {
      free (message);
      return false;
    }
  out->items = items;
  items[out->count].rule = rule;
  items[out->count].severity = severity;
  items[out->count].binding = binding;
  items[out->count].other = other;
  items[out->count].policy_rule = policy_rule;
  items[out->count].message = message;
  out->count++;
  if (severity == LINKNAME_SEVERITY_ERROR)
    out->errors++;
  else if (severity == LINKNAME_SEVERITY_NOTE)
    out->notes++;
  else
    out->warnings++;
  return true;
}

void
linkname_findings_free (struct linkname_findings *findings)
{
  for (size_t i = 0; i < findings->count; i++)
    free (findings->items[i].message);
  free (findings->items);
  findings->items = NULL;
  findings->count = findings->errors = findings->warnings = 0;
  findings->notes = 0;
}

char *
linkname_finding_format (const struct linkname_bindings *list,
			 const struct linkname_finding *f)
{
  char *raw = xasprintf ("%s: %s [%s: linkname-%s]",
			 list->items[f->binding].object, f->message,
			 linkname_severity_name (f->severity),
			 linkname_rule_name (f->rule));
  if (raw == NULL)
    return NULL;
  char *line = linkname_printable (raw, strlen (raw));
  free (raw);
  return line;
}

/* --- The rules.  */

static bool
is_definition (const struct linkname_program_binding *b)
{
  return b->record.direction != LINKNAME_PULL;
}

/* What the rules shared with the plugin (classify.c) say of B.  */
static void
classify (const struct linkname_program_binding *b,
	  const struct linkname_check_options *opt,
	  struct linkname_verdict *out)
{
  struct linkname_subject s = {
    b->record.direction, b->record.scheme, b->record.target, &b->facts,
    b->record.package
  };
  struct linkname_rules rules = { opt->go, opt->policy };
  linkname_classify (&s, &rules, out);
}

/* The packages a blocked name is still allowed in, as text.  */
static char *
allowed_text (const struct linkname_blocked *e)
{
  size_t n = 0, len = 0;
  for (const char *const *p = e->allowed; *p; p++, n++)
    len += strlen (*p) + 2;
  if (n == 0)
    return strdup ("in every package");
  char *s = malloc (len + 32);
  if (s == NULL)
    return NULL;
  strcpy (s, n == 1 ? "outside package " : "outside packages ");
  for (const char *const *p = e->allowed; *p; p++)
    {
      if (p != e->allowed)
	strcat (s, ", ");
      strcat (s, *p);
    }
  return s;
}

/* The finding of blocked: B pulls E's name.  */
static char *
blocked_message (const struct linkname_program_binding *b,
		 const struct linkname_blocked *e,
		 const struct linkname_check_options *opt)
{
  char *where = allowed_text (e);
  char *what = describe (b, false);
  char *msg = NULL;
  if (where && what)
    msg = xasprintf ("invalid reference to %s: %s; Go %s's linker blocks "
		     "this name %s", b->display, what,
		     linkname_go_release_name (opt->go), where);
  free (where);
  free (what);
  return msg;
}

/* The finding of policy: rule R denies or warns about B.  */
static char *
policy_message (const struct linkname_program_binding *b,
		const struct linkname_policy_rule *r,
		const struct linkname_check_options *opt)
{
  char *what = describe (b, false);
  char *msg = NULL;
  if (what)
    msg = xasprintf ("%s %s %s by policy %s:%lu ('%s %s'): %s",
		     is_definition (b) ? "definition of" : "reference to",
		     b->display,
		     r->verb == LINKNAME_POLICY_DENY ? "denied" : "flagged",
		     opt->policy->file, r->line,
		     linkname_policy_verb_name (r->verb), r->pattern, what);
  free (what);
  return msg;
}

/* The findings of binding I that the shared rules' verdict V makes:
   blocked and policy.  */
static bool
check_verdict (const struct linkname_bindings *list, size_t i,
	       const struct linkname_verdict *v,
	       const struct linkname_check_options *opt,
	       struct linkname_findings *out)
{
  const struct linkname_program_binding *b = &list->items[i];
  if (v->blocked
      && !add_finding (out, LINKNAME_RULE_BLOCKED, LINKNAME_SEVERITY_ERROR,
		       i, LINKNAME_NO_BINDING, NULL,
		       blocked_message (b, v->blocked, opt)))
    return false;
  const struct linkname_policy_rule *r = v->policy_rule;
  if (r == NULL || r->verb == LINKNAME_POLICY_ALLOW)
    return true;
  return add_finding (out, LINKNAME_RULE_POLICY,
		      r->verb == LINKNAME_POLICY_DENY
		      ? LINKNAME_SEVERITY_ERROR : LINKNAME_SEVERITY_WARNING,
		      i, LINKNAME_NO_BINDING, r, policy_message (b, r, opt));
}

/* relaxed: the record of B says which checks were relaxed for it, and
   which linkname and GCC made it (SPEC section 6: a build shows that
   checks were turned off, as Go's -checklinkname=0 should).  */
static bool
check_relaxed (const struct linkname_bindings *list, size_t i,
	       const struct linkname_check_options *opt,
	       struct linkname_findings *out)
{
  const struct linkname_program_binding *b = &list->items[i];
  if (*b->record.relaxed == '\0')
    return true;
  char *what = describe (b, false);
  char *msg = NULL;
  if (what)
    msg = xasprintf ("%s %s: %s, with checks relaxed: %s%s%s; made by "
		     "linkname %s with GCC %s",
		     is_definition (b) ? "definition of" : "reference to",
		     b->display, what, b->record.relaxed,
		     *b->record.relaxed_rule ? ", policy rule at " : "",
		     b->record.relaxed_rule,
		     *b->record.linkname_version ? b->record.linkname_version
						 : "(unknown)",
		     *b->record.gcc_version ? b->record.gcc_version
					    : "(unknown)");
  free (what);
  return add_finding (out, LINKNAME_RULE_RELAXED,
		      opt->strict ? LINKNAME_SEVERITY_ERROR
				  : LINKNAME_SEVERITY_NOTE,
		      i, LINKNAME_NO_BINDING, NULL, msg);
}

/* Whether every name of T begins with an ASCII capital: export data
   holds only exported functions, methods and variables, so only such a
   target can be missing from it (an unexported one is not checked).  */
static bool
exported_names (const struct linkname_target *t)
{
  for (size_t i = 0; i < t->n_names; i++)
    if (t->names[i][0] < 'A' || t->names[i][0] > 'Z')
      return false;
  return true;
}

/* Whether go-signature compares binding B (with export data of its
   target's package).  */
static bool
go_signature_applies (const struct linkname_program_binding *b)
{
  return (b->record.scheme == LINKNAME_SCHEME_GCCGO
	  && b->record.layout != NULL && *b->record.layout != '\0'
	  && *b->record.target != '\0');
}

static int
compare_strings (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

char **
linkname_check_go_packages (const struct linkname_bindings *list,
			    size_t *n)
{
  *n = 0;
  char **paths = malloc ((list->count ? list->count : 1) * sizeof *paths);
  if (paths == NULL)
    return NULL;
  for (size_t i = 0; i < list->count; i++)
    {
      const struct linkname_program_binding *b = &list->items[i];
      struct linkname_target t;
      if (!go_signature_applies (b)
	  || !linkname_target_parse (b->record.target,
				     strlen (b->record.target), &t, NULL))
	continue;
      paths[*n] = strdup (t.pkgpath);
      linkname_target_free (&t);
      if (paths[*n] == NULL)
	{
	  linkname_check_go_packages_free (paths, *n);
	  *n = 0;
	  return NULL;
	}
      (*n)++;
    }
  qsort (paths, *n, sizeof *paths, compare_strings);
  size_t k = 0;
  for (size_t i = 0; i < *n; i++)
    if (k > 0 && strcmp (paths[k - 1], paths[i]) == 0)
      free (paths[i]);
    else
      paths[k++] = paths[i];
  *n = k;
  return paths;
}

bool
linkname_check_go_package_wanted (char *const *paths, size_t n,
				  const char *path, size_t len)
{
  if (memchr (path, '\0', len) != NULL)
    return false;
  size_t lo = 0, hi = n;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = strncmp (paths[mid], path, len);
      if (c == 0 && paths[mid][len] != '\0')
	c = 1;
      if (c == 0)
	return true;
      if (c < 0)
	lo = mid + 1;
      else
	hi = mid;
    }
  return false;
}

void
linkname_check_go_packages_free (char **paths, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free (paths[i]);
  free (paths);
}

/* go-signature: B's recorded layout against the Go declaration of its
   target, when the export data of the target's package is among the
   inputs.  */
static bool
check_go_signature (const struct linkname_bindings *list, size_t i,
		    const struct linkname_check_options *opt,
		    struct linkname_findings *out)
{
  const struct linkname_program_binding *b = &list->items[i];
  if (opt->go_exports == NULL || !go_signature_applies (b))
    return true;
  struct linkname_target t;
  if (!linkname_target_parse (b->record.target, strlen (b->record.target),
			      &t, NULL))
    return true;
  bool ok = true;
  const struct linkname_go_package *pkg
    = linkname_go_export_find (opt->go_exports, t.pkgpath);
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout *c = NULL, *go = NULL, *gv_layout = NULL;
  struct linkname_layout_findings *fs = NULL;
  char *what = NULL, *go_text = NULL, *msg = NULL;
  bool error = true;
  if (pkg == NULL)
    goto done;
  c = linkname_layout_decode (b->record.layout, strlen (b->record.layout),
			      &err);
  if (c == NULL)
    goto done;			/* A layout this reader cannot read.  */
  struct linkname_layout_target target;
  if (b->elf_class == 0
      || !linkname_layout_target_elf (b->elf_class, b->elf_machine, &target))
    linkname_layout_target_host (&target);
  bool function = strncmp (b->record.type, "func", 4) == 0;
  const struct linkname_go_func *fn = NULL;
  const struct linkname_go_var *var = NULL;
  if (t.n_names == 1)
    {
      fn = linkname_go_package_func (pkg, t.names[0]);
      var = linkname_go_package_var (pkg, t.names[0]);
    }
  else if (t.n_names == 2)
    fn = linkname_go_package_method (pkg, t.names[0], t.names[1]);
  what = describe (b, false);
  if (what == NULL)
    {
      ok = false;
      goto done;
    }
  const char *kind = is_definition (b) ? "definition of" : "reference to";
  if (function && fn != NULL && fn->asm_name != NULL)
    msg = xasprintf ("%s %s: %s, but its Go symbol is '%s' (/*asm %s*/ in "
		     "its export data): bind it with the verbatim scheme",
		     kind, b->display, what, fn->asm_name, fn->asm_name);
  else if (function && fn != NULL)
    {
      go = linkname_layout_go_func (fn, pkg->pkgpath, &target, true, &err);
      if (go == NULL)
	goto done;
      fs = linkname_layout_compare (go, c, &err);
      go_text = linkname_go_func_string (fn, pkg->pkgpath);
    }
  else if (!function && var != NULL && c->result.value != NULL)
    {
      gv_layout = linkname_layout_new ();
      const struct linkname_layout_value *gv
	= gv_layout ? linkname_layout_go_type (gv_layout, var->type, &target,
					       &err) : NULL;
      if (gv == NULL)
	goto done;
      char *gs = linkname_go_type_string (var->type, pkg->pkgpath);
      fs = linkname_layout_compare_value (gv, gs, c->result.value, NULL,
					  &err);
      go_text = xasprintf ("var %s %s", var->name, gs ? gs : "?");
      free (gs);
    }
  else if (fn != NULL || var != NULL)
    msg = xasprintf ("%s %s: %s as a %s, but Go declares a %s",
		     kind, b->display, what,
		     function ? "function" : "variable",
		     fn != NULL ? "function" : "variable");
  else if (b->facts.exported && exported_names (&t))
    msg = xasprintf ("%s %s: %s, but package %s's export data has no such "
		     "%s", kind, b->display, what, t.pkgpath,
		     t.n_names == 2 ? "method"
		     : function ? "function" : "variable");
  if (fs != NULL && fs->n > 0)
    {
      /* One finding for the binding: its differences in order.  */
      size_t len = 0;
      for (size_t k = 0; k < fs->n; k++)
	len += strlen (fs->items[k].message) + 2;
      char *all = malloc (len + 1);
      if (all != NULL)
	{
	  *all = '\0';
	  for (size_t k = 0; k < fs->n; k++)
	    {
	      if (k)
		strcat (all, "; ");
	      strcat (all, fs->items[k].message);
	    }
	  msg = xasprintf ("%s %s: %s does not match the Go declaration "
			   "'%s': %s", kind, b->display, what,
			   go_text ? go_text : "?", all);
	  free (all);
	}
      error = fs->errors;
      if (msg == NULL)
	ok = false;
    }
  if (msg != NULL)
    ok = add_finding (out, LINKNAME_RULE_GO_SIGNATURE,
		      error ? LINKNAME_SEVERITY_ERROR
			    : LINKNAME_SEVERITY_WARNING,
		      i, LINKNAME_NO_BINDING, NULL, msg);
done:
  if (fs != NULL)
    linkname_layout_findings_free (fs);
  if (c != NULL)
    linkname_layout_free (c);
  if (go != NULL)
    linkname_layout_free (go);
  if (gv_layout != NULL)
    linkname_layout_free (gv_layout);
  free (what);
  free (go_text);
  linkname_target_free (&t);
  return ok;
}

/* Two records are the same binding seen through two inputs (an object
   and the ld -r output or archive made of it) when every field agrees.  */
static bool
same_record (const struct linkname_program_binding *a,
	     const struct linkname_program_binding *b)
{
  return a->record.direction == b->record.direction
	 && a->record.scheme == b->record.scheme
	 && a->record.line == b->record.line
	 && strcmp (a->record.symbol, b->record.symbol) == 0
	 && strcmp (a->record.target, b->record.target) == 0
	 && strcmp (a->record.local, b->record.local) == 0
	 && strcmp (a->record.type, b->record.type) == 0
	 && strcmp (a->record.file, b->record.file) == 0;
}

/* The rules over one symbol: the N bindings whose indexes are at IDX, in
   input order.  */
/* Whether definition B is one the linker lets another override or
   merge with: a weak one, or a common (tentative) one.  */
static bool
is_yielding (const struct linkname_program_binding *b)
{
  return (b->record.flags
	  & (LINKNAME_RECORD_WEAK | LINKNAME_RECORD_COMMON)) != 0;
}

/* Go's checkLinkname for pull B once the blocklist let it pass, with
   FIRST_DEF the definition the linker keeps (or LINKNAME_NO_BINDING):
   NULL when Go's linker of release OPT->go allows the reference, else
   why not, to end the finding's message.  Go allows, in order, a
   definition outside the standard library (here: outside the protected
   packages), a reference from the package that defines the symbol, a
   pull of a //go:linknamestd push from the standard library (1.27), and
   a pull of any other push.  A unit's package is the one its record
   names ("#pragma linkname package"); a unit without one belongs to no
   Go package, so neither exemption applies to it.  */
static const char *
handshake_refusal (const struct linkname_bindings *list,
		   const struct linkname_program_binding *b, size_t first_def,
		   const struct linkname_check_options *opt)
{
  if (!linkname_policy_protects (opt->policy, b->facts.pkgpath))
    return NULL;
  if (*b->record.package && strcmp (b->record.package, b->facts.pkgpath) == 0)
    return NULL;
  if (first_def == LINKNAME_NO_BINDING)
    return "and no input pushes or marks it";
  const struct linkname_program_binding *d = &list->items[first_def];
  if ((d->record.flags & LINKNAME_RECORD_STD) != 0
      && linkname_go_has_linknamestd (opt->go)
      && !linkname_package_is_std (b->record.package))
    return "and it is pushed for the standard library only (linknamestd)";
  return NULL;
}

static bool
check_group (const struct linkname_bindings *list, const size_t *idx,
	     size_t n, const struct linkname_verdict *verdicts,
	     const struct linkname_check_options *opt,
	     struct linkname_findings *out)
{
  /* The definition the linker keeps: the first ordinary one, else the
     first weak or common one.  */
  size_t first_def = LINKNAME_NO_BINDING, first_pull = LINKNAME_NO_BINDING;
  size_t first_strong = LINKNAME_NO_BINDING;
  for (size_t k = 0; k < n; k++)
    {
      const struct linkname_program_binding *b = &list->items[idx[k]];
      if (is_definition (b) && first_def == LINKNAME_NO_BINDING)
	first_def = idx[k];
      if (is_definition (b) && !is_yielding (b)
	  && first_strong == LINKNAME_NO_BINDING)
	first_strong = idx[k];
      if (!is_definition (b) && first_pull == LINKNAME_NO_BINDING)
	first_pull = idx[k];
    }
  if (first_strong != LINKNAME_NO_BINDING)
    first_def = first_strong;

  for (size_t k = 0; k < n; k++)
    {
      size_t i = idx[k];
      const struct linkname_program_binding *b = &list->items[i];

      if (is_definition (b))
	{
	  /* duplicate: every ordinary definition after the first, unless
	     it is the very same record again.  A weak or common one is
	     not: the linker takes the ordinary definition over it, or
	     merges commons.  */
	  if (i == first_def || is_yielding (b)
	      || first_strong == LINKNAME_NO_BINDING)
	    continue;
	  bool seen = false;
	  for (size_t j = 0; j < k && !seen; j++)
	    seen = is_definition (&list->items[idx[j]])
		   && same_record (&list->items[idx[j]], b);
	  if (seen)
	    continue;
	  const struct linkname_program_binding *d = &list->items[first_def];
	  char *what = describe (b, false), *prev = describe (d, true);
	  char *msg = NULL;
	  if (what && prev)
	    msg = xasprintf ("duplicate definition of %s: %s, and already %s",
			     b->display, what, prev);
	  free (what);
	  free (prev);
	  if (!add_finding (out, LINKNAME_RULE_DUPLICATE,
			    LINKNAME_SEVERITY_ERROR, i, first_def, NULL, msg))
	    return false;
	  continue;
	}

      /* handshake.  */
      const char *refused = NULL;
      if (!opt->partial
	  && !linkname_verdict_policy_is (&verdicts[i],
					  LINKNAME_POLICY_ALLOW))
	refused = handshake_refusal (list, b, first_def, opt);
      if (refused)
	{
	  char *what = describe (b, false);
	  char *msg = NULL;
	  if (what)
	    msg = xasprintf ("invalid reference to %s: %s, %s", b->display,
			     what, refused);
	  free (what);
	  if (!add_finding (out, LINKNAME_RULE_HANDSHAKE,
			    opt->strict ? LINKNAME_SEVERITY_ERROR
					: LINKNAME_SEVERITY_WARNING,
			    i, LINKNAME_NO_BINDING, NULL, msg))
	    return false;
	}

      /* signature: against the definition, else the first pull.  */
      size_t ref = first_def != LINKNAME_NO_BINDING ? first_def : first_pull;
      if (ref == i)
	continue;
      const struct linkname_program_binding *r = &list->items[ref];
      if (linkname_types_agree (b->record.type, r->record.type))
	continue;
      char *what = describe (b, false), *other = describe (r, true);
      char *msg = NULL;
      if (what && other)
	msg = xasprintf ("conflicting types for %s: '%s' %s, but '%s' %s",
			 b->display, b->record.type, what, r->record.type,
			 other);
      free (what);
      free (other);
      if (!add_finding (out, LINKNAME_RULE_SIGNATURE, LINKNAME_SEVERITY_ERROR,
			i, ref, NULL, msg))
	return false;
    }
  return true;
}

/* Order binding indexes by symbol, then by position in the input.  */
static const struct linkname_bindings *sort_list;

static int
by_symbol (const void *pa, const void *pb)
{
  size_t a = *(const size_t *) pa, b = *(const size_t *) pb;
  int c = strcmp (sort_list->items[a].record.symbol,
		  sort_list->items[b].record.symbol);
  if (c != 0)
    return c;
  return a < b ? -1 : a > b;
}

static int
by_binding (const void *pa, const void *pb)
{
  const struct linkname_finding *a = pa, *b = pb;
  if (a->binding != b->binding)
    return a->binding < b->binding ? -1 : 1;
  if (a->rule != b->rule)
    return a->rule < b->rule ? -1 : 1;
  return 0;
}

bool
linkname_check (const struct linkname_bindings *list,
		const struct linkname_check_options *options,
		struct linkname_findings *out)
{
  /* No options: no policy, the newest release's rules, not strict.  */
  struct linkname_check_options none
    = { .policy = NULL, .go = LINKNAME_GO_NEWEST, .strict = false,
	.partial = false, .go_exports = NULL };
  const struct linkname_check_options *opt = options ? options : &none;
  memset (out, 0, sizeof *out);

  /* What the shared rules say of each binding, once.  */
  struct linkname_verdict *verdicts = NULL;
  if (list->count > 0)
    {
      verdicts = malloc (list->count * sizeof *verdicts);
      if (verdicts == NULL)
	goto fail;
    }
  for (size_t i = 0; i < list->count; i++)
    {
      classify (&list->items[i], opt, &verdicts[i]);
      if (!check_verdict (list, i, &verdicts[i], opt, out)
	  || !check_relaxed (list, i, opt, out)
	  || !check_go_signature (list, i, opt, out))
	goto fail;
    }

  if (list->count > 0)
    {
      size_t *idx = malloc (list->count * sizeof *idx);
      if (idx == NULL)
	goto fail;
      for (size_t i = 0; i < list->count; i++)
	idx[i] = i;
      /* qsort has no context argument in C11; the checks are not
	 reentrant across threads, which neither caller needs.  */
      sort_list = list;
      qsort (idx, list->count, sizeof *idx, by_symbol);
      sort_list = NULL;
      bool ok = true;
      for (size_t start = 0; ok && start < list->count;)
	{
	  size_t end = start + 1;
	  while (end < list->count
		 && strcmp (list->items[idx[start]].record.symbol,
			    list->items[idx[end]].record.symbol) == 0)
	    end++;
	  ok = check_group (list, idx + start, end - start, verdicts, opt,
			    out);
	  start = end;
	}
      free (idx);
      if (!ok)
	goto fail;
    }

  /* qsort is not stable, but (binding, rule) is unique except for
     several signature findings, which cannot be on one binding.  */
  if (out->count > 1)
    qsort (out->items, out->count, sizeof *out->items, by_binding);
  free (verdicts);
  return true;

fail:
  free (verdicts);
  linkname_findings_free (out);
  return false;
}
