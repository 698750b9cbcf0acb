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

/* linkname-type.cc -- the canonical spelling of a declaration's type,
   recorded with each binding so that linkname-check can compare the
   types two units give one target.

   Two spellings are equal exactly when the types agree for a call or an
   access at the machine level: integers by size and signedness (so
   "long" and "long long" agree on LP64, "int" and "long" do not),
   floating types by size, pointers by what they point to, enums as
   their integer type, structs and unions by tag (by members when they
   have none), functions by parameters and result.  Qualifiers and
   typedef names do not matter.

     i8 i16 i32 i64 i128 u8 ... bool f32 f64 f80 f128 c32 c64 void
     *T  [N]T  []T  struct TAG  union TAG  struct{T,T}
     func(T,T,...)R   func(?)R (unprototyped)  */

#include "gcc-common.h"
#include "linkname-plugin.h"

/* Nesting beyond this is spelled "(deep)", not "...", which means a
   variadic function (GCC bounds nesting, but a spelling must stay a
   line).  */
#define LINKNAME_TYPE_DEPTH 16

static void linkname_spell (obstack *ob, tree type, int depth);

static void
linkname_spell_str (obstack *ob, const char *s)
{
  obstack_grow (ob, s, strlen (s));
}

static void
linkname_spell_int (obstack *ob, char kind, unsigned bits)
{
  char buf[16];
  snprintf (buf, sizeof buf, "%c%u", kind, bits);
  linkname_spell_str (ob, buf);
}

static void
linkname_spell_fields (obstack *ob, tree type, int depth)
{
  obstack_1grow (ob, '{');
  bool first = true;
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    if (TREE_CODE (f) == FIELD_DECL)
      {
	if (!first)
	  obstack_1grow (ob, ',');
	first = false;
	linkname_spell (ob, TREE_TYPE (f), depth + 1);
      }
  obstack_1grow (ob, '}');
}

static void
linkname_spell (obstack *ob, tree type, int depth)
{
  if (!type || type == error_mark_node)
    {
      linkname_spell_str (ob, "?");
      return;
    }
  if (depth > LINKNAME_TYPE_DEPTH)
    {
      linkname_spell_str (ob, "(deep)");
      return;
    }
  type = TYPE_MAIN_VARIANT (type);
  switch (TREE_CODE (type))
    {
    case VOID_TYPE:
      linkname_spell_str (ob, "void");
      break;
    case BOOLEAN_TYPE:
      linkname_spell_str (ob, "bool");
      break;
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
      linkname_spell_int (ob, TYPE_UNSIGNED (type) ? 'u' : 'i',
			  TYPE_PRECISION (type));
      break;
    case REAL_TYPE:
      linkname_spell_int (ob, 'f', TYPE_PRECISION (type));
      break;
    case COMPLEX_TYPE:
      linkname_spell_str (ob, "complex ");
      linkname_spell (ob, TREE_TYPE (type), depth + 1);
      break;
    case VECTOR_TYPE:
      linkname_spell_str (ob, "vector ");
      linkname_spell_int (ob, 'n', TYPE_VECTOR_SUBPARTS (type).to_constant ());
      obstack_1grow (ob, ' ');
      linkname_spell (ob, TREE_TYPE (type), depth + 1);
      break;
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      obstack_1grow (ob, TREE_CODE (type) == POINTER_TYPE ? '*' : '&');
      linkname_spell (ob, TREE_TYPE (type), depth + 1);
      break;
    case ARRAY_TYPE:
      {
	tree domain = TYPE_DOMAIN (type);
	if (domain && TYPE_MAX_VALUE (domain)
	    && tree_fits_uhwi_p (TYPE_MAX_VALUE (domain)))
	  {
	    char buf[32];
	    snprintf (buf, sizeof buf, "[%lu]",
		      (unsigned long) tree_to_uhwi (TYPE_MAX_VALUE (domain))
		      + 1);
	    linkname_spell_str (ob, buf);
	  }
	else
	  linkname_spell_str (ob, "[]");
	linkname_spell (ob, TREE_TYPE (type), depth + 1);
	break;
      }
    case RECORD_TYPE:
    case UNION_TYPE:
      linkname_spell_str (ob, TREE_CODE (type) == RECORD_TYPE ? "struct"
							       : "union");
      if (TYPE_NAME (type))
	{
	  tree name = TYPE_NAME (type);
	  if (TREE_CODE (name) == TYPE_DECL)
	    name = DECL_NAME (name);
	  obstack_1grow (ob, ' ');
	  linkname_spell_str (ob, name ? IDENTIFIER_POINTER (name) : "?");
	}
      else
	linkname_spell_fields (ob, type, depth);
      break;
    case FUNCTION_TYPE:
    case METHOD_TYPE:
      {
	linkname_spell_str (ob, "func(");
	tree args = TYPE_ARG_TYPES (type);
	if (!args && !prototype_p (type))
	  linkname_spell_str (ob, "?");
	bool first = true;
	for (; args && TREE_VALUE (args) != void_type_node;
	     args = TREE_CHAIN (args))
	  {
	    if (!first)
	      obstack_1grow (ob, ',');
	    first = false;
	    linkname_spell (ob, TREE_VALUE (args), depth + 1);
	  }
	if (stdarg_p (type))
	  linkname_spell_str (ob, first ? "..." : ",...");
	obstack_1grow (ob, ')');
	linkname_spell (ob, TREE_TYPE (type), depth + 1);
	break;
      }
    default:
      linkname_spell_str (ob, get_tree_code_name (TREE_CODE (type)));
      break;
    }
}

char *
linkname_type_spelling (tree type)
{
  obstack ob;
  gcc_obstack_init (&ob);
  linkname_spell (&ob, type, 0);
  obstack_1grow (&ob, '\0');
  char *s = xstrdup ((char *) obstack_finish (&ob));
  obstack_free (&ob, NULL);
  return s;
}
