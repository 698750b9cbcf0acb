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

/* linkname-registry.cc -- where the bindings of a unit are kept until
   the pass applies them.

   A binding lives on its declaration, as an attribute: the user's
   "linkname" attribute, or "linkname pragma", which #pragma linkname
   puts on the declaration it names (a name with a space, which no
   source can spell).  Attributes are what survives: GCC merges them
   across redeclarations, and saves them with the declaration in a
   precompiled header, where a unit that includes the .gch finds them
   although its front end never saw the attribute or the pragma.  So the
   pass finds bindings from declarations themselves: those the front end
   finished in this unit (noted here, in order), and every symbol of the
   symbol table that still carries one.

   What cannot live on a declaration is a pragma whose declaration has
   not been seen yet: it waits here until one is finished, and is an
   error if none comes by the end of the unit.

   Trees kept across a garbage collection must be reachable from a GC
   root, or GCC frees them under us: they live in GC-allocated vectors
   registered as roots (PLUGIN_REGISTER_GGC_ROOTS).  Plain data
   (strings, locations) lives on the heap.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

/* Declarations that carry a binding, noted when the front end finished
   them (or when the pass resolved them), in order first seen.  */
static vec<tree, va_gc> *linkname_decls;

/* The local names (identifiers) of the pragmas still waiting for a
   declaration, and of those bound to one, by the same index as
   linkname_pragmas.  */
static vec<tree, va_gc> *linkname_pragma_names;
/* For each pragma, the declaration it was put on (NULL_TREE while it
   waits).  */
static vec<tree, va_gc> *linkname_pragma_decls;

static const struct ggc_root_tab linkname_roots[] = {
  { &linkname_decls, 1, sizeof (linkname_decls),
    &gt_ggc_mx_vec_tree_va_gc_, &gt_pch_nx_vec_tree_va_gc_ },
  { &linkname_pragma_names, 1, sizeof (linkname_pragma_names),
    &gt_ggc_mx_vec_tree_va_gc_, &gt_pch_nx_vec_tree_va_gc_ },
  { &linkname_pragma_decls, 1, sizeof (linkname_pragma_decls),
    &gt_ggc_mx_vec_tree_va_gc_, &gt_pch_nx_vec_tree_va_gc_ },
  LAST_GGC_ROOT_TAB
};

/* The rest of a pragma.  */
struct linkname_pragma
{
  char *target;			/* NULL for a push marker.  */
  location_t loc;
  bool std;			/* "#pragma linknamestd".  */
};
static vec<linkname_pragma> linkname_pragmas;

/* Lookups every declaration of the unit makes, constant in the number
   of bindings: the declarations already noted, and the local names of
   pragmas.  Both hold trees that the roots above keep alive.  */
static hash_set<tree> *linkname_noted_decls;
static hash_set<tree> *linkname_pragma_name_set;

/* "#pragma linkname package": the path, and where it was given.  */
static char *linkname_package;
static location_t linkname_package_loc;

/* The name of the attribute a pragma leaves on its declaration, and
   the one "#pragma linknamestd" leaves beside it.  No user can write
   either: an attribute name has no space.  */
static const char linkname_pragma_attribute[] = "linkname pragma";
static const char linkname_std_attribute[] = "linkname std";

bool
linkname_global_scope_p (tree decl)
{
  /* File scope; in C++ also the global namespace itself (a member of
     another namespace has that namespace as its context).  */
  tree ctx = DECL_CONTEXT (decl);
  return (!ctx || TREE_CODE (ctx) == TRANSLATION_UNIT_DECL
	  || linkname_cxx_global_namespace_p (ctx));
}

bool
linkname_pragma_candidate_p (tree decl)
{
  if (!VAR_OR_FUNCTION_DECL_P (decl) || !DECL_NAME (decl)
      || DECL_ARTIFICIAL (decl)
      || !(TREE_PUBLIC (decl) || DECL_EXTERNAL (decl) || TREE_STATIC (decl)))
    return false;
  /* A block-scope extern declaration stands for the file-scope one (in
     C; C++ gives it an alias at namespace scope).  */
  tree ctx = DECL_CONTEXT (decl);
  if (DECL_EXTERNAL (decl) && ctx && TREE_CODE (ctx) == FUNCTION_DECL)
    return !lang_GNU_CXX ();
  return linkname_global_scope_p (decl);
}

void
linkname_registry_note_decl (tree decl)
{
  if (!linkname_noted_decls)
    linkname_noted_decls = new hash_set<tree>;
  if (linkname_noted_decls->add (decl))
    return;
  DECL_PRESERVE_P (decl) = 1;
  vec_safe_push (linkname_decls, decl);
}

/* Put the binding of pragma I on DECL: as an attribute, so that it is
   merged with DECL's redeclarations and saved with it in a precompiled
   header.  Its arguments: the target ("" for a push marker), the
   scheme, and the pragma's location.  */
static void
linkname_attach_pragma (unsigned i, tree decl)
{
  const linkname_pragma &p = linkname_pragmas[i];
  const char *target = p.target ? p.target : "";
  const char *scheme = linkname_scheme_name (linkname_options.scheme);
  tree args
    = tree_cons (NULL_TREE, build_string (strlen (target) + 1, target),
		 tree_cons (NULL_TREE,
			    build_string (strlen (scheme) + 1, scheme),
			    tree_cons (NULL_TREE,
				       build_int_cstu (long_long_unsigned_type_node,
						       p.loc),
				       NULL_TREE)));
  DECL_ATTRIBUTES (decl)
    = tree_cons (get_identifier (linkname_pragma_attribute), args,
		 DECL_ATTRIBUTES (decl));
  if (p.std)
    DECL_ATTRIBUTES (decl)
      = tree_cons (get_identifier (linkname_std_attribute), NULL_TREE,
		   DECL_ATTRIBUTES (decl));
  (*linkname_pragma_decls)[i] = decl;
  linkname_registry_note_decl (decl);
}

/* DECL, a candidate for pragmas of its name, was finished: give it the
   pragmas that wait for it.  A C++ function of the name of a pragma
   already given to another declaration is an overload of it: the pragma
   cannot say which one it means.  */
static void
linkname_match_pragmas (tree decl)
{
  if (!linkname_pragma_name_set->contains (DECL_NAME (decl)))
    return;
  for (unsigned i = 0; i < linkname_pragmas.length (); i++)
    {
      if ((*linkname_pragma_names)[i] != DECL_NAME (decl))
	continue;
      tree bound = (*linkname_pragma_decls)[i];
      if (!bound)
	{
	  if (linkname_validate_decl (linkname_pragmas[i].loc, decl, "pragma"))
	    linkname_attach_pragma (i, decl);
	  else
	    (*linkname_pragma_decls)[i] = error_mark_node;
	}
      else if (bound != decl && TREE_CODE (bound) == FUNCTION_DECL
	       && TREE_CODE (decl) == FUNCTION_DECL && lang_GNU_CXX ())
	{
	  auto_diagnostic_group group;
	  linkname_diagnose (DECL_SOURCE_LOCATION (decl), LINKNAME_NOT_SYMBOL,
			     "%qD overloads %qD, which %<#pragma linkname%> "
			     "binds: the pragma names no single function; "
			     "bind each overload with the attribute", decl,
			     bound);
	  linkname_inform (linkname_pragmas[i].loc, "the pragma is here");
	}
    }
}

void
linkname_registry_claim_pending (tree decl)
{
  if (!linkname_pragmas.is_empty () && DECL_NAME (decl)
      && linkname_pragma_candidate_p (decl))
    linkname_match_pragmas (decl);
}

/* PLUGIN_FINISH_DECL and PLUGIN_FINISH_PARSE_FUNCTION: GCC_DATA is a
   declaration after merging.  */
static void
linkname_see_decl (void *gcc_data, void *user_data ATTRIBUTE_UNUSED)
{
  tree decl = (tree) gcc_data;
  if (!decl || !DECL_P (decl))
    return;
  if (linkname_binding_attribute_p (DECL_ATTRIBUTES (decl)))
    linkname_registry_note_decl (decl);
  if (!linkname_pragmas.is_empty () && linkname_pragma_candidate_p (decl))
    linkname_match_pragmas (decl);
}

void
linkname_registry_add_pragma (tree local, const char *target,
			      location_t loc, tree decl, bool std)
{
  linkname_pragma p;
  p.target = target ? xstrdup (target) : NULL;
  p.loc = loc;
  p.std = std;
  linkname_pragmas.safe_push (p);
  if (!linkname_pragma_name_set)
    linkname_pragma_name_set = new hash_set<tree>;
  linkname_pragma_name_set->add (local);
  vec_safe_push (linkname_pragma_names, local);
  vec_safe_push (linkname_pragma_decls, NULL_TREE);
  if (decl && linkname_pragma_candidate_p (decl))
    linkname_attach_pragma (linkname_pragmas.length () - 1, decl);
}

bool
linkname_registry_set_package (const char *path, location_t loc)
{
  if (linkname_package && strcmp (linkname_package, path) != 0)
    {
      /* A unit is one package, as a Go file is: a second path would
	 silently move the markers before it into another package.  */
      auto_diagnostic_group group;
      linkname_diagnose (loc, LINKNAME_CONFLICT,
			 "%<#pragma linkname package %s%> after %<#pragma "
			 "linkname package %s%>: a unit implements one "
			 "package", path, linkname_package);
      linkname_inform (linkname_package_loc, "the first is here");
      return false;
    }
  if (!linkname_package)
    {
      linkname_package = xstrdup (path);
      linkname_package_loc = loc;
    }
  return true;
}

const char *
linkname_registry_package (void)
{
  return linkname_package;
}

void
linkname_registry_init (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) linkname_roots);
  register_callback (plugin_name, PLUGIN_FINISH_DECL, linkname_see_decl,
		     NULL);
  register_callback (plugin_name, PLUGIN_FINISH_PARSE_FUNCTION,
		     linkname_see_decl, NULL);
}

bool
linkname_binding_attribute_p (tree attrs)
{
  return (lookup_attribute ("linkname", attrs)
	  || lookup_attribute (linkname_pragma_attribute, attrs));
}

tree
linkname_remove_binding_attributes (tree attrs)
{
  attrs = remove_attribute ("linkname", attrs);
  attrs = remove_attribute (linkname_std_attribute, attrs);
  return remove_attribute (linkname_pragma_attribute, attrs);
}

bool
linkname_registry_std_p (tree decl)
{
  return lookup_attribute (linkname_std_attribute, DECL_ATTRIBUTES (decl));
}

/* The string argument ARG of a binding attribute.  */
static const char *
linkname_attribute_string (tree arg)
{
  return TREE_STRING_POINTER (tree_strip_any_location_wrapper (arg));
}

void
linkname_decl_bindings (tree decl, linkname_pending_fn fn, void *data)
{
  /* The newest attribute is first in the list: report in source order,
     so that a message about two bindings names the first one first.  */
  auto_vec<tree, 4> attrs;
  for (tree a = DECL_ATTRIBUTES (decl); a; a = TREE_CHAIN (a))
    attrs.safe_push (a);
  for (unsigned i = attrs.length (); i-- > 0;)
    {
      tree a = attrs[i];
      tree name = get_attribute_name (a);
      struct linkname_pending_binding b;
      b.decl = decl;
      if (is_attribute_p ("linkname", name))
	{
	  struct linkname_spec spec;
	  linkname_attribute_spec (a, &spec);
	  b.target = spec.target;
	  b.scheme = spec.scheme;
	  b.loc = DECL_SOURCE_LOCATION (decl);
	  b.from_pragma = false;
	}
      else if (strcmp (IDENTIFIER_POINTER (name),
		       linkname_pragma_attribute) == 0)
	{
	  tree args = TREE_VALUE (a);
	  const char *target = linkname_attribute_string (TREE_VALUE (args));
	  b.target = *target ? target : NULL;
	  b.scheme = linkname_options.scheme;
	  linkname_scheme_from_name
	    (linkname_attribute_string (TREE_VALUE (TREE_CHAIN (args))),
	     &b.scheme);
	  b.loc = (location_t) tree_to_uhwi
	    (TREE_VALUE (TREE_CHAIN (TREE_CHAIN (args))));
	  b.from_pragma = true;
	}
      else
	continue;
      fn (&b, data);
    }
}

/* The declarations the symbol table holds for a pragma's name that is
   still waiting: a function the unit declared only implicitly (C's
   implicit declarations are never finished as declarations), say.  */
static void
linkname_match_pragmas_late (void)
{
  for (unsigned i = 0; i < linkname_pragmas.length (); i++)
    if (!(*linkname_pragma_decls)[i])
      {
	symtab_node *node;
	FOR_EACH_SYMBOL (node)
	  if (DECL_NAME (node->decl) == (*linkname_pragma_names)[i]
	      && linkname_pragma_candidate_p (node->decl))
	    {
	      linkname_attach_pragma (i, node->decl);
	      break;
	    }
      }
}

void
linkname_registry_adopt_symbols (void)
{
  linkname_match_pragmas_late ();

  /* Compiler-made functions copy their parent's attributes (OpenMP's
     outlined bodies, "fn._omp_fn.0"): they are not bindings of their
     own.  */
  symtab_node *node;
  FOR_EACH_SYMBOL (node)
    if (!DECL_ARTIFICIAL (node->decl)
	&& linkname_binding_attribute_p (DECL_ATTRIBUTES (node->decl)))
      linkname_registry_note_decl (node->decl);
}

void
linkname_registry_for_each (linkname_pending_fn fn, void *data)
{
  /* In the order first seen.  A binding applied in an earlier call has
     lost its attribute.  */
  for (unsigned i = 0; i < vec_safe_length (linkname_decls); i++)
    linkname_decl_bindings ((*linkname_decls)[i], fn, data);
}

void
linkname_registry_finish (bool pch)
{
  linkname_match_pragmas_late ();
  for (unsigned i = 0; i < linkname_pragmas.length (); i++)
    if (!(*linkname_pragma_decls)[i])
      {
	if (pch)
	  linkname_diagnose (linkname_pragmas[i].loc, LINKNAME_CONFLICT,
			     "%<#pragma linkname%> for %qE, which has no "
			     "file-scope declaration in this header: a "
			     "precompiled header keeps a binding only on its "
			     "declaration", (*linkname_pragma_names)[i]);
	else
	  linkname_diagnose (linkname_pragmas[i].loc, LINKNAME_CONFLICT,
			     "%<#pragma linkname%> for %qE, which has no "
			     "file-scope declaration in this unit",
			     (*linkname_pragma_names)[i]);
	/* Said once.  */
	(*linkname_pragma_decls)[i] = error_mark_node;
      }
}
