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

#include <stdio.h>

extern long use (long);
extern long twice_plus (long);
extern long twice (long) __attribute__ ((linkname ("example.com/dist.Twice")));

int
main (void)
{
  /* use (5) = (5 + 42) + 15; twice_plus (5) = 10 + 6.  */
  if (use (5) != 62 || twice_plus (5) != 16 || twice (4) != 8)
    return 1;
  puts ("distributed: ok");
  return 0;
}
