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

/* warned.c -- a pull that no rule of distro.policy names but "warn *":
   it compiles, with a [linkname-policy] warning.  */

extern int helper (int) __attribute__ ((linkname ("github.com/someone/lib.Helper")));

int
warned (int x)
{
  return helper (x);
}
