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

/* A C main program calls Go: linked with gccgo's libgolibbegin.a
   (whole), which starts the Go runtime on a thread of its own, and
   -lgo, with a Go package main (support/stub-main.go); every call into
   Go between GO_ENTER () and GO_LEAVE () (<linkname/go.h>), allocating
   enough for the collector to run.  */
/* { dg-step gen "gen-cmain.h" "strings strconv" } */
/* { dg-step compile "c-main.c" "-Wall -Wextra" } */
/* { dg-step go "support/stub-main.go" "main" } */
/* { dg-step link-plain "" "c-main.c support/stub-main.go -Wl,--whole-archive -lgolibbegin -Wl,--no-whole-archive -lgo" "-pthread" } */
/* { dg-output "^ok\[\r\n\]*$" } */

#include <stdio.h>

#include "gen-cmain.h"

int
main (void)
{
  int failures = 0;
  GO_ENTER ();
  go_string s = strings_Repeat (GO_STR ("ab"), 3);
  strconv_Atoi_ret r = strconv_Atoi (GO_STR ("12x"));
  GO_LEAVE ();
  if (!go_string_eq_cstr (s, "ababab"))
    failures++;
  /* strconv's init ran: the error wraps its ErrSyntax.  */
  GO_ENTER ();
  if (GO_IFACE_IS_NIL (r.r1)
      || !go_string_eq_cstr (go_error_Error (r.r1),
			     "strconv.Atoi: parsing \"12x\": invalid syntax"))
    failures++;
  long total = 0;
  for (int i = 0; i < 300; i++)
    total += strings_Repeat (GO_STR ("ab"), 100000).n;
  GO_LEAVE ();
  if (total != 60000000)
    failures++;
  printf (failures ? "FAIL: %d\n" : "ok\n", failures);
  return failures != 0;
}
