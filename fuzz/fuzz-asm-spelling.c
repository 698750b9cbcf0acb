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

/* fuzz-asm-spelling.c -- libFuzzer harness for linkname_asm_spelling
   and linkname_asm_unspell (lib/scheme.c).  The input (up to its first
   NUL) is a symbol.

   Invariants: no crash; a symbol that needs no quotes is spelled as
   itself; any other is spelled in double quotes and unspells back to
   the symbol; the unspelling of the input itself, when it is one quoted
   name, spells back to a quoted name that unspells to the same symbol;
   a symbol safe in an operand has none of '"', ',', ';', '@', '\\'.  */

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *sym = fuzz_cstring (data, size);
  char *sp = linkname_asm_spelling (sym);
  FUZZ_CHECK (sp != NULL);
  if (!linkname_symbol_needs_quotes (sym))
    {
      FUZZ_CHECK (strcmp (sp, sym) == 0);
      FUZZ_CHECK (sym[0] != '\0' && (sym[0] < '0' || sym[0] > '9'));
    }
  else
    {
      size_t l = strlen (sp);
      FUZZ_CHECK (l >= 2 && sp[0] == '"' && sp[l - 1] == '"');
      char *un = linkname_asm_unspell (sp);
      FUZZ_CHECK (un != NULL);
      if (strcmp (un, sym) != 0)
	{
	  fprintf (stderr, "'%s' spelled '%s' unspells to '%s'\n", sym, sp,
		   un);
	  abort ();
	}
      free (un);
    }
  if (linkname_symbol_operand_safe (sym))
    FUZZ_CHECK (strpbrk (sym, "\",;@\\") == NULL);
  free (sp);

  char *un = linkname_asm_unspell (sym);
  if (un != NULL)
    {
      char *again = linkname_asm_spelling (un);
      FUZZ_CHECK (again != NULL);
      if (linkname_symbol_needs_quotes (un))
	{
	  char *un2 = linkname_asm_unspell (again);
	  FUZZ_CHECK (un2 != NULL && strcmp (un2, un) == 0);
	  free (un2);
	}
      free (again);
      free (un);
    }
  free (sym);
  return 0;
}
