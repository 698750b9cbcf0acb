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

/* test-go-cdecl.c -- Go declarations spelled in C (go-cdecl.c) on a
   hand-written export data block: the naming rules (prefixes, C
   keywords and macros as fields), the C spelling of every kind of type,
   the prototypes of functions and of methods with each kind of
   receiver, the asm label and verbatim forms, and the header's parts
   (guards, constants, results structs, padding, --safe).  Compiling and
   running what it writes is linkname.gen's (the testsuite).  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "go-cdecl.h"
#include "check.h"

static void
check_names (void)
{
  static const char *const prefixes[][2] = {
    { "strings", "strings" },
    { "math/rand", "math_rand" },
    { "example.com/vary", "example_com_vary" },
    { "gopkg.in/yaml.v3", "gopkg_in_yaml_v3" },
    { "example.com/foo-bar_baz", "example_com_foo_bar_baz" },
    { "example.com/p\xc3\xa4" "ckage", "example_com_p_ckage" },
    { "9fans.net/go", "_9fans_net_go" },
    { "", "" },
  };
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    {
      char *got = linkname_go_cdecl_prefix (prefixes[i][0]);
      CHECK_STREQ (got, prefixes[i][1], prefixes[i][0]);
      free (got);
    }

  static const char *const idents[][2] = {
    { "X", "X" }, { "value", "value" }, { "int", "int_" },
    { "class", "class_" }, { "new", "new_" }, { "errno", "errno_" },
    { "stdin", "stdin_" }, { "I", "I_" }, { "NULL", "NULL_" },
    { "bool", "bool_" }, { "true", "true_" }, { "unix", "unix_" },
    { "linux", "linux_" }, { "EOF", "EOF_" }, { "signed", "signed_" },
    { "template", "template_" }, { "and", "and_" }, { "_Bool", "_Bool_" },
    { "assert", "assert_" }, { "while", "while_" }, { "xor_eq", "xor_eq_" },
    { "BUFSIZ", "BUFSIZ_" }, { "Int", "Int" }, { "interface", "interface" },
    { "Gr\xc3\xb6\xc3\x9f" "e", "Gr__e" }, { "x1", "x1" },
  };
  for (size_t i = 0; i < sizeof idents / sizeof idents[0]; i++)
    {
      char *got = linkname_go_cdecl_ident (idents[i][0]);
      CHECK_STREQ (got, idents[i][1], idents[i][0]);
      free (got);
    }
  CHECK (linkname_go_cdecl_reserved ("auto"), "auto");
  CHECK (linkname_go_cdecl_reserved ("offsetof"), "offsetof");
  CHECK (!linkname_go_cdecl_reserved ("Offsetof"), "Offsetof");
  CHECK (!linkname_go_cdecl_reserved ("go_int"), "go_int");
  CHECK (!linkname_go_cdecl_reserved (""), "empty");
}

/* A package with every kind of type.  */

struct buf
{
  char *s;
  size_t n;
};

static void
add (struct buf *b, const char *s)
{
  size_t n = strlen (s);
  b->s = realloc (b->s, b->n + n + 1);
  if (b->s == NULL)
    abort ();
  memcpy (b->s + b->n, s, n + 1);
  b->n += n;
}

static const char *const records[] = {
  "type 1 \"Point\" <type 9>\n"
  " func (p <esc:0x1> <type 1>) Dist2 () <type -3>\n"
  " func (p <type 5>) Scale (k <type -3>)\n"
  " func (p <type 5>) Both () (x <type -3>, y <type -3>)\n"
  " func (p <type 5>) .hidden ()\n",
  "type 2 \"Names\" <type 13>\n"
  " func (n <type 2>) Count () <type -11>\n",
  "type 3 \"Celsius\" <type -10>\n"
  " func (c <type 3>) F () <type -10>\n",
  "type 4 \"Keywords\" <type 10>\n",
  "type 5 *<type 1>\n",
  "type 6 *<type 4>\n",
  "type 7 \"unsafe.Pointer\" <type 8>\n",
  "type 8 *any\n",
  "type 9 struct { X <type -3>; Y <type -3>; }\n",
  "type 10 struct { int <type -3>; errno <type -8>; ? <type 1>; "
  "Next <type 6>; Arr <type 11>; _ <type -5>; Z <type 21>; }\n",
  "type 11 [4 ] <type -3>\n",
  "type 12 [] <type -16>\n",
  "type 13 map [<type -16>] <type -11>\n",
  "type 14 chan <type -11>\n",
  "type 15 interface { M () <type -11>; }\n",
  "type 16 (? <type -11>) <type -11>\n",
  "type 17 \"io.Writer\" <type 18>\n",
  "type 18 interface { Write (p <type 19>) (n <type -11>, err <type -19>); }\n",
  "type 19 [] <type -20>\n",
  "type 20 [] <type 19>\n",
  "type 21 struct { }\n",
  "type 22 [] <type -5>\n",
  "type 23 struct { A <type -15>; B <type -16>; }\n",
  "type 24 *<type 25>\n",
  "type 25 *<type -11>\n",
  "type 26 interface { }\n",
  "type 27 struct { X <type -4>; _ <type 28>; }\n",
  "type 28 [0 ] <type 16>\n",
  "type 29 struct { X <type -4>; Z <type 21>; _ <type 28>; }\n",
};

static const char tail[] =
  "const Big <type -8> = 18446744073709551615 \n"
  "const C1 <type -18> = 0.1500E1-0.2E1i \n"
  "const Dur <type -4> = 1000 \n"
  "const F = 0.3250000E1 \n"
  "const Huge = 1267650600228229401496703205376 \n"
  "const Min <type -4> = -9223372036854775808 \n"
  "const N = -5 \n"
  "const Over = 0.1E400 \n"
  "const R = 120' \n"
  "const S = \"a\\\"b\\n\\x00?\"\n"
  "const Sub = 0.4940E-323 \n"
  "const Yes = $true\n"
  "func Anon (s <type 23>) <type 23>\n"
  "func Apply (f <type 16>, x <type -11>) <type -11>\n"
  "func Blanks (a <type 27>, b <type 29>)\n"
  "func /*asm runtime_memeq */ Eq (a <type 7>, b <type 7>) <type -15>\n"
  "func Grid () <type 11>\n"
  "func Handles (m <type 13>, c <type 14>) (? <type 15>, ? <type 26>)\n"
  "func Kinds (a <type -1>, b <type -2>, c <type -3>, d <type -4>, e <type -5>, "
  "f <type -6>, g <type -7>, h <type -8>, i <type -9>, j <type -10>, "
  "k <type -11>, l <type -12>, m <type -13>, n <type -15>, o <type -16>, "
  "p <type -17>, q <type -18>, r <type -19>, s <type -20>, t <type -21>)\n"
  "func None ()\n"
  "func Pointers (a <type 24>, b <type 5>) <type 6>\n"
  "func Slices (a <type 12>, b <type 19>, c <type 20>, d <type 22>, "
  "x ...<type -11>)\n"
  "func Split (s <type -16>) (? <type -16>, ? <type -16>, ? <type -15>)\n"
  "func Write (w <type 17>, p <type 19>) (n <type -11>, err <type -19>)\n"
  "var Origin <type 1>\n"
  "var Table <type 11>\n"
  "var V <type 13>\n"
  "checksum 00\n";

static struct linkname_go_export *
sample (void)
{
  struct buf b = { 0 };
  char line[64];
  size_t n = sizeof records / sizeof records[0];
  add (&b, "v3;\npackage vary\npkgpath example.com/vary\n"
       "import io io \"io\"\n");
  snprintf (line, sizeof line, "types %zu %d", n + 1, 5);
  add (&b, line);
  for (size_t i = 0; i < n; i++)
    {
      snprintf (line, sizeof line, " %zu", strlen (records[i]));
      add (&b, line);
    }
  add (&b, "\n");
  for (size_t i = 0; i < n; i++)
    add (&b, records[i]);
  add (&b, tail);
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *e = linkname_go_export_parse (b.s, b.n, &err);
  CHECK (e != NULL, "sample does not parse: %s at %zu", err.message,
	 err.offset);
  free (b.s);
  return e;
}

static void
check_type (const struct linkname_go_package *pkg, int ref,
	    const struct linkname_go_cdecl_options *opts, const char *want)
{
  char ctx[32];
  snprintf (ctx, sizeof ctx, "<type %d>", ref);
  char *got = linkname_go_cdecl_type (pkg, linkname_go_type_ref (pkg, ref),
				      opts);
  CHECK_STREQ (got, want, ctx);
  free (got);
}

static void
check_types (const struct linkname_go_package *pkg)
{
  static const char *const builtins[] = {
    NULL, "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t",
    "uint32_t", "uint64_t", "float", "double", "go_int", "go_uint",
    "uintptr_t", NULL, "go_bool", "go_string", "go_complex64",
    "go_complex128", "go_error", "uint8_t", "int32_t", "go_eface"
  };
  for (int i = 1; i <= 22; i++)
    if (builtins[i] != NULL)
      check_type (pkg, -i, NULL, builtins[i]);
  check_type (pkg, 1, NULL, "example_com_vary_Point");
  check_type (pkg, 2, NULL, "example_com_vary_Names");
  check_type (pkg, 5, NULL, "example_com_vary_Point *");
  check_type (pkg, 7, NULL, "void *");
  check_type (pkg, 8, NULL, "void *");
  check_type (pkg, 11, NULL, "go_array4_rune");
  check_type (pkg, 12, NULL, "go_slice_string");
  check_type (pkg, 13, NULL, "go_map");
  check_type (pkg, 14, NULL, "go_chan");
  check_type (pkg, 15, NULL, "go_iface");
  check_type (pkg, 16, NULL, "go_func");
  check_type (pkg, 17, NULL, "io_Writer");
  check_type (pkg, 19, NULL, "go_slice_byte");
  check_type (pkg, 20, NULL, "go_slice_slice_byte");
  check_type (pkg, 21, NULL, "go_struct_empty");
  check_type (pkg, 22, NULL, "go_slice_byte");
  check_type (pkg, 24, NULL, "go_int **");
  check_type (pkg, 26, NULL, "go_eface");
  /* An anonymous struct: named after a hash of its Go spelling.  */
  char *anon = linkname_go_cdecl_type (pkg, linkname_go_type_ref (pkg, 23),
				       NULL);
  CHECK (anon != NULL && strncmp (anon, "go_struct_", 10) == 0
	 && strlen (anon) == 10 + 16, "anonymous struct: %s", anon);
  free (anon);
  struct linkname_go_cdecl_options v = { .prefix = "v" };
  check_type (pkg, 1, &v, "v_Point");
  check_type (pkg, 6, &v, "v_Keywords *");
  check_type (pkg, 17, &v, "io_Writer");
}

static void
check_proto (const struct linkname_go_package *pkg,
	     const struct linkname_go_func *fn,
	     const struct linkname_go_cdecl_options *opts, const char *want)
{
  char *got = fn ? linkname_go_cdecl_prototype (pkg, fn, opts) : NULL;
  CHECK_STREQ (got, want, fn ? fn->name : "(missing)");
  free (got);
}

static void
check_prototypes (const struct linkname_go_package *pkg)
{
  struct linkname_go_cdecl_options v = { .prefix = "v" };
  struct linkname_go_cdecl_options va = { .prefix = "v", .asm_labels = true };

  check_proto (pkg, linkname_go_package_func (pkg, "None"), &v,
	       "extern void v_None (void) __attribute__ ((linkname "
	       "(\"example.com/vary.None\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "None"), NULL,
	       "extern void example_com_vary_None (void) __attribute__ "
	       "((linkname (\"example.com/vary.None\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "None"), &va,
	       "extern void v_None (void) __asm__ "
	       "(\"example_0com_1vary.None\");");
  check_proto (pkg, linkname_go_package_func (pkg, "Kinds"), &v,
	       "extern void v_Kinds (int8_t, int16_t, int32_t, int64_t, "
	       "uint8_t, uint16_t, uint32_t, uint64_t, float, double, go_int, "
	       "go_uint, uintptr_t, go_bool, go_string, go_complex64, "
	       "go_complex128, go_error, uint8_t, int32_t) __attribute__ "
	       "((linkname (\"example.com/vary.Kinds\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "Split"), &v,
	       "extern v_Split_ret v_Split (go_string) __attribute__ "
	       "((linkname (\"example.com/vary.Split\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "Slices"), &v,
	       "extern void v_Slices (go_slice_string, go_slice_byte, "
	       "go_slice_slice_byte, go_slice_byte, go_slice_int) "
	       "__attribute__ ((linkname (\"example.com/vary.Slices\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "Pointers"), &v,
	       "extern v_Keywords *v_Pointers (go_int **, v_Point *) "
	       "__attribute__ ((linkname (\"example.com/vary.Pointers\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "Handles"), &v,
	       "extern v_Handles_ret v_Handles (go_map, go_chan) "
	       "__attribute__ ((linkname (\"example.com/vary.Handles\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "Apply"), &v,
	       "extern go_int v_Apply (go_func, go_int) __attribute__ "
	       "((linkname (\"example.com/vary.Apply\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "Grid"), &v,
	       "extern go_array4_rune v_Grid (void) __attribute__ "
	       "((linkname (\"example.com/vary.Grid\")));");
  /* A function whose symbol gccgo gives: bound verbatim.  */
  check_proto (pkg, linkname_go_package_func (pkg, "Eq"), &v,
	       "extern go_bool v_Eq (void *, void *) __attribute__ "
	       "((linkname (\"runtime_memeq\", \"verbatim\")));");
  check_proto (pkg, linkname_go_package_func (pkg, "Eq"), &va,
	       "extern go_bool v_Eq (void *, void *) __asm__ "
	       "(\"runtime_memeq\");");

  /* Receivers: a value receiver by const pointer, a pointer receiver,
     a pointer-shaped type by value, a non-struct by const pointer.  */
  check_proto (pkg, linkname_go_package_method (pkg, "Point", "Dist2"), &v,
	       "extern int32_t v_Point_Dist2 (const v_Point *) __attribute__ "
	       "((linkname (\"example.com/vary.Point.Dist2\")));");
  check_proto (pkg, linkname_go_package_method (pkg, "Point", "Scale"), &v,
	       "extern void v_Point_Scale (v_Point *, int32_t) __attribute__ "
	       "((linkname (\"example.com/vary.(*Point).Scale\")));");
  check_proto (pkg, linkname_go_package_method (pkg, "Point", "Scale"), &va,
	       "extern void v_Point_Scale (v_Point *, int32_t) __asm__ "
	       "(\"example_0com_1vary.Point.Scale\");");
  check_proto (pkg, linkname_go_package_method (pkg, "Point", "Both"), &v,
	       "extern v_Point_Both_ret v_Point_Both (v_Point *) __attribute__ "
	       "((linkname (\"example.com/vary.(*Point).Both\")));");
  check_proto (pkg, linkname_go_package_method (pkg, "Names", "Count"), &v,
	       "extern go_int v_Names_Count (v_Names) __attribute__ "
	       "((linkname (\"example.com/vary.Names.Count\")));");
  check_proto (pkg, linkname_go_package_method (pkg, "Celsius", "F"), &v,
	       "extern double v_Celsius_F (const v_Celsius *) __attribute__ "
	       "((linkname (\"example.com/vary.Celsius.F\")));");

  const struct linkname_go_func *both
    = linkname_go_package_method (pkg, "Point", "Both");
  char *name = both ? linkname_go_cdecl_name (pkg, both, NULL) : NULL;
  CHECK_STREQ (name, "example_com_vary_Point_Both", "name");
  free (name);
  char *sig = both ? linkname_go_cdecl_go_signature (pkg, both) : NULL;
  CHECK_STREQ (sig, "func (*Point) Both() (x int32, y int32)", "signature");
  free (sig);
  const struct linkname_go_func *w = linkname_go_package_func (pkg, "Write");
  sig = w ? linkname_go_cdecl_go_signature (pkg, w) : NULL;
  CHECK_STREQ (sig, "func Write(w io.Writer, p []byte) (n int, err error)",
	       "signature");
  free (sig);

  /* Into a buffer, as snprintf.  */
  const struct linkname_go_func *none = linkname_go_package_func (pkg, "None");
  char small[16];
  size_t len = linkname_go_cdecl_prototype_buf (small, sizeof small, pkg,
						none, &v);
  CHECK (len == strlen ("extern void v_None (void) __attribute__ ((linkname "
			"(\"example.com/vary.None\")));"), "length %zu", len);
  CHECK_STREQ (small, "extern void v_N", "cut short");
}

/* The header, in a string.  */
static char *
header (const struct linkname_go_package *pkg,
	const struct linkname_go_cdecl_options *opts)
{
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&text, &len);
  if (f == NULL)
    abort ();
  const struct linkname_go_package *pkgs[] = { pkg };
  bool ok = linkname_go_cdecl_write_header (f, pkgs, 1, opts, "vary.o");
  fclose (f);
  CHECK (ok, "the header was not written");
  return text;
}

static void
has (const char *text, const char *want, bool present)
{
  CHECK ((strstr (text, want) != NULL) == present, "%s \"%s\"",
	 present ? "missing" : "unexpected", want);
}

static void
check_header (const struct linkname_go_package *pkg)
{
  struct linkname_go_cdecl_options v = { .prefix = "v" };
  char *h = header (pkg, &v);
  has (h, "/* Generated by linkname-gen from vary.o", true);
  has (h, "#include <linkname/go.h>", true);
  has (h, "extern \"C\" {", true);
  has (h, "#ifndef LINKNAME_GO_PACKAGE_example_com_vary\n", true);
  has (h, "#ifndef LINKNAME_GO_TYPE_v_Point\n"
       "#define LINKNAME_GO_TYPE_v_Point 1\n"
       "/* type Point struct { X int32; Y int32 } */\n"
       "typedef struct v_Point v_Point;\n"
       "struct v_Point\n{\n  int32_t X;\n  int32_t Y;\n};\n#endif\n", true);
  /* Keywords and macros as fields; an embedded field; a pointer to the
     type itself; an inline array; a blank field; gccgo's padding after
     a last field of size zero.  */
  has (h, "struct v_Keywords\n{\n  int32_t int_;\n  uint64_t errno_;\n"
       "  v_Point Point;\n  struct v_Keywords *Next;\n  int32_t Arr[4];\n"
       "  uint8_t _5;\n"
       "#ifndef __cplusplus  /* Size zero in Go, not in C++.  */\n"
       "  go_struct_empty Z;\n#endif\n  uint8_t linkname_pad_;", true);
  has (h, "__extension__ typedef struct go_struct_empty\n{\n} go_struct_empty;",
       true);
  /* No padding after a last blank field of size zero; padding after a
     field of size zero before it.  */
  has (h, "  int64_t X;\n  go_func _1[0];\n} go_struct_", true);
  has (h, "  int64_t X;\n"
       "#ifndef __cplusplus  /* Size zero in Go, not in C++.  */\n"
       "  go_struct_empty Z;\n#endif\n  go_func _2[0];\n"
       "  uint8_t linkname_pad_;", true);
  has (h, "typedef struct go_slice_slice_byte\n{\n  go_slice_byte *data;\n"
       "  go_int len;\n  go_int cap;\n} go_slice_slice_byte;", true);
  has (h, "typedef struct go_array4_rune\n{\n  int32_t a[4];\n}", true);
  has (h, "typedef go_map v_Names;", true);
  has (h, "typedef double v_Celsius;", true);
  has (h, "typedef go_iface io_Writer;", true);
  has (h, "typedef struct v_Split_ret\n{\n  go_string r0;\n  go_string r1;\n"
       "  go_bool r2;\n} v_Split_ret;", true);
  has (h, "typedef struct v_Write_ret\n{\n  go_int n;\n  go_error err;\n}",
       true);
  /* Constants.  */
  has (h, "#define v_Big 18446744073709551615ULL\n", true);
  has (h, "#define v_Dur 1000LL\n", true);
  has (h, "#define v_Min (-9223372036854775807LL - 1)\n", true);
  has (h, "#define v_N (-5)\n", true);
  has (h, "#define v_R 120\n", true);
  has (h, "/* const F = 0.325E1 */\n#define v_F 0.325E1\n", true);
  has (h, "#define v_C1 GO_COMPLEX128 (0.15E1, (-0.2E1))\n", true);
  has (h, "#define v_S \"a\\\"b\\012\\000\\?\"\n", true);
  has (h, "#define v_Yes 1\n", true);
  has (h, "#define v_Huge", false);
  has (h, "#define v_Over", false);
  has (h, "#define v_Sub 0.494E-323\n", true);
  /* Declarations under their Go signature; methods; variables.  */
  has (h, "/* func None() */\nextern void v_None (void)", true);
  has (h, "/* func (Point) Dist2() int32 */\n", true);
  has (h, "hidden", false);
  has (h, "/* var Table [4]int32 */\nextern go_array4_rune v_Table "
       "__attribute__ ((linkname (\"example.com/vary.Table\")));", true);
  has (h, "extern go_map v_V ", true);
  free (h);

  /* --safe: no maps, chans, func values or interfaces.  */
  struct linkname_go_cdecl_options safe = { .prefix = "v", .safe = true };
  h = header (pkg, &safe);
  has (h, "v_None (void)", true);
  has (h, "v_Split (", true);
  has (h, "v_Handles (", false);
  has (h, "v_Apply (", false);
  has (h, "v_Write (", false);
  has (h, "v_Kinds (", false);
  has (h, "v_Names_Count", false);
  has (h, "extern go_map v_V", false);
  has (h, "v_Point_Dist2 (", true);
  free (h);

  /* --asm: labels.  */
  struct linkname_go_cdecl_options va = { .prefix = "v", .asm_labels = true };
  h = header (pkg, &va);
  has (h, "linkname (", false);
  has (h, "extern go_int v_Names_Count (v_Names) __asm__ "
       "(\"example_0com_1vary.Names.Count\");", true);
  free (h);
}

int
main (void)
{
  check_names ();
  struct linkname_go_export *e = sample ();
  if (e != NULL)
    {
      const struct linkname_go_package *pkg
	= linkname_go_export_find (e, "example.com/vary");
      CHECK (pkg != NULL, "no package");
      if (pkg != NULL)
	{
	  check_types (pkg);
	  check_prototypes (pkg);
	  check_header (pkg);
	}
      linkname_go_export_free (e);
    }
  return check_status ();
}
