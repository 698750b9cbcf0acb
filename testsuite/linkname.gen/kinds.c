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

/* Every kind of Go type through a header of linkname-gen, bound by the
   linkname attribute (the plugin): support/kinds.go compiled by gccgo
   as example.com/gen-kinds, its header written from its object with
   --prefix=kinds, kinds-body.h calling every function and method and
   checking the results, from a Go main program (support/main.go).  */
/* { dg-step go "support/kinds.go" "example.com/gen-kinds" } */
/* { dg-step gen "gen-kinds.h" "support/kinds.go" "--prefix=kinds" } */
/* { dg-step compile "kinds.c" "-Wall -Wextra" } */
/* { dg-step go "support/main.go" "main" } */
/* { dg-step link-go "" "kinds.c support/main.go support/kinds.go" } */
/* { dg-output "^ok\[\r\n\]*$" } */

#include "kinds-body.h"

/* The header binds by the attribute: the symbols are gccgo's.  */
/* { dg-final { scan-assembler "example_0com_1gen_x2dkinds\\.Add8" } } */
/* { dg-final { scan-assembler "example_0com_1gen_x2dkinds\\.Point\\.Dist2" } } */
/* { dg-final { scan-assembler-not "kinds_Add8" } } */
