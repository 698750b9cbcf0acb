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

/* client-good.c -- a client of clib that reaches two of its internals
   through linkname, both of which the library marked: linkname-check
   --strict finds a push marker for every pull, and passes.  */

#include <stdio.h>

#include "clib.h"

/* Pulls: every call goes to the library's marked definitions.  */
extern long clib_calls (void) __attribute__ ((linkname ("example.com/clib.Calls")));
extern void clib_reset (void)
  __attribute__ ((linkname ("example.com/clib.ResetForTest")));

int
main (void)
{
  clib_add (2);
  clib_add (3);
  printf ("total %ld after %ld calls\n", clib_total (), clib_calls ());
  clib_reset ();
  printf ("total %ld after %ld calls\n", clib_total (), clib_calls ());
  return 0;
}
