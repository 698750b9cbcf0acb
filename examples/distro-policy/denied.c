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

/* denied.c -- a pull that distro.policy denies ("deny runtime.*"): with
   the policy, the compile fails with a [linkname-policy] error.  */

extern void stop_the_world (const char *)
  __attribute__ ((linkname ("runtime.stopTheWorld")));

void
denied (void)
{
  stop_the_world ("example");
}
