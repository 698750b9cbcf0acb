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

/* gcc.c -- facts about a GCC build read from its own strings.  */

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "linkname-gcc.h"

/* The next shell word of *P (single and double quotes and backslashes
   removed, as sh does), malloc'd, advancing *P past it; NULL at the end
   of the string or on allocation failure.  */
static char *
next_word (const char **p)
{
  const char *s = *p;
  while (*s == ' ' || *s == '\t' || *s == '\n')
    s++;
  if (*s == '\0')
    {
      *p = s;
      return NULL;
    }
  /* A word is never longer than the rest of the string.  */
  char *word = malloc (strlen (s) + 1);
  if (word == NULL)
    return NULL;
  size_t n = 0;
  char quote = 0;
  for (; *s; s++)
    {
      if (quote == '\'')
	{
	  if (*s == '\'')
	    quote = 0;
	  else
	    word[n++] = *s;
	}
      else if (quote == '"')
	{
	  if (*s == '"')
	    quote = 0;
	  else if (*s == '\\' && s[1])
	    word[n++] = *++s;
	  else
	    word[n++] = *s;
	}
      else if (*s == '\'' || *s == '"')
	quote = *s;
      else if (*s == '\\' && s[1])
	word[n++] = *++s;
      else if (*s == ' ' || *s == '\t' || *s == '\n')
	break;
      else
	word[n++] = *s;
    }
  word[n] = '\0';
  *p = s;
  return word;
}

/* If WORD is option OPT ("--target") with a value, the value: after
   "=" in WORD, or the word after it (read from *P).  Malloc'd, or NULL
   if WORD is not OPT.  */
static char *
option_value (const char *word, const char *opt, const char **p)
{
  size_t len = strlen (opt);
  if (strncmp (word, opt, len) != 0)
    return NULL;
  if (word[len] == '=')
    return strdup (word + len + 1);
  if (word[len] == '\0')
    {
      char *value = next_word (p);
      return value;
    }
  return NULL;
}

char *
linkname_gcc_configured_target (const char *args)
{
  static const char *const opts[] = { "--target", "--host", "--build" };
  char *found[3] = { NULL, NULL, NULL };
  const char *p = args ? args : "";
  char *word;
  while ((word = next_word (&p)) != NULL)
    {
      for (int i = 0; i < 3; i++)
	{
	  char *value = option_value (word, opts[i], &p);
	  if (value)
	    {
	      free (found[i]);
	      found[i] = value;
	      break;
	    }
	}
      free (word);
    }
  char *target = NULL;
  for (int i = 0; i < 3; i++)
    {
      if (target == NULL && found[i] && found[i][0])
	target = found[i];
      else
	free (found[i]);
    }
  return target;
}

int
linkname_gcc_major (const char *version)
{
  if (version == NULL || !isdigit ((unsigned char) version[0]))
    return -1;
  long major = 0;
  for (const char *s = version; isdigit ((unsigned char) *s); s++)
    {
      major = major * 10 + (*s - '0');
      if (major > 100000)
	return -1;
    }
  return (int) major;
}

int
linkname_gcc_major_supported (int gcc_major)
{
  return gcc_major >= LINKNAME_GCC_MAJOR_MIN
	 && gcc_major <= LINKNAME_GCC_MAJOR_MAX;
}
