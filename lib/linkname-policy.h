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

/* linkname-policy.h -- policy files: which linkname targets a project
   allows, warns about or denies, and which packages it protects.
   Plain C11, shared by linkname-check, its ld plugin and the GCC
   plugin's policy=FILE; classify.c applies it.

   A policy file is text, one rule a line:

     allow PATTERN
     warn PATTERN
     deny PATTERN
     protect PATTERN

   PATTERN is a shell glob (fnmatch, no flags: '*' also matches '/' and
   '.').  allow, warn and deny match the target's Go spelling
   "importpath.name" with the import path unescaped
   ("gopkg.in/yaml.v3.Marshal", "example.com/x.(*T).M"); the last rule
   that matches a target decides.  protect matches import paths: a
   matching package is protected like the standard library (a pull of
   one of its names needs a push or a marker somewhere in the link).
   Blank lines are ignored; '#' at the start of a word starts a comment
   that runs to the end of the line.  Anything else is an error that
   names the file and the line.  */

#ifndef LINKNAME_POLICY_H
#define LINKNAME_POLICY_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum linkname_policy_verb
{
  LINKNAME_POLICY_ALLOW,
  LINKNAME_POLICY_WARN,
  LINKNAME_POLICY_DENY,
  LINKNAME_POLICY_PROTECT
};

struct linkname_policy_rule
{
  enum linkname_policy_verb verb;
  char *pattern;
  unsigned long line;
};

struct linkname_policy
{
  char *file;			/* As given, for messages.  */
  struct linkname_policy_rule *rules;
  size_t n_rules;
};

/* Why a policy file was rejected: a message (static, or in BUF) and the
   line, 0 when the file as a whole is the problem (cannot be read).  */
struct linkname_policy_error
{
  unsigned long line;
  char message[160];
};

/* Parse the LEN bytes at TEXT, read from FILE.  On success fill *OUT
   (free it with linkname_policy_free) and return true; else fill *ERR
   and return false.  */
bool linkname_policy_parse (const char *text, size_t len, const char *file,
			    struct linkname_policy *out,
			    struct linkname_policy_error *err);

/* Read and parse the file at PATH.  */
bool linkname_policy_load (const char *path, struct linkname_policy *out,
			   struct linkname_policy_error *err);

void linkname_policy_free (struct linkname_policy *policy);

/* ERR, from loading the policy file FILE, as one message for whoever
   prints it (the plugin, linkname-check, the ld plugin): "FILE:LINE:
   MESSAGE", or "FILE: MESSAGE" when the file as a whole is the problem.
   Into BUF of SIZE bytes, cut short if need be; returns BUF.  */
const char *
linkname_policy_error_text (const char *file,
			    const struct linkname_policy_error *err,
			    char *buf, size_t size);

/* The last allow, warn or deny rule of POLICY (may be NULL) whose
   pattern matches TARGET, or NULL.  */
const struct linkname_policy_rule *
linkname_policy_match (const struct linkname_policy *policy,
		       const char *target);

/* The last allow, warn or deny rule of POLICY before RULE (one of its
   rules) whose pattern matches TARGET, or NULL: what would decide if
   RULE were not there.  */
const struct linkname_policy_rule *
linkname_policy_match_before (const struct linkname_policy *policy,
			      const struct linkname_policy_rule *rule,
			      const char *target);

/* True when a first element without a dot makes PKGPATH part of Go's
   standard library ("runtime", "internal/abi"; not "example.com/x", and
   not "main").  */
bool linkname_package_is_std (const char *pkgpath);

/* True when PKGPATH is protected: in the standard library, or matched
   by a protect rule of POLICY (may be NULL).  */
bool linkname_policy_protects (const struct linkname_policy *policy,
			       const char *pkgpath);

const char *linkname_policy_verb_name (enum linkname_policy_verb verb);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_POLICY_H */
