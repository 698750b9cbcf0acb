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

/* clib.c -- a C library that is also Go package example.com/clib.

   Its API is plain C (clib.h).  Beyond it, it offers two internals to
   linkname, and only these: the definitions marked
   __attribute__ ((linkname)) are push markers, Go's one-argument
   //go:linkname.  Under "#pragma linkname package", a marker is emitted
   under its Go name in the package: Calls becomes the symbol
   example_0com_1clib.Calls (gccgo's spelling of example.com/clib.Calls),
   and its record in .note.linkname says that the library means it to be
   reached.  Everything else stays out of reach: rehash is static, and
   no marker names it.  */

#pragma linkname package example.com/clib

#include "clib.h"

static long total;
static long calls;
static long buckets = 8;

/* An internal the library does not offer.  */
static void
rehash (void)
{
  buckets *= 2;
}

void
clib_add (long x)
{
  total += x;
  if (++calls > buckets)
    rehash ();
}

long
clib_total (void)
{
  return total;
}

/* Internals offered to linkname: func Calls() int64, and
   func ResetForTest(), for the library's users' tests.  */
__attribute__ ((linkname)) long
Calls (void)
{
  return calls;
}

__attribute__ ((linkname)) void
ResetForTest (void)
{
  total = calls = 0;
}
