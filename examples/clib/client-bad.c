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

/* client-bad.c -- a client of clib that pulls an internal the library
   did not mark (example.com/clib.rehash, a static function of clib.c).
   The plugin warns that the name is not exported; linkname-check
   --strict, with the library's policy that protects its package, fails:
   no input pushes or marks the target (the "handshake" rule, as Go's
   linker checks since Go 1.23).  */

#include "clib.h"

extern void clib_rehash (void) __attribute__ ((linkname ("example.com/clib.rehash")));

int
main (void)
{
  clib_add (1);
  clib_rehash ();
  return 0;
}
