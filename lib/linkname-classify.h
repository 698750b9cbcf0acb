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

/* linkname-classify.h -- what the rules say of one binding's target:
   blocked by Go's linker, the policy's verdict, unexported, internal.
   The one place these are decided: the GCC plugin turns the verdict
   into diagnostics at compile time (plugin/linkname-risk.cc), and
   linkname-check and its ld plugin into findings over the records of a
   program (check.c).  Plain C11.  */

#ifndef LINKNAME_CLASSIFY_H
#define LINKNAME_CLASSIFY_H

#include <stdbool.h>

#include "linkname.h"
#include "linkname-blocklist.h"
#include "linkname-policy.h"
#include "linkname-record.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What a target is, worked out once from its text.  */
struct linkname_target_facts
{
  char *go_name;		/* "importpath.name", import path unescaped,
				   as policy patterns match it; NULL if the
				   text does not parse as a Go target.  */
  char *pkgpath;		/* Its import path, or NULL.  */
  char *gc_name;		/* Its gc linker symbol, as the blocklist
				   names it, or NULL.  */
  bool exported;		/* Go exports its last name.  */
  bool internal;		/* An internal element, or runtime.  */
};

/* The facts of TARGET, parsed already.  False on allocation failure
   (*OUT is then empty).  */
bool linkname_target_facts_of (const struct linkname_target *target,
			       struct linkname_target_facts *out);

/* The facts of the target TEXT, NUL-terminated: a target text that does
   not parse (a verbatim "my_symbol") has none (all NULL and false).
   A verbatim text is parsed too: "runtime.nanotime" written verbatim
   is still that Go name.  False on allocation failure.  */
bool linkname_target_facts (const char *text,
			    struct linkname_target_facts *out);

void linkname_target_facts_free (struct linkname_target_facts *facts);

/* Whose rules: the Go release whose linker's blocklist applies, and a
   policy (may be NULL).  */
struct linkname_rules
{
  enum linkname_go_release go;
  const struct linkname_policy *policy;
};

/* One binding as the rules see it.  */
struct linkname_subject
{
  enum linkname_direction direction;
  enum linkname_scheme scheme;
  const char *target;		/* As the binding names it (canonical, or
				   the verbatim string); NULL or "": none,
				   a marker that keeps its C name.  */
  const struct linkname_target_facts *facts;  /* Of TARGET.  */
  const char *package;		/* The unit's package ("#pragma linkname
				   package"); NULL or "": none.  */
};

struct linkname_verdict
{
  /* The blocklist entry that refuses this pull from the unit's package,
     unless the policy allows the target; NULL if none does.  A
     definition is not a reference, and is never refused.  */
  const struct linkname_blocked *blocked;
  /* The last allow, warn or deny rule of the policy that matches the
     target's Go name (its text if it has none), or NULL.  */
  const struct linkname_policy_rule *policy_rule;
  /* A pull, under the gccgo or gc scheme, of a name its package does
     not export, or from an internal or runtime package: no
     compatibility promise.  A verbatim symbol has no Go structure to
     judge, and a push defines a symbol of one's own.  */
  bool unexported;
  bool internal;
};

/* Decide what RULES say of S.  */
void linkname_classify (const struct linkname_subject *s,
			const struct linkname_rules *rules,
			struct linkname_verdict *out);

/* Whether V's policy rule is VERB.  */
bool linkname_verdict_policy_is (const struct linkname_verdict *v,
				 enum linkname_policy_verb verb);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_CLASSIFY_H */
