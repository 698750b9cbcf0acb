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

/* linkname-cxx.cc -- what C++ adds: the declarations that cannot carry
   a binding although they are functions or variables, and the global
   namespace.

   Templates and their specializations have no one symbol to bind;
   members are rejected for every language in linkname_validate_decl (their
   context is a class).  The C++ front end's data is read with the
   macros of cp-tree.h; the one variable of the front end this needs,
   scope_chain, is referenced weakly, since the plugin is also loaded
   into cc1 and lto1, which do not define it.  */

#define LINKNAME_CXX_FRONT_END 1
#include "gcc-common.h"
#include "linkname-plugin.h"

extern struct saved_scope *scope_chain __attribute__ ((weak));
extern tree cp_global_trees[CPTI_MAX] __attribute__ ((weak));

const char *
linkname_cxx_not_symbol (tree decl)
{
  if (!lang_GNU_CXX () || !DECL_P (decl))
    return NULL;
  if (&scope_chain && scope_chain && processing_template_decl)
    return "a template";
  if (VAR_OR_FUNCTION_DECL_P (decl) && DECL_LANG_SPECIFIC (decl)
      && DECL_USE_TEMPLATE (decl))
    return "a template specialization";
  if (TREE_CODE (decl) == FUNCTION_DECL && DECL_CONTEXT (decl)
      && TYPE_P (DECL_CONTEXT (decl)) && LAMBDA_TYPE_P (DECL_CONTEXT (decl)))
    return "a lambda";
  return NULL;
}

tree
linkname_cxx_name_binding (tree found, bool *overloaded)
{
  *overloaded = false;
  if (!found || !lang_GNU_CXX () || TREE_CODE (found) != OVERLOAD)
    return found;
  /* A set of one function is that function; more are ambiguous.  */
  if (OVL_CHAIN (found))
    {
      *overloaded = true;
      return NULL_TREE;
    }
  return OVL_FUNCTION (found);
}

tree
linkname_cxx_local_alias (tree decl)
{
  if (!lang_GNU_CXX () || !VAR_OR_FUNCTION_DECL_P (decl)
      || !DECL_LOCAL_DECL_P (decl) || !DECL_LANG_SPECIFIC (decl))
    return NULL_TREE;
  tree alias = DECL_LOCAL_DECL_ALIAS (decl);
  return alias && alias != error_mark_node && DECL_P (alias) ? alias
							    : NULL_TREE;
}

bool
linkname_cxx_global_namespace_p (tree ns)
{
  return (lang_GNU_CXX () && &cp_global_trees && global_namespace
	  && ns == global_namespace);
}

bool
linkname_cxx_in_namespace_p (void)
{
  if (!lang_GNU_CXX () || !&scope_chain || !scope_chain
      || !current_namespace)
    return false;
  return !linkname_cxx_global_namespace_p (current_namespace);
}
