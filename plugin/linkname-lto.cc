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

/* linkname-lto.cc -- the names in the LTO symbol table.

   An -flto object carries a symbol table of its own for the linker
   plugin, whose names GCC makes with the target hook
   mangle_assembler_name: by default the assembler name without its '*'.
   A name the assembler reads in quotes ("*\"a/b.F\"") would reach the
   linker with its quotes, '"a/b.F"', and then match nothing: not the
   pull of another object, not the definition it stands for.  (An asm
   label with quotes has the same problem in plain GCC.)  The hook below
   gives the linker the symbol itself, a/b.F, as the final object will
   have it.  lto1 reads resolutions back by position, not by name.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

static tree (*linkname_default_mangle) (const char *);

static tree
linkname_mangle_assembler_name (const char *name)
{
  if (name[0] == '*' && name[1] == '"')
    {
      char *symbol = linkname_asm_unspell (name + 1);
      if (symbol)
	{
	  tree id = get_identifier (symbol);
	  free (symbol);
	  return id;
	}
    }
  return linkname_default_mangle (name);
}

void
linkname_lto_init (void)
{
  linkname_default_mangle = targetm.asm_out.mangle_assembler_name;
  targetm.asm_out.mangle_assembler_name = linkname_mangle_assembler_name;
}
