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

/* linkname-check.h -- the rules of linkname-check (SPEC section 6) over
   a list of bindings read from the records of many objects.  Plain C11
   with no ELF reader: linkname-check and its ld plugin read the records
   their own way and hand them here.

   Bindings are grouped by symbol, the name the linker resolves: a pull
   and a push meet when their symbols are equal, whatever spelling of the
   target each unit wrote.

   The rules (blocked and policy decided for each binding by
   linkname_classify, linkname-classify.h, as in the plugin):
     blocked    a pull of a name Go's linker blocks (linkname-blocklist.h,
		in the release the options name),
		unless the policy allows it: error;
     policy     a binding whose target the policy denies (error) or warns
		about (warning);
     handshake  a pull of a target in a protected package, from another
		package, that no binding pushes or marks (or, from Go
		1.27, that is pushed for the standard library only and
		pulled from outside it), unless the policy allows it:
		warning, or error when strict;
     signature  a pull whose type differs from that of the push (or, with
		no push, from the first pull): error;
     duplicate  a second push or marker of one symbol: error.  The same
		record seen twice (an object and the ld -r output made of
		it) is not a duplicate;
     relaxed    a binding whose record says that checks were relaxed for
		it when it was compiled (linkname-record.h): a note, or
		an error when strict;
     go-signature  a gccgo-scheme pull or push whose recorded layout
		(linkname-record.h) does not match the Go declaration in
		the export data given (options->go_exports), lowered for
		the binding's ELF class and machine (go-layout.h): error,
		or warning when every difference is a soft one
		(signedness, pointer for integer, bool for uint8,
		aggregate for scalar); a target the package's export data
		lacks, or whose symbol is an asm one, is an error.  */

#ifndef LINKNAME_CHECK_H
#define LINKNAME_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "linkname-blocklist.h"
#include "linkname-classify.h"
#include "linkname-policy.h"
#include "linkname-record.h"
#include "go-export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One binding of the program being checked: its record, the object it
   was found in, its target worked out.  All strings are owned by the
   list.  (The plugin's bindings, on declarations, are another thing.)  */
struct linkname_program_binding
{
  struct linkname_record record;
  char *object;			/* "a.o", "libx.a(m.o)".  */
  /* Filled in by linkname_bindings_add from the record: */
  char *display;		/* The target in Go spelling ("runtime.nanotime"),
				   the record's text if it does not parse,
				   the symbol for a marker without one.  */
  struct linkname_target_facts facts;  /* Of the record's target.  */
  /* The ELF class (1, 2) and e_machine of the file the record came
     from, for the Go signature check; 0 when unknown (the host's are
     taken).  Set by the reader after linkname_bindings_add.  */
  int elf_class;
  unsigned elf_machine;
};

struct linkname_bindings
{
  struct linkname_program_binding *items;
  size_t count;
  size_t alloc;
};

/* Append a copy of R, found in OBJECT.  False on allocation failure.  */
bool linkname_bindings_add (struct linkname_bindings *list,
			    const struct linkname_record *r,
			    const char *object);

void linkname_bindings_free (struct linkname_bindings *list);

enum linkname_rule
{
  LINKNAME_RULE_BLOCKED,
  LINKNAME_RULE_POLICY,
  LINKNAME_RULE_HANDSHAKE,
  LINKNAME_RULE_SIGNATURE,
  LINKNAME_RULE_DUPLICATE,
  LINKNAME_RULE_RELAXED,
  LINKNAME_RULE_GO_SIGNATURE,
  LINKNAME_N_RULES
};

enum linkname_severity
{
  LINKNAME_SEVERITY_WARNING,
  LINKNAME_SEVERITY_ERROR,
  /* Information, not a problem: counted apart, and shown only when
     asked for (--show-relaxed), or in JSON and SARIF.  */
  LINKNAME_SEVERITY_NOTE
};

/* "blocked", "policy", ...  */
const char *linkname_rule_name (enum linkname_rule rule);

/* One sentence on what RULE finds, for SARIF's rule list and --help.  */
const char *linkname_rule_description (enum linkname_rule rule);

/* "warning", "error", "note".  */
const char *linkname_severity_name (enum linkname_severity severity);

#define LINKNAME_NO_BINDING ((size_t) -1)

struct linkname_finding
{
  enum linkname_rule rule;
  enum linkname_severity severity;
  size_t binding;		/* Index of the binding it is about.  */
  size_t other;			/* The other side, or LINKNAME_NO_BINDING.  */
  const struct linkname_policy_rule *policy_rule;  /* For policy.  */
  char *message;		/* English, without the object and the rule:
				   "invalid reference to runtime.nanotime:
				   pulled as 'nt' at a.c:3, and no input
				   pushes or marks it".  */
};

struct linkname_findings
{
  struct linkname_finding *items;
  size_t count;
  size_t errors;
  size_t warnings;
  size_t notes;
};

struct linkname_check_options
{
  const struct linkname_policy *policy;	/* May be NULL.  */
  enum linkname_go_release go;	/* Whose rules and blocklist.  */
  bool strict;			/* handshake and relaxed are errors.  */
  bool partial;			/* The bindings are part of a program only
				   (an ld -r link): no handshake, the pushes
				   may come with the rest.  */
  /* The Go export data among the inputs (the .go_export sections of
     objects, archives, executables, .gox files), for go-signature; NULL
     for none.  */
  const struct linkname_go_export *go_exports;
};

/* Run every rule over LIST into *OUT (ordered by binding, then rule).
   False on allocation failure.  */
bool linkname_check (const struct linkname_bindings *list,
		     const struct linkname_check_options *options,
		     struct linkname_findings *out);

void linkname_findings_free (struct linkname_findings *findings);

/* The packages whose export data the go-signature rule needs for LIST:
   the paths of its compared bindings' targets, sorted, each once; *N
   their number.  NULL on allocation failure.  For
   linkname_go_export_parse_wanted: a reader parses those packages'
   blocks and passes over the others.  */
char **linkname_check_go_packages (const struct linkname_bindings *list,
				   size_t *n);

/* Whether the LEN bytes at PATH name one of the N PATHS of
   linkname_check_go_packages.  */
bool linkname_check_go_package_wanted (char *const *paths, size_t n,
				       const char *path, size_t len);

void linkname_check_go_packages_free (char **paths, size_t n);

/* F as one line of text, without a newline:
   "OBJECT: MESSAGE [SEVERITY: linkname-RULE]", made printable by
   linkname_printable (linkname-text.h).  Malloc'd, NULL on allocation
   failure.  */
char *linkname_finding_format (const struct linkname_bindings *list,
			       const struct linkname_finding *f);

/* True when type spellings A and B (plugin/linkname-type.cc) agree: equal,
   or equal once an unprototyped "func(?)" is taken to match any
   parameter list and an incomplete array "[]" any "[N]".  An empty
   spelling (not recorded) agrees with anything.  */
bool linkname_types_agree (const char *a, const char *b);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_CHECK_H */
