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

/* linkname-guard.h -- makes a compile without the linkname plugin an
   error, where the plugin was asked for.

   The linkname compiler wrappers (linkname-gcc, linkname-g++) include
   this file in every C and C++ compile (-include).  A distributed build
   (distcc, icecream) preprocesses on the client and compiles the
   preprocessed text on a server; these lines travel with the text.  The
   plugin defines the attribute linkname_loaded.  For a GCC without the
   plugin, __builtin_has_attribute of an attribute it does not know is
   an error ("unknown attribute 'linkname_loaded'"), and the array below
   gets a negative size: a server that compiles without the plugin
   fails the compile instead of making an object whose bindings are
   silently gone.  Neither -w nor -Wno-attributes turns that off.  */

#if !defined __ASSEMBLER__ && !defined LINKNAME_GUARD_H
#define LINKNAME_GUARD_H 1
extern int __linkname_guard __attribute__ ((__linkname_loaded__));
typedef char __linkname_plugin_not_loaded
  [__builtin_has_attribute (__linkname_guard, __linkname_loaded__) ? 1 : -1];
#endif
