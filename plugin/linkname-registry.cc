/* linkname-registry.cc -- what the front end saw, kept for the pass.

   The renaming pass runs after parsing, on merged declarations.  Until
   then this file keeps the declarations that carry an attribute and
   the pragmas, with their declarations once known.  Trees kept across
   a garbage collection must be reachable from a GC root, or GCC frees
   them under us: they live in GC-allocated vectors registered as roots
   (PLUGIN_REGISTER_GGC_ROOTS).  Plain data (strings, locations) lives
   on the heap.

   Only survivors of declaration merging are kept: a redeclaration that
   the front end merges into an earlier declaration is freed at once, so
   declarations are noted at PLUGIN_FINISH_DECL and
   PLUGIN_FINISH_PARSE_FUNCTION, which see the survivor, never from the
   attribute handler.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

/* Declarations that carry a linkname attribute, in order first seen.  */
static vec<tree, va_gc> *linkname_decls;

/* Two trees per pragma: the local name (an identifier) and its
   declaration (NULL_TREE until known).  */
static vec<tree, va_gc> *linkname_pragma_trees;

static const struct ggc_root_tab linkname_roots[] = {
  { &linkname_decls, 1, sizeof (linkname_decls),
    &gt_ggc_mx_vec_tree_va_gc_, &gt_pch_nx_vec_tree_va_gc_ },
  { &linkname_pragma_trees, 1, sizeof (linkname_pragma_trees),
    &gt_ggc_mx_vec_tree_va_gc_, &gt_pch_nx_vec_tree_va_gc_ },
  LAST_GGC_ROOT_TAB
};

/* The rest of a pragma.  */
struct linkname_pragma
{
  char *target;			/* NULL for a push marker.  */
  location_t loc;
};
static vec<linkname_pragma> linkname_pragmas;

/* Lookups that every declaration of the unit makes, kept constant in
   the number of bindings: the declarations already noted, and the local
   names that pragmas wait for.  Both hold trees that the roots above
   keep alive, so they need no GC marking of their own.  */
static hash_set<tree> *linkname_noted_decls;
static hash_set<tree> *linkname_pragma_names;

static char *linkname_package;

static tree
pragma_local (unsigned i)
{
  return (*linkname_pragma_trees)[2 * i];
}

static tree &
pragma_decl (unsigned i)
{
  return (*linkname_pragma_trees)[2 * i + 1];
}

/* Whether DECL is what a pragma for its name means: a function or
   variable with linkage.  */
static bool
linkname_pragma_candidate_p (tree decl)
{
  return (VAR_OR_FUNCTION_DECL_P (decl) && DECL_NAME (decl)
	  && (TREE_PUBLIC (decl) || DECL_EXTERNAL (decl)
	      || TREE_STATIC (decl))
	  && (DECL_EXTERNAL (decl) || !DECL_CONTEXT (decl)
	      || TREE_CODE (DECL_CONTEXT (decl)) == TRANSLATION_UNIT_DECL
	      || TREE_CODE (DECL_CONTEXT (decl)) == NAMESPACE_DECL));
}

/* Give DECL to every pragma still waiting for a declaration of its
   name.  */
static void
linkname_match_pragmas (tree decl)
{
  if (!linkname_pragma_candidate_p (decl)
      || !linkname_pragma_names->contains (DECL_NAME (decl)))
    return;
  for (unsigned i = 0; i < linkname_pragmas.length (); i++)
    if (pragma_local (i) == DECL_NAME (decl) && !pragma_decl (i))
      {
	pragma_decl (i) = decl;
	DECL_PRESERVE_P (decl) = 1;
      }
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

/* PLUGIN_FINISH_DECL and PLUGIN_FINISH_PARSE_FUNCTION: GCC_DATA is a
   declaration after merging.  */
static void
linkname_see_decl (void *gcc_data, void *user_data ATTRIBUTE_UNUSED)
{
  tree decl = (tree) gcc_data;
  if (!decl || !DECL_P (decl))
    return;
  if (lookup_attribute ("linkname", DECL_ATTRIBUTES (decl)))
    linkname_registry_note_decl (decl);
  if (!linkname_pragmas.is_empty ())
    linkname_match_pragmas (decl);
}

void
linkname_registry_add_pragma (tree local, const char *target,
			      location_t loc, tree decl)
{
  linkname_pragma p;
  p.target = target ? xstrdup (target) : NULL;
  p.loc = loc;
  linkname_pragmas.safe_push (p);
  if (!linkname_pragma_names)
    linkname_pragma_names = new hash_set<tree>;
  linkname_pragma_names->add (local);
  vec_safe_push (linkname_pragma_trees, local);
  vec_safe_push (linkname_pragma_trees,
		 decl && linkname_pragma_candidate_p (decl) ? decl
							     : NULL_TREE);
  if (decl)
    DECL_PRESERVE_P (decl) = 1;
}

void
linkname_registry_set_package (const char *path,
			       location_t loc ATTRIBUTE_UNUSED)
{
  free (linkname_package);
  linkname_package = xstrdup (path);
}

const char *
linkname_registry_package (void)
{
  return linkname_package;
}

bool
linkname_registry_empty_p (void)
{
  return vec_safe_is_empty (linkname_decls) && linkname_pragmas.is_empty ();
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

/* Report the bindings of DECL from its attributes to FN.  */
static void
linkname_each_attribute (tree decl,
			 void (*fn) (const struct linkname_binding *, void *),
			 void *data)
{
  for (tree a = lookup_attribute ("linkname", DECL_ATTRIBUTES (decl)); a;
       a = lookup_attribute ("linkname", TREE_CHAIN (a)))
    {
      struct linkname_spec spec;
      linkname_attribute_spec (a, &spec);
      struct linkname_binding b;
      b.decl = decl;
      b.target = spec.target;
      b.scheme = spec.scheme;
      b.loc = DECL_SOURCE_LOCATION (decl);
      b.from_pragma = false;
      fn (&b, data);
    }
}

void
linkname_registry_for_each (void (*fn) (const struct linkname_binding *,
					void *),
			    void *data)
{
  hash_set<tree> seen;

  /* Declarations seen by the front end...  */
  for (unsigned i = 0; i < vec_safe_length (linkname_decls); i++)
    {
      tree decl = (*linkname_decls)[i];
      if (!seen.add (decl))
	linkname_each_attribute (decl, fn, data);
    }
  /* ... and definitions the events did not show us (a function defined
     without an earlier declaration, say).  */
  symtab_node *node;
  FOR_EACH_SYMBOL (node)
    if (lookup_attribute ("linkname", DECL_ATTRIBUTES (node->decl))
	&& !seen.add (node->decl))
      linkname_each_attribute (node->decl, fn, data);

  for (unsigned i = 0; i < linkname_pragmas.length (); i++)
    {
      tree decl = pragma_decl (i);
      if (!decl)
	FOR_EACH_SYMBOL (node)
	  if (DECL_NAME (node->decl) == pragma_local (i)
	      && linkname_pragma_candidate_p (node->decl))
	    {
	      decl = pragma_decl (i) = node->decl;
	      break;
	    }
      if (!decl)
	{
	  linkname_diagnose (linkname_pragmas[i].loc, LINKNAME_CONFLICT,
			     "%<#pragma linkname%> for %qE, which has no "
			     "file-scope declaration in this unit",
			     pragma_local (i));
	  continue;
	}
      struct linkname_binding b;
      b.decl = decl;
      b.target = linkname_pragmas[i].target;
      b.scheme = linkname_options.scheme;
      b.loc = linkname_pragmas[i].loc;
      b.from_pragma = true;
      fn (&b, data);
    }
}
