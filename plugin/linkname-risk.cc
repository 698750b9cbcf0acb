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

/* linkname-risk.cc -- what a binding risks, said as warnings.

   A binding compiles today and may break silently with the next release
   of the package it reaches into; these warnings say why, one class
   each, so that each can be silenced where the risk is accepted
   (-fplugin-arg-linkname-Wno-CLASS).  The error classes (a malformed
   target, a conflict) are diagnosed where they are found.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

/* The policy of -fplugin-arg-linkname-policy=FILE, if any.  */
static struct linkname_policy linkname_policy;
static bool linkname_policy_loaded;

bool
linkname_policy_set_file (const char *file)
{
  struct linkname_policy_error err;
  if (linkname_policy_loaded)
    linkname_policy_free (&linkname_policy);
  linkname_policy_loaded = linkname_policy_load (file, &linkname_policy,
						 &err);
  if (linkname_policy_loaded)
    return true;
  char why[4096];
  error ("%s [linkname-policy]",
	 linkname_policy_error_text (file, &err, why, sizeof why));
  return false;
}

/* The record of R says which policy rule relaxed its checks (SPEC
   section 6): an allow rule that matched, or a warn rule that took the
   place of a deny rule.  The policy file as the debug information names
   files (-ffile-prefix-map), so that no build folder enters a record.  */
static void
linkname_note_policy_relaxation (const linkname_resolved &r,
				 const char *go_name,
				 const struct linkname_policy_rule *rule)
{
  if (!rule)
    return;
  char *word;
  if (rule->verb == LINKNAME_POLICY_ALLOW)
    word = concat ("allow:", rule->pattern, NULL);
  else if (rule->verb == LINKNAME_POLICY_WARN)
    {
      /* Relaxed only if the rule it overrides would have denied.  */
      const struct linkname_policy_rule *under
	= linkname_policy_match_before (&linkname_policy, rule, go_name);
      if (!under || under->verb != LINKNAME_POLICY_DENY)
	return;
      word = xstrdup ("warn:policy");
    }
  else
    return;
  char line[32];
  snprintf (line, sizeof line, ":%lu", rule->line);
  char *where = concat (remap_debug_filename (linkname_policy.file), line,
			NULL);
  linkname_relaxed_rule (r.loc, word, where);
  free (word);
  free (where);
}

/* What the rules shared with linkname-check (lib/classify.c) say of
   R's target, said as diagnostics.  */
static void
linkname_diagnose_rules (const linkname_resolved &r)
{
  struct linkname_subject s;
  s.direction = r.marker ? LINKNAME_MARKER
		: r.push ? LINKNAME_PUSH : LINKNAME_PULL;
  s.scheme = r.scheme;
  s.target = r.target;
  /* What the target is (its Go name, gc symbol, whether Go exports it),
     from its text: "runtime.nanotime" written verbatim is still that
     Go name, for the blocklist and the policy; a verbatim "my_symbol"
     has none.  Made here, not kept with the binding for the unit.  */
  struct linkname_target_facts facts;
  if (!linkname_target_facts (r.target, &facts))
    xmalloc_failed (sizeof facts);
  s.facts = &facts;
  s.package = linkname_registry_package ();
  struct linkname_rules rules;
  rules.go = linkname_options.go;
  rules.policy = linkname_policy_loaded ? &linkname_policy : NULL;
  struct linkname_verdict v;
  linkname_classify (&s, &rules, &v);
  /* The Go spelling of the target; a verbatim text that is none is
     named as it is.  */
  const char *go_name = facts.go_name ? facts.go_name : r.target;

  if (v.blocked)
    linkname_diagnose (r.loc, LINKNAME_BLOCKED,
		       "%qD pulls %qs, which the Go linker refuses to link by "
		       "name from outside the packages that own it (%s); "
		       "there is no supported way to reach it",
		       r.decl, go_name,
		       linkname_go_release_source (linkname_options.go));

  const struct linkname_policy_rule *rule = v.policy_rule;
  linkname_note_policy_relaxation (r, go_name, rule);
  if (linkname_verdict_policy_is (&v, LINKNAME_POLICY_DENY))
    linkname_diagnose (r.loc, LINKNAME_POLICY,
		       "the policy denies %qs (%s:%lu: %<deny %s%>)",
		       go_name, linkname_policy.file, rule->line,
		       rule->pattern);
  else if (linkname_verdict_policy_is (&v, LINKNAME_POLICY_WARN))
    linkname_diagnose_warning (r.loc, LINKNAME_POLICY,
			       "the policy warns about %qs (%s:%lu: "
			       "%<warn %s%>)", go_name, linkname_policy.file,
			       rule->line, rule->pattern);

  if (v.unexported)
    linkname_diagnose (r.loc, LINKNAME_UNEXPORTED,
		       "%qD pulls %qs, which its package does not "
		       "export: it may change or vanish in any release; "
		       "prefer an exported API", r.decl, r.target);
  if (v.internal)
    linkname_diagnose (r.loc, LINKNAME_INTERNAL,
		       "%qD pulls %qs from an internal or runtime "
		       "package, whose symbols carry no compatibility "
		       "promise; prefer a public package", r.decl, r.target);
  linkname_target_facts_free (&facts);
}

void
linkname_diagnose_risks (const linkname_resolved &r)
{
  tree decl = r.decl;

  linkname_diagnose_rules (r);

  if (TREE_CODE (decl) == FUNCTION_DECL && fndecl_built_in_p (decl))
    linkname_diagnose (r.loc, LINKNAME_BUILTIN,
		       "%qD is a GCC built-in: GCC keeps assuming its "
		       "standard meaning when it optimises, and now calls "
		       "%qs for it", decl, r.symbol ? r.symbol : "");

  if (DECL_WEAK (decl))
    linkname_diagnose (r.loc, LINKNAME_WEAK,
		       "%qD is weak: the binding can silently resolve to "
		       "another definition, or to none", decl);

  if (r.push && !r.was_public)
    linkname_diagnose (r.loc, LINKNAME_STATIC,
		       "%qD is %<static%> but pushed: it becomes global "
		       "under the symbol %qs", decl,
		       r.symbol ? r.symbol
		       : IDENTIFIER_POINTER (DECL_NAME (decl)));

  if (r.push && DECL_VISIBILITY (decl) != VISIBILITY_DEFAULT
      && (DECL_VISIBILITY_SPECIFIED (decl) || r.was_public))
    linkname_diagnose (r.loc, LINKNAME_VISIBILITY,
		       "%qD is pushed with %s visibility: code outside this "
		       "shared object cannot reach it", decl,
		       DECL_VISIBILITY (decl) == VISIBILITY_HIDDEN ? "hidden"
		       : DECL_VISIBILITY (decl) == VISIBILITY_INTERNAL
		       ? "internal" : "protected");

  /* The declaration against the Go one, when export data is found.  */
  linkname_go_check (r);

  if (TREE_CODE (decl) == FUNCTION_DECL && r.scheme == LINKNAME_SCHEME_GC)
    linkname_diagnose (r.loc, LINKNAME_GC_ABI,
		       "%qD is a function under the %<gc%> scheme: "
		       "gc-compiled Go does not use the C calling "
		       "convention, so calls across will not work; use the "
		       "%<gccgo%> scheme to call Go", decl);
}

/* Two declarations of the unit bound to one symbol must agree on its
   type, or one of them reads or calls it wrongly; and two overloads of
   one C++ function cannot share one.  */
void
linkname_diagnose_mismatches (const vec<linkname_resolved> &bindings,
			      unsigned first_new)
{
  hash_map<nofree_string_hash, unsigned> first;
  for (unsigned i = 0; i < bindings.length (); i++)
    {
      const linkname_resolved &r = bindings[i];
      if (!r.symbol)
	continue;
      bool existed;
      unsigned &j = first.get_or_insert (r.symbol, &existed);
      if (!existed)
	{
	  j = i;
	  continue;
	}
      /* Pairs of earlier bindings were checked when they were new.  */
      if (i < first_new)
	continue;
      const linkname_resolved &p = bindings[j];
      /* Two overloads of one C++ function are two functions that the
	 source tells apart; one symbol cannot be both.  */
      if (TREE_CODE (r.decl) == FUNCTION_DECL
	  && TREE_CODE (p.decl) == FUNCTION_DECL
	  && DECL_NAME (r.decl) == DECL_NAME (p.decl)
	  && DECL_CONTEXT (r.decl) == DECL_CONTEXT (p.decl)
	  && lang_GNU_CXX ())
	{
	  auto_diagnostic_group group;
	  linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			     "overloads %qD and %qD are both bound to %qs; "
			     "give each overload a target of its own",
			     r.decl, p.decl, r.target ? r.target : r.symbol);
	  linkname_inform (p.loc, "%qD is bound here", p.decl);
	  continue;
	}
      char *a = linkname_type_spelling (TREE_TYPE (p.decl));
      char *b = linkname_type_spelling (TREE_TYPE (r.decl));
      auto_diagnostic_group group;
      if (strcmp (a, b) != 0
	  && linkname_diagnose (r.loc, LINKNAME_MISMATCH,
				"%qD binds %qs as %qs, but %qD binds it as "
				"%qs; one of them reads or calls it wrongly",
				r.decl, r.target ? r.target : r.symbol, b,
				p.decl, a))
	linkname_inform (p.loc, "%qD is bound here", p.decl);
      free (a);
      free (b);
    }
}
