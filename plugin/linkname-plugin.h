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

/* linkname-plugin.h -- what the parts of the linkname plugin share.

   The plugin is two files.  linkname.so (linkname-loader.cc, which
   does not include this header) is what GCC loads: it checks the GCC
   and loads linkname-core.so, the plugin proper, which is split by job:
     linkname-plugin.cc      linkname_core_init: arguments, events
     linkname-attribute.cc   __attribute__((linkname ...)): front-end glue
     linkname-pragma.cc      #pragma linkname: front-end glue
     linkname-cxx.cc         what C++ declarations cannot be bound
     linkname-registry.cc    what the front end saw, kept (GC-rooted) for
                             the pass
     linkname-pass.cc        the renaming pass
     linkname-diagnostic.cc  diagnostics tagged [linkname-CLASS]
     linkname-type.cc        canonical spelling of C types
     linkname-emit-record.cc the .note.linkname record of each binding
                             and its report line (the format is
                             lib/record.c's)
     linkname-report.cc      the JSON Lines report
     linkname-risk.cc        the ABI-risk diagnostics (blocked, policy,
                             unexported, internal decided by
                             lib/classify.c, as for linkname-check)
     linkname-go-signature.cc  the Go signature check against gccgo's
                             export data (lib/go-layout.h)
     linkname-lto.cc         the names of the LTO symbol table  */

#ifndef LINKNAME_PLUGIN_H
#define LINKNAME_PLUGIN_H

#include "linkname.h"
#include "linkname-record.h"
#include "linkname-text.h"
#include "linkname-blocklist.h"
#include "linkname-policy.h"
#include "linkname-classify.h"

/* The name GCC knows us by (from plugin_info->base_name).  */
extern const char *linkname_plugin_name;
/* The version of the GCC we run in, as "gcc -dumpfullversion" says it
   (plugin_gcc_version's basever), for the records.  */
extern const char *linkname_gcc_version;

/* Settings from -fplugin-arg-linkname-KEY=VALUE.  */
struct linkname_options
{
  /* The scheme of a target whose attribute names none.  */
  enum linkname_scheme scheme;
  /* The Go release whose linker's blocklist the pulls are checked
     against (-fplugin-arg-linkname-go=VERSION).  */
  enum linkname_go_release go;
};
extern struct linkname_options linkname_options;

/* The risk classes of SPEC section 4, used to tag every diagnostic.
   The first five are errors; the rest are warnings, but go-signature
   is an error by default and go-missing off by default (both under the
   controls of every warning class).  */
enum linkname_class
{
  LINKNAME_INVALID_TARGET,
  LINKNAME_NOT_SYMBOL,
  LINKNAME_CONFLICT,
  LINKNAME_BLOCKED,
  LINKNAME_POLICY,
  LINKNAME_UNEXPORTED,
  LINKNAME_INTERNAL,
  LINKNAME_MISMATCH,
  LINKNAME_BUILTIN,
  LINKNAME_STATIC,
  LINKNAME_WEAK,
  LINKNAME_VISIBILITY,
  LINKNAME_GC_ABI,
  LINKNAME_GO_SIGNATURE,	/* An error by default, but controllable.  */
  LINKNAME_GO_MISSING,		/* Off by default.  */
  LINKNAME_N_CLASSES
};

/* linkname-diagnostic.cc.  A diagnostic of class CLS at LOC,
   printf-style with GCC's %q/%D directives, ending in
   "[linkname-CLASS]": an error or a warning as the class and the
   controls say.  Returns whether it was shown.  */
bool linkname_diagnose (location_t loc, enum linkname_class cls,
			const char *gmsgid, ...) ATTRIBUTE_GCC_DIAG (3, 4);
/* A note attached to the diagnostic just issued.  */
void linkname_inform (location_t loc, const char *gmsgid, ...)
  ATTRIBUTE_GCC_DIAG (2, 3);
const char *linkname_class_name (enum linkname_class cls);
/* Apply the argument -fplugin-arg-PLUGIN-KEY[=VALUE] if it is a
   diagnostic control (-W..., -Werror...): 1 if it was, 0 if KEY is not
   one, -1 after an error.  */
int linkname_diagnostic_option (const char *plugin, const char *key,
				const char *value);

/* A diagnostic of class CLS shown as a warning whatever the class's
   default (a policy's "warn" rule; a soft finding of the Go signature
   check), under the same controls otherwise: -Werror and -Werror=CLASS
   make it an error, -Wno-CLASS turns a warning class's off.  */
bool linkname_diagnose_warning (location_t loc, enum linkname_class cls,
				const char *gmsgid, ...)
  ATTRIBUTE_GCC_DIAG (3, 4);

/* Provenance (linkname-record.h): what was relaxed for the binding at
   LOC.  linkname_diagnose notes the diagnostics that were due there and
   were turned off (-Wno-CLASS), down (-Wno-error=CLASS after -Werror)
   or hidden (-w); the policy check notes its rule with
   linkname_relaxed_rule: WORD ("allow:PATTERN", "warn:policy") and
   WHERE ("FILE:LINE").  linkname_relaxed_text returns the record's
   words (malloc'd) and sets *WHERE, or returns NULL if nothing was
   relaxed at LOC.  */
void linkname_relaxed_rule (location_t loc, const char *word,
			    const char *where);
char *linkname_relaxed_text (location_t loc, const char **where);

/* linkname-risk.cc.  The policy file of -fplugin-arg-linkname-policy:
   load it, or diagnose and return false.  */
bool linkname_policy_set_file (const char *file);

/* linkname-report.cc.  The JSON Lines report.  */
bool linkname_report_set_file (const char *file);
void linkname_report_diagnostic (location_t loc, const char *cls,
				 const char *severity, const char *message);
void linkname_report_binding (const struct linkname_record *r,
			      location_t loc);

/* linkname-attribute.cc.  */
void linkname_register_attributes (void *gcc_data, void *user_data);
/* The binding an accepted linkname attribute ATTR describes: its target
   text (NULL for a push marker), and its scheme.  */
struct linkname_spec
{
  const char *target;		/* NUL-free, NUL-terminated, or NULL.  */
  enum linkname_scheme scheme;
};
void linkname_attribute_spec (tree attr, struct linkname_spec *spec);
/* Check TEXT (LEN bytes) as a target under SCHEME; on error diagnose at
   LOC and return false.  */
bool linkname_validate_target (location_t loc, const char *text,
			       size_t len, enum linkname_scheme scheme);
/* Whether DECL can carry a binding; if not, diagnose at LOC with WHAT
   ("attribute" or "pragma") and return false.  */
bool linkname_validate_decl (location_t loc, tree decl, const char *what);

/* linkname-cxx.cc.  Why the C++ declaration DECL cannot be bound ("a
   template", ...), or NULL (also for C).  */
const char *linkname_cxx_not_symbol (tree decl);
/* What a name at global scope, FOUND by the front end, means for a
   pragma: an overload set of one function is that function; of more,
   NULL_TREE with *OVERLOADED set.  */
tree linkname_cxx_name_binding (tree found, bool *overloaded);
/* A C++ block-scope extern declaration stands for a namespace-scope
   declaration that the code refers to: that one, or NULL_TREE.  */
tree linkname_cxx_local_alias (tree decl);

/* Whether the parser is inside a namespace other than the global one
   (C++).  */
bool linkname_cxx_in_namespace_p (void);
/* Whether NS is C++'s global namespace.  */
bool linkname_cxx_global_namespace_p (tree ns);

/* linkname-pragma.cc.  */
void linkname_register_pragmas (void *gcc_data, void *user_data);
/* Whether this compile makes a precompiled header.  */
bool linkname_precompiling_header_p (void);

/* linkname-registry.cc.  Where the bindings wait for the pass: on
   their declarations, as attributes.  */
void linkname_registry_init (const char *plugin_name);
/* DECL carries a binding attribute (or just received a pragma's).  */
void linkname_registry_note_decl (tree decl);
/* A "#pragma linkname" for LOCAL at LOC.  TARGET is NULL for a push
   marker.  DECL is the declaration already visible, or NULL_TREE.  STD
   for "#pragma linknamestd": a push only the standard library may
   pull.  */
void linkname_registry_add_pragma (tree local, const char *target,
				   location_t loc, tree decl, bool std);
/* Whether DECL's bindings came with "#pragma linknamestd".  */
bool linkname_registry_std_p (tree decl);
/* DECL is being named before the front end finished it: give it the
   pragmas that wait for a declaration of its name.  */
void linkname_registry_claim_pending (tree decl);
/* "#pragma linkname package PATH" at LOC; false (after an error) if the
   unit named another package already.  */
bool linkname_registry_set_package (const char *path, location_t loc);
const char *linkname_registry_package (void);
/* Whether DECL is declared at file scope (C) or in the global namespace
   (C++).  */
bool linkname_global_scope_p (tree decl);
/* Whether DECL is what a pragma for its name means: a function or
   variable with linkage, at global scope.  */
bool linkname_pragma_candidate_p (tree decl);
/* Whether the attribute list ATTRS holds a binding (the linkname
   attribute, or what a pragma left).  */
bool linkname_binding_attribute_p (tree attrs);
/* ATTRS without its bindings.  */
tree linkname_remove_binding_attributes (tree attrs);

/* One binding that a declaration carries, from an attribute or a
   pragma, waiting for the pass to resolve it (linkname_resolved).  */
struct linkname_pending_binding
{
  tree decl;
  const char *target;		/* NULL for a push marker.  */
  enum linkname_scheme scheme;
  location_t loc;
  bool from_pragma;
};
typedef void (*linkname_pending_fn) (const struct linkname_pending_binding *,
				     void *);
/* Bring the registry up to date with the symbol table before a walk:
   the pragmas still waiting take the declarations GCC made without
   finishing them in the front end (C's implicit declarations), and the
   symbols that carry a binding but were never noted (from a
   precompiled header, a function defined without an earlier
   declaration) are noted.  */
void linkname_registry_adopt_symbols (void);
/* Call FN for every binding of this unit not applied yet, declarations
   in the order first seen.  Only walks: see
   linkname_registry_adopt_symbols.  */
void linkname_registry_for_each (linkname_pending_fn fn, void *data);
/* Call FN for each binding DECL carries, in source order.  */
void linkname_decl_bindings (tree decl, linkname_pending_fn fn, void *data);
/* The unit is over: a pragma that never found a declaration is an
   error.  PCH: the unit is a header being precompiled.  */
void linkname_registry_finish (bool pch);

/* linkname-type.cc.  The canonical spelling of TYPE for the records:
   equal exactly when two types agree for a call or an access.
   Malloc'd.  */
char *linkname_type_spelling (tree type);

/* linkname-emit-record.cc.  Record one binding of DECL in the object's
   .note.linkname section; FLAGS are LINKNAME_RECORD_WEAK and _COMMON.  */
void linkname_record_binding (tree decl, enum linkname_direction direction,
			      const char *symbol, const char *target,
			      enum linkname_scheme scheme, location_t loc,
			      unsigned flags);

/* A binding of one declaration, resolved by the pass.  */
struct linkname_resolved
{
  tree decl;
  char *symbol;			/* Malloc'd; NULL: keep the name.  */
  char *target;			/* Go spelling, malloc'd; NULL: none.  */
  enum linkname_scheme scheme;
  location_t loc;
  bool push;			/* Defined here.  */
  bool marker;			/* A push marker (always a push).  */
  bool was_public;		/* TREE_PUBLIC before the push.  */
};

/* linkname-risk.cc.  The ABI-risk diagnostics of SPEC section 4.  */
void linkname_diagnose_risks (const linkname_resolved &r);
/* Check the bindings from index FIRST_NEW on against all others.  */
void linkname_diagnose_mismatches (const vec<linkname_resolved> &bindings,
				   unsigned first_new);

/* linkname-go-signature.cc.  The Go signature check (SPEC section
   9): the arguments go-path=DIR[:DIR...], go-export=FILE and
   go-std=DIR|no; the check of one binding (from
   linkname_diagnose_risks); the declaration's lowered layout in the
   text form of lib/go-layout.h, for its record (malloc'd; NULL when it
   cannot be lowered); and the end of the unit, which frees the export
   data read for it.  */
void linkname_go_add_path (const char *dirs);
void linkname_go_add_export (const char *file);
void linkname_go_set_std (const char *value);
void linkname_go_check (const linkname_resolved &r);
char *linkname_go_layout_text (tree decl);
void linkname_go_unit_free (void);

/* linkname-lto.cc.  Give the LTO symbol table unquoted names.  */
void linkname_lto_init (void);

/* linkname-plugin.cc.  The core's entry point, for the loader.  */
extern "C" int linkname_core_init (struct plugin_name_args *info,
				   struct plugin_gcc_version *version);

/* linkname-pass.cc.  Name the declarations that carry a binding after
   its symbol when GCC first asks for their assembler name.  */
void linkname_early_names_init (void);

/* linkname-pass.cc.  */
opt_pass *make_pass_linkname (gcc::context *ctxt);
/* Apply the bindings of the unit: those known when the first function
   is lowered (linkname_resolve_unit), then, before IPA, whatever is left
   (linkname_complete_unit).  A compile that never gets that far
   (-fsyntax-only, a precompiled header) checks them without applying
   them at its end (linkname_finish_unit).  */
void linkname_resolve_unit (void);
void linkname_complete_unit (void);
void linkname_finish_unit (void);

#endif /* LINKNAME_PLUGIN_H */
