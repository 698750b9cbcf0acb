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

/* The C side of linkname.gen's every-kind test (kinds.c, by the
   linkname attribute; kinds-asm.c, by asm labels): every function,
   method, variable and constant of support/kinds.go through the header
   "gen-kinds.h" that linkname-gen wrote, each result checked.  Called from
   Go's main (support/main.go) as linkname_gen_c_main; returns the
   number of failed checks, each printed.  */

#include <float.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "gen-kinds.h"

static int failures;

#define CHECK(cond)							\
  do									\
    if (!(cond))							\
      {									\
	printf ("%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond);	\
	failures++;							\
      }									\
  while (0)

#define STR_IS(s, lit) go_string_eq_cstr ((s), (lit))

/* Double's func value: gccgo's symbol PKG.Double..f, a closure of no
   captured variables.  */
extern go_closure kinds_Double_f
  __asm__ ("example_0com_1gen_x2dkinds.Double..f");

static void
check_numbers (void)
{
  CHECK (kinds_Add8 (100, 27) == 127);
  CHECK (kinds_Add8 (127, 1) == -128);
  CHECK (kinds_Add16 (-300, 100) == -200);
  CHECK (kinds_Add32 (INT32_MAX, 1) == INT32_MIN);
  CHECK (kinds_Add64 (INT64_MAX - 1, 1) == INT64_MAX);
  CHECK (kinds_AddU8 (250, 10) == 4);
  CHECK (kinds_AddU16 (65535, 2) == 1);
  CHECK (kinds_AddU32 (4000000000u, 294967297u) == 1);
  CHECK (kinds_AddU64 (UINT64_MAX, 2) == 1);
  CHECK (kinds_AddInt (-5, 3) == -2);
  CHECK (kinds_AddUint (5, 3) == 8);
  CHECK (kinds_AddPtr (0x1000, 0x10) == 0x1010);
  CHECK (kinds_Half32 (3.0f) == 1.5f);
  CHECK (kinds_Half64 (1e300) == 5e299);
  CHECK (kinds_NextRune (0x10FFFE) == 0x10FFFF);
  CHECK (kinds_NextByte (255) == 0);
  CHECK (kinds_Not (1) == 0);
  CHECK (kinds_Not (0) == 1);
  go_complex64 z64 = GO_COMPLEX64 (1, 2);
  go_complex64 r64 = kinds_Sq64 (z64);
  CHECK (__real__ r64 == -3.0f && __imag__ r64 == 4.0f);
  go_complex128 r128 = kinds_Sq128 (GO_COMPLEX128 (3, -1));
  CHECK (__real__ r128 == 8.0 && __imag__ r128 == -6.0);
  CHECK (kinds_Mixed (1, 2.5f, 3, 4.5, 5, 0, 6, 7.5, 8, 9.5f, 10, 11) == 68.0);
  CHECK (kinds_Mixed (1, 2.5f, 3, 4.5, 5, 1, 6, 7.5, 8, 9.5f, 10, 11) == -68.0);
  int x = 0;
  CHECK (kinds_Addr (&x) == (uintptr_t) &x);
}

static void
check_strings_slices_arrays (void)
{
  go_string s = kinds_Concat (GO_STR ("foo"), GO_STR ("bar"));
  CHECK (STR_IS (s, "foobar"));
  CHECK (kinds_Len (GO_STR ("h\0llo")) == 5);
  CHECK (kinds_Len (go_string_from_cstr ("")) == 0);

  int64_t xs[] = { 1, 2, 3, -10 };
  go_slice_int64 sl = { xs, 4, 4 };
  CHECK (kinds_Sum (sl) == -4);
  go_slice_byte r = kinds_Repeat ('x', 4);
  CHECK (r.len == 4 && r.cap == 7 && memcmp (r.data, "xxxx", 4) == 0);
  go_slice_string w = kinds_Words (GO_STR ("a bb  ccc "));
  CHECK (w.len == 3);
  if (w.len == 3)
    CHECK (STR_IS (w.data[0], "a") && STR_IS (w.data[1], "bb")
	   && STR_IS (w.data[2], "ccc"));
  go_int ns[] = { 1, 2, 3, 4 };
  go_slice_int nsl = { ns, 4, 4 };
  CHECK (kinds_Total (nsl) == 10);
  go_slice_int empty = { NULL, 0, 0 };
  CHECK (kinds_Total (empty) == 0);

  go_array4_rune a = { { 1, 2, 3, 4 } };
  go_array4_rune b = kinds_Reverse (a);
  CHECK (b.a[0] == 4 && b.a[1] == 3 && b.a[2] == 2 && b.a[3] == 1);
  go_array2_array3_byte g = kinds_Grid ();
  CHECK (g.a[0][0] == 1 && g.a[1][2] == 6);
}

static void
check_structs (void)
{
  go_array8_uintptr sz = kinds_Sizes ();
  CHECK (sz.a[0] == sizeof (kinds_Point));
  CHECK (sz.a[1] == sizeof (kinds_Padded));
  CHECK (sz.a[2] == sizeof (kinds_Inner));
  CHECK (sz.a[3] == sizeof (kinds_Outer));
  CHECK (sz.a[4] == sizeof (kinds_Keywords));
  CHECK (sz.a[5] == sizeof (kinds_Ref));
  CHECK (sz.a[6] == _Alignof (kinds_Padded));
  CHECK (sz.a[7] == sizeof (kinds_Marker));
  kinds_Marker mk = kinds_MakeMarker (-7);
  CHECK (mk.N == -7);
  go_array8_uintptr off = kinds_Offsets ();
  CHECK (off.a[0] == offsetof (kinds_Padded, B));
  CHECK (off.a[1] == offsetof (kinds_Padded, C));
  CHECK (off.a[2] == offsetof (kinds_Padded, D));
  CHECK (off.a[3] == offsetof (kinds_Padded, E));
  CHECK (off.a[4] == offsetof (kinds_Padded, F));
  CHECK (off.a[5] == offsetof (kinds_Outer, Tag));
  CHECK (off.a[6] == offsetof (kinds_Outer, Arr));
  CHECK (off.a[7] == offsetof (kinds_Outer, Z));

  kinds_Padded p = kinds_MakePadded (1, 2, 3, 4.5f, 1);
  CHECK (p.A == 1 && p.B == 2 && p.C == 3 && p.D == 4.5f && p.E == 1);
  CHECK (__real__ p.F == 2.0 && __imag__ p.F == 1.0);
  CHECK (kinds_Padded_Sum (&p) == 10.5);
  kinds_Padded_Flip (&p);
  CHECK (p.E == 0);

  kinds_Point *pt = kinds_NewPoint (3, 4);
  CHECK (pt->X == 3 && pt->Y == 4);
  CHECK (kinds_Point_Dist2 (pt) == 25);
  kinds_Point_Scale (pt, 2);
  CHECK (pt->X == 6 && pt->Y == 8);
  kinds_Point_Both_ret both = kinds_Point_Both (pt);
  CHECK (both.x == 6 && both.y == 8);

  kinds_Outer o = kinds_MakeOuter (5, GO_STR ("in"), pt);
  CHECK (o.Inner.N == 5 && STR_IS (o.Inner.S, "in"));
  CHECK (o.Point == pt);
  CHECK (STR_IS (o.Tag, "outer"));
  CHECK (o.Arr[0] == 7 && o.Arr[2] == 9);
  CHECK (o.Next != NULL && STR_IS (o.Next->Tag, "next") && o.Next->Next == NULL);
  CHECK (STR_IS (kinds_Outer_Describe (&o), "outer:in:5:6"));

  kinds_Keywords k = kinds_MakeKeywords ();
  CHECK (k.int_ == 1 && k.errno_ == 2 && k.class_ == 3 && k.I_ == 4
	 && k.stdin_ == 5 && k.signed_ == 1);
  CHECK (kinds_Keywords_Total (&k) == -15);

  go_int a = 1, b = 2;
  kinds_Swap (&a, &b);
  CHECK (a == 2 && b == 1);

  /* Pointer-shaped receivers by value.  */
  kinds_Ref ref = kinds_MakeRef (pt);
  CHECK (kinds_Ref_Get (ref) == 6);
  CHECK (kinds_Callback_Call (kinds_MakeCallback (3), 5) == 15);

  /* Value receivers of other kinds, by pointer.  */
  kinds_Celsius c = 100;
  CHECK (kinds_Celsius_Fahrenheit (&c) == 212.0);
  int32_t idv[] = { 1, 2, 9 };
  kinds_IDs ids = { idv, 3, 3 };
  CHECK (kinds_IDs_Last (&ids) == 9);
}

static void
check_results_handles_funcs_interfaces (void)
{
  kinds_DivMod_ret dm = kinds_DivMod (17, 5);
  CHECK (dm.q == 3 && dm.r == 2);
  kinds_Cut_ret cut = kinds_Cut (GO_STR ("key=value"), '=');
  CHECK (STR_IS (cut.r0, "key") && STR_IS (cut.r1, "value") && cut.r2);
  cut = kinds_Cut (GO_STR ("novalue"), '=');
  CHECK (!cut.r2 && cut.r1.n == 0);
  kinds_Atoi_ret at = kinds_Atoi (GO_STR ("-123"));
  CHECK (at.r0 == -123 && GO_IFACE_IS_NIL (at.r1));
  at = kinds_Atoi (GO_STR ("x"));
  CHECK (!GO_IFACE_IS_NIL (at.r1));
  if (!GO_IFACE_IS_NIL (at.r1))
    CHECK (STR_IS (go_error_Error (at.r1),
		   "strconv.Atoi: parsing \"x\": invalid syntax"));

  go_map m = kinds_NewMap ();
  kinds_MapSet (m, GO_STR ("a"), 1);
  kinds_MapSet (m, GO_STR ("b"), 2);
  kinds_MapGet_ret mg = kinds_MapGet (m, GO_STR ("b"));
  CHECK (mg.r0 == 2 && mg.r1);
  mg = kinds_MapGet (m, GO_STR ("z"));
  CHECK (mg.r0 == 0 && !mg.r1);
  CHECK (kinds_Names_Count (kinds_MapNames (m)) == 2);
  go_chan ch = kinds_NewChan (2);
  kinds_Send (ch, 5);
  kinds_Send (ch, 6);
  CHECK (kinds_Recv (ch) == 5 && kinds_Recv (ch) == 6);

  go_func add3 = kinds_Adder (3);
  CHECK (kinds_Apply (add3, 4) == 7);
  CHECK (GO_FUNC_CALL (go_int (*) (go_int), add3, 10) == 13);
  CHECK (kinds_Apply (&kinds_Double_f, 21) == 42);
  CHECK (GO_FUNC_CALL (go_int (*) (go_int), &kinds_Double_f, 4) == 8);

  go_eface box = kinds_Box (5);
  CHECK (!GO_EFACE_IS_NIL (box) && kinds_Unbox (box) == 5);
  go_eface nil_eface = { NULL, NULL };
  CHECK (kinds_Unbox (nil_eface) == -1);
  go_error e = kinds_Fail (GO_STR ("boom"));
  CHECK (!GO_IFACE_IS_NIL (e));
  CHECK (STR_IS (kinds_ErrText (e), "boom"));
  CHECK (STR_IS (go_error_Error (e), "boom"));
  go_error nil_error = { NULL, NULL };
  CHECK (STR_IS (kinds_ErrText (nil_error), "<nil>"));
  kinds_Shape sq = kinds_NewSquare (3);
  CHECK (STR_IS (kinds_Describe (sq), "square 9"));
  /* Methods in the order of their names: Area, Name.  */
  CHECK (GO_IFACE_METHOD (double (*) (void *), sq, 0) (sq.data) == 9.0);
  CHECK (STR_IS (GO_IFACE_METHOD (go_string (*) (void *), sq, 1) (sq.data),
		 "square"));
}

static void
check_variables_constants (void)
{
  CHECK (kinds_Counter == 7);
  kinds_Counter = 8;
  CHECK (kinds_Counter == 8);
  CHECK (STR_IS (kinds_Label, "label"));
  CHECK (kinds_Table.a[2] == 3);
  CHECK (kinds_Origin.X == 1 && kinds_Origin.Y == -1);

  CHECK (kinds_Answer == 42);
  CHECK (kinds_Big == UINT64_MAX);
  CHECK (kinds_Small == INT64_MIN);
  CHECK (kinds_Pi == 3.25);
  CHECK (kinds_Tiny == 0.5);
  CHECK (kinds_Kelvin == 273.5);
  go_string name = GO_STR (kinds_Name);
  CHECK (name.n == 14 && memcmp (name.p, "kinds\n\"q\"?\?=\0z", 14) == 0);
  CHECK (kinds_Yes == 1);
  CHECK (kinds_Letter == 'x');
  go_complex128 cplx = kinds_Cplx;
  CHECK (__real__ cplx == 1.5 && __imag__ cplx == -2.0);
#ifdef kinds_Huge
  failures++;
#endif
}

int linkname_gen_c_main (void);

int
linkname_gen_c_main (void)
{
  check_numbers ();
  check_strings_slices_arrays ();
  check_structs ();
  check_results_handles_funcs_interfaces ();
  check_variables_constants ();
  return failures;
}
