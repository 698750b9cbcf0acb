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

/* linkname-go-signature.cc -- the Go signature check (SPEC section 9):
   a gccgo-scheme binding is compared with the Go declaration in its
   package's export data, under gccgo's calling convention
   (lib/go-layout.h), and the declaration's lowered layout is what the
   record carries for linkname-check.

   Front-end independent (C and C++): it reads only the declaration's
   type.  Export data is found as gccgo finds an import: the files of
   -fplugin-arg-linkname-go-export first, then each directory of
   go-path, then the standard library's directory (go-std).  It is read
   when a binding first names a package, once per package for the unit,
   and freed with the unit's other state (linkname_go_unit_free).  No
   tree is kept here: only malloc'd export data and layouts, which
   GCC's garbage collector never sees.  */

#include "gcc-common.h"
#include "linkname-plugin.h"
#include "go-export.h"
#include "go-layout.h"
#include "go-cdecl.h"

#ifndef LINKNAME_GO_STD_DIR
/* configure's GO_STD_DIR; none when it found none.  */
# define LINKNAME_GO_STD_DIR ""
#endif

/* The directories of go-path (as gccgo's -I), in order.  */
static vec<char *> linkname_go_dirs;
/* The files of go-export.  */
static vec<char *> linkname_go_files;
/* go-std: the standard library's directory; NULL for none.  */
static char *linkname_go_std = NULL;
static bool linkname_go_std_set = false;

void
linkname_go_add_path (const char *dirs)
{
  const char *p = dirs;
  for (;;)
    {
      const char *colon = strchr (p, ':');
      size_t len = colon ? (size_t) (colon - p) : strlen (p);
      if (len)
	linkname_go_dirs.safe_push (xstrndup (p, len));
      if (!colon)
	break;
      p = colon + 1;
    }
}

void
linkname_go_add_export (const char *file)
{
  linkname_go_files.safe_push (xstrdup (file));
}

void
linkname_go_set_std (const char *value)
{
  free (linkname_go_std);
  linkname_go_std_set = true;
  linkname_go_std = strcmp (value, "no") == 0 ? NULL : xstrdup (value);
}

/* The standard library's directory in effect, or NULL.  */
static const char *
linkname_go_std_dir (void)
{
  if (linkname_go_std_set)
    return linkname_go_std;
  return *LINKNAME_GO_STD_DIR ? LINKNAME_GO_STD_DIR : NULL;
}

/* Export data read for the unit.  A file's data is kept once (a file
   of go-export, or one a search found); each package looked up is
   remembered, found or not.  */
struct linkname_go_file
{
  char *name;
  struct linkname_go_export *exports;	/* NULL: unreadable.  */
};

struct linkname_go_pkg
{
  char *pkgpath;
  const struct linkname_go_package *pkg;	/* NULL: not found.  */
  const char *file;				/* Where it was found.  */
};

static vec<linkname_go_file> linkname_go_read;
static vec<linkname_go_pkg> linkname_go_pkgs;
static bool linkname_go_files_read;

/* Read FILE's export data: a new set, or NULL after a warning naming
   the file (a file that cannot be read or parsed is never fatal).  */
static struct linkname_go_export *
linkname_go_read_file (const char *file, location_t loc)
{
  FILE *f = fopen (file, "rb");
  char *data = NULL;
  size_t len = 0;
  const char *why = NULL;
  if (!f)
    why = xstrerror (errno);
  else
    {
      size_t cap = 0;
      for (;;)
	{
	  if (len == cap)
	    {
	      cap = cap ? cap * 2 : 65536;
	      data = XRESIZEVEC (char, data, cap);
	    }
	  size_t n = fread (data + len, 1, cap - len, f);
	  len += n;
	  if (n == 0)
	    break;
	}
      if (ferror (f))
	why = xstrerror (errno);
      fclose (f);
    }
  struct linkname_go_export *exports = NULL;
  struct linkname_error err;
  err.message = NULL;
  err.offset = 0;
  if (!why)
    {
      exports = linkname_go_export_parse_image (data, len, &err);
      if (!exports)
	why = err.message ? err.message : "no Go export data";
    }
  free (data);
  if (!exports)
    linkname_diagnose_warning (loc, LINKNAME_GO_SIGNATURE,
			    "cannot read Go export data from %qs: %s",
			    file, why);
  return exports;
}

/* FILE's export data, read once for the unit; NULL if unreadable.  */
static struct linkname_go_export *
linkname_go_file_exports (const char *file, location_t loc)
{
  for (unsigned i = 0; i < linkname_go_read.length (); i++)
    if (strcmp (linkname_go_read[i].name, file) == 0)
      return linkname_go_read[i].exports;
  linkname_go_file entry;
  entry.name = xstrdup (file);
  entry.exports = linkname_go_read_file (file, loc);
  linkname_go_read.safe_push (entry);
  return entry.exports;
}

/* The package PKGPATH's export data, found and read on first use; NULL
   when none is found.  *FILE is set to the file it came from.  */
static const struct linkname_go_package *
linkname_go_package (const char *pkgpath, location_t loc, const char **file)
{
  *file = NULL;
  for (unsigned i = 0; i < linkname_go_pkgs.length (); i++)
    if (strcmp (linkname_go_pkgs[i].pkgpath, pkgpath) == 0)
      {
	*file = linkname_go_pkgs[i].file;
	return linkname_go_pkgs[i].pkg;
      }

  linkname_go_pkg entry;
  entry.pkgpath = xstrdup (pkgpath);
  entry.pkg = NULL;
  entry.file = NULL;

  /* The files named on the command line, all read the first time a
     package is wanted: which packages they hold is in them.  */
  if (!linkname_go_files_read)
    {
      linkname_go_files_read = true;
      for (unsigned i = 0; i < linkname_go_files.length (); i++)
	linkname_go_file_exports (linkname_go_files[i], loc);
    }
  for (unsigned i = 0; i < linkname_go_files.length () && !entry.pkg; i++)
    {
      struct linkname_go_export *e
	= linkname_go_file_exports (linkname_go_files[i], loc);
      if (e && (entry.pkg = linkname_go_export_find (e, pkgpath)))
	entry.file = linkname_go_files[i];
    }

  /* Then gccgo's search, go-path first, the standard library last.  */
  const char *std = linkname_go_std_dir ();
  if (!entry.pkg && (linkname_go_dirs.length () || std))
    {
      vec<const char *> dirs = vNULL;
      for (unsigned i = 0; i < linkname_go_dirs.length (); i++)
	dirs.safe_push (linkname_go_dirs[i]);
      if (std)
	dirs.safe_push (std);
      char *found = linkname_go_export_search (pkgpath, dirs.address (),
					       dirs.length (), NULL, 0,
					       NULL, NULL);
      dirs.release ();
      if (found)
	{
	  struct linkname_go_export *e = linkname_go_file_exports (found,
								   loc);
	  if (e && (entry.pkg = linkname_go_export_find (e, pkgpath)))
	    {
	      /* The name lives in linkname_go_read.  */
	      for (unsigned i = 0; i < linkname_go_read.length (); i++)
		if (strcmp (linkname_go_read[i].name, found) == 0)
		  entry.file = linkname_go_read[i].name;
	    }
	  free (found);
	}
    }
  linkname_go_pkgs.safe_push (entry);
  *file = entry.file;
  return entry.pkg;
}

static void linkname_go_keep_c (tree decl, struct linkname_layout *c);

void
linkname_go_unit_free (void)
{
  linkname_go_keep_c (NULL_TREE, NULL);
  for (unsigned i = 0; i < linkname_go_read.length (); i++)
    {
      free (linkname_go_read[i].name);
      if (linkname_go_read[i].exports)
	linkname_go_export_free (linkname_go_read[i].exports);
    }
  linkname_go_read.release ();
  for (unsigned i = 0; i < linkname_go_pkgs.length (); i++)
    free (linkname_go_pkgs[i].pkgpath);
  linkname_go_pkgs.release ();
  linkname_go_files_read = false;
}

/* The C side: GCC's trees through the go-layout builder, as the table
   in go-layout.h says.  */

#define LINKNAME_GO_DEPTH 200

static const struct linkname_layout_value *
linkname_go_lower (struct linkname_layout *l, tree type,
		   struct linkname_error *err, int depth);

/* TYPE's size in bytes, or false when it has none that is constant.  */
static bool
linkname_go_size (tree type, uint64_t *size)
{
  tree s = TYPE_SIZE_UNIT (type);
  if (!COMPLETE_TYPE_P (type) || !s || !tree_fits_uhwi_p (s))
    return false;
  *size = tree_to_uhwi (s);
  return true;
}

/* A value the C side cannot say more about: one opaque leaf of TYPE's
   size in a struct of that size and alignment.  */
static const struct linkname_layout_value *
linkname_go_opaque (struct linkname_layout *l, uint64_t size,
		    uint64_t align, struct linkname_error *err)
{
  struct linkname_layout_struct *b = linkname_layout_struct_begin (l, err);
  if (!b)
    return NULL;
  if (size)
    {
      const struct linkname_layout_value *leaf
	= linkname_layout_scalar (l, LINKNAME_LAYOUT_OPAQUE, size, 1, err);
      if (!leaf || !linkname_layout_struct_field (b, 0, leaf, err))
	{
	  linkname_layout_struct_end (b, size, align, err);
	  return NULL;
	}
    }
  return linkname_layout_struct_end (b, size, align ? align : 1, err);
}

static const struct linkname_layout_value *
linkname_go_record (struct linkname_layout *l, tree type, uint64_t size,
		    uint64_t align, struct linkname_error *err, int depth)
{
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    if (TREE_CODE (f) == FIELD_DECL && DECL_BIT_FIELD (f))
      return linkname_go_opaque (l, size, align, err);
  struct linkname_layout_struct *b = linkname_layout_struct_begin (l, err);
  if (!b)
    return NULL;
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    {
      if (TREE_CODE (f) != FIELD_DECL)
	continue;
      uint64_t fsize;
      if (!linkname_go_size (TREE_TYPE (f), &fsize)
	  || !tree_fits_uhwi_p (DECL_FIELD_OFFSET (f)))
	{
	  /* A flexible array member: nothing passed by value.  */
	  if (TREE_CODE (TREE_TYPE (f)) == ARRAY_TYPE && !DECL_CHAIN (f))
	    continue;
	  linkname_layout_struct_end (b, size, align, err);
	  err->message = "a field of no constant size";
	  return NULL;
	}
      const struct linkname_layout_value *v
	= linkname_go_lower (l, TREE_TYPE (f), err, depth + 1);
      if (!v || !linkname_layout_struct_field (b, int_byte_position (f), v,
					       err))
	{
	  linkname_layout_struct_end (b, size, align, err);
	  return NULL;
	}
    }
  return linkname_layout_struct_end (b, size, align, err);
}

static const struct linkname_layout_value *
linkname_go_lower (struct linkname_layout *l, tree type,
		   struct linkname_error *err, int depth)
{
  uint64_t size;
  if (depth > LINKNAME_GO_DEPTH)
    {
      err->message = "a type nested too deeply";
      return NULL;
    }
  if (!linkname_go_size (type, &size))
    {
      err->message = "an incomplete type";
      return NULL;
    }
  uint64_t align = TYPE_ALIGN_UNIT (type);
  /* A scalar's alignment as a struct member (4 for long long on
     i386).  */
  uint64_t falign = min_align_of_type (type);
  switch (TREE_CODE (type))
    {
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
      return linkname_layout_scalar (l, TYPE_UNSIGNED (type)
				     ? LINKNAME_LAYOUT_UNSIGNED
				     : LINKNAME_LAYOUT_SIGNED,
				     size, falign, err);
    case BOOLEAN_TYPE:
      return linkname_layout_scalar (l, LINKNAME_LAYOUT_BOOL, size, falign,
				     err);
    case REAL_TYPE:
      return linkname_layout_scalar (l, LINKNAME_LAYOUT_FLOAT, size, falign,
				     err);
    case COMPLEX_TYPE:
      return linkname_layout_scalar (l, LINKNAME_LAYOUT_COMPLEX, size,
				     falign, err);
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      {
	tree to = TREE_TYPE (type);
	bool code = (TREE_CODE (to) == FUNCTION_TYPE
		     || TREE_CODE (to) == METHOD_TYPE);
	return linkname_layout_scalar (l, code ? LINKNAME_LAYOUT_CODE
				       : LINKNAME_LAYOUT_POINTER,
				       size, falign, err);
      }
    case NULLPTR_TYPE:
      return linkname_layout_scalar (l, LINKNAME_LAYOUT_POINTER, size,
				     falign, err);
    case ARRAY_TYPE:
      {
	const struct linkname_layout_value *elem
	  = linkname_go_lower (l, TREE_TYPE (type), err, depth + 1);
	if (!elem)
	  return NULL;
	uint64_t count = elem->size ? size / elem->size : 0;
	return linkname_layout_array (l, elem, count, err);
      }
    case RECORD_TYPE:
      return linkname_go_record (l, type, size, align, err, depth);
    default:
      /* UNION_TYPE, VECTOR_TYPE and anything else.  */
      return linkname_go_opaque (l, size, align, err);
    }
}

/* DECL's C side lowered: a function, or a variable.  With SPELL, each
   parameter and the result carry their C spelling, for messages; the
   comparison and the record need none, and spelling every type costs
   more than lowering it.  */
static struct linkname_layout *
linkname_go_c_layout (tree decl, bool spell, struct linkname_error *err)
{
  struct linkname_layout *l = linkname_layout_new ();
  if (!l)
    xmalloc_failed (sizeof (void *));
  tree type = TREE_TYPE (decl);
  bool ok = true;
  if (TREE_CODE (decl) == FUNCTION_DECL)
    {
      if (!prototype_p (type))
	linkname_layout_set_c_flags (l, false, true);
      else
	{
	  for (tree a = TYPE_ARG_TYPES (type); a && ok; a = TREE_CHAIN (a))
	    {
	      tree t = TREE_VALUE (a);
	      if (VOID_TYPE_P (t))
		break;
	      const struct linkname_layout_value *v
		= linkname_go_lower (l, t, err, 0);
	      char *s = v && spell ? print_generic_expr_to_str (t) : NULL;
	      ok = v && linkname_layout_add_param (l, v, s, err);
	      free (s);
	    }
	  linkname_layout_set_c_flags (l, stdarg_p (type), false);
	}
      tree rt = TREE_TYPE (type);
      if (ok && !VOID_TYPE_P (rt))
	{
	  const struct linkname_layout_value *v
	    = linkname_go_lower (l, rt, err, 0);
	  char *s = v && spell ? print_generic_expr_to_str (rt) : NULL;
	  ok = v && linkname_layout_set_result (l, v, s, err);
	  free (s);
	}
    }
  else
    {
      /* A variable: its value as the result of a layout without
	 parameters (the record's C type says which it is).  */
      const struct linkname_layout_value *v
	= linkname_go_lower (l, type, err, 0);
      char *s = v && spell ? print_generic_expr_to_str (type) : NULL;
      ok = v && linkname_layout_set_result (l, v, s, err);
      free (s);
    }
  if (!ok)
    {
      linkname_layout_free (l);
      return NULL;
    }
  return l;
}

/* The C side the check lowered last, and its declaration: the record
   of the same binding, made right after the check, encodes it instead
   of lowering the declaration again.  Taken (or dropped) by the next
   check or record, both within one resolution, where no garbage
   collection runs: the tree is only compared, never read.  */
static struct linkname_layout *linkname_go_last_c;
static tree linkname_go_last_decl;

static void
linkname_go_keep_c (tree decl, struct linkname_layout *c)
{
  linkname_layout_free (linkname_go_last_c);
  linkname_go_last_c = c;
  linkname_go_last_decl = c ? decl : NULL_TREE;
}

char *
linkname_go_layout_text (tree decl)
{
  if (TREE_CODE (decl) != FUNCTION_DECL && !VAR_P (decl))
    return NULL;
  struct linkname_error err;
  err.message = NULL;
  err.offset = 0;
  struct linkname_layout *l;
  if (linkname_go_last_c && linkname_go_last_decl == decl)
    {
      l = linkname_go_last_c;
      linkname_go_last_c = NULL;
      linkname_go_last_decl = NULL_TREE;
    }
  else
    {
      linkname_go_keep_c (NULL_TREE, NULL);
      l = linkname_go_c_layout (decl, false, &err);
    }
  if (!l)
    return NULL;
  char *text = linkname_layout_encode (l);
  linkname_layout_free (l);
  return text;
}

/* The Go side: the target machine as gccgo lays Go out for it.  */
static void
linkname_go_target_compute (struct linkname_layout_target *t)
{
  /* From the pointer type, not POINTER_SIZE: the target macros read
     global_options, which the plugin must not refer to.  */
  t->pointer_size = tree_to_uhwi (TYPE_SIZE_UNIT (ptr_type_node));
  t->int_size = t->pointer_size;
  t->int64_align = min_align_of_type (long_long_integer_type_node);
  t->float64_align = min_align_of_type (double_type_node);
  t->complex64_align = min_align_of_type (complex_float_type_node);
  t->complex128_align = min_align_of_type (complex_double_type_node);
  /* The export data found is that of this GCC's gccgo (the standard
     library's) or, for one's own packages, as likely of the same.  */
  t->gccgo_major = LINKNAME_GCC_MAJOR;
}

/* The target, computed for the unit's first check.  */
static void
linkname_go_target (struct linkname_layout_target *t)
{
  static struct linkname_layout_target target;
  static bool computed;
  if (!computed)
    {
      linkname_go_target_compute (&target);
      computed = true;
    }
  *t = target;
}

/* linkname-gen's options for the notes, for this GCC's gccgo.  */
static const struct linkname_go_cdecl_options linkname_go_cdecl_opts
  = { NULL, false, false, LINKNAME_GCC_MAJOR };

/* Show the findings F of R, then the notes: the Go declaration
   (GO_TEXT) and the C prototype linkname-gen would write (PROTO; may be
   NULL).  */
static void
linkname_go_report (const linkname_resolved &r,
		    const struct linkname_layout_findings *f,
		    const char *go_text, const char *proto)
{
  auto_diagnostic_group group;
  bool shown = false;
  for (size_t i = 0; i < f->n; i++)
    {
      const struct linkname_layout_finding *x = &f->items[i];
      if (x->severity == LINKNAME_LAYOUT_ERROR)
	shown |= linkname_diagnose (r.loc, LINKNAME_GO_SIGNATURE,
				    "%qD does not match the Go declaration "
				    "of %qs: %s", r.decl, r.target,
				    x->message);
      else
	shown |= linkname_diagnose_warning (r.loc, LINKNAME_GO_SIGNATURE,
					    "%qD may not match the Go "
					    "declaration of %qs: %s", r.decl,
					    r.target, x->message);
    }
  if (shown && go_text)
    linkname_inform (r.loc, "Go declares %qs as %<%s%>", r.target, go_text);
  if (shown && proto)
    linkname_inform (r.loc, "the C prototype linkname-gen would write is "
		     "%<%s%>", proto);
}

/* Say that R's declaration could not be lowered (ERR says why: an
   incomplete type, a field of no constant size), so that what is not
   compared is not taken for a match.  */
static void
linkname_go_c_unlowered (const linkname_resolved &r,
			 const struct linkname_error *err)
{
  linkname_diagnose_warning (r.loc, LINKNAME_GO_SIGNATURE,
			     "%qD is not compared with the Go declaration of "
			     "%qs: its C type cannot be lowered (%s)", r.decl,
			     r.target, err->message ? err->message : "?");
}

/* Compare R, a binding of a function, with the Go function or method
   FN of PKG.  */
static void
linkname_go_check_func (const linkname_resolved &r,
			const struct linkname_go_package *pkg,
			const struct linkname_go_func *fn)
{
  if (fn->asm_name)
    {
      auto_diagnostic_group group;
      if (linkname_diagnose (r.loc, LINKNAME_GO_SIGNATURE,
			     "%qD is bound to %qs, whose symbol is %qs, not "
			     "%qs (its export data says %</*asm %s*/%>): "
			     "bind it with the %<verbatim%> scheme",
			     r.decl, r.target, fn->asm_name,
			     r.symbol ? r.symbol : "", fn->asm_name))
	linkname_inform (r.loc, "for example %<__attribute__ ((linkname "
			 "(\"%s\", \"verbatim\")))%>", fn->asm_name);
      return;
    }
  struct linkname_layout_target target;
  linkname_go_target (&target);
  struct linkname_error err;
  err.message = NULL;
  err.offset = 0;
  struct linkname_layout *go = linkname_layout_go_func (fn, pkg->pkgpath,
							&target, false, &err);
  if (!go)
    {
      linkname_diagnose_warning (r.loc, LINKNAME_GO_SIGNATURE,
			      "cannot lower the Go declaration of %qs: %s",
			      r.target, err.message ? err.message : "");
      return;
    }
  struct linkname_layout *c = linkname_go_c_layout (r.decl, false, &err);
  if (!c)
    linkname_go_c_unlowered (r, &err);
  if (c)
    {
      struct linkname_layout_findings *f
	= linkname_layout_compare (go, c, &err);
      if (f && f->n)
	{
	  /* Again with both sides spelled, for the messages.  */
	  struct linkname_layout *go_spelled
	    = linkname_layout_go_func (fn, pkg->pkgpath, &target, true, &err);
	  struct linkname_layout *c_spelled
	    = go_spelled ? linkname_go_c_layout (r.decl, true, &err) : NULL;
	  if (c_spelled)
	    {
	      linkname_layout_findings_free (f);
	      f = linkname_layout_compare (go_spelled, c_spelled, &err);
	    }
	  linkname_layout_free (c_spelled);
	  linkname_layout_free (go_spelled);
	}
      if (f && f->n)
	{
	  char *go_text = linkname_go_func_string (fn, pkg->pkgpath);
	  char *proto = linkname_go_cdecl_prototype (pkg, fn,
						     &linkname_go_cdecl_opts);
	  linkname_go_report (r, f, go_text, proto);
	  free (go_text);
	  free (proto);
	}
      if (f)
	linkname_layout_findings_free (f);
      linkname_go_keep_c (r.decl, c);
    }
  linkname_layout_free (go);
}

/* Compare R, a binding of a variable, with the Go variable V of
   PKG.  */
static void
linkname_go_check_var (const linkname_resolved &r,
		       const struct linkname_go_package *pkg,
		       const struct linkname_go_var *v)
{
  struct linkname_layout_target target;
  linkname_go_target (&target);
  struct linkname_error err;
  err.message = NULL;
  err.offset = 0;
  struct linkname_layout *gl = linkname_layout_new ();
  if (!gl)
    xmalloc_failed (sizeof (void *));
  const struct linkname_layout_value *gv
    = linkname_layout_go_type (gl, v->type, &target, &err);
  struct linkname_layout *cl = gv ? linkname_go_c_layout (r.decl, false, &err)
			       : NULL;
  if (!gv)
    linkname_diagnose_warning (r.loc, LINKNAME_GO_SIGNATURE,
			    "cannot lower the Go declaration of %qs: %s",
			    r.target, err.message ? err.message : "");
  else if (!cl)
    linkname_go_c_unlowered (r, &err);
  if (cl)
    {
      char *gs = NULL;
      struct linkname_layout_findings *f
	= linkname_layout_compare_value (gv, NULL, cl->result.value, NULL,
					 &err);
      if (f && f->n)
	{
	  /* Again with both spellings, for the messages.  */
	  gs = linkname_go_type_string (v->type, pkg->pkgpath);
	  struct linkname_layout *spelled
	    = linkname_go_c_layout (r.decl, true, &err);
	  if (spelled)
	    {
	      linkname_layout_findings_free (f);
	      f = linkname_layout_compare_value (gv, gs,
						 spelled->result.value,
						 spelled->result.spelling,
						 &err);
	      linkname_layout_free (spelled);
	    }
	}
      if (f && f->n)
	{
	  char *go_text = concat ("var ", v->name, " ", gs ? gs : "?", NULL);
	  /* As linkname-gen declares a variable: its C type, the name
	     PREFIX_V, the binding.  */
	  char *ctype = linkname_go_cdecl_type (pkg, v->type,
						  &linkname_go_cdecl_opts);
	  char *prefix = linkname_go_cdecl_prefix (pkg->pkgpath
						   ? pkg->pkgpath
						   : pkg->name);
	  char *proto = NULL;
	  if (ctype && prefix)
	    proto = concat ("extern ", ctype,
			    ctype[strlen (ctype) - 1] == '*' ? "" : " ",
			    prefix, "_", v->name,
			    " __attribute__ ((linkname (\"", r.target,
			    "\")));", NULL);
	  linkname_go_report (r, f, go_text, proto);
	  free (go_text);
	  free (ctype);
	  free (prefix);
	  free (proto);
	}
      if (f)
	linkname_layout_findings_free (f);
      free (gs);
      linkname_go_keep_c (r.decl, cl);
    }
  linkname_layout_free (gl);
}

/* Whether every name of T is exported (begins with an ASCII capital):
   export data holds only the package's exported functions, methods and
   variables, so only such a target can be missing from it.  */
static bool
linkname_go_exported_target (const struct linkname_target *t)
{
  for (size_t i = 0; i < t->n_names; i++)
    if (!ISUPPER (t->names[i][0]))
      return false;
  return true;
}

void
linkname_go_check (const linkname_resolved &r)
{
  /* What an earlier binding left unrecorded (after an error) goes: the
     cache holds only this binding's, between its check and its record.  */
  linkname_go_keep_c (NULL_TREE, NULL);
  if (r.scheme != LINKNAME_SCHEME_GCCGO || !r.target
      || (TREE_CODE (r.decl) != FUNCTION_DECL && !VAR_P (r.decl)))
    return;
  struct linkname_target t;
  struct linkname_error err;
  if (!linkname_target_parse (r.target, strlen (r.target), &t, &err))
    return;
  const char *file;
  const struct linkname_go_package *pkg
    = linkname_go_package (t.pkgpath, r.loc, &file);
  if (!pkg)
    {
      linkname_diagnose (r.loc, LINKNAME_GO_MISSING,
			 "no Go export data found for package %qs of %qs: "
			 "its signature is not checked", t.pkgpath, r.target);
      linkname_target_free (&t);
      return;
    }

  bool function = TREE_CODE (r.decl) == FUNCTION_DECL;
  const struct linkname_go_func *fn = NULL;
  const struct linkname_go_var *var = NULL;
  if (t.n_names == 1 && function)
    {
      fn = linkname_go_package_func (pkg, t.names[0]);
      if (!fn)
	var = linkname_go_package_var (pkg, t.names[0]);
    }
  else if (t.n_names == 1)
    {
      var = linkname_go_package_var (pkg, t.names[0]);
      if (!var)
	fn = linkname_go_package_func (pkg, t.names[0]);
    }
  else if (t.n_names == 2)
    fn = linkname_go_package_method (pkg, t.names[0], t.names[1]);

  if (function && fn)
    linkname_go_check_func (r, pkg, fn);
  else if (!function && var)
    linkname_go_check_var (r, pkg, var);
  else if (fn || var)
    linkname_diagnose (r.loc, LINKNAME_GO_SIGNATURE,
		       "%qD is a %s but %qs is a Go %s (export data of "
		       "package %qs in %qs)", r.decl,
		       function ? "function" : "variable", r.target,
		       fn ? "function" : "variable", t.pkgpath, file);
  else if (linkname_go_exported_target (&t))
    linkname_diagnose (r.loc, LINKNAME_GO_SIGNATURE,
		       "%qD is bound to %qs, which package %qs does not "
		       "export (its export data in %qs has no such %s)",
		       r.decl, r.target, t.pkgpath, file,
		       t.n_names == 2 ? "method"
		       : function ? "function" : "variable");
  linkname_target_free (&t);
}
