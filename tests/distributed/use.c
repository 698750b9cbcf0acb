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

/* Pulls, one of them made by _Pragma in a macro: distcc and icecream
   preprocess on the client, the server compiles the text.  */
#define LINKNAME_PRAGMA(text) _Pragma (#text)
LINKNAME_PRAGMA (linkname scale_it example.com/dist.(*T).Scale)

extern long add (long, long) __attribute__ ((linkname ("example.com/dist.Add")));
extern long scale_it (long, long);
extern long answer __attribute__ ((linkname ("example.com/dist.Answer")));

long
use (long x)
{
  return add (x, answer) + scale_it (x, 3);
}
