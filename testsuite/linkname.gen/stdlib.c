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

/* C calls the standard library of the installed gccgo through one
   header of linkname-gen for five packages (strconv, strings,
   unicode/utf8, errors, time), found by their import paths in the
   standard library's directory, default C names (strings_ToUpper),
   from a Go main program that imports them (their init runs).  Only
   what gccgo 11 (Go 1.16) has too.  */
/* { dg-step gen "gen-std5.h" "strconv strings unicode/utf8 errors time" } */
/* { dg-step compile "stdlib.c" "-Wall -Wextra" } */
/* { dg-step go "support/main.go" "main" } */
/* { dg-step link-go "" "stdlib.c support/main.go" } */
/* { dg-output "^ok\[\r\n\]*$" } */

#include <stdio.h>
#include <string.h>

#include "gen-std5.h"

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

int linkname_gen_c_main (void);

int
linkname_gen_c_main (void)
{
  /* strconv.  */
  CHECK (STR_IS (strconv_Itoa (-42), "-42"));
  strconv_Atoi_ret a = strconv_Atoi (GO_STR ("1234"));
  CHECK (a.r0 == 1234 && GO_IFACE_IS_NIL (a.r1));
  a = strconv_Atoi (GO_STR ("12x"));
  CHECK (!GO_IFACE_IS_NIL (a.r1)
	 && STR_IS (go_error_Error (a.r1),
		    "strconv.Atoi: parsing \"12x\": invalid syntax"));
  strconv_ParseFloat_ret f = strconv_ParseFloat (GO_STR ("2.5e3"), 64);
  CHECK (f.r0 == 2500.0 && GO_IFACE_IS_NIL (f.r1));
  CHECK (STR_IS (strconv_Quote (GO_STR ("a\"b")), "\"a\\\"b\""));
  CHECK (STR_IS (strconv_FormatInt (255, 16), "ff"));
  CHECK (strconv_IntSize == 8 * (int) sizeof (go_int));

  /* strings.  */
  CHECK (STR_IS (strings_ToUpper (GO_STR ("héllo")), "HÉLLO"));
  CHECK (strings_Contains (GO_STR ("linkname"), GO_STR ("kna")));
  CHECK (strings_Index (GO_STR ("chicken"), GO_STR ("ken")) == 4);
  go_slice_string parts = strings_Split (GO_STR ("a,b,c"), GO_STR (","));
  CHECK (parts.len == 3 && STR_IS (parts.data[2], "c"));
  CHECK (STR_IS (strings_Join (parts, GO_STR ("+")), "a+b+c"));
  /* (Go 1.16's API: gccgo 11 has no strings.Cut.)  */
  go_slice_string f3 = strings_Fields (GO_STR ("  x  yy z "));
  CHECK (f3.len == 3 && STR_IS (f3.data[1], "yy"));
  CHECK (strings_EqualFold (GO_STR ("Go"), GO_STR ("GO")));
  strings_Builder b;
  memset (&b, 0, sizeof b);
  strings_Builder_WriteString (&b, GO_STR ("go"));
  strings_Builder_WriteByte (&b, '!');
  CHECK (strings_Builder_Len (&b) == 3);
  CHECK (STR_IS (strings_Builder_String (&b), "go!"));
  strings_Reader *r = strings_NewReader (GO_STR ("xyz"));
  CHECK (strings_Reader_Len (r) == 3);
  CHECK (strings_Reader_Size (r) == 3);

  /* unicode/utf8.  */
  CHECK (unicode_utf8_RuneLen (0x20AC) == 3);
  CHECK (unicode_utf8_RuneCountInString (GO_STR ("héllo€")) == 6);
  CHECK (unicode_utf8_ValidString (GO_STR ("ok")));
  CHECK (!unicode_utf8_ValidString (GO_STR ("\xff")));
  unicode_utf8_DecodeRuneInString_ret d
    = unicode_utf8_DecodeRuneInString (GO_STR ("€x"));
  CHECK (d.r == 0x20AC && d.size == 3);
  CHECK (unicode_utf8_RuneError == 0xFFFD && unicode_utf8_UTFMax == 4);

  /* errors.  */
  go_error e = errors_New (GO_STR ("bad thing"));
  CHECK (STR_IS (go_error_Error (e), "bad thing"));
  CHECK (errors_Is (e, e));
  go_error other = errors_New (GO_STR ("bad thing"));
  CHECK (!errors_Is (e, other));
  go_error nil_error = { NULL, NULL };
  CHECK (GO_IFACE_IS_NIL (errors_Unwrap (e)) && !errors_Is (nil_error, e));

  /* time.  */
  CHECK (time_Second == 1000000000LL && time_Millisecond * 1000 == time_Second);
  time_Duration dur = 90 * time_Second + 500 * time_Millisecond;
  CHECK (STR_IS (time_Duration_String (&dur), "1m30.5s"));
  CHECK (time_Duration_Minutes (&dur) == 1.5 + 0.5 / 60);
  time_ParseDuration_ret pd = time_ParseDuration (GO_STR ("1h2m"));
  CHECK (GO_IFACE_IS_NIL (pd.r1) && pd.r0 == 3720 * time_Second);
  time_Time t = time_Unix (86400 * 365, 0);
  time_Time u = time_Time_UTC (&t);
  CHECK (time_Time_Year (&u) == 1971);
  CHECK (time_Time_Month (&u) == time_January);
  CHECK (STR_IS (time_Month_String (&(time_Month) { time_March }), "March"));
  time_Time now = time_Now ();
  CHECK (time_Time_After (&now, t));
  CHECK (time_Since (t) > 0);

  return failures;
}
