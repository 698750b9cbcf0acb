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

/* policy.c -- read policy files and match targets against them.  The
   format is described in linkname-policy.h.  */

#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname-policy.h"

static const char *const verb_names[] = { "allow", "warn", "deny", "protect" };

const char *
linkname_policy_verb_name (enum linkname_policy_verb verb)
{
  if ((unsigned) verb < sizeof verb_names / sizeof verb_names[0])
    return verb_names[verb];
  return "unknown";
}

static bool
policy_fail (struct linkname_policy_error *err, unsigned long line,
	     const char *fmt, const char *arg)
{
  if (err != NULL)
    {
      err->line = line;
      snprintf (err->message, sizeof err->message, fmt, arg ? arg : "");
    }
  return false;
}

void
linkname_policy_free (struct linkname_policy *policy)
{
  if (policy == NULL)
    return;
  for (size_t i = 0; i < policy->n_rules; i++)
    free (policy->rules[i].pattern);
  free (policy->rules);
  free (policy->file);
  policy->rules = NULL;
  policy->n_rules = 0;
  policy->file = NULL;
}

const char *
linkname_policy_error_text (const char *file,
			    const struct linkname_policy_error *err,
			    char *buf, size_t size)
{
  if (err->line > 0)
    snprintf (buf, size, "%s:%lu: %s", file, err->line, err->message);
  else
    snprintf (buf, size, "%s: %s", file, err->message);
  return buf;
}

static bool
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Split the line [P, END) into at most MAX words, stopping at a word that
   starts with '#'.  Return the number of words, or MAX + 1 if there are
   more.  */
static size_t
split_words (const char *p, const char *end, const char **word,
	     size_t *word_len, size_t max)
{
  size_t n = 0;
  for (;;)
    {
      while (p < end && is_space (*p))
	p++;
      if (p == end || *p == '#')
	return n;
      if (n == max)
	return max + 1;
      word[n] = p;
      while (p < end && !is_space (*p))
	p++;
      word_len[n] = (size_t) (p - word[n]);
      n++;
    }
}

/* The word of LEN bytes at W, as a verb.  */
static bool
verb_from_word (const char *w, size_t len, enum linkname_policy_verb *verb)
{
  for (size_t i = 0; i < sizeof verb_names / sizeof verb_names[0]; i++)
    if (strlen (verb_names[i]) == len && memcmp (verb_names[i], w, len) == 0)
      {
	*verb = (enum linkname_policy_verb) i;
	return true;
      }
  return false;
}

bool
linkname_policy_parse (const char *text, size_t len, const char *file,
		       struct linkname_policy *out,
		       struct linkname_policy_error *err)
{
  struct linkname_policy p = { NULL, NULL, 0 };
  size_t alloc = 0;

  p.file = strdup (file ? file : "");
  if (p.file == NULL)
    return policy_fail (err, 0, "out of memory%s", NULL);

  const char *end = text + len;
  unsigned long line = 0;
  for (const char *s = text; s < end;)
    {
      line++;
      const char *nl = memchr (s, '\n', (size_t) (end - s));
      const char *eol = nl ? nl : end;

      /* A NUL would end the pattern early, without anyone noticing.  */
      if (memchr (s, '\0', (size_t) (eol - s)) != NULL)
	{
	  linkname_policy_free (&p);
	  return policy_fail (err, line, "NUL byte in the line%s", NULL);
	}

      const char *word[2];
      size_t word_len[2];
      size_t n = split_words (s, eol, word, word_len, 2);
      s = nl ? nl + 1 : end;
      if (n == 0)
	continue;

      char verb_text[16];
      snprintf (verb_text, sizeof verb_text, "%.*s",
		(int) (word_len[0] < 15 ? word_len[0] : 15), word[0]);
      enum linkname_policy_verb verb;
      if (!verb_from_word (word[0], word_len[0], &verb))
	{
	  linkname_policy_free (&p);
	  return policy_fail (err, line,
			      "unknown rule '%s': expected allow, warn, deny "
			      "or protect", verb_text);
	}
      if (n == 1)
	{
	  linkname_policy_free (&p);
	  return policy_fail (err, line, "'%s' needs a pattern", verb_text);
	}
      if (n > 2)
	{
	  linkname_policy_free (&p);
	  return policy_fail (err, line,
			      "'%s' takes one pattern (white space cannot "
			      "occur in a target)", verb_text);
	}

      if (p.n_rules == alloc)
	{
	  size_t nalloc = alloc ? 2 * alloc : 16;
	  struct linkname_policy_rule *r
	    = realloc (p.rules, nalloc * sizeof *r);
	  if (r == NULL)
	    {
	      linkname_policy_free (&p);
	      return policy_fail (err, line, "out of memory%s", NULL);
	    }
	  p.rules = r;
	  alloc = nalloc;
	}
      char *pattern = strndup (word[1], word_len[1]);
      if (pattern == NULL)
	{
	  linkname_policy_free (&p);
	  return policy_fail (err, line, "out of memory%s", NULL);
	}
      p.rules[p.n_rules].verb = verb;
      p.rules[p.n_rules].pattern = pattern;
      p.rules[p.n_rules].line = line;
      p.n_rules++;
    }

  *out = p;
  return true;
}

bool
linkname_policy_load (const char *path, struct linkname_policy *out,
		      struct linkname_policy_error *err)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return policy_fail (err, 0, "%s", strerror (errno));

  char *text = NULL;
  size_t len = 0, alloc = 0;
  for (;;)
    {
      if (len == alloc)
	{
	  size_t nalloc = alloc ? 2 * alloc : 4096;
	  char *t = realloc (text, nalloc);
	  if (t == NULL)
	    {
	      free (text);
	      fclose (f);
	      return policy_fail (err, 0, "out of memory%s", NULL);
	    }
	  text = t;
	  alloc = nalloc;
	}
      size_t got = fread (text + len, 1, alloc - len, f);
      len += got;
      if (got == 0)
	break;
    }
  if (ferror (f))
    {
      int e = errno;
      free (text);
      fclose (f);
      return policy_fail (err, 0, "%s", strerror (e));
    }
  fclose (f);

  bool ok = linkname_policy_parse (text ? text : "", len, path, out, err);
  free (text);
  return ok;
}

const struct linkname_policy_rule *
linkname_policy_match (const struct linkname_policy *policy,
		       const char *target)
{
  if (policy == NULL || target == NULL)
    return NULL;
  for (size_t i = policy->n_rules; i-- > 0;)
    {
      const struct linkname_policy_rule *r = &policy->rules[i];
      if (r->verb != LINKNAME_POLICY_PROTECT
	  && fnmatch (r->pattern, target, 0) == 0)
	return r;
    }
  return NULL;
}

const struct linkname_policy_rule *
linkname_policy_match_before (const struct linkname_policy *policy,
			      const struct linkname_policy_rule *rule,
			      const char *target)
{
  if (policy == NULL || rule == NULL || target == NULL
      || rule < policy->rules || rule >= policy->rules + policy->n_rules)
    return NULL;
  struct linkname_policy before = *policy;
  before.n_rules = (size_t) (rule - policy->rules);
  return linkname_policy_match (&before, target);
}

bool
linkname_package_is_std (const char *pkgpath)
{
  if (pkgpath == NULL || *pkgpath == '\0')
    return false;
  /* A program's own package is never the standard library's, though
     its path has no dot: Go's linker takes std from the flag the go
     command compiles the standard library with, not from the path.  */
  if (strcmp (pkgpath, "main") == 0)
    return false;
  size_t first = strcspn (pkgpath, "/");
  return memchr (pkgpath, '.', first) == NULL;
}

bool
linkname_policy_protects (const struct linkname_policy *policy,
			  const char *pkgpath)
{
  if (pkgpath == NULL || *pkgpath == '\0')
    return false;
  if (linkname_package_is_std (pkgpath))
    return true;
  if (policy == NULL)
    return false;
  for (size_t i = 0; i < policy->n_rules; i++)
    if (policy->rules[i].verb == LINKNAME_POLICY_PROTECT
	&& fnmatch (policy->rules[i].pattern, pkgpath, 0) == 0)
      return true;
  return false;
}
