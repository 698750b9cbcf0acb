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

/* symbol-cli.c -- print the symbol of each target on the command line,
   one a line, so that shell tests can compare it with what a real
   toolchain emits.

   Usage: symbol-cli [--asm] SCHEME TARGET...

   With --asm, print the assembler spelling (quoted when need be)
   instead of the symbol.  Exits 1 after the first rejected target,
   printing why and where to stderr, and 2 on a usage error.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname.h"

static int
usage (void)
{
  fprintf (stderr, "usage: symbol-cli [--asm] SCHEME TARGET...\n"
	   "SCHEME is one of: %s\n", linkname_scheme_names ());
  return 2;
}

int
main (int argc, char **argv)
{
  enum linkname_scheme scheme;
  bool asm_spelling = false;
  int i = 1;

  if (i < argc && strcmp (argv[i], "--asm") == 0)
    {
      asm_spelling = true;
      i++;
    }
  if (argc - i < 2 || !linkname_scheme_from_name (argv[i], &scheme))
    return usage ();

  for (i++; i < argc; i++)
    {
      const char *text = argv[i];
      struct linkname_target t;
      struct linkname_error err;
      char *sym;

      if (scheme == LINKNAME_SCHEME_VERBATIM)
	{
	  if (!linkname_verbatim_check (text, strlen (text), &err))
	    goto bad;
	  sym = strdup (text);
	}
      else
	{
	  if (!linkname_target_parse (text, strlen (text), &t, &err))
	    goto bad;
	  sym = linkname_symbol (&t, scheme);
	  linkname_target_free (&t);
	}
      if (sym != NULL && asm_spelling)
	{
	  char *spelled = linkname_asm_spelling (sym);

	  free (sym);
	  sym = spelled;
	}
      if (sym == NULL)
	{
	  fprintf (stderr, "symbol-cli: out of memory\n");
	  return 1;
	}
      puts (sym);
      free (sym);
      continue;

    bad:
      fprintf (stderr, "symbol-cli: '%s': %s at byte %zu\n", text,
	       err.message, err.offset);
      return 1;
    }
  return 0;
}
