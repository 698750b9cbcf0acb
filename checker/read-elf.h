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

/* read-elf.h -- the .note.linkname records of ELF objects, archives,
   shared objects and executables, read with libelf.  Shared by
   linkname-check and its ld plugin.  */

#ifndef LINKNAME_READ_ELF_H
#define LINKNAME_READ_ELF_H

#include <stdbool.h>
#include <stddef.h>

#include "linkname-check.h"

/* Initialise libelf once; false (with a message in ERR) if the library
   is too old for the headers.  */
bool read_elf_init (char *err, size_t errlen);

/* Call FN with a message (that starts with the object's name) for each
   object read that is an LTO object without machine code (-flto without
   -ffat-lto-objects): its bindings are in its GIMPLE, not in a
   .note.linkname section, until lto1 compiles it into the linked output.
   NULL (the default) says nothing.  */
void read_elf_on_lto_only (void (*fn) (const char *message));

/* Call FN with the contents of each .go_export section (gccgo's export
   data: an object's, a .gox file's, an archive member's, the several
   packages of a shared object or executable) of the ELF files read,
   and the file's name.  The data lives during the call only.  NULL
   (the default) skips them.  */
void read_elf_on_go_export (void (*fn) (const char *data, size_t len,
					const char *name));

/* Read the records of the SIZE bytes at IMAGE, the whole contents of an
   ELF file or an archive named NAME, into LIST.  Archive members are
   named "NAME(MEMBER)".  IMAGE must be writable (libelf may convert
   byte order in place) and stay valid during the call only.  On error
   (empty, truncated, not ELF, malformed records) write a message that
   starts with the file's name into ERR and return false; records
   already added stay in LIST.  */
bool read_elf_image (unsigned char *image, size_t size, const char *name,
		     struct linkname_bindings *list, char *err,
		     size_t errlen);

/* Read the file at PATH into memory and call read_elf_image.  */
bool read_elf_file (const char *path, struct linkname_bindings *list,
		    char *err, size_t errlen);

#endif /* LINKNAME_READ_ELF_H */
