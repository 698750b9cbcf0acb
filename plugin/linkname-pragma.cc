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

/* linkname-pragma.cc -- #pragma linkname, front-end glue.

     #pragma linkname LOCAL TARGET     bind LOCAL to TARGET
     #pragma linkname LOCAL "TARGET"   the same, TARGET as a string
     #pragma linkname LOCAL            push marker for LOCAL
     #pragma linknamestd LOCAL [TARGET]  the same, a push for the
				       standard library only
     #pragma linkname package PATH     this unit implements package PATH

   The pragma may come before or after the declaration of LOCAL, and
   after its uses: it is recorded here and applied by the renaming pass
   to the merged declaration, like the attribute.

   The C front end's functions are not in lto1, which also loads a
   plugin given to an -flto link; the dynamic linker would refuse the
   whole plugin there for one undefined reference.  So they are weak:
   PLUGIN_PRAGMAS only fires in a C-family front end, where they are
   defined.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

extern void c_register_pragma (const char *, const char *,
			       pragma_handler_1arg) __attribute__ ((weak));
extern enum cpp_ttype pragma_lex (tree *, location_t *)
  __attribute__ ((weak));
extern tree identifier_global_value (tree) __attribute__ ((weak));
extern const char *pch_file __attribute__ ((weak));

bool
linkname_precompiling_header_p (void)
{
  return &pch_file && pch_file;
}

/* The spelling of an unquoted target token of type TOK and value
   VALUE, or NULL if such a token cannot be part of a target.  */
static const char *
linkname_token_spelling (enum cpp_ttype tok, tree value)
{
  switch (tok)
    {
    case CPP_NAME:
      return IDENTIFIER_POINTER (value);
    case CPP_DOT:
      return ".";
    case CPP_DIV:
      return "/";
    case CPP_MINUS:
      return "-";
    case CPP_PLUS:
      return "+";
    case CPP_MULT:
      return "*";
    case CPP_OPEN_PAREN:
      return "(";
    case CPP_CLOSE_PAREN:
      return ")";
    case CPP_MOD:
      return "%";
    case CPP_COMPL:
      return "~";
    default:
      return NULL;
    }
}

/* Whether the token at NEXT directly follows the token at PREV, with
   no white space between.  Tokens of a _Pragma string all carry the
   location of the _Pragma itself; they cannot be told apart and are
   taken as adjacent.  */
static bool
linkname_adjacent_p (location_t prev, location_t next)
{
  location_t prev_start = get_start (prev);
  location_t next_start = get_start (next);
  if (prev_start == next_start)
    return true;
  expanded_location p = expand_location (get_finish (prev));
  expanded_location n = expand_location (next_start);
  if (!p.file || !n.file || p.line != n.line || strcmp (p.file, n.file))
    return false;
  return n.column == p.column + 1;
}

/* Consume the rest of the pragma from TOK on, so the parser resumes
   after it.  */
static void
linkname_skip_pragma (enum cpp_ttype tok)
{
  tree value;
  location_t loc;
  while (tok != CPP_EOF)
    tok = pragma_lex (&value, &loc);
}

/* Read the rest of the pragma as one word: a string literal, or tokens
   written without white space.  TOK/VALUE/LOC is the first token.  On
   success return the word (malloc'd, *LEN bytes, maybe with NULs) and
   set *WORD_LOC to where it starts; on error diagnose and return NULL.
   WHAT names the word in messages.  */
static char *
linkname_read_word (enum cpp_ttype tok, tree value, location_t loc,
		    size_t *len, location_t *word_loc, const char *what)
{
  *word_loc = loc;
  if (tok == CPP_STRING || tok == CPP_UTF8STRING)
    {
      size_t n = TREE_STRING_LENGTH (value) - 1;
      char *word = XNEWVEC (char, n + 1);
      memcpy (word, TREE_STRING_POINTER (value), n);
      word[n] = '\0';
      *len = n;
      tok = pragma_lex (&value, &loc);
      if (tok != CPP_EOF)
	{
	  linkname_diagnose (loc, LINKNAME_INVALID_TARGET,
			     "junk after the %s of %<#pragma linkname%>", what);
	  free (word);
	  return NULL;
	}
      return word;
    }
  if (tok == CPP_EOF)
    {
      linkname_diagnose (loc, LINKNAME_INVALID_TARGET,
			 "missing %s in %<#pragma linkname%>", what);
      return NULL;
    }

  obstack ob;
  gcc_obstack_init (&ob);
  location_t prev = UNKNOWN_LOCATION;
  char *word = NULL;
  for (; tok != CPP_EOF; tok = pragma_lex (&value, &loc))
    {
      const char *spelling = linkname_token_spelling (tok, value);
      if (!spelling)
	{
	  linkname_diagnose (loc, LINKNAME_INVALID_TARGET,
			     "unexpected token in the %s of %<#pragma "
			     "linkname%>; write it as a string literal", what);
	  goto out;
	}
      if (prev != UNKNOWN_LOCATION && !linkname_adjacent_p (prev, loc))
	{
	  linkname_diagnose (loc, LINKNAME_INVALID_TARGET,
			     "white space in the %s of %<#pragma linkname%>",
			     what);
	  goto out;
	}
      obstack_grow (&ob, spelling, strlen (spelling));
      prev = loc;
    }
  *len = obstack_object_size (&ob);
  obstack_1grow (&ob, '\0');
  word = xstrdup ((char *) obstack_finish (&ob));
 out:
  linkname_skip_pragma (tok);
  obstack_free (&ob, NULL);
  return word;
}

/* Check an import path given to "#pragma linkname package": a path is
   valid exactly when a target in it is.  */
static bool
linkname_validate_package (const char *path, size_t len, location_t loc)
{
  if (len == 0 || strlen (path) != len)
    {
      linkname_diagnose (loc, LINKNAME_INVALID_TARGET,
			 "invalid import path in %<#pragma linkname package%>");
      return false;
    }
  char *target = linkname_target_join (path, "x");
  bool ok = linkname_validate_target (loc, target, strlen (target),
				      LINKNAME_SCHEME_GCCGO);
  free (target);
  return ok;
}

/* "#pragma linkname", or with STD "#pragma linknamestd".  */
static void
linkname_handle_pragma (bool std)
{
  tree value;
  location_t loc;
  enum cpp_ttype tok = pragma_lex (&value, &loc);

  if (tok != CPP_NAME)
    {
      linkname_diagnose (loc, LINKNAME_INVALID_TARGET,
			 "expected the name of a declaration after "
			 "%<#pragma linkname%>");
      linkname_skip_pragma (tok);
      return;
    }
  tree local = value;
  location_t local_loc = loc;
  if (current_function_decl || linkname_cxx_in_namespace_p ())
    {
      /* As Go's directive, the pragma names a declaration of the unit's
	 own scope, unqualified: in C++, of the global namespace.  */
      linkname_diagnose (local_loc, LINKNAME_NOT_SYMBOL,
			 current_function_decl
			 ? G_("%<#pragma linkname%> is only allowed at file "
			      "scope")
			 : G_("%<#pragma linkname%> is only allowed in the "
			      "global namespace; bind a declaration in a "
			      "namespace with the attribute"));
      linkname_skip_pragma (tok);
      return;
    }

  tok = pragma_lex (&value, &loc);
  if (tok == CPP_SCOPE)
    {
      linkname_diagnose (loc, LINKNAME_NOT_SYMBOL,
			 "%<#pragma linkname%> takes an unqualified name; "
			 "bind a declaration in a namespace with the "
			 "attribute");
      linkname_skip_pragma (tok);
      return;
    }
  if (strcmp (IDENTIFIER_POINTER (local), "package") == 0)
    {
      if (std)
	{
	  linkname_diagnose (local_loc, LINKNAME_INVALID_TARGET,
			     "%<#pragma linknamestd%> binds a declaration; "
			     "give the package of the unit with %<#pragma "
			     "linkname package%>");
	  linkname_skip_pragma (tok);
	  return;
	}
      size_t len;
      location_t path_loc;
      char *path = linkname_read_word (tok, value, loc, &len, &path_loc,
				       "import path");
      if (path && linkname_precompiling_header_p ())
	/* A precompiled header keeps declarations, not the state of the
	   unit; and a Go package clause belongs to its file anyway.  */
	linkname_diagnose (local_loc, LINKNAME_CONFLICT,
			   "%<#pragma linkname package%> in a header being "
			   "precompiled: the package would be lost with the "
			   "rest of the state of the unit; write it in the source "
			   "file");
      else if (path && linkname_validate_package (path, len, path_loc))
	linkname_registry_set_package (path, local_loc);
      free (path);
      return;
    }

  char *target = NULL;
  location_t target_loc = local_loc;
  if (tok != CPP_EOF)
    {
      size_t len;
      target = linkname_read_word (tok, value, loc, &len, &target_loc,
				   "target");
      if (!target)
	return;
      if (!linkname_validate_target (target_loc, target, len,
				     linkname_options.scheme))
	{
	  free (target);
	  return;
	}
    }

  /* Bind now if LOCAL is already declared.  */
  bool overloaded;
  tree decl = linkname_cxx_name_binding (identifier_global_value (local),
					 &overloaded);
  if (overloaded)
    {
      linkname_diagnose (local_loc, LINKNAME_NOT_SYMBOL,
			 "%<#pragma linkname%> for %qE, which is overloaded; "
			 "bind each overload with the attribute", local);
      free (target);
      return;
    }
  if (decl && !linkname_validate_decl (local_loc, decl, "pragma"))
    {
      free (target);
      return;
    }
  linkname_registry_add_pragma (local, target, target ? target_loc
						      : local_loc, decl,
				std);
  free (target);
}

static void
linkname_handle_pragma_linkname (cpp_reader *)
{
  linkname_handle_pragma (false);
}

/* "#pragma linknamestd LOCAL [TARGET]", Go's //go:linknamestd: the same
   binding as "#pragma linkname", and a push made by it is recorded as
   one that only Go's standard library may pull (Go 1.27's linker
   refuses a pull from any other package; linkname-check does the
   same).  */
static void
linkname_handle_pragma_linknamestd (cpp_reader *)
{
  linkname_handle_pragma (true);
}

void
linkname_register_pragmas (void *gcc_data ATTRIBUTE_UNUSED,
			   void *user_data ATTRIBUTE_UNUSED)
{
  /* Without macro expansion, as Go's directive: a macro that happens to
     share the local name is not expanded.  */
  c_register_pragma (NULL, "linkname", linkname_handle_pragma_linkname);
  c_register_pragma (NULL, "linknamestd",
		     linkname_handle_pragma_linknamestd);
}
