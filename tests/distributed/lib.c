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

/* The pushes of the project: an attribute, a pragma, and a push marker
   under the unit's package.  */
#pragma linkname package example.com/dist

__attribute__ ((linkname ("example.com/dist.Add")))
long
add (long a, long b)
{
  return a + b;
}

#pragma linkname scale example.com/dist.(*T).Scale
long
scale (long x, long k)
{
  return x * k;
}

#pragma linkname Answer
long Answer = 42;
