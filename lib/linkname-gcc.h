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

/* linkname-gcc.h -- facts about a GCC build read from its own strings,
   for the plugin's check that it is loaded into the GCC it was built
   for.  Plain C11, so that it is unit-tested outside GCC.  */

#ifndef LINKNAME_GCC_H
#define LINKNAME_GCC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The target triplet a GCC was configured for, from its configure
   command line ARGS (GCC's configuration_arguments, e.g. "../src/configure
   -v --with-pkgversion='Debian 12.2.0-14' ... --target=x86_64-linux-gnu"):
   the last --target, else the last --host, else the last --build (as
   autoconf defaults them), each as "--opt=VALUE" or "--opt VALUE", words
   quoted as the shell quotes them.  Malloc'd; NULL if ARGS names none
   (or on allocation failure).  */
char *linkname_gcc_configured_target (const char *args);

/* The major version of a GCC version string such as "12.2.0" or "16":
   the leading decimal number, or -1 if there is none.  */
int linkname_gcc_major (const char *version);

/* Whether GCC_MAJOR is a major version linkname supports.  */
int linkname_gcc_major_supported (int gcc_major);

/* The range of supported majors, for messages and configure.  */
#define LINKNAME_GCC_MAJOR_MIN 11
#define LINKNAME_GCC_MAJOR_MAX 16

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_GCC_H */
