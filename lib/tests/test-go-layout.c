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

/* test-go-layout.c -- the lowering of Go functions and C prototypes
   (go-layout.c): every type kind of GO-ABI.md's table lowered from
   real export data (written by gccgo-12 for the package below) on
   x86-64 and i386; receivers; several results; variadics; C layouts
   built as the plugin builds them, equal to the Go ones where GO-ABI.md
   says they match; each mistake of GO-ABI.md with its finding; the
   text form's round trips, and its malformed, truncated and corrupted
   texts refused; the builder's errors.  */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "go-layout.h"
#include "check.h"

/* gccgo-12 -c -fgo-pkgpath=example.com/lay lay.go, then
   objcopy --dump-section .go_export=lay.exp lay.o, with lay.go:

   package lay
   import ("io"; "strings"; "unsafe")
   type Point struct{ X, Y int }
   type Small struct{ X int64 }
   type PtrOnly struct{ P *int }
   type Arr1 [1]*int
   type M map[string]int
   type Big [4096]byte
   type Strs [100]string
   type Pad struct { X int64; E struct{} }
   type Empty struct{}
   type Fn func(int) error
   type Alias = Point
   func (p Point) Norm() float64 { return 0 }
   func (p *Point) Scale(k int)  {}
   func (s Small) Get() int64    { return 0 }
   func (p PtrOnly) Deref() int  { return 0 }
   func (a Arr1) First() *int    { return nil }
   func (m M) Len() int          { return 0 }
   func (f Fn) Call() error      { return nil }
   func FInt(a int, b uint, c int8, d int16, e int32, f int64, g uint8,
	     h uint16, i uint32, j uint64, k uintptr, l byte, m rune) int
   func FBool(b bool) bool
   func FFloat(a float32, b float64) float64
   func FComplex(a complex64, b complex128) complex128
   func FString(s string) string
   func FSlice(s []int) []string
   func FArray(a [3]int16) [2]float32
   func FEmpty(e struct{}, z [0]int) Empty
   func FStruct(p Point, q Pad, a Alias) Small
   func FPtr(p *Point, u unsafe.Pointer) *int
   func FMap(m map[string]int, c chan int, r <-chan string,
	     s chan<- bool) M
   func FFunc(f func(int) error, g Fn) func()
   func FIface(e interface{}, err error, r io.Reader) error
   func FMulti() (int, error)
   func FVariadic(format string, args ...interface{}) (n int, err error)
   func FOther(b *strings.Builder, r strings.Reader)
   func FBig(b Big, s Strs)
   func FNone()
   (each function with a trivial body).  */
static const char lay_export[] =
  "v3;\n"
  "package lay\n"
  "pkgpath example.com/lay\n"
  "import io io \"io\"\n"
  "import strings strings \"strings\"\n"
  "import unsafe unsafe \"unsafe\"\n"
  "init lay ~example_0com_1lay errors errors..import cpu internal_1cpu..import reflectlite internal_1reflectlite..import io io..import runtime runtime..import sync sync..import unicode unicode..import abi ~internal_1abi bytealg ~internal_1bytealg goarch ~internal_1goarch goexperiment ~internal_1goexperiment goos ~internal_1goos race ~internal_1race unsafeheader ~internal_1unsafeheader atomic ~runtime_1internal_1atomic math ~runtime_1internal_1math sys ~runtime_1internal_1sys strings ~strings atomic ~sync_1atomic utf8 ~unicode_1utf8\n"
  "init_graph 1 2 1 3 1 5 3 2 3 5 4 1 4 2 4 3 4 5 4 6 5 2 6 2 6 5\n"
  "types 48 12 26 157 23 25 177 173 23 243 181 167 25 30 30 703 834 35 11 34 18 20 19 19 13 32 32 45 47 19 68 94 24 26 23 23 23 27 22 21 22 22 36 27 24 27 73 74 22\n"
  "type 1 \"Alias\" = <type 8>\n"
  "type 2 \"Arr1\" <type 33>\n"
  " func (a <esc:0x1> <type 2>) First () ($ret3 <type 20>) <inl:68>\n"
  "  // lay.go:28\n"
  "  { //28\n"
  "   $ret3 = $nil //28\n"
  "   return //28\n"
  "  } //0\n"
  "type 3 \"Big\" <type 36>\n"
  "type 4 \"Empty\" <type 28>\n"
  "type 5 \"Fn\" <type 18>\n"
  " func (f <esc:0x1> <type 5>) Call () ($ret5 <type -19>) <inl:90>\n"
  "  // lay.go:30\n"
  "  { //30\n"
  "   $ret5 = $convert(<type -19>, $nil) //30\n"
  "   return //30\n"
  "  } //0\n"
  "type 6 \"M\" <type 41>\n"
  " func (m <esc:0x1> <type 6>) Len () ($ret4 <type -11>) <inl:88>\n"
  "  // lay.go:29\n"
  "  { //29\n"
  "   $ret4 = $convert(<type -11>, 0 ) //29\n"
  "   return //29\n"
  "  } //0\n"
  "type 7 \"Pad\" <type 26>\n"
  "type 8 \"Point\" <type 27>\n"
  " func (p <type 8>) Norm () ($ret0 <type -10>) <inl:88>\n"
  "  // lay.go:24\n"
  "  { //24\n"
  "   $ret0 = $convert(<type -10>, 0 ) //24\n"
  "   return //24\n"
  "  } //0\n"
  " func (p <esc:0x1> <type 19>) Scale (k <type -11>) <inl:15>\n"
  "  // lay.go:25\n"
  "type 9 \"PtrOnly\" <type 24>\n"
  " func (p <esc:0x1> <type 9>) Deref () ($ret2 <type -11>) <inl:88>\n"
  "  // lay.go:27\n"
  "  { //27\n"
  "   $ret2 = $convert(<type -11>, 0 ) //27\n"
  "   return //27\n"
  "  } //0\n"
  "type 10 \"Small\" <type 25>\n"
  " func (s <type 10>) Get () ($ret1 <type -4>) <inl:87>\n"
  "  // lay.go:26\n"
  "  { //26\n"
  "   $ret1 = $convert(<type -4>, 0 ) //26\n"
  "   return //26\n"
  "  } //0\n"
  "type 11 \"Strs\" <type 32>\n"
  "type 12 \"io.Reader\" <type 45>\n"
  "type 13 \"io.Writer\" <type 46>\n"
  "type 14 \"strings.Builder\" <type 29>\n"
  " func (b <esc:0x9> <type 21>) WriteString (s <esc:0x1> <type -16>) (? <type -11>, ? <type -19>)\n"
  " func (b <esc:0x9> <type 21>) WriteByte (c <type -20>) <type -19>\n"
  " func (b <esc:0x9> <type 21>) Write (p <esc:0x1> <type 40>) (? <type -11>, ? <type -19>)\n"
  " func (b <esc:0x1> <type 21>) Grow (n <type -11>)\n"
  " func (b <esc:0x1> <type 21>) .grow (n <type -11>)\n"
  " func (b <esc:0x1> <type 21>) Cap () <type -11>\n"
  " func (b <esc:0x1> <type 21>) Reset ()\n"
  " func (b <esc:0x1> <type 21>) Len () <type -11>\n"
  " func (b <esc:0x22> <type 21>) String () <type -16>\n"
  " func (b <esc:0x9> <type 21>) WriteRune (r <type -21>) (? <type -11>, ? <type -19>)\n"
  " func (b <esc:0x1> <type 21>) .copyCheck ()\n"
  "type 15 \"strings.Reader\" <type 30>\n"
  " func (r <esc:0x9> <type 22>) WriteTo (w <type 13>) (n <type -4>, err <type -19>)\n"
  " func (r <esc:0x1> <type 22>) Seek (offset <type -4>, whence <type -11>) (? <type -4>, ? <type -19>)\n"
  " func (r <esc:0x1> <type 22>) UnreadRune () <type -19>\n"
  " func (r <esc:0x1> <type 22>) ReadByte () (? <type -20>, ? <type -19>)\n"
  " func (r <esc:0x1> <type 22>) ReadAt (b <esc:0x1> <type 40>, off <type -4>) (n <type -11>, err <type -19>)\n"
  " func (r <esc:0x1> <type 22>) Read (b <esc:0x1> <type 40>) (n <type -11>, err <type -19>)\n"
  " func (r <esc:0x1> <type 22>) Size () <type -4>\n"
  " func (r <esc:0x1> <type 22>) Reset (s <type -16>)\n"
  " func (r <esc:0x1> <type 22>) ReadRune () (ch <type -21>, size <type -11>, err <type -19>)\n"
  " func (r <esc:0x1> <type 22>) UnreadByte () <type -19>\n"
  " func (r <esc:0x1> <type 22>) Len () <type -11>\n"
  "type 16 \"unsafe.Pointer\" <type 23>\n"
  "type 17 ()\n"
  "type 18 (? <type -11>) <type -19>\n"
  "type 19 *<type 8>\n"
  "type 20 *<type -11>\n"
  "type 21 *<type 14>\n"
  "type 22 *<type 15>\n"
  "type 23 *any\n"
  "type 24 struct { P <type 20>; }\n"
  "type 25 struct { X <type -4>; }\n"
  "type 26 struct { X <type -4>; E <type 28>; }\n"
  "type 27 struct { X <type -11>; Y <type -11>; }\n"
  "type 28 struct { }\n"
  "type 29 struct { .strings.addr <type 21>; .strings.buf <type 40>; }\n"
  "type 30 struct { .strings.s <type -16>; .strings.i <type -4>; .strings.prevRune <type -11>; }\n"
  "type 31 [0 ] <type -11>\n"
  "type 32 [100 ] <type -16>\n"
  "type 33 [1 ] <type 20>\n"
  "type 34 [2 ] <type -9>\n"
  "type 35 [3 ] <type -2>\n"
  "type 36 [4096 ] <type -20>\n"
  "type 37 [] <type -11>\n"
  "type 38 [] <type 47>\n"
  "type 39 [] <type -16>\n"
  "type 40 [] <type -20>\n"
  "type 41 map [<type -16>] <type -11>\n"
  "type 42 chan <- <type -16>\n"
  "type 43 chan <type -11>\n"
  "type 44 chan -< <type -15>\n"
  "type 45 interface { Read (p <type 40>) (n <type -11>, err <type -19>); }\n"
  "type 46 interface { Write (p <type 40>) (n <type -11>, err <type -19>); }\n"
  "type 47 interface { }\n"
  "func FArray (a <type 35>) <type 34>\n"
  "func FBig (b <type 3>, s <esc:0x1> <type 11>) <inl:14>\n"
  " // lay.go:50\n"
  "func FBool (b <type -15>) ($ret7 <type -15>) <inl:60>\n"
  " // lay.go:35\n"
  " { //35\n"
  "  $ret7 = b //35\n"
  "  return //35\n"
  " } //0\n"
  "func FComplex (a <type -17>, b <type -18>) ($ret9 <type -18>) <inl:60>\n"
  " // lay.go:37\n"
  " { //37\n"
  "  $ret9 = b //37\n"
  "  return //37\n"
  " } //0\n"
  "func FEmpty (e <type 28>, z <type 31>) <type 4>\n"
  "func FFloat (a <type -9>, b <type -10>) ($ret8 <type -10>) <inl:60>\n"
  " // lay.go:36\n"
  " { //36\n"
  "  $ret8 = b //36\n"
  "  return //36\n"
  " } //0\n"
  "func FFunc (f <esc:0x1> <type 18>, g <esc:0x1> <type 5>) ($ret17 <type 17>) <inl:64>\n"
  " // lay.go:45\n"
  " { //45\n"
  "  $ret17 = $nil //45\n"
  "  return //45\n"
  " } //0\n"
  "func FIface (e <esc:0x1> <type 47>, err <esc:0x1> <type -19>, r <esc:0x1> <type 12>) ($ret18 <type -19>) <inl:86>\n"
  " // lay.go:46\n"
  " { //46\n"
  "  $ret18 = $convert(<type -19>, $nil) //46\n"
  "  return //46\n"
  " } //0\n"
  "func FInt (a <type -11>, b <type -12>, c <type -1>, d <type -2>, e <type -3>, f <type -4>, g <type -5>, h <type -6>, i <type -7>, j <type -8>, k <type -13>, l <type -20>, m <type -21>) ($ret6 <type -11>) <inl:83>\n"
  " // lay.go:32\n"
  " { //33\n"
  "  $ret6 = $convert(<type -11>, 0 ) //33\n"
  "  return //33\n"
  " } //0\n"
  "func FMap (m <esc:0x1> <type 41>, c <esc:0x1> <type 43>, r <esc:0x1> <type 42>, s <esc:0x1> <type 44>) ($ret16 <type 6>) <inl:64>\n"
  " // lay.go:44\n"
  " { //44\n"
  "  $ret16 = $nil //44\n"
  "  return //44\n"
  " } //0\n"
  "func FMulti () ($ret19 <type -11>, $ret20 <type -19>) <inl:190>\n"
  " // lay.go:47\n"
  " { //47\n"
  "  { //47\n"
  "   var $t0 <type -11> = 0  //47\n"
  "   var $t1 <type -19> = $convert(<type -19>, $nil) //47\n"
  "   $ret19 = $t0 //47\n"
  "   $ret20 = $t1 //47\n"
  "  } //0\n"
  "  return //47\n"
  " } //0\n"
  "func FNone () <inl:14>\n"
  " // lay.go:51\n"
  "func FOther (b <esc:0x1> <type 21>, r <esc:0x1> <type 15>) <inl:14>\n"
  " // lay.go:49\n"
  "func FPtr (p <esc:0x1> <type 19>, u <esc:0x1> <type 16>) ($ret15 <type 20>) <inl:64>\n"
  " // lay.go:43\n"
  " { //43\n"
  "  $ret15 = $nil //43\n"
  "  return //43\n"
  " } //0\n"
  "func FSlice (s <esc:0x1> <type 37>) ($ret11 <type 39>) <inl:64>\n"
  " // lay.go:39\n"
  " { //39\n"
  "  $ret11 = $nil //39\n"
  "  return //39\n"
  " } //0\n"
  "func FString (s <esc:0x12> <type -16>) ($ret10 <type -16>) <inl:61>\n"
  " // lay.go:38\n"
  " { //38\n"
  "  $ret10 = s //38\n"
  "  return //38\n"
  " } //0\n"
  "func FStruct (p <type 8>, q <type 7>, a <type 1>) <type 10>\n"
  "func FVariadic (format <esc:0x1> <type -16>, args <esc:0x1> ...<type 47>) (n <type -11>, err <type -19>) <inl:182>\n"
  " // lay.go:48\n"
  " { //48\n"
  "  { //48\n"
  "   var $t0 <type -11> = 0  //48\n"
  "   var $t1 <type -19> = $convert(<type -19>, $nil) //48\n"
  "   n = $t0 //48\n"
  "   err = $t1 //48\n"
  "  } //0\n"
  "  return //48\n"
  " } //0\n"
  "checksum 8AC1EA0E8F37C803CD25CF93D29A819AA20CE353\n";

static const struct linkname_layout_target x86_64 = { 8, 8, 8, 8, 4, 8 };
static const struct linkname_layout_target i386 = { 4, 4, 4, 4, 4, 4 };

static struct linkname_go_export *exports;
static const struct linkname_go_package *pkg;

/* The Go function or method NAME ("F", "T.M") of the sample.  */
static const struct linkname_go_func *
go_func (const char *name)
{
  const char *dot = strchr (name, '.');
  if (dot == NULL)
    return linkname_go_package_func (pkg, name);
  char type[64];
  snprintf (type, sizeof type, "%.*s", (int) (dot - name), name);
  return linkname_go_package_method (pkg, type, dot + 1);
}

static struct linkname_layout *
go_layout (const char *name, const struct linkname_layout_target *t)
{
  const struct linkname_go_func *f = go_func (name);
  CHECK (f != NULL, "%s: not in the export data", name);
  if (f == NULL)
    return NULL;
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout *l
    = linkname_layout_go_func (f, "example.com/lay", t, true, &err);
  CHECK (l != NULL, "%s: %s", name, err.message);
  return l;
}

/* Encode L, check the text against WANT (unless NULL), and that it
   decodes to an equal layout that encodes to the same text.  */
static void
check_text (const struct linkname_layout *l, const char *want,
	    const char *context)
{
  char *s = linkname_layout_encode (l);
  CHECK (s != NULL, "%s: encode failed", context);
  if (s == NULL)
    return;
  if (want != NULL)
    CHECK_STREQ (s, want, context);
  size_t n = strlen (s);
  char *copy = malloc (n ? n : 1);
  memcpy (copy, s, n);
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout *d = linkname_layout_decode (copy, n, &err);
  CHECK (d != NULL, "%s: decode of %s: %s at %zu", context, s, err.message,
	 err.offset);
  if (d != NULL)
    {
      CHECK (linkname_layout_equal (l, d), "%s: decoded differs", context);
      char *again = linkname_layout_encode (d);
      CHECK_STREQ (again, s, context);
      free (again);
      linkname_layout_free (d);
    }
  /* No proper prefix is a layout.  */
  for (size_t k = 0; k < n; k++)
    {
      struct linkname_layout *p = linkname_layout_decode (copy, k, &err);
      CHECK (p == NULL, "%s: prefix of %zu bytes accepted", context, k);
      linkname_layout_free (p);
      if (p == NULL)
	CHECK (err.offset <= k, "%s: error offset %zu past %zu", context,
	       err.offset, k);
    }
  free (copy);
  free (s);
}

struct go_case
{
  const char *name;
  const char *x86_64, *i386;	/* NULL: only round-tripped.  */
};

static const struct go_case go_cases[] = {
  { "FInt",
    "L1(S8/8[i8@0],S8/8[u8@0],S1/1[i1@0],S2/2[i2@0],S4/4[i4@0],S8/8[i8@0],"
    "S1/1[u1@0],S2/2[u2@0],S4/4[u4@0],S8/8[u8@0],S8/8[u8@0],S1/1[u1@0],"
    "S4/4[i4@0])=S8/8[i8@0]",
    "L1(S4/4[i4@0],S4/4[u4@0],S1/1[i1@0],S2/2[i2@0],S4/4[i4@0],S8/4[i8@0],"
    "S1/1[u1@0],S2/2[u2@0],S4/4[u4@0],S8/4[u8@0],S4/4[u4@0],S1/1[u1@0],"
    "S4/4[i4@0])=S4/4[i4@0]" },
  { "FBool", "L1(S1/1[b1@0])=S1/1[b1@0]", "L1(S1/1[b1@0])=S1/1[b1@0]" },
  { "FFloat", "L1(S4/4[f4@0],S8/8[f8@0])=S8/8[f8@0]",
    "L1(S4/4[f4@0],S8/4[f8@0])=S8/4[f8@0]" },
  { "FComplex", "L1(S8/4[x8@0],S16/8[x16@0])=S16/8[x16@0]",
    "L1(S8/4[x8@0],S16/4[x16@0])=S16/4[x16@0]" },
  { "FString", "L1(A16/8[p8@0;i8@8])=A16/8[p8@0;i8@8]",
    "L1(A8/4[p4@0;i4@4])=A8/4[p4@0;i4@4]" },
  { "FSlice", "L1(A24/8[p8@0;i8@8*2+8])=A24/8[p8@0;i8@8*2+8]",
    "L1(A12/4[p4@0;i4@4*2+4])=A12/4[p4@0;i4@4*2+4]" },
  { "FArray", "L1(A6/2[i2@0*3+2])=A8/4[f4@0*2+4]",
    "L1(A6/2[i2@0*3+2])=A8/4[f4@0*2+4]" },
  { "FEmpty", "L1(A0/1[],A0/8[])=A0/1[]", "L1(A0/1[],A0/4[])=A0/1[]" },
  /* Pad: gccgo's padding byte after the zero-sized last field.  */
  { "FStruct",
    "L1(A16/8[i8@0*2+8],A16/8[i8@0;u1@8],A16/8[i8@0*2+8])=A8/8[i8@0]",
    "L1(A8/4[i4@0*2+4],A12/4[i8@0;u1@8],A8/4[i4@0*2+4])=A8/4[i8@0]" },
  { "FPtr", "L1(S8/8[p8@0],S8/8[p8@0])=S8/8[p8@0]",
    "L1(S4/4[p4@0],S4/4[p4@0])=S4/4[p4@0]" },
  { "FMap", "L1(S8/8[p8@0],S8/8[p8@0],S8/8[p8@0],S8/8[p8@0])=S8/8[p8@0]",
    "L1(S4/4[p4@0],S4/4[p4@0],S4/4[p4@0],S4/4[p4@0])=S4/4[p4@0]" },
  { "FFunc", "L1(S8/8[p8@0],S8/8[p8@0])=S8/8[p8@0]",
    "L1(S4/4[p4@0],S4/4[p4@0])=S4/4[p4@0]" },
  { "FIface",
    "L1(A16/8[p8@0*2+8],A16/8[p8@0*2+8],A16/8[p8@0*2+8])=A16/8[p8@0*2+8]",
    "L1(A8/4[p4@0*2+4],A8/4[p4@0*2+4],A8/4[p4@0*2+4])=A8/4[p4@0*2+4]" },
  { "FMulti", "L1()=A24/8[i8@0;p8@8*2+8]", "L1()=A12/4[i4@0;p4@4*2+4]" },
  { "FVariadic",
    "L1g(A16/8[p8@0;i8@8],A24/8[p8@0;i8@8*2+8])=A24/8[i8@0;p8@8*2+8]",
    "L1g(A8/4[p4@0;i4@4],A12/4[p4@0;i4@4*2+4])=A12/4[i4@0;p4@4*2+4]" },
  /* strings.Reader: struct { s string; i int64; prevRune int }.  */
  { "FOther", "L1(S8/8[p8@0],A32/8[p8@0;i8@8*3+8])=-",
    "L1(S4/4[p4@0],A20/4[p4@0;i4@4;i8@8;i4@16])=-" },
  { "FBig", NULL, NULL },
  { "FNone", "L1()=-", "L1()=-" },
  /* Receivers.  */
  { "Point.Norm", "L1VA16/8[i8@0*2+8](S8/8[p8@0])=S8/8[f8@0]",
    "L1VA8/4[i4@0*2+4](S4/4[p4@0])=S8/4[f8@0]" },
  { "Point.Scale", "L1P(S8/8[p8@0],S8/8[i8@0])=-",
    "L1P(S4/4[p4@0],S4/4[i4@0])=-" },
  { "Small.Get", "L1VA8/8[i8@0](S8/8[p8@0])=S8/8[i8@0]",
    "L1VA8/4[i8@0](S4/4[p4@0])=S8/4[i8@0]" },
  { "PtrOnly.Deref", "L1S(A8/8[p8@0])=S8/8[i8@0]",
    "L1S(A4/4[p4@0])=S4/4[i4@0]" },
  { "Arr1.First", "L1S(A8/8[p8@0])=S8/8[p8@0]", "L1S(A4/4[p4@0])=S4/4[p4@0]" },
  { "M.Len", "L1S(S8/8[p8@0])=S8/8[i8@0]", "L1S(S4/4[p4@0])=S4/4[i4@0]" },
  { "Fn.Call", "L1S(S8/8[p8@0])=A16/8[p8@0*2+8]",
    "L1S(S4/4[p4@0])=A8/4[p4@0*2+4]" },
};

static void
test_go_lowering (void)
{
  for (size_t i = 0; i < sizeof go_cases / sizeof go_cases[0]; i++)
    {
      const struct go_case *c = &go_cases[i];
      char context[128];
      struct linkname_layout *l = go_layout (c->name, &x86_64);
      snprintf (context, sizeof context, "%s (x86-64)", c->name);
      if (l != NULL)
	check_text (l, c->x86_64, context);
      linkname_layout_free (l);
      l = go_layout (c->name, &i386);
      snprintf (context, sizeof context, "%s (i386)", c->name);
      if (l != NULL)
	check_text (l, c->i386, context);
      linkname_layout_free (l);
    }

  /* [4096]byte is one run; [100]string 200 runs, spelled out.  */
  struct linkname_layout *l = go_layout ("FBig", &x86_64);
  if (l != NULL && l->n_params == 2)
    {
      const struct linkname_layout_value *b = l->params[0].value;
      const struct linkname_layout_value *s = l->params[1].value;
      CHECK (b->size == 4096 && b->n_runs == 1 && b->runs[0].count == 4096
	     && b->runs[0].kind == 'u' && b->runs[0].stride == 1,
	     "[4096]byte: %zu runs", b->n_runs);
      CHECK (s->size == 1600 && s->align == 8 && s->n_runs == 200
	     && s->runs[199].offset == 1592 && s->runs[199].kind == 'i',
	     "[100]string: %zu runs", s->n_runs);
      CHECK (b->aggregate && s->aggregate, "arrays are aggregates");
    }
  linkname_layout_free (l);

  /* The Go spellings kept for messages.  */
  l = go_layout ("FVariadic", &x86_64);
  if (l != NULL)
    {
      CHECK_STREQ (l->params[0].spelling, "string", "FVariadic param 0");
      CHECK_STREQ (l->params[1].spelling, "...interface{}",
		   "FVariadic param 1");
      CHECK_STREQ (l->result.spelling, "(int, error)", "FVariadic result");
    }
  linkname_layout_free (l);
  l = go_layout ("Point.Norm", &x86_64);
  if (l != NULL)
    {
      CHECK_STREQ (l->params[0].spelling, "Point", "Point.Norm receiver");
      CHECK (l->receiver == LINKNAME_LAYOUT_RECEIVER_BY_POINTER
	     && l->receiver_type != NULL && l->receiver_type->size == 16,
	     "Point.Norm: receiver by pointer");
    }
  linkname_layout_free (l);

  /* A Go variable's type, through linkname_layout_go_type.  */
  l = linkname_layout_new ();
  const struct linkname_go_type *big = linkname_go_package_type (pkg, "Big");
  struct linkname_error err = { NULL, 0 };
  const struct linkname_layout_value *v
    = linkname_layout_go_type (l, big, &i386, &err);
  CHECK (v != NULL && v->size == 4096 && v->align == 1 && v->n_runs == 1,
	 "Big on i386: %s", err.message);
  /* A named type without its underlying type is an error, not a
     guess.  */
  struct linkname_go_type broken = { .kind = LINKNAME_GO_KIND_NAMED,
				     .name = "T", .pkgpath = "p" };
  err.message = NULL;
  CHECK (linkname_layout_go_type (l, &broken, &x86_64, &err) == NULL
	 && err.message != NULL, "named type without underlying accepted");
  linkname_layout_free (l);
}

struct spell_case
{
  const char *func;
  int param;			/* -1: the first result.  */
  const char *want;
};

static const struct spell_case spell_cases[] = {
  { "FSlice", 0, "[]int" },
  { "FSlice", -1, "[]string" },
  { "FMap", 0, "map[string]int" },
  { "FMap", 1, "chan int" },
  { "FMap", 2, "<-chan string" },
  { "FMap", 3, "chan<- bool" },
  { "FMap", -1, "M" },
  { "FOther", 0, "*strings.Builder" },
  { "FOther", 1, "strings.Reader" },
  { "FFunc", 0, "func(int) error" },
  { "FFunc", -1, "func()" },
  { "FIface", 0, "interface{}" },
  { "FIface", 2, "io.Reader" },
  { "FPtr", 1, "unsafe.Pointer" },
  { "FArray", 0, "[3]int16" },
  { "FEmpty", 0, "struct{}" },
  { "FEmpty", 1, "[0]int" },
  { "FInt", 12, "rune" },
  { "FInt", 11, "byte" },
  { "FVariadic", 1, "[]interface{}" },
};

static void
test_spelling (void)
{
  for (size_t i = 0; i < sizeof spell_cases / sizeof spell_cases[0]; i++)
    {
      const struct spell_case *c = &spell_cases[i];
      const struct linkname_go_func *f = go_func (c->func);
      if (f == NULL)
	{
	  CHECK (0, "%s missing", c->func);
	  continue;
	}
      const struct linkname_go_type *t
	= c->param < 0 ? f->sig.results[0].type : f->sig.params[c->param].type;
      char *s = linkname_go_type_string (t, "example.com/lay");
      CHECK_STREQ (s, c->want, c->func);
      free (s);
    }
  const struct linkname_go_type *point
    = linkname_go_package_type (pkg, "Point");
  char *s = linkname_go_type_string (point, NULL);
  CHECK_STREQ (s, "lay.Point", "Point qualified");
  free (s);
  s = linkname_go_type_string (linkname_go_underlying (point), NULL);
  CHECK_STREQ (s, "struct { X int; Y int }", "Point's struct");
  free (s);

  static const struct { const char *func, *want; } funcs[] = {
    { "FVariadic", "func FVariadic(string, ...interface{}) (int, error)" },
    { "FNone", "func FNone()" },
    { "FFunc", "func FFunc(func(int) error, Fn) func()" },
    { "Point.Norm", "func (Point) Norm() float64" },
    { "Point.Scale", "func (*Point) Scale(int)" },
  };
  for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
    {
      const struct linkname_go_func *f = go_func (funcs[i].func);
      char *t = f ? linkname_go_func_string (f, "example.com/lay") : NULL;
      CHECK_STREQ (t, funcs[i].want, funcs[i].func);
      free (t);
    }
}

/* Building C layouts as the plugin does, from GCC's sizes, alignments
   and offsets (x86-64).  */

static struct linkname_layout *cl;

static const struct linkname_layout_value *
sc (int kind, uint64_t size)
{
  struct linkname_error err = { NULL, 0 };
  const struct linkname_layout_value *v
    = linkname_layout_scalar (cl, kind, size, kind == 'x' ? size / 2 : size,
			      &err);
  CHECK (v != NULL, "scalar %c%llu: %s", kind, (unsigned long long) size,
	 err.message);
  return v;
}

/* A struct of SIZE and ALIGN with N fields: offset, value, ...  */
static const struct linkname_layout_value *
st (uint64_t size, uint64_t align, int n, ...)
{
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout_struct *b = linkname_layout_struct_begin (cl, &err);
  va_list ap;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    {
      uint64_t off = va_arg (ap, uint64_t);
      const struct linkname_layout_value *f
	= va_arg (ap, const struct linkname_layout_value *);
      CHECK (linkname_layout_struct_field (b, off, f, &err), "field %d: %s",
	     i, err.message);
    }
  va_end (ap);
  const struct linkname_layout_value *v
    = linkname_layout_struct_end (b, size, align, &err);
  CHECK (v != NULL, "struct: %s", err.message);
  return v;
}
#define F(off, v) (uint64_t) (off), (v)

static const struct linkname_layout_value *
ar (const struct linkname_layout_value *e, uint64_t n)
{
  struct linkname_error err = { NULL, 0 };
  const struct linkname_layout_value *v = linkname_layout_array (cl, e, n,
								 &err);
  CHECK (v != NULL, "array: %s", err.message);
  return v;
}

static void
param (const struct linkname_layout_value *v, const char *spelling)
{
  struct linkname_error err = { NULL, 0 };
  CHECK (linkname_layout_add_param (cl, v, spelling, &err), "param: %s",
	 err.message);
}

static void
result (const struct linkname_layout_value *v, const char *spelling)
{
  struct linkname_error err = { NULL, 0 };
  CHECK (linkname_layout_set_result (cl, v, spelling, &err), "result: %s",
	 err.message);
}

/* C's go_string, go_slice, go_eface / go_iface.  */
static const struct linkname_layout_value *
c_string (void)
{
  return st (16, 8, 2, F (0, sc ('p', 8)), F (8, sc ('i', 8)));
}

static const struct linkname_layout_value *
c_slice (void)
{
  return st (24, 8, 3, F (0, sc ('p', 8)), F (8, sc ('i', 8)),
	     F (16, sc ('i', 8)));
}

static const struct linkname_layout_value *
c_iface (void)
{
  return st (16, 8, 2, F (0, sc ('p', 8)), F (8, sc ('p', 8)));
}

/* The prototypes linkname-gen writes (GO-ABI.md's table): each must
   give no finding at all.  */

static void
c_fint (void)
{
  static const char k[] = "iuiiiiuuuuuui";
  static const int size[] = { 8, 8, 1, 2, 4, 8, 1, 2, 4, 8, 8, 1, 4 };
  for (int i = 0; i < 13; i++)
    param (sc (k[i], size[i]), NULL);
  result (sc ('i', 8), "int64_t");
}

static void
c_fbool (void)
{
  param (sc ('b', 1), "_Bool");
  result (sc ('b', 1), "_Bool");
}

static void
c_ffloat (void)
{
  param (sc ('f', 4), "float");
  param (sc ('f', 8), "double");
  result (sc ('f', 8), "double");
}

static void
c_fcomplex (void)
{
  param (sc ('x', 8), NULL);
  param (sc ('x', 16), NULL);
  result (sc ('x', 16), "double _Complex");
}

static void
c_fstring (void)
{
  param (c_string (), "go_string");
  result (c_string (), "go_string");
}

static void
c_fslice (void)
{
  param (c_slice (), NULL);
  result (c_slice (), NULL);
}

static void
c_farray (void)
{
  /* struct { int16_t a[3]; } and struct { float a[2]; }.  */
  param (st (6, 2, 1, F (0, ar (sc ('i', 2), 3))), NULL);
  result (st (8, 4, 1, F (0, ar (sc ('f', 4), 2))), NULL);
}

static void
c_fempty (void)
{
  param (st (0, 1, 0), NULL);
  param (st (0, 8, 1, F (0, ar (sc ('i', 8), 0))), NULL);
  result (st (0, 1, 0), NULL);
}

static void
c_fstruct (void)
{
  const struct linkname_layout_value *point
    = st (16, 8, 2, F (0, sc ('i', 8)), F (8, sc ('i', 8)));
  param (point, "lay_Point");
  /* struct lay_Pad { int64_t X; struct {} E; uint8_t _pad; }.  */
  param (st (16, 8, 3, F (0, sc ('i', 8)), F (8, st (0, 1, 0)),
	     F (8, sc ('u', 1))), NULL);
  param (point, NULL);
  result (st (8, 8, 1, F (0, sc ('i', 8))), NULL);
}

static void
c_fptr (void)
{
  param (sc ('p', 8), NULL);
  param (sc ('p', 8), NULL);
  result (sc ('p', 8), NULL);
}

static void
c_fmap (void)
{
  for (int i = 0; i < 4; i++)
    param (sc ('p', 8), NULL);
  result (sc ('p', 8), NULL);
}

static void
c_ffunc (void)
{
  param (sc ('p', 8), NULL);
  param (sc ('p', 8), NULL);
  result (sc ('p', 8), NULL);
}

static void
c_fiface (void)
{
  for (int i = 0; i < 3; i++)
    param (c_iface (), NULL);
  result (c_iface (), NULL);
}

static void
c_fmulti (void)
{
  /* struct { go_int r0; go_error r1; }: a struct in a struct.  */
  result (st (24, 8, 2, F (0, sc ('i', 8)), F (8, c_iface ())), NULL);
}

static void
c_fvariadic (void)
{
  param (c_string (), NULL);
  param (c_slice (), NULL);
  result (st (24, 8, 2, F (0, sc ('i', 8)), F (8, c_iface ())), NULL);
}

static void
c_fother (void)
{
  param (sc ('p', 8), NULL);
  param (st (32, 8, 3, F (0, c_string ()), F (16, sc ('i', 8)),
	     F (24, sc ('i', 8))), NULL);
}

static void
c_fbig (void)
{
  /* struct { uint8_t a[4096]; }, struct { go_string a[100]; }.  */
  param (st (4096, 1, 1, F (0, ar (sc ('u', 1), 4096))), NULL);
  param (st (1600, 8, 1, F (0, ar (c_string (), 100))), NULL);
}

static void
c_fnone (void)
{
}

static void
c_norm (void)
{
  param (sc ('p', 8), "const lay_Point *");
  result (sc ('f', 8), NULL);
}

static void
c_scale (void)
{
  param (sc ('p', 8), NULL);
  param (sc ('i', 8), NULL);
}

static void
c_deref (void)
{
  param (st (8, 8, 1, F (0, sc ('p', 8))), NULL);
  result (sc ('i', 8), NULL);
}

static void
c_call (void)
{
  param (sc ('p', 8), NULL);
  result (c_iface (), NULL);
}

/* Mistakes (GO-ABI.md's list and more).  */
static void
m_value_receiver (void)
{
  param (st (16, 8, 2, F (0, sc ('i', 8)), F (8, sc ('i', 8))), "lay_Point");
  result (sc ('f', 8), "double");
}

static void
m_small_receiver (void)
{
  /* struct { int64_t X; } by value, the same size as the pointer.  */
  param (st (8, 8, 1, F (0, sc ('i', 8))), "lay_Small");
  result (sc ('i', 8), NULL);
}

static void
m_string_split (void)
{
  param (sc ('p', 8), "const char *");
  param (sc ('i', 8), "int64_t");
  result (c_string (), NULL);
}

static void
m_split_then_slice (void)
{
  param (sc ('p', 8), "const char *");
  param (sc ('u', 8), "size_t");
  param (st (24, 8, 3, F (0, sc ('p', 8)), F (8, sc ('u', 8)),
	     F (16, sc ('i', 8))), NULL);
  param (sc ('i', 4), "int");
  result (st (24, 8, 2, F (0, sc ('i', 8)), F (8, c_iface ())), NULL);
}

static void
m_results_scalar (void)
{
  result (sc ('i', 8), "int64_t");
}

static void
m_int_for_bool (void)
{
  param (sc ('b', 1), "_Bool");
  result (sc ('i', 4), "int");
}

static void
m_double_for_float32 (void)
{
  param (sc ('f', 8), "double");
  param (sc ('f', 8), "double");
  result (sc ('f', 8), "double");
}

static void
m_func_pointer (void)
{
  param (sc ('c', 8), "void (*) (int)");
  param (sc ('p', 8), NULL);
  result (sc ('p', 8), NULL);
}

static void
m_complex_as_double (void)
{
  param (sc ('x', 8), NULL);
  param (sc ('f', 8), "double");
  result (sc ('x', 16), NULL);
}

static void
m_struct_as_long (void)
{
  param (st (6, 2, 1, F (0, ar (sc ('i', 2), 3))), NULL);
  result (sc ('i', 8), "long");
}

static void
m_small_as_long (void)
{
  const struct linkname_layout_value *point
    = st (16, 8, 2, F (0, sc ('i', 8)), F (8, sc ('i', 8)));
  param (point, NULL);
  param (st (16, 8, 2, F (0, sc ('i', 8)), F (8, sc ('u', 1))), NULL);
  param (point, NULL);
  result (sc ('i', 8), "long");
}

static void
m_uint64_for_int64 (void)
{
  static const char k[] = "iuiiiuuuuuuui";
  static const int size[] = { 8, 8, 1, 2, 4, 8, 1, 2, 4, 8, 8, 1, 4 };
  for (int i = 0; i < 13; i++)
    param (sc (k[i], size[i]), NULL);
  result (sc ('i', 8), "int64_t");
}

static void
m_uintptr_for_pointer (void)
{
  param (sc ('p', 8), NULL);
  param (sc ('u', 8), "uintptr_t");
  result (sc ('p', 8), NULL);
}

static void
m_uint8_for_bool (void)
{
  param (sc ('u', 1), "uint8_t");
  result (sc ('b', 1), NULL);
}

static void
m_long_for_double (void)
{
  param (sc ('f', 4), NULL);
  param (sc ('i', 8), "long");
  result (sc ('f', 8), NULL);
}

static void
m_c_variadic (void)
{
  param (c_string (), NULL);
  linkname_layout_set_c_flags (cl, true, false);
  result (st (24, 8, 2, F (0, sc ('i', 8)), F (8, c_iface ())), NULL);
}

static void
m_unprototyped (void)
{
  linkname_layout_set_c_flags (cl, false, true);
  result (sc ('b', 1), NULL);
}

static void
m_void_result (void)
{
  param (sc ('b', 1), NULL);
}

static void
m_extra_result (void)
{
  result (sc ('i', 4), "int");
}

static void
m_align (void)
{
  param (sc ('f', 4), NULL);
  struct linkname_error err = { NULL, 0 };
  param (linkname_layout_scalar (cl, 'f', 8, 4, &err), NULL);
  result (sc ('f', 8), NULL);
}

static void
m_pointer_receiver_value (void)
{
  param (st (16, 8, 2, F (0, sc ('i', 8)), F (8, sc ('i', 8))), NULL);
  param (sc ('i', 8), NULL);
}

static void
m_slice_layout (void)
{
  /* { T *data; int32_t len, cap; int64_t pad; }: 24 bytes, but not a
     slice.  */
  param (st (24, 8, 4, F (0, sc ('p', 8)), F (8, sc ('i', 4)),
	     F (12, sc ('i', 4)), F (16, sc ('i', 8))), NULL);
  result (c_slice (), NULL);
}

static void
m_func_in_struct (void)
{
  param (st (16, 8, 2, F (0, sc ('c', 8)), F (8, sc ('p', 8))), NULL);
  param (st (16, 8, 2, F (0, sc ('p', 8)), F (8, sc ('p', 8))), NULL);
  param (c_iface (), NULL);
  result (c_iface (), NULL);
}

struct want
{
  const char *code;
  enum linkname_layout_severity severity;
  enum linkname_layout_where where;
  size_t index;
  const char *message;		/* Exact, or NULL.  */
};

struct c_case
{
  const char *go;
  void (*build) (void);
  size_t n;
  struct want w[3];
};

#define E LINKNAME_LAYOUT_ERROR
#define W LINKNAME_LAYOUT_WARNING
#define FN LINKNAME_LAYOUT_FUNCTION
#define PA LINKNAME_LAYOUT_PARAM
#define RC LINKNAME_LAYOUT_RECEIVER
#define RE LINKNAME_LAYOUT_RESULT

static const struct c_case c_cases[] = {
  /* Matches.  */
  { "FInt", c_fint, 0, { { 0 } } },
  { "FBool", c_fbool, 0, { { 0 } } },
  { "FFloat", c_ffloat, 0, { { 0 } } },
  { "FComplex", c_fcomplex, 0, { { 0 } } },
  { "FString", c_fstring, 0, { { 0 } } },
  { "FSlice", c_fslice, 0, { { 0 } } },
  { "FArray", c_farray, 0, { { 0 } } },
  { "FEmpty", c_fempty, 0, { { 0 } } },
  { "FStruct", c_fstruct, 0, { { 0 } } },
  { "FPtr", c_fptr, 0, { { 0 } } },
  { "FMap", c_fmap, 0, { { 0 } } },
  { "FFunc", c_ffunc, 0, { { 0 } } },
  { "FIface", c_fiface, 0, { { 0 } } },
  { "FMulti", c_fmulti, 0, { { 0 } } },
  { "FVariadic", c_fvariadic, 0, { { 0 } } },
  { "FOther", c_fother, 0, { { 0 } } },
  { "FBig", c_fbig, 0, { { 0 } } },
  { "FNone", c_fnone, 0, { { 0 } } },
  { "Point.Norm", c_norm, 0, { { 0 } } },
  { "Point.Scale", c_scale, 0, { { 0 } } },
  { "PtrOnly.Deref", c_deref, 0, { { 0 } } },
  { "Fn.Call", c_call, 0, { { 0 } } },
  /* Mistakes.  */
  { "Point.Norm", m_value_receiver, 1,
    { { "value-receiver", E, RC, 0,
	"receiver: Go passes the receiver of a value method by pointer "
	"(const Point *); the C declaration passes Point by value" } } },
  { "Small.Get", m_small_receiver, 1,
    { { "value-receiver", E, RC, 0, NULL } } },
  { "FString", m_string_split, 2,
    { { "count", E, FN, 0,
	"Go's function takes 1 parameter; the C declaration has 2" },
      { "split", E, PA, 0,
	"parameter 1: Go passes string (16 bytes: pointer, int64) as one "
	"value; the C declaration splits it into 2 parameters (1 to 2)" } } },
  { "FVariadic", m_split_then_slice, 3,
    { { "count", E, FN, 0,
	"Go's function takes 2 parameters (Go's ...T is one slice); the C "
	"declaration has 4" },
      { "split", E, PA, 0, NULL },
      { "signedness", W, PA, 1,
	"parameter 3: Go passes ...interface{} (24 bytes: pointer, int64 x2); "
	"the C declaration has 24 bytes (pointer, uint64, int64): uint64 at "
	"byte 8 where Go has int64 (signedness differs)" } } },
  { "FMulti", m_results_scalar, 1,
    { { "size", E, RE, 0,
	"result: Go returns (int, error) (24 bytes: int64, pointer x2); "
	"the C declaration returns int64_t (8 bytes)" } } },
  { "FBool", m_int_for_bool, 1,
    { { "size", E, RE, 0,
	"result: Go returns bool (1 byte); the C declaration returns int "
	"(4 bytes)" } } },
  { "FFloat", m_double_for_float32, 1,
    { { "size", E, PA, 0,
	"parameter 1: Go passes float32 (4 bytes) by value; the C "
	"declaration has double (8 bytes)" } } },
  { "FFunc", m_func_pointer, 1,
    { { "code-pointer", E, PA, 0,
	"parameter 1: a C function pointer where Go expects a func value "
	"(a pointer to a closure)" } } },
  { "FComplex", m_complex_as_double, 1,
    { { "size", E, PA, 1,
	"parameter 2: Go passes complex128 (16 bytes) by value; the C "
	"declaration has double (8 bytes)" } } },
  { "FArray", m_struct_as_long, 1,
    { { "layout", E, RE, 0,
	"result: Go returns [2]float32 (8 bytes: float32 x2); the C "
	"declaration returns long (8 bytes), laid out differently" } } },
  { "FStruct", m_small_as_long, 1,
    { { "aggregate", W, RE, 0,
	"result: Go returns Small (8 bytes: int64) as a struct or array; "
	"the C declaration as a scalar long (8 bytes) (the same leaves: "
	"passed alike on x86-64)" } } },
  { "FInt", m_uint64_for_int64, 1,
    { { "signedness", W, PA, 5,
	"parameter 6: Go passes int64 (8 bytes); the C declaration has 8 "
	"bytes (uint64): uint64 where Go has int64 (signedness differs)" } } },
  { "FPtr", m_uintptr_for_pointer, 1,
    { { "pointer-integer", W, PA, 1, NULL } } },
  { "FBool", m_uint8_for_bool, 1,
    { { "bool-integer", W, PA, 0,
	"parameter 1: Go passes bool (1 byte); the C declaration has "
	"uint8_t (1 byte): uint8 where Go has bool (bool for a 1-byte "
	"integer)" } } },
  { "FFloat", m_long_for_double, 1,
    { { "class", E, PA, 1,
	"parameter 2: Go passes float64 (8 bytes); the C declaration has "
	"long (8 bytes): int64 where Go has float64 (another register "
	"class)" } } },
  { "FVariadic", m_c_variadic, 2,
    { { "variadic", E, FN, 0,
	"the C declaration is variadic (\"...\"); Go's function takes "
	"exactly 2 parameters (Go's ...T is one slice)" },
      { "count", E, FN, 0, NULL } } },
  { "FBool", m_unprototyped, 1,
    { { "unprototyped", E, FN, 0, NULL } } },
  { "FBool", m_void_result, 1,
    { { "result", E, RE, 0,
	"result: Go returns bool (1 byte); the C declaration returns "
	"void" } } },
  { "FNone", m_extra_result, 1,
    { { "result", E, RE, 0,
	"result: Go returns nothing; the C declaration returns int "
	"(4 bytes)" } } },
  { "FFloat", m_align, 1, { { "align", E, PA, 1, NULL } } },
  { "Point.Scale", m_pointer_receiver_value, 1,
    { { "size", E, RC, 0, NULL } } },
  { "FSlice", m_slice_layout, 1, { { "layout", E, PA, 0, NULL } } },
  { "FIface", m_func_in_struct, 1,
    { { "code-pointer", E, PA, 0,
	"parameter 1: a C function pointer at byte 0 where Go's "
	"interface{} (16 bytes: pointer x2) has a data pointer (a Go func "
	"value, too, points to a closure, not to code)" } } },
};

static void
test_compare (void)
{
  for (size_t i = 0; i < sizeof c_cases / sizeof c_cases[0]; i++)
    {
      const struct c_case *c = &c_cases[i];
      struct linkname_layout *go = go_layout (c->go, &x86_64);
      cl = linkname_layout_new ();
      c->build ();
      char context[64];
      snprintf (context, sizeof context, "case %zu (%s)", i, c->go);
      check_text (cl, NULL, context);
      struct linkname_error err = { NULL, 0 };
      struct linkname_layout_findings *f
	= go ? linkname_layout_compare (go, cl, &err) : NULL;
      CHECK (f != NULL, "%s: compare failed", context);
      if (f != NULL)
	{
	  CHECK (f->n == c->n, "%s: %zu findings, want %zu%s%s", context, f->n,
		 c->n, f->n ? "; first: " : "",
		 f->n ? f->items[0].message : "");
	  bool errors = false;
	  for (size_t k = 0; k < f->n && k < c->n; k++)
	    {
	      const struct linkname_layout_finding *g = &f->items[k];
	      const struct want *w = &c->w[k];
	      CHECK_STREQ (g->code, w->code, context);
	      CHECK (g->severity == w->severity && g->where == w->where
		     && g->index == w->index,
		     "%s: finding %zu: severity %d where %d index %zu (%s)",
		     context, k, g->severity, g->where, g->index, g->message);
	      if (w->message)
		CHECK_STREQ (g->message, w->message, context);
	      errors |= w->severity == E;
	    }
	  CHECK (f->errors == errors, "%s: errors flag", context);
	  linkname_layout_findings_free (f);
	}
      /* A layout agrees with itself.  */
      if (go != NULL)
	{
	  f = linkname_layout_compare (go, go, &err);
	  CHECK (f != NULL && f->n == 0, "%s: Go layout against itself",
		 context);
	  linkname_layout_findings_free (f);
	}
      linkname_layout_free (cl);
      linkname_layout_free (go);
    }
}

/* Canonical runs: the same leaves give the same runs however they were
   built.  */
static void
test_canonical (void)
{
  cl = linkname_layout_new ();
  const struct linkname_layout_value *i8 = sc ('i', 8);
  /* struct { int64 a, b, c, d; } == [4]int64 == struct { [2]int64;
     [2]int64; } but for the aggregate flag of the scalar.  */
  const struct linkname_layout_value *a
    = st (32, 8, 4, F (0, i8), F (8, i8), F (16, i8), F (24, i8));
  const struct linkname_layout_value *b = ar (i8, 4);
  const struct linkname_layout_value *two = ar (i8, 2);
  const struct linkname_layout_value *c = st (32, 8, 2, F (0, two),
					      F (16, two));
  const struct linkname_layout_value *d = ar (two, 2);
  CHECK (linkname_layout_value_equal (a, b)
	 && linkname_layout_value_equal (a, c)
	 && linkname_layout_value_equal (a, d) && a->n_runs == 1,
	 "four int64s: %zu runs", a->n_runs);
  /* [3][2]struct { p *T; n int } == [6]string-like == the struct of
     the twelve leaves.  */
  const struct linkname_layout_value *s = c_string ();
  const struct linkname_layout_value *s6 = ar (ar (s, 2), 3);
  const struct linkname_layout_value *s6b = ar (s, 6);
  CHECK (linkname_layout_value_equal (s6, s6b) && s6->n_runs == 12,
	 "[3][2]string: %zu runs", s6->n_runs);
  /* int32 leaves 8 bytes apart after one alone: the greedy rule.  */
  const struct linkname_layout_value *i4 = sc ('i', 4);
  const struct linkname_layout_value *padded
    = st (8, 8, 1, F (0, i4));	/* struct { int32_t x; } aligned 8.  */
  const struct linkname_layout_value *e = st (24, 8, 2, F (0, i4),
					      F (8, ar (padded, 2)));
  const struct linkname_layout_value *f = st (24, 8, 3, F (0, i4),
					      F (8, i4), F (16, i4));
  CHECK (linkname_layout_value_equal (e, f) && e->n_runs == 1
	 && e->runs[0].stride == 8 && e->runs[0].count == 3,
	 "int32 every 8 bytes: %zu runs", e->n_runs);
  /* A leaf joins a one-leaf run at any distance, then the stride is
     fixed: i4@0, i4@4, i4@12, i4@16 is (0, 4) then (12, 16).  */
  const struct linkname_layout_value *g
    = st (20, 4, 4, F (0, i4), F (4, i4), F (12, i4), F (16, i4));
  CHECK (g->n_runs == 2 && g->runs[0].count == 2 && g->runs[1].offset == 12
	 && g->runs[1].count == 2, "greedy: %zu runs", g->n_runs);
  const struct linkname_layout_value *h
    = st (20, 4, 3, F (0, i4), F (4, st (4, 4, 0)),
	  F (12, ar (i4, 2)));
  (void) h;
  const struct linkname_layout_value *h2
    = st (20, 4, 2, F (0, ar (i4, 2)), F (12, ar (i4, 2)));
  CHECK (linkname_layout_value_equal (g, h2), "greedy, arrays");

  /* More than LINKNAME_LAYOUT_TEXT_RUNS runs: the text gives the
     digest, and the decoded value is equal by it.  */
  const struct linkname_layout_value *big = ar (s, 300);
  CHECK (big->n_runs == 600, "[300]string: %zu runs", big->n_runs);
  param (big, NULL);
  check_text (cl, NULL, "[300]string");
  char *text = linkname_layout_encode (cl);
  CHECK (text != NULL && strchr (text, '#') != NULL
	 && strlen (text) < 64, "digest form: %s", text);
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout *dl = linkname_layout_decode (text, strlen (text),
						       &err);
  CHECK (dl != NULL && dl->params[0].value->runs == NULL
	 && linkname_layout_value_equal (dl->params[0].value, big),
	 "digest decode: %s", err.message);
  /* Compared with a different big value: a layout error, not a crash.  */
  struct linkname_layout *other = linkname_layout_new ();
  struct linkname_layout *save = cl;
  cl = other;
  param (ar (c_iface (), 600), NULL);
  cl = save;
  struct linkname_layout *other2
    = linkname_layout_decode (text, strlen (text), &err);
  free (text);
  text = linkname_layout_encode (other);
  struct linkname_layout *od = linkname_layout_decode (text, strlen (text),
						       &err);
  if (dl != NULL && od != NULL)
    {
      struct linkname_layout_findings *fi
	= linkname_layout_compare (od, dl, &err);
      CHECK (fi != NULL && fi->n == 1 && fi->errors, "digests differ");
      linkname_layout_findings_free (fi);
      fi = linkname_layout_compare (dl, other2, &err);
      CHECK (fi != NULL && fi->n == 0, "digests agree");
      linkname_layout_findings_free (fi);
    }
  free (text);
  linkname_layout_free (od);
  linkname_layout_free (other);
  linkname_layout_free (other2);
  linkname_layout_free (dl);
  linkname_layout_free (cl);
}

/* Builder errors.  */
static void
test_builder_errors (void)
{
  struct linkname_layout *l = linkname_layout_new ();
  struct linkname_error err = { NULL, 0 };
#define REFUSED(expr)							\
  do									\
    {									\
      err.message = NULL;						\
      CHECK (!(expr) && err.message != NULL, "accepted: %s", #expr);	\
    }									\
  while (0)
  REFUSED (linkname_layout_scalar (l, 'q', 4, 4, &err));
  REFUSED (linkname_layout_scalar (l, 'i', 0, 1, &err));
  REFUSED (linkname_layout_scalar (l, 'i', 4, 3, &err));
  REFUSED (linkname_layout_scalar (l, 'i', 4, 8, &err));
  REFUSED (linkname_layout_scalar (l, 'i', 128, 8, &err));
  const struct linkname_layout_value *i8
    = linkname_layout_scalar (l, 'i', 8, 8, &err);
  REFUSED (linkname_layout_array (l, i8, (uint64_t) 1 << 61, &err));
  REFUSED (linkname_layout_array (l, NULL, 1, &err));
  /* Overlapping fields, a field past the end.  */
  struct linkname_layout_struct *b = linkname_layout_struct_begin (l, &err);
  CHECK (linkname_layout_struct_field (b, 0, i8, &err), "field 0");
  REFUSED (linkname_layout_struct_field (b, 4, i8, &err));
  REFUSED (linkname_layout_struct_end (b, 4, 4, &err));
  /* A builder left open is freed with its layout (valgrind).  */
  b = linkname_layout_struct_begin (l, &err);
  CHECK (linkname_layout_struct_field (b, 0, i8, &err), "open field");
  /* Too many runs: [40000]struct { p *T; n int } is 80000.  */
  struct linkname_layout_struct *sb = linkname_layout_struct_begin (l, &err);
  linkname_layout_struct_field (sb, 0, linkname_layout_scalar (l, 'p', 8, 8,
							       &err), &err);
  linkname_layout_struct_field (sb, 8, i8, &err);
  const struct linkname_layout_value *str
    = linkname_layout_struct_end (sb, 16, 8, &err);
  CHECK (str != NULL, "string struct");
  REFUSED (linkname_layout_array (l, str, 40000, &err));
  const struct linkname_layout_value *ok
    = linkname_layout_array (l, str, 30000, &err);
  CHECK (ok != NULL && ok->n_runs == 60000, "[30000]string");
  REFUSED (linkname_layout_add_param (l, NULL, NULL, &err));
  linkname_layout_free (l);
#undef REFUSED
}

/* Texts the decoder must refuse.  */
static const char *const bad_texts[] = {
  "", "L", "L2()=-", "L1", "L1(", "L1()", "L1()=", "L1()=-x", "L1)=-",
  "L1(S8/8[i8@0]=-", "L1(S8/8[i8@0],)=-", "L1(,S8/8[i8@0])=-",
  "L1(S8/8[i8@0]))=-", " L1()=-", "L1() =-", "L1()=-\n",
  /* Numbers.  */
  "L1(S08/8[i8@0])=-", "L1(S8/08[i8@0])=-", "L1(S8/8[i8@00])=-",
  "L1(A9223372036854775808/1[])=-", "L1(S/8[i8@0])=-", "L1(S8/[i8@0])=-",
  "L1(S-8/8[i8@0])=-", "L1(S8/8[i@0])=-", "L1(S8/8[i8@])=-",
  /* Alignment.  */
  "L1(S8/3[i8@0])=-", "L1(S8/16[i8@0])=-", "L1(S8/0[i8@0])=-",
  /* Scalars: one leaf of their size at 0.  */
  "L1(S8/8[])=-", "L1(S8/8[i4@0])=-", "L1(S8/8[i4@4])=-",
  "L1(S8/4[i4@0*2+4])=-", "L1(S8/8[i4@0;u4@4])=-",
  /* Kinds and sizes.  */
  "L1(S8/8[q8@0])=-", "L1(S8/8[I8@0])=-", "L1(S0/1[i0@0])=-",
  "L1(A128/8[i128@0])=-",
  /* Runs: bounds, order, overlap, canonical form, count and stride.  */
  "L1(A8/8[i8@8])=-", "L1(A8/8[i8@1])=-", "L1(A16/8[i8@0*3+8])=-",
  "L1(A16/8[i8@0*2+4])=-", "L1(A16/8[i8@0*1+8])=-", "L1(A16/8[i8@0*0+8])=-",
  "L1(A16/8[i8@0*2+0])=-", "L1(A16/8[i8@0*2])=-", "L1(A16/8[i8@0*2+])=-",
  "L1(A16/8[i8@0;i8@8])=-", "L1(A24/8[i8@0*2+8;i8@16])=-",
  "L1(A16/8[i8@8;p8@0])=-", "L1(A16/8[i4@0;p8@2])=-",
  "L1(A16/8[i8@0;;p8@8])=-", "L1(A16/8[i8@0;p8@8)=-", "L1(A16/8[i8@0,p8@8])=-",
  "L1(A16/8i8@0)=-", "L1(A16/8[i8@0]]=-",
  /* Digests.  */
  "L1(A16/8#2.0123456789abcdef)=-", "L1(A4096/8#300.0123456789abcdeF)=-",
  "L1(A4096/8#300.0123456789abcde)=-", "L1(A4096/8#300)=-",
  "L1(S4096/8#300.0123456789abcdef)=-", "L1(A200/8#300.0123456789abcdef)=-",
  "L1(A9999999/8#70000.0123456789abcdef)=-",
  /* Flags.  */
  "L1P()=-", "L1S()=-", "L1V()=-", "L1VS8/8[i8@0]()=-", "L1g()=-",
  "L1kv(S8/8[i8@0])=-", "L1vg(S8/8[i8@0])=-", "L1PP(S8/8[p8@0])=-",
  "L1PS(S8/8[p8@0])=-", "L1gg(S8/8[p8@0])=-", "L1X(S8/8[p8@0])=-",
  "L1(S8/8[p8@0])=S8/8[p8@0],S8/8[p8@0]", "L1(S8/8[p8@0])=(S8/8[p8@0])",
  "L1(S8/8[p8@0])=-S8/8[p8@0]",
};

static const char *const good_texts[] = {
  "L1()=-",
  "L1Pgvk(S8/8[p8@0])=-",
  "L1VA16/8[i8@0*2+8](S8/8[p8@0])=S8/8[f8@0]",
  "L1gvk(A16/8[p8@0;i8@8])=A0/1[]",
  "L1S(A8/8[p8@0])=A24/8[i8@0;p8@8*2+8]",
  "L1(A4096/8#300.0123456789abcdef,S16/16[o16@0])=S12/4[f12@0]",
  "L1(A9223372036854775807/1[u1@0*9223372036854775807+1])=-",
  "L1(A24/4[i4@0*2+4;i4@12*2+4;u1@20])=S8/8[c8@0]",
};

static void
test_text (void)
{
  struct linkname_error err;
  for (size_t i = 0; i < sizeof bad_texts / sizeof bad_texts[0]; i++)
    {
      const char *t = bad_texts[i];
      size_t n = strlen (t);
      char *copy = malloc (n ? n : 1);
      memcpy (copy, t, n);
      err.message = NULL;
      err.offset = 0;
      struct linkname_layout *l = linkname_layout_decode (copy, n, &err);
      CHECK (l == NULL && err.message != NULL && err.offset <= n,
	     "accepted or no error: \"%s\"", t);
      linkname_layout_free (l);
      free (copy);
    }
  for (size_t i = 0; i < sizeof good_texts / sizeof good_texts[0]; i++)
    {
      const char *t = good_texts[i];
      size_t n = strlen (t);
      err.message = NULL;
      struct linkname_layout *l = linkname_layout_decode (t, n, &err);
      CHECK (l != NULL, "refused: \"%s\": %s at %zu", t, err.message,
	     err.offset);
      if (l == NULL)
	continue;
      check_text (l, t, t);
      /* Every one-byte change is refused or read back exactly.  */
      char *copy = malloc (n);
      static const char subst[] = "0129/@*+;,[]()=-#.ASLPVgvkiubfxpcoq";
      for (size_t k = 0; k < n; k++)
	for (const char *c = subst; *c; c++)
	  {
	    memcpy (copy, t, n);
	    if (copy[k] == *c)
	      continue;
	    copy[k] = *c;
	    struct linkname_layout *m = linkname_layout_decode (copy, n, &err);
	    if (m != NULL)
	      {
		char *again = linkname_layout_encode (m);
		CHECK (again != NULL && strlen (again) == n
		       && memcmp (again, copy, n) == 0,
		       "\"%.*s\" read back as \"%s\"", (int) n, copy, again);
		free (again);
		linkname_layout_free (m);
	      }
	    else
	      CHECK (err.offset <= n, "offset past the text");
	  }
      free (copy);
      linkname_layout_free (l);
    }
}

static void
test_targets (void)
{
  struct linkname_layout_target t;
  CHECK (linkname_layout_target_elf (2, 62, &t)
	 && memcmp (&t, &x86_64, sizeof t) == 0, "x86-64");
  CHECK (linkname_layout_target_elf (1, 3, &t)
	 && memcmp (&t, &i386, sizeof t) == 0, "i386");
  CHECK (linkname_layout_target_elf (1, 40, &t) && t.pointer_size == 4
	 && t.int_size == 4 && t.int64_align == 8 && t.float64_align == 8,
	 "armhf");
  CHECK (linkname_layout_target_elf (2, 183, &t) && t.pointer_size == 8,
	 "aarch64");
  CHECK (!linkname_layout_target_elf (3, 62, &t), "class 3");
  CHECK (!linkname_layout_target_elf (1, 9999, &t), "machine 9999");
  linkname_layout_target_host (&t);
#if defined __x86_64__ && defined __LP64__
  CHECK (memcmp (&t, &x86_64, sizeof t) == 0, "host x86-64");
#elif defined __i386__
  CHECK (memcmp (&t, &i386, sizeof t) == 0, "host i386");
#endif
  CHECK (t.pointer_size == sizeof (void *), "host pointer size");
}

/* Sizes gccgo-12 gave these variables (the .size of each symbol in
   "gccgo-12 [-m32] -S" of the package below: the export data is the
   same for both).

   package v
   var A struct { a int32; b int64; c int32 }
   var B struct { a int8; b float64 }
   var C struct { a int8; b complex128 }
   var D struct { a int8; b complex64 }
   var E struct { a int8; b int; c string }
   var F struct { X int64; Z struct{} }  */
static const char vars_export[] =
  "v3;\n"
  "package v\n"
  "pkgpath v\n"
  "init v v..import\n"
  "types 8 1 43 18 66 51 51 51 68\n"
  "type 1 struct { X <type -4>; Z <type 2>; }\n"
  "type 2 struct { }\n"
  "type 3 struct { .v.a <type -3>; .v.b <type -4>; .v.c <type -3>; }\n"
  "type 4 struct { .v.a <type -1>; .v.b <type -18>; }\n"
  "type 5 struct { .v.a <type -1>; .v.b <type -17>; }\n"
  "type 6 struct { .v.a <type -1>; .v.b <type -10>; }\n"
  "type 7 struct { .v.a <type -1>; .v.b <type -11>; .v.c <type -16>; }\n"
  "var A <type 3>\n"
  "var B <type 6>\n"
  "var C <type 4>\n"
  "var D <type 5>\n"
  "var E <type 7>\n"
  "var F <type 1>\n"
  "checksum DA03BBEA284AA83B1F89F05E3471892B3BEC9D79\n";

static void
test_gccgo_sizes (void)
{
  static const struct { const char *name; uint64_t x86_64, i386; } sizes[] = {
    { "A", 24, 16 }, { "B", 16, 12 }, { "C", 24, 20 }, { "D", 12, 12 },
    { "E", 32, 16 }, { "F", 16, 12 },
  };
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *e
    = linkname_go_export_parse (vars_export, sizeof vars_export - 1, &err);
  CHECK (e != NULL, "vars: %s", err.message);
  if (e == NULL)
    return;
  const struct linkname_go_package *v = linkname_go_export_find (e, "v");
  struct linkname_layout *l = linkname_layout_new ();
  for (size_t i = 0; v != NULL && i < sizeof sizes / sizeof sizes[0]; i++)
    {
      const struct linkname_go_var *var
	= linkname_go_package_var (v, sizes[i].name);
      CHECK (var != NULL, "var %s", sizes[i].name);
      if (var == NULL)
	continue;
      const struct linkname_layout_value *a
	= linkname_layout_go_type (l, var->type, &x86_64, &err);
      const struct linkname_layout_value *b
	= linkname_layout_go_type (l, var->type, &i386, &err);
      CHECK (a != NULL && a->size == sizes[i].x86_64, "%s on x86-64: %llu",
	     sizes[i].name, a ? (unsigned long long) a->size : 0ull);
      CHECK (b != NULL && b->size == sizes[i].i386, "%s on i386: %llu",
	     sizes[i].name, b ? (unsigned long long) b->size : 0ull);
    }
  linkname_layout_free (l);
  linkname_go_export_free (e);
}

/* A variable's value against a C declaration's, and a C function
   pointer where Go has another data pointer than a func value.  */
static void
test_compare_value (void)
{
  cl = linkname_layout_new ();
  struct linkname_error err = { NULL, 0 };
  const struct linkname_go_func *f = go_func ("FString");
  const struct linkname_layout_value *go
    = f ? linkname_layout_go_type (cl, f->sig.params[0].type, &x86_64, &err)
    : NULL;
  CHECK (go != NULL, "string: %s", err.message);
  struct linkname_layout_findings *fi
    = linkname_layout_compare_value (go, "string", c_string (), NULL, &err);
  CHECK (fi != NULL && fi->n == 0, "string variable agrees");
  linkname_layout_findings_free (fi);
  fi = linkname_layout_compare_value (go, "string", sc ('p', 8),
				      "const char *", &err);
  CHECK (fi != NULL && fi->n == 1 && fi->errors
	 && fi->items[0].where == LINKNAME_LAYOUT_VARIABLE, "string as char *");
  if (fi != NULL && fi->n == 1)
    CHECK_STREQ (fi->items[0].message,
		 "variable: Go declares string (16 bytes: pointer, int64); "
		 "the C declaration declares const char * (8 bytes)",
		 "variable message");
  linkname_layout_findings_free (fi);
  CHECK (linkname_layout_compare_value (NULL, NULL, go, NULL, &err) == NULL,
	 "NULL value");
  fi = linkname_layout_compare_value (sc ('p', 8), "unsafe.Pointer",
				      sc ('c', 8), "void (*) (void)", &err);
  CHECK (fi != NULL && fi->n == 1, "code pointer for unsafe.Pointer");
  if (fi != NULL && fi->n == 1)
    {
      CHECK_STREQ (fi->items[0].code, "code-pointer", "code");
      CHECK_STREQ (fi->items[0].message,
		   "variable: a C function pointer where Go's unsafe.Pointer "
		   "(8 bytes) has a data pointer (a Go func value, too, "
		   "points to a closure, not to code)", "code message");
    }
  linkname_layout_findings_free (fi);
  linkname_layout_free (cl);
}

/* Random nested structs and arrays, built through the builder, against
   the greedy rule run leaf by leaf over their expanded leaves.  */

struct leaf
{
  uint64_t offset, size;
  char kind;
};

struct leaves
{
  struct leaf *v;
  size_t n, cap;
};

static void
push_leaf (struct leaves *ls, uint64_t offset, uint64_t size, char kind)
{
  if (ls->n == ls->cap)
    {
      ls->cap = ls->cap ? 2 * ls->cap : 64;
      ls->v = realloc (ls->v, ls->cap * sizeof *ls->v);
      if (ls->v == NULL)
	abort ();
    }
  ls->v[ls->n++] = (struct leaf) { offset, size, kind };
}

static unsigned long rng_state = 12345;

static unsigned
rng (unsigned n)
{
  rng_state = rng_state * 6364136223846793005ul + 1442695040888963407ul;
  return (unsigned) (rng_state >> 33) % n;
}

/* A random value; its leaves appended to LS at BASE.  */
static const struct linkname_layout_value *
random_value (int depth, struct leaves *ls, uint64_t base)
{
  static const char kinds[] = "iuf";
  static const unsigned sizes[] = { 1, 2, 4, 8 };
  unsigned what = depth > 2 ? 0 : rng (3);
  if (what == 0)
    {
      char k = kinds[rng (3)];
      uint64_t size = k == 'f' ? 4 + 4 * rng (2) : sizes[rng (4)];
      push_leaf (ls, base, size, k);
      return sc (k, size);
    }
  if (what == 1)
    {
      /* An array: its element's leaves repeated.  */
      uint64_t n = rng (5);
      struct leaves el = { NULL, 0, 0 };
      const struct linkname_layout_value *e = random_value (depth + 1, &el, 0);
      for (uint64_t i = 0; i < n; i++)
	for (size_t j = 0; j < el.n; j++)
	  push_leaf (ls, base + i * e->size + el.v[j].offset, el.v[j].size,
		     el.v[j].kind);
      free (el.v);
      return ar (e, n);
    }
  /* A struct of up to 4 fields laid out as C does.  */
  unsigned n = rng (5);
  const struct linkname_layout_value *f[4];
  uint64_t off[4], o = 0, align = 1 << rng (2);
  for (unsigned i = 0; i < n; i++)
    {
      struct leaves fl = { NULL, 0, 0 };
      f[i] = random_value (depth + 1, &fl, 0);
      o = (o + f[i]->align - 1) / f[i]->align * f[i]->align;
      off[i] = o;
      for (size_t j = 0; j < fl.n; j++)
	push_leaf (ls, base + o + fl.v[j].offset, fl.v[j].size, fl.v[j].kind);
      free (fl.v);
      o += f[i]->size;
      if (f[i]->align > align)
	align = f[i]->align;
    }
  struct linkname_error err = { NULL, 0 };
  struct linkname_layout_struct *b = linkname_layout_struct_begin (cl, &err);
  for (unsigned i = 0; i < n; i++)
    CHECK (linkname_layout_struct_field (b, off[i], f[i], &err),
	   "random field: %s", err.message);
  return linkname_layout_struct_end (b, (o + align - 1) / align * align,
				     align, &err);
}

static void
test_random_runs (void)
{
  cl = linkname_layout_new ();
  for (int iter = 0; iter < 3000; iter++)
    {
      struct leaves ls = { NULL, 0, 0 };
      const struct linkname_layout_value *v = random_value (0, &ls, 0);
      CHECK (v != NULL, "random value %d", iter);
      if (v == NULL)
	{
	  free (ls.v);
	  continue;
	}
      /* The greedy rule, leaf by leaf.  */
      struct linkname_layout_run want[1024];
      size_t n = 0;
      for (size_t i = 0; i < ls.n && n < 1024; i++)
	{
	  struct linkname_layout_run *t = n ? &want[n - 1] : NULL;
	  if (t && t->kind == ls.v[i].kind && t->size == ls.v[i].size
	      && (t->count == 1
		  || ls.v[i].offset == t->offset + t->count * t->stride))
	    {
	      if (t->count == 1)
		t->stride = ls.v[i].offset - t->offset;
	      t->count++;
	    }
	  else
	    want[n++] = (struct linkname_layout_run) {
	      ls.v[i].offset, ls.v[i].size, 1, 0, ls.v[i].kind
	    };
	}
      bool same = n == v->n_runs;
      for (size_t i = 0; same && i < n; i++)
	same = want[i].offset == v->runs[i].offset
	  && want[i].size == v->runs[i].size
	  && want[i].count == v->runs[i].count
	  && want[i].stride == v->runs[i].stride
	  && want[i].kind == v->runs[i].kind;
      CHECK (same, "random value %d: %zu runs, want %zu", iter, v->n_runs, n);
      free (ls.v);
    }
  linkname_layout_free (cl);
}

/* GCC 12's "PKG.any" = interface{} alias is spelled "any".  */
static void
test_any (void)
{
  static const char r1[] = "type 1 \"any\" = <type 3>\n";
  static const char r2[] = "type 2 \"io/fs.any\" = <type 3>\n";
  static const char r3[] = "type 3 interface { }\n";
  char text[512];
  snprintf (text, sizeof text,
	    "v3;\npackage a\npkgpath a\ntypes 4 1 %zu %zu %zu\n%s%s%s"
	    "func F (x <type 2>, y ...<type 1>) <type 3>\n"
	    "checksum 0000000000000000000000000000000000000000\n",
	    strlen (r1), strlen (r2), strlen (r3), r1, r2, r3);
  struct linkname_error err = { NULL, 0 };
  struct linkname_go_export *e = linkname_go_export_parse (text, strlen (text),
							   &err);
  CHECK (e != NULL, "any block: %s at %zu", err.message, err.offset);
  if (e == NULL)
    return;
  const struct linkname_go_func *f
    = linkname_go_package_func (linkname_go_export_find (e, "a"), "F");
  char *str = f ? linkname_go_func_string (f, NULL) : NULL;
  CHECK_STREQ (str, "func F(any, ...any) interface{}", "any");
  free (str);
  linkname_go_export_free (e);
}

int
main (void)
{
  struct linkname_error err = { NULL, 0 };
  exports = linkname_go_export_parse (lay_export, sizeof lay_export - 1,
				      &err);
  CHECK (exports != NULL, "export data: %s at %zu", err.message, err.offset);
  if (exports == NULL)
    return check_status ();
  pkg = linkname_go_export_find (exports, "example.com/lay");
  CHECK (pkg != NULL, "package example.com/lay");
  if (pkg == NULL)
    return check_status ();
  test_go_lowering ();
  test_spelling ();
  test_compare ();
  test_canonical ();
  test_builder_errors ();
  test_text ();
  test_targets ();
  test_gccgo_sizes ();
  test_compare_value ();
  test_random_runs ();
  test_any ();
  linkname_go_export_free (exports);
  return check_status ();
}
