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

/* linkname-attribute.cc -- __attribute__((linkname ...)), front-end glue.

   The handler only checks and keeps: the attribute stays in
   DECL_ATTRIBUTES, where GCC merges it across redeclarations, and the
   renaming pass applies it to the merged declaration.  Renaming here
   would be lost: C's merge_decls copies the first declaration's
   assembler name over a redeclaration's.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

bool
linkname_validate_target (location_t loc, const char *text, size_t len,
			  enum linkname_scheme scheme)
{
  struct linkname_error err;
  if (scheme == LINKNAME_SCHEME_VERBATIM)
    {
      if (linkname_verbatim_check (text, len, &err))
	return true;
    }
  else
    {
      struct linkname_target target;
      if (linkname_target_parse (text, len, &target, &err))
	{
	  linkname_target_free (&target);
	  return true;
	}
    }
  /* Quote the target with control bytes and invalid UTF-8 made
     visible, so the message stays one clean line.  */
  char *shown = linkname_printable (text, len);
  linkname_diagnose (loc, LINKNAME_INVALID_TARGET,
		     "invalid linkname target %qs: %s (at byte %u)",
		     shown, err.message, (unsigned) err.offset);
  free (shown);
  return false;
}

bool
linkname_validate_decl (location_t loc, tree decl, const char *what)
{
  const char *kind = linkname_cxx_not_symbol (decl);
  if (kind)
    ;
  else if (TYPE_P (decl))
    kind = "a type";
  else
    switch (TREE_CODE (decl))
      {
      case FUNCTION_DECL:
	if (DECL_CONTEXT (decl) && TYPE_P (DECL_CONTEXT (decl)))
	  kind = "a member function";
	break;
      case VAR_DECL:
	if (DECL_CONTEXT (decl) && TYPE_P (DECL_CONTEXT (decl)))
	  kind = "a static data member";
	else if (!DECL_EXTERNAL (decl)
		 && (!TREE_STATIC (decl) || current_function_decl
		     || (DECL_CONTEXT (decl)
			 && TREE_CODE (DECL_CONTEXT (decl)) == FUNCTION_DECL)))
	  kind = "a local variable";
	break;
      case FIELD_DECL:
	kind = "a field";
	break;
      case PARM_DECL:
	kind = "a parameter";
	break;
      case LABEL_DECL:
	kind = "a label";
	break;
      case TYPE_DECL:
	kind = "a type";
	break;
      case CONST_DECL:
	kind = "an enumerator";
	break;
      default:
	kind = "not a function or variable";
	break;
      }
  if (!kind)
    return true;
  if (DECL_P (decl) && DECL_NAME (decl))
    linkname_diagnose (loc, LINKNAME_NOT_SYMBOL,
		       "linkname %s on %qD, which is %s: only functions and "
		       "variables with linkage can be bound to a symbol",
		       what, decl, kind);
  else
    linkname_diagnose (loc, LINKNAME_NOT_SYMBOL,
		       "linkname %s on %s: only functions and variables with "
		       "linkage can be bound to a symbol", what, kind);
  return false;
}

/* The location to blame for attribute argument ARG of a declaration at
   DECL_LOC: the argument's own location when the front end kept one
   (C++ wraps arguments in location wrappers; C keeps none), else the
   name of the declaration, else where the parser is.  */
static location_t
linkname_arg_location (tree arg, location_t decl_loc)
{
  if (arg && EXPR_HAS_LOCATION (arg))
    return EXPR_LOCATION (arg);
  if (decl_loc != UNKNOWN_LOCATION)
    return decl_loc;
  return input_location;
}

/* ARG as a narrow string literal, or NULL_TREE (after an error).  */
static tree
linkname_string_arg (tree arg, location_t loc, const char *which)
{
  tree str = tree_strip_any_location_wrapper (arg);
  if (TREE_CODE (str) == STRING_CST
      && TREE_TYPE (str)
      && TREE_CODE (TREE_TYPE (str)) == ARRAY_TYPE
      && TYPE_PRECISION (TREE_TYPE (TREE_TYPE (str))) == CHAR_TYPE_SIZE
      && TREE_STRING_LENGTH (str) >= 1)
    return str;
  linkname_diagnose (loc, LINKNAME_INVALID_TARGET,
		     "the %s argument of attribute %<linkname%> must be a "
		     "narrow string literal", which);
  return NULL_TREE;
}

/* The handler of attribute linkname: check the arguments and the
   declaration, keep the attribute on success.  */
static tree
linkname_handle_attribute (tree *node, tree name ATTRIBUTE_UNUSED, tree args,
			   int flags ATTRIBUTE_UNUSED, bool *no_add_attrs)
{
  tree decl = *node;
  location_t decl_loc = DECL_P (decl) ? DECL_SOURCE_LOCATION (decl)
				      : input_location;
  location_t loc = linkname_arg_location (args ? TREE_VALUE (args) : NULL,
					  decl_loc);
  *no_add_attrs = true;

  if (!linkname_validate_decl (loc, decl, "attribute"))
    return NULL_TREE;

  enum linkname_scheme scheme = linkname_options.scheme;
  if (args && TREE_CHAIN (args))
    {
      tree arg = TREE_VALUE (TREE_CHAIN (args));
      location_t sloc = linkname_arg_location (arg, loc);
      tree str = linkname_string_arg (arg, sloc, "second");
      if (!str)
	return NULL_TREE;
      if (!linkname_scheme_from_name (TREE_STRING_POINTER (str), &scheme)
	  || (size_t) TREE_STRING_LENGTH (str)
	     != strlen (TREE_STRING_POINTER (str)) + 1)
	{
	  linkname_diagnose (sloc, LINKNAME_INVALID_TARGET,
			     "unknown linkname scheme %qs; valid schemes are %s",
			     TREE_STRING_POINTER (str), linkname_scheme_names ());
	  return NULL_TREE;
	}
    }
  if (args)
    {
      tree str = linkname_string_arg (TREE_VALUE (args), loc, "first");
      if (!str)
	return NULL_TREE;
      /* TREE_STRING_LENGTH counts the terminating NUL; an embedded NUL
	 is rejected by the target checks.  */
      if (!linkname_validate_target (loc, TREE_STRING_POINTER (str),
				     TREE_STRING_LENGTH (str) - 1, scheme))
	return NULL_TREE;
    }

  /* Keep the declaration alive from the start: a pushed definition is
     emitted even when nothing in the unit uses it, and the decision to
     drop unused static functions is taken before the pass runs.  This
     is what attribute "used" does.  */
  DECL_PRESERVE_P (decl) = 1;
  *no_add_attrs = false;
  /* Not noted in the registry here: DECL may be a redeclaration that
     the front end merges into an earlier one and then frees.  The
     registry notes the survivor at PLUGIN_FINISH_DECL.  */
  return NULL_TREE;
}

void
linkname_attribute_spec (tree attr, struct linkname_spec *spec)
{
  tree args = TREE_VALUE (attr);
  spec->target = NULL;
  spec->scheme = linkname_options.scheme;
  if (!args)
    return;
  tree target = tree_strip_any_location_wrapper (TREE_VALUE (args));
  spec->target = TREE_STRING_POINTER (target);
  if (TREE_CHAIN (args))
    linkname_scheme_from_name
      (TREE_STRING_POINTER
	 (tree_strip_any_location_wrapper (TREE_VALUE (TREE_CHAIN (args)))),
       &spec->scheme);
}

static struct attribute_spec linkname_attribute;

/* linkname_loaded: an attribute that exists while the plugin is loaded,
   and does nothing.  The guard header of the compiler wrappers
   (wrapper/linkname-guard.h) declares a variable with it and asks
   __builtin_has_attribute whether it is there, which is an error for
   an attribute GCC does not know: a compile that was meant to load the
   plugin and did not (a distributed build's server without it) fails.
   So the attribute stays on the declaration.  */
static struct attribute_spec linkname_loaded_attribute;

static tree
linkname_handle_loaded (tree *, tree, tree, int, bool *)
{
  return NULL_TREE;
}

/* Fill SPEC by field name (the positional order of attribute_spec
   changes between GCC versions) and register it.  Neither attribute is
   decl_required: GCC would then drop a linkname from a type with a mere
   warning, and a linkname on a type is an error.  */
static void
linkname_register_attribute (struct attribute_spec *spec, const char *name,
			     int max_length,
			     tree (*handler) (tree *, tree, tree, int, bool *))
{
  spec->name = name;
  spec->min_length = 0;
  spec->max_length = max_length;
  spec->decl_required = false;
  spec->type_required = false;
  spec->function_type_required = false;
  spec->affects_type_identity = false;
  spec->handler = handler;
  spec->exclude = NULL;
  register_attribute (spec);
}

void
linkname_register_attributes (void *gcc_data ATTRIBUTE_UNUSED,
			      void *user_data ATTRIBUTE_UNUSED)
{
  linkname_register_attribute (&linkname_attribute, "linkname", 2,
			       linkname_handle_attribute);
  linkname_register_attribute (&linkname_loaded_attribute, "linkname_loaded",
			       0, linkname_handle_loaded);
}
