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

// C++: a push from a namespace and a pull with C++ linkage, both by
// their Go names instead of mangled ones.
namespace dist
{
  __attribute__ ((linkname ("example.com/dist.Twice")))
  long twice (long x) { return 2 * x; }
}

extern long add_cxx (long, long) __attribute__ ((linkname ("example.com/dist.Add")));

extern "C" long
twice_plus (long x)
{
  return dist::twice (x) + add_cxx (x, 1);
}
