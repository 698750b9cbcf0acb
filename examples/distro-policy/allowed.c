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

/* allowed.c -- two pulls that distro.policy allows: a public package of
   the distribution (its rule "allow example.com/" and a star), and Go's
   clock, allowed by name after the rule that denies runtime's names
   (the last matching rule decides).  The plugin's own warnings about
   runtime.nanotime (unexported, internal) are another matter than the
   policy: a distribution may turn those classes off too, with
   -fplugin-arg-linkname-Wno-CLASS.  */

extern long clib_calls (void) __attribute__ ((linkname ("example.com/clib.Calls")));
extern long long nanotime (void) __attribute__ ((linkname ("runtime.nanotime")));

long long
allowed (void)
{
  return clib_calls () + nanotime ();
}
