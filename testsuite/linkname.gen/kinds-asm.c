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

/* As kinds.c, with the header of linkname-gen --asm (asm labels: the
   gccgo symbols written out) compiled without the plugin.  */
/* { dg-step go "support/kinds.go" "example.com/gen-kinds" } */
/* { dg-step gen "gen-kinds.h" "support/kinds.go" "--prefix=kinds --asm" } */
/* { dg-step compile-plain "kinds-asm.c" "-Wall -Wextra" } */
/* { dg-step go "support/main.go" "main" } */
/* { dg-step link-go "" "kinds-asm.c support/main.go support/kinds.go" } */
/* { dg-output "^ok\[\r\n\]*$" } */

#include "kinds-body.h"

/* { dg-final { scan-assembler "example_0com_1gen_x2dkinds\\.Add8" } } */
/* { dg-final { scan-assembler-not "kinds_Add8" } } */
