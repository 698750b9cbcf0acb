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

   A push whose symbol the assembler reads in quotes ("a/b.F", under the
   gc and verbatim schemes) keeps a plain local name, and the symbol
   becomes a global alias of it: GCC derives names from a definition's
   symbol (".cold", ".constprop.0", ".localalias", "__gcov0.",
   "__odr_asan.", "_ZGV" vector variants, target clones), and from a
   quoted one those do not assemble.

   The unit may hold bindings the first run cannot see yet: a
   declaration from a precompiled header that only a function lowered
   later uses has no symbol yet.  PLUGIN_ALL_IPA_PASSES_START, when
   every function is lowered and still before anything is assembled,
   applies whatever is left (linkname_complete_unit); a unit without
   functions is resolved there.  A compile that never gets so far
   (-fsyntax-only, a precompiled header, errors) checks its bindings at
   PLUGIN_FINISH without applying them (linkname_finish_unit), so that
   it reports the same diagnostics.  */

#include "gcc-common.h"
#include "linkname-plugin.h"

/* What has been done in this unit: 0 nothing, 1 the first resolution,
   2 the last.  */
static int linkname_phase;

/* The bindings resolved so far, in order, and the index of each
   declaration's first.  Their declarations are noted in the registry,
   which keeps them alive for GCC's garbage collector.  */
static vec<linkname_resolved> linkname_bindings;
static hash_map<tree, unsigned> *linkname_by_decl;
/* The index of the first binding of the current call.  */
static unsigned linkname_first_new;
/* The symbols pushed so far, with their definitions.  */
static hash_map<nofree_string_hash, tree> *linkname_pushed;
/* The namespace-scope declarations that C++ makes for block-scope
   extern ones (DECL_LOCAL_DECL_ALIAS): they carry the same attributes,
   and are renamed with the declaration they stand for.  */
static hash_set<tree> *linkname_local_aliases;

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
  free (r.symbol);
  free (r.target);
}

/* Compute the symbol of binding B into R.  False after an error.  */
static bool
linkname_compute (const struct linkname_pending_binding *b,
		  linkname_resolved *r)
{
  r->decl = b->decl;
  r->scheme = b->scheme;
  r->loc = b->loc;
  r->push = linkname_defined_p (b->decl);
  r->marker = !b->target;
  r->was_public = TREE_PUBLIC (b->decl);
  r->symbol = NULL;
  r->target = NULL;

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
      linkname_target_free (&t);
    }
  /* Kept with the binding for the whole unit, across garbage
     collections (an identifier would not be).  */
  r->symbol = symbol;
  return true;
}

/* linkname_decl_bindings callback for linkname_early_symbol: the symbol
   of the first binding, and how many there are.  */
struct linkname_early
{
  char *symbol;
  unsigned count;
};

static void
linkname_early_collect (const struct linkname_pending_binding *b,
			void *data)
{
  linkname_early *e = (linkname_early *) data;
  if (++e->count > 1 || !b->target)
    return;
  linkname_resolved r;
  if (!linkname_compute (b, &r))
    return;
  if (r.symbol && !linkname_symbol_needs_quotes (r.symbol)
      && linkname_symbol_check (r.symbol, false, NULL))
    {
      e->symbol = r.symbol;
      r.symbol = NULL;
    }
  linkname_resolved_free (r);
}

static char *
linkname_early_symbol (tree decl)
{
  if (!linkname_binding_attribute_p (DECL_ATTRIBUTES (decl)))
    return NULL;
  linkname_early e = { NULL, 0 };
  linkname_decl_bindings (decl, linkname_early_collect, &e);
  if (e.count != 1)
    {
      /* Two bindings: the pass says which conflict.  */
      free (e.symbol);
      return NULL;
    }
  return e.symbol;
}

/* GCC gives a declaration its assembler name lazily, the first time
   something asks (C++ mangles it then); for a variable that can be
   while the front end finishes it, when the early debug information
   takes the name for DW_AT_linkage_name, long before the pass renames
   it.  So a declaration that carries a binding is named after its
   symbol right away: the name GCC computes for it is the symbol, as an
   asm label's would be, for a push and a pull alike.  Not for a symbol
   the assembler reads in quotes: a push of one keeps its plain name
   (linkname_push_alias), and a pull of one is renamed by the pass.  A
   conflict is the pass's to diagnose, which knows this name for its
   own.  */
static void (*linkname_default_set_assembler_name) (tree);

static void
linkname_set_assembler_name (tree decl)
{
  char *symbol = NULL;
  /* Not a compiler-made function, which copies the attributes of the
     one it comes from (OpenMP's outlined bodies).  */
  if (VAR_OR_FUNCTION_DECL_P (decl) && !DECL_ARTIFICIAL (decl)
      && !linkname_in_lto_p ())
    {
      /* A pragma written before the declaration waits for the front end
	 to finish it, which is after GCC asks for its name.  */
      linkname_registry_claim_pending (decl);
      symbol = linkname_early_symbol (decl);
    }
  if (!symbol)
    {
      linkname_default_set_assembler_name (decl);
      return;
    }
  char *name = concat ("*", symbol, NULL);
  SET_DECL_ASSEMBLER_NAME (decl, get_identifier (name));
  free (name);
  free (symbol);
}

void
linkname_early_names_init (void)
{
  if (linkname_in_lto_p ())
    return;
  linkname_default_set_assembler_name = lang_hooks.set_decl_assembler_name;
  lang_hooks.set_decl_assembler_name = linkname_set_assembler_name;
}

/* linkname_registry_for_each callback: resolve one binding, and check
   it against the other bindings of the same declaration.  */
static void
linkname_collect (const struct linkname_pending_binding *b, void *)
{
  /* A marker speaks of a definition; on a declaration that has none in
     this unit (a header's, say) it means nothing here.  */
  if (!b->target && !linkname_defined_p (b->decl))
    return;
  if (linkname_local_aliases->contains (b->decl))
    return;
  if (tree alias = linkname_cxx_local_alias (b->decl))
    linkname_local_aliases->add (alias);
  linkname_resolved r;
  if (!linkname_compute (b, &r))
    return;

  unsigned *prev = linkname_by_decl->get (b->decl);
  if (!prev)
    {
      linkname_by_decl->put (b->decl, linkname_bindings.length ());
      linkname_bindings.safe_push (r);
      return;
    }
  linkname_resolved &p = linkname_bindings[*prev];
  if (*prev < linkname_first_new)
    {
      /* Collected in an earlier call already, and left unapplied after
	 an error: said once.  */
      linkname_resolved_free (r);
      return;
    }
  if (!p.symbol != !r.symbol || (p.symbol && strcmp (p.symbol, r.symbol)))
    {
      auto_diagnostic_group group;
      if (p.target && r.target && strcmp (p.target, r.target) == 0)
	linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			   "%qD is bound to %qs under two schemes, %qs and "
			   "%qs; a declaration has one symbol", b->decl,
			   r.target, linkname_scheme_name (p.scheme),
			   linkname_scheme_name (r.scheme));
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

/* The symbol table's first node whose assembler name is NAME, or NULL.
   Without making an identifier for the lookup, which would stay for the
   unit (one per binding): a name that no identifier spells, with or
   without the '*' of an asm label, names no node.  */
static symtab_node *
linkname_node_for_asmname (const char *name)
{
  tree id = maybe_get_identifier (name);
  if (!id)
    {
      char *starred = concat ("*", name, NULL);
      id = maybe_get_identifier (starred);
      free (starred);
    }
  return id ? symtab_node::get_for_asmname (id) : NULL;
}

/* Another declaration of the unit that defines SYMBOL, other than DECL
   and the declarations bound to SYMBOL themselves; or NULL_TREE.  */
static tree
linkname_symbol_taken (const char *symbol, tree decl)
{
  symtab_node *node = linkname_node_for_asmname (symbol);
  char *spelled = linkname_asm_spelling (symbol);
  if (!node && strcmp (spelled, symbol) != 0)
    node = linkname_node_for_asmname (spelled);
  free (spelled);
  for (; node; node = node->next_sharing_asm_name)
    {
      if (node->decl == decl || !node->definition)
	continue;
      unsigned *i = linkname_by_decl->get (node->decl);
      if (i && linkname_bindings[*i].symbol
	  && strcmp (linkname_bindings[*i].symbol, symbol) == 0)
	continue;
      return node->decl;
    }
  return NULL_TREE;
}

/* Whether R can be applied as written: no asm label, no weakref, no
   second push of its symbol, no other definition of it in the unit, a
   symbol the assembler can read.  Else diagnose.  */
static bool
linkname_applicable_p (const linkname_resolved &r)
{
  tree decl = r.decl;
  tree asmname = DECL_ASSEMBLER_NAME_SET_P (decl)
		 ? DECL_ASSEMBLER_NAME (decl) : NULL_TREE;
  /* An asm label; not the name linkname_early_symbol gave it.  */
  if (asmname && IDENTIFIER_POINTER (asmname)[0] == '*'
      && !(r.symbol && strcmp (IDENTIFIER_POINTER (asmname) + 1,
			       r.symbol) == 0))
    {
      linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			 "%qD has an %<asm%> label and a linkname; give it "
			 "only one of them", decl);
      return false;
    }
  if (lookup_attribute ("weakref", DECL_ATTRIBUTES (decl)))
    {
      /* A weakref defines nothing: it is another name for its target,
	 which it names itself.  */
      linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			 "%qD is a %<weakref%>, which names its target "
			 "itself, and has a linkname; give it only one of "
			 "them", decl);
      return false;
    }
  if (!r.symbol)
    return true;

  struct linkname_error err;
  if (!linkname_symbol_check (r.symbol, r.push, &err))
    {
      linkname_diagnose (r.loc, LINKNAME_INVALID_TARGET,
			 r.push ? G_("symbol %qs of the definition %qD %s")
				: G_("symbol %qs of %qD %s"),
			 r.symbol, decl, err.message);
      return false;
    }
  if (!r.push && linkname_symbol_needs_quotes (r.symbol)
      && lookup_attribute ("omp declare simd", DECL_ATTRIBUTES (decl)))
    {
      /* GCC names the vector variants after the symbol ("_ZGVbN4v_"
	 and the symbol), which cannot be spelled for a quoted one.  */
      linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			 "%qD asks for vector variants (%<omp declare "
			 "simd%>) of %qs, a symbol the assembler reads in "
			 "quotes: their names could not be written",
			 decl, r.symbol);
      return false;
    }

  if (r.push)
    {
      bool existed;
      tree &first = linkname_pushed->get_or_insert (r.symbol, &existed);
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
  if (tree other = linkname_symbol_taken (r.symbol, decl))
    {
      /* Two definitions of one symbol, or a pull that the unit's own
	 definition of another name would silently satisfy.  */
      auto_diagnostic_group group;
      linkname_diagnose (r.loc, LINKNAME_CONFLICT,
			 "%qD is bound to %qs, which %qD of this unit "
			 "already defines", decl, r.symbol, other);
      linkname_inform (DECL_SOURCE_LOCATION (other), "%qD is defined here",
		       other);
      if (r.push)
	linkname_pushed->remove (r.symbol);
      return false;
    }
  return true;
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

/* Push the definition DECL as SYMBOL, which the assembler reads in
   quotes: DECL becomes local under its own plain name, and SYMBOL a
   global alias of it (as __attribute__ ((alias)) makes one), so that
   no name GCC derives from DECL's is quoted.  */
static void
linkname_push_alias (tree decl, const char *symbol)
{
  char *spelled = linkname_asm_spelling (symbol);
  tree alias = copy_node (decl);
  char *asmname = concat ("*", spelled, NULL);
  SET_DECL_ASSEMBLER_NAME (alias, get_identifier (asmname));
  free (asmname);
  free (spelled);
  /* The attributes stay with the definition: target_clones or
     omp declare simd, say, concern its body, not the second name.  */
  DECL_ATTRIBUTES (alias) = NULL_TREE;
  TREE_PUBLIC (alias) = 1;
  DECL_EXTERNAL (alias) = 0;
  TREE_STATIC (alias) = 1;
  DECL_COMDAT (alias) = 0;
  DECL_ARTIFICIAL (alias) = 1;
  /* The debug information describes the definition, under the name the
     object has for it; the alias adds nothing there.  */
  DECL_IGNORED_P (alias) = 1;
  DECL_PRESERVE_P (alias) = 1;
  SET_DECL_RTL (alias, NULL);

  /* The definition: local, kept even when unused.  */
  TREE_PUBLIC (decl) = 0;
  DECL_WEAK (decl) = 0;
  DECL_COMDAT (decl) = 0;
  DECL_VISIBILITY_SPECIFIED (decl) = 0;
  DECL_VISIBILITY (decl) = VISIBILITY_DEFAULT;
  DECL_PRESERVE_P (decl) = 1;

  symtab_node *alias_node;
  if (TREE_CODE (decl) == FUNCTION_DECL)
    {
      DECL_STRUCT_FUNCTION (alias) = NULL;
      DECL_SAVED_TREE (alias) = NULL_TREE;
      DECL_ARGUMENTS (alias) = NULL_TREE;
      DECL_RESULT (alias) = NULL_TREE;
      DECL_INITIAL (alias) = error_mark_node;
      alias_node = cgraph_node::create_alias (alias, decl);
    }
  else
    {
      DECL_INITIAL (alias) = NULL_TREE;
      alias_node = varpool_node::create_alias (alias, decl);
    }
  alias_node->force_output = true;
  linkname_registry_note_decl (alias);
  if (symtab_node *node = symtab_node::get (decl))
    node->force_output = true;
}

/* Apply R: push, rename, dump and record.  Then the declaration looks
   to the rest of GCC exactly as if an asm label had named it: the
   binding attributes go (identical code folding, for one, compares
   attribute lists), and a pull drops the preservation the front-end
   glue gave it in case it turned out to be a definition.  */
static void
linkname_apply (const linkname_resolved &r)
{
  tree decl = r.decl;
  /* How the linker treats the definition, for the record: before the
     alias below moves a weak definition's weakness to the alias.  */
  unsigned flags = 0;
  if (r.push && DECL_WEAK (decl))
    flags |= LINKNAME_RECORD_WEAK;
  if (r.push && VAR_P (decl) && DECL_COMMON (decl))
    flags |= LINKNAME_RECORD_COMMON;
  if (r.push && linkname_registry_std_p (decl))
    flags |= LINKNAME_RECORD_STD;

  DECL_ATTRIBUTES (decl)
    = linkname_remove_binding_attributes (DECL_ATTRIBUTES (decl));
  if (!r.push && !lookup_attribute ("used", DECL_ATTRIBUTES (decl)))
    DECL_PRESERVE_P (decl) = 0;
  /* A common symbol has no section and no alias; none of the names GCC
     derives from a definition's symbol is made for one either, so it
     takes the quoted name itself.  */
  if (r.push && r.symbol && linkname_symbol_needs_quotes (r.symbol)
      && !(VAR_P (decl) && DECL_COMMON (decl)))
    linkname_push_alias (decl, r.symbol);
  else
    {
      if (r.push)
	linkname_make_push (decl);
      if (r.symbol)
	{
	  linkname_rename (decl, r.symbol);
	  if (tree alias = linkname_cxx_local_alias (decl))
	    linkname_rename (alias, r.symbol);
	}
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
			       r.target, r.scheme, r.loc, flags);
    }
}

/* Resolve the bindings of the unit not resolved yet; with APPLY, apply
   them, else only check them.  */
static void
linkname_resolve (bool apply)
{
  if (!linkname_by_decl)
    {
      linkname_by_decl = new hash_map<tree, unsigned>;
      linkname_pushed = new hash_map<nofree_string_hash, tree>;
      linkname_local_aliases = new hash_set<tree>;
    }

  /* The resolution is about the whole unit, not the function being
     lowered: keep "In function" out of our diagnostics.  */
  tree saved_function_decl = current_function_decl;
  current_function_decl = NULL_TREE;

  unsigned first = linkname_first_new = linkname_bindings.length ();
  linkname_registry_adopt_symbols ();
  linkname_registry_for_each (linkname_collect, NULL);
  linkname_diagnose_mismatches (linkname_bindings, first);
  for (unsigned i = first; i < linkname_bindings.length (); i++)
    {
      const linkname_resolved &r = linkname_bindings[i];
      linkname_registry_note_decl (r.decl);
      if (!linkname_applicable_p (r))
	continue;
      linkname_diagnose_risks (r);
      if (apply)
	linkname_apply (r);
    }
  /* Later calls compare their bindings with these by declaration and
     symbol only: the target goes now, not at the end of the unit.  */
  for (unsigned i = first; i < linkname_bindings.length (); i++)
    {
      free (linkname_bindings[i].target);
      linkname_bindings[i].target = NULL;
    }
  current_function_decl = saved_function_decl;
}

void
linkname_resolve_unit (void)
{
  if (linkname_phase >= 1 || linkname_in_lto_p ())
    return;
  linkname_phase = 1;
  linkname_resolve (true);
}

/* The last resolution of the unit, once: with APPLY, apply what is
   left, else only check it.  */
static void
linkname_last_resolution (bool apply)
{
  if (linkname_phase >= 2 || linkname_in_lto_p ())
    return;
  linkname_phase = 2;
  linkname_resolve (apply);
  linkname_registry_finish (linkname_precompiling_header_p ());

  /* Nothing is resolved after this: give the memory back before the
     unit is expanded and written, where the compiler needs the most.  */
  for (unsigned i = 0; i < linkname_bindings.length (); i++)
    linkname_resolved_free (linkname_bindings[i]);
  linkname_bindings.release ();
  delete linkname_by_decl;
  delete linkname_pushed;
  delete linkname_local_aliases;
  linkname_by_decl = NULL;
  linkname_pushed = NULL;
  linkname_local_aliases = NULL;
  linkname_go_unit_free ();
}

void
linkname_complete_unit (void)
{
  /* A precompiled header is checked at the end (linkname_finish_unit),
     never applied.  */
  if (!linkname_precompiling_header_p ())
    linkname_last_resolution (true);
}

void
linkname_finish_unit (void)
{
  linkname_last_resolution (false);
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
     renamed before they were streamed.  A precompiled header is only
     checked (linkname_finish_unit): its bindings stay on their
     declarations, for the units that include it.  */
  virtual bool gate (function *)
  {
    return (linkname_phase == 0 && !linkname_in_lto_p ()
	    && !linkname_precompiling_header_p ());
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
