/* linkname-pass.cc -- the renaming pass.

   Runs right after GIMPLE lowering ("lower"), when the whole unit has
   been parsed and every declaration merged, and before early debug
   information, IPA, LTO streaming or assembly see an assembler name.
   The first time it runs in a unit it applies every binding:

     pull  (no definition here): the declaration takes the target's
	   symbol, so every use of it refers to the target;
     push  (a definition here): the definition is emitted under the
	   target's symbol, global, even when nothing uses it;
     push marker: a push that keeps its default name.

   A unit without functions never lowers one; PLUGIN_ALL_IPA_PASSES_START
   calls linkname_resolve_unit for it, still before any output.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

static bool linkname_unit_resolved;

struct linkname_resolve_state
{
  vec<linkname_resolved> bindings;
  hash_map<tree, unsigned> by_decl;
};

/* Whether DECL is defined in this unit: then a binding pushes it.  A C99
   or gnu_inline body that is not emitted here is not a definition: its
   external definition lives elsewhere, so the binding pulls.  */
static bool
linkname_defined_p (tree decl)
{
  if (DECL_EXTERNAL (decl))
    return false;
  if (TREE_CODE (decl) == FUNCTION_DECL)
    {
      cgraph_node *node = cgraph_node::get (decl);
      return (node && node->definition) || DECL_INITIAL (decl);
    }
  return true;
}

static void
linkname_resolved_free (linkname_resolved &r)
{
  free (r.target);
  free (r.go_name);
  free (r.gc_name);
}

/* Compute the symbol of binding B into R.  False after an error.  */
static bool
linkname_compute (const struct linkname_binding *b, linkname_resolved *r)
{
  r->decl = b->decl;
  r->scheme = b->scheme;
  r->loc = b->loc;
  r->push = linkname_defined_p (b->decl);
  r->marker = !b->target;
  r->was_public = TREE_PUBLIC (b->decl);
  r->symbol = NULL;
  r->target = NULL;
  r->exported = true;
  r->internal = false;
  r->go_name = NULL;
  r->gc_name = NULL;

  if (b->target)
    r->target = xstrdup (b->target);
  else if (linkname_registry_package ())
    r->target = linkname_target_join (linkname_registry_package (),
				      IDENTIFIER_POINTER (DECL_NAME (b->decl)));
  else
    return true;		/* A marker that keeps the C name.  */

  char *symbol;
  if (r->scheme == LINKNAME_SCHEME_VERBATIM)
    symbol = xstrdup (r->target);
  else
    {
      struct linkname_target t;
      struct linkname_error err;
      if (!linkname_target_parse (r->target, strlen (r->target), &t, &err))
	{
	  /* Checked when the attribute or pragma was read; only a
	     marker's default under a bad package can get here.  */
	  linkname_diagnose (r->loc, LINKNAME_INVALID_TARGET,
			     "invalid linkname target %qs: %s", r->target,
			     err.message);
	  linkname_resolved_free (*r);
	  return false;
	}
      symbol = linkname_symbol (&t, r->scheme);
      /* Records, reports and messages use one spelling per target.  */
      free (r->target);
      r->target = linkname_target_canonical (&t);
      r->exported = linkname_target_exported (&t);
      r->internal = linkname_target_internal (&t);
      r->go_name = linkname_target_string (&t);
      r->gc_name = linkname_symbol (&t, LINKNAME_SCHEME_GC);
      linkname_target_free (&t);
    }
  r->symbol = IDENTIFIER_POINTER (get_identifier (symbol));
  free (symbol);
  return true;
}

/* linkname_registry_for_each callback: resolve one binding, and check
   it against the other bindings of the same declaration.  */
static void
linkname_collect (const struct linkname_binding *b, void *data)
{
  linkname_resolve_state *state = (linkname_resolve_state *) data;
  /* A marker speaks of a definition; on a declaration that has none in
     this unit (a header's, say) it means nothing here.  */
  if (!b->target && !linkname_defined_p (b->decl))
    return;
  linkname_resolved r;
  if (!linkname_compute (b, &r))
    return;

  unsigned *prev = state->by_decl.get (b->decl);
  if (!prev)
    {
      state->by_decl.put (b->decl, state->bindings.length ());
      state->bindings.safe_push (r);
      return;
    }
  linkname_resolved &p = state->bindings[*prev];
  if (p.symbol != r.symbol)
    {
      auto_diagnostic_group group;
      if (p.target && r.target && strcmp (p.target, r.target) == 0)
	linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			   "%qD is bound to %qs under two schemes, %qs and "
			   "%qs; a declaration has one symbol", b->decl,
			   r.target, linkname_scheme_name (r.scheme),
			   linkname_scheme_name (p.scheme));
      else
	linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			   "%qD is bound to two targets, %qs and %qs; a "
			   "declaration has one symbol", b->decl,
			   p.target ? p.target : "(its own name)",
			   r.target ? r.target : "(its own name)");
      linkname_inform (p.loc, "the other binding of %qD is here", p.decl);
    }
  linkname_resolved_free (r);
}

/* GCC names the parts and copies of a function by appending to its
   assembler name: "f.cold" for the cold partition, "f.constprop.0",
   "f.part.0", "f.isra.0" for clones.  For a name the assembler reads in
   quotes the result, '"a/b.F".cold', does not assemble (an asm label
   fails the same way).  So a pushed function with such a name is never
   cloned (attribute noclone: no constprop, isra or part copy) and never
   split into hot and cold parts (its own optimisation node, without
   -freorder-blocks-and-partition), nor folded with identical code.  The
   code of the function itself is optimised as before.  */
static void
linkname_keep_whole (tree decl)
{
  /* no_icf too: identical code folding may want a "f.localalias".  */
  static const char *const keep[] = { "noclone", "no_icf" };
  for (unsigned i = 0; i < ARRAY_SIZE (keep); i++)
    if (!lookup_attribute (keep[i], DECL_ATTRIBUTES (decl)))
      DECL_ATTRIBUTES (decl) = tree_cons (get_identifier (keep[i]), NULL_TREE,
					  DECL_ATTRIBUTES (decl));

  tree opts = DECL_FUNCTION_SPECIFIC_OPTIMIZATION (decl);
  if (!opts)
    opts = optimization_default_node;
  if (!TREE_OPTIMIZATION (opts)->x_flag_reorder_blocks_and_partition)
    return;
  tree node = make_node (OPTIMIZATION_NODE);
  TREE_OPTIMIZATION (node) = ggc_alloc<cl_optimization> ();
  *TREE_OPTIMIZATION (node) = *TREE_OPTIMIZATION (opts);
  TREE_OPTIMIZATION (node)->x_flag_reorder_blocks_and_partition = 0;
  DECL_FUNCTION_SPECIFIC_OPTIMIZATION (decl) = node;
}

/* Rename DECL to SYMBOL as an asm label would, quoting for the
   assembler where needed.  */
static void
linkname_rename (tree decl, const char *symbol)
{
  char *spelled = linkname_asm_spelling (symbol);
  /* A rebound built-in: the calls GCC generates itself (block moves,
     folded __builtin_memcpy) go through the built-in's own declaration,
     so rename that too, as finish_decl does for an asm label.  */
  if (TREE_CODE (decl) == FUNCTION_DECL
      && fndecl_built_in_p (decl, BUILT_IN_NORMAL)
      && builtin_decl_explicit_p (DECL_FUNCTION_CODE (decl)))
    set_builtin_user_assembler_name (decl, spelled);
  set_user_assembler_name (decl, spelled);
  free (spelled);
}

/* Make the definition DECL global and keep it even when unused.  */
static void
linkname_make_push (tree decl)
{
  TREE_PUBLIC (decl) = 1;
  DECL_PRESERVE_P (decl) = 1;
  symtab_node *node = symtab_node::get (decl);
  if (node)
    node->force_output = true;
}

static void
linkname_dump (FILE *f, const linkname_resolved &r)
{
  expanded_location xloc = expand_location (r.loc);
  fprintf (f, "%s %s -> %s symbol %s scheme %s at %s:%d\n",
	   r.marker ? "marker" : r.push ? "push" : "pull",
	   IDENTIFIER_POINTER (DECL_NAME (r.decl)),
	   r.target ? r.target : "-",
	   r.symbol ? r.symbol
		    : IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (r.decl)),
	   linkname_scheme_name (r.scheme),
	   xloc.file ? xloc.file : "?", xloc.line);
}

/* Whether R can be applied as written: no asm label, no second push of
   its symbol (PUSHED maps the symbols pushed so far to their
   definitions), a symbol the assembler can read.  Else diagnose.  */
static bool
linkname_applicable_p (const linkname_resolved &r,
		       hash_map<nofree_string_hash, tree> &pushed)
{
  tree decl = r.decl;
  tree asmname = DECL_ASSEMBLER_NAME_SET_P (decl)
		 ? DECL_ASSEMBLER_NAME (decl) : NULL_TREE;
  if (asmname && IDENTIFIER_POINTER (asmname)[0] == '*')
    {
      linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			 "%qD has an %<asm%> label and a linkname; give it "
			 "only one of them", decl);
      return false;
    }
  if (!r.symbol)
    return true;
  if (r.push)
    {
      bool existed;
      tree &first = pushed.get_or_insert (r.symbol, &existed);
      if (existed)
	{
	  auto_diagnostic_group group;
	  linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			     "%qD and %qD both push %qs; a symbol has one "
			     "definition", decl, first, r.symbol);
	  linkname_inform (DECL_SOURCE_LOCATION (first),
			   "%qD is defined here", first);
	  return false;
	}
      first = decl;
    }
  if (!linkname_symbol_operand_safe (r.symbol))
    {
      /* GNU as reads such a quoted name in a directive but not in an
	 instruction operand ("call").  */
      linkname_diagnose (r.loc, LINKNAME_INVALID_TARGET,
			 "symbol %qs of %qD has a character the assembler "
			 "cannot take in an instruction operand (one of "
			 "%<\"%>, %<\\%>, %<,%>, %<;%>, %<@%>)",
			 r.symbol, decl);
      return false;
    }
  if (r.push && strpbrk (r.symbol, " \t\v\f"))
    {
      /* GCC names sections after a definition's symbol (with
	 -ffunction-sections, -fdata-sections, -flto), and the assembler
	 cannot read white space in a section name.  */
      linkname_diagnose (r.loc, LINKNAME_INVALID_TARGET,
			 "symbol %qs of the definition %qD has white space, "
			 "which the assembler cannot take in a section name",
			 r.symbol, decl);
      return false;
    }
  return true;
}

/* Apply R: push, rename, dump and record.  Then the declaration looks
   to the rest of GCC exactly as if an asm label had named it: the
   attribute goes (identical code folding, for one, compares attribute
   lists), and a pull drops the preservation the front-end glue gave it
   in case it turned out to be a definition.  */
static void
linkname_apply (const linkname_resolved &r)
{
  tree decl = r.decl;
  DECL_ATTRIBUTES (decl) = remove_attribute ("linkname",
					     DECL_ATTRIBUTES (decl));
  if (!r.push && !lookup_attribute ("used", DECL_ATTRIBUTES (decl)))
    DECL_PRESERVE_P (decl) = 0;
  if (r.push)
    linkname_make_push (decl);
  if (r.push && r.symbol && TREE_CODE (decl) == FUNCTION_DECL
      && linkname_symbol_needs_quotes (r.symbol))
    linkname_keep_whole (decl);
  if (r.symbol)
    {
      linkname_rename (decl, r.symbol);
      if (tree alias = linkname_cxx_local_alias (decl))
	linkname_rename (alias, r.symbol);
    }
  if (dump_file)
    linkname_dump (dump_file, r);
  if (!seen_error ())
    {
      const char *asmname = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
      linkname_record_binding (decl,
			       r.marker ? LINKNAME_MARKER
			       : r.push ? LINKNAME_PUSH : LINKNAME_PULL,
			       r.symbol ? r.symbol
			       : asmname + (asmname[0] == '*'),
			       r.target, r.scheme, r.loc);
    }
}

void
linkname_resolve_unit (void)
{
  if (linkname_unit_resolved || in_lto_p)
    return;
  linkname_unit_resolved = true;
  if (linkname_registry_empty_p ())
    return;

  /* The resolution is about the whole unit, not the function being
     lowered: keep "In function" out of our diagnostics.  */
  tree saved_function_decl = current_function_decl;
  current_function_decl = NULL_TREE;

  linkname_resolve_state state;
  state.bindings.create (0);
  linkname_registry_for_each (linkname_collect, &state);
  linkname_check_mismatches (state.bindings);

  hash_map<nofree_string_hash, tree> pushed;
  for (unsigned i = 0; i < state.bindings.length (); i++)
    {
      const linkname_resolved &r = state.bindings[i];
      if (!linkname_applicable_p (r, pushed))
	continue;
      linkname_check_risks (r);
      linkname_apply (r);
    }

  for (unsigned i = 0; i < state.bindings.length (); i++)
    linkname_resolved_free (state.bindings[i]);
  state.bindings.release ();
  current_function_decl = saved_function_decl;
}

namespace {

const pass_data pass_data_linkname = {
  GIMPLE_PASS,			/* type */
  "linkname",			/* name */
  OPTGROUP_NONE,		/* optinfo_flags */
  TV_NONE,			/* tv_id */
  PROP_gimple_any,		/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0,				/* todo_flags_finish */
};

class pass_linkname : public gimple_opt_pass
{
public:
  pass_linkname (gcc::context *ctxt)
    : gimple_opt_pass (pass_data_linkname, ctxt)
  {}

  /* Once per unit, in the compiler proper: lto1 reads symbols that were
     renamed before they were streamed.  */
  virtual bool gate (function *)
  {
    return !linkname_unit_resolved && !in_lto_p;
  }

  virtual unsigned int execute (function *)
  {
    linkname_resolve_unit ();
    return 0;
  }
};

} // anon namespace

opt_pass *
make_pass_linkname (gcc::context *ctxt)
{
  return new pass_linkname (ctxt);
}
