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

/* read-package.h -- the records of the ELF files inside a .deb or .rpm
   package, read with libarchive.  linkname-check only: the ld plugin
   never sees a package.  */

#ifndef LINKNAME_READ_PACKAGE_H
#define LINKNAME_READ_PACKAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "linkname-check.h"

enum package_kind
{
  PACKAGE_NONE,			/* Not a package.  */
  PACKAGE_DEB,			/* An ar archive whose first member is
				   debian-binary.  */
  PACKAGE_RPM			/* The rpm lead's magic ED AB EE DB.  */
};

/* How many leading bytes of a file package_kind needs to tell.  */
#define PACKAGE_SNIFF_BYTES 24

/* What the N first bytes HEAD of a file are, by content: an ordinary
   static archive is an ar archive too, so the suffix cannot say.  */
enum package_kind package_kind (const unsigned char *head, size_t n);

/* Whether the N first bytes HEAD of a file inside a package or a
   directory, named NAME, make it one linkname-check reads: an ELF file,
   or an ar archive named *.a (a static library).  */
bool package_member_wanted (const char *name, const unsigned char *head,
			    size_t n);

/* Read the records of every ELF file in the payload of the package at
   PATH, of kind KIND, into LIST, each named "PATH:/usr/bin/prog".  On
   error (unreadable, truncated or malformed package, or a malformed ELF
   file inside) write a message that starts with the name of what is
   wrong into ERR and return false; records already added stay in
   LIST.  */
bool read_package (const char *path, enum package_kind kind,
		   struct linkname_bindings *list, char *err, size_t errlen);

#endif /* LINKNAME_READ_PACKAGE_H */
