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

/* read-input.h -- linkname-check's command-line inputs expanded into the
   files read: a file is read as it is, a directory is walked, a .deb or
   .rpm package is opened (read-package.c).  */

#ifndef LINKNAME_READ_INPUT_H
#define LINKNAME_READ_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "linkname-check.h"

/* Read the records of the N inputs PATHS into LIST.  A directory is
   walked recursively in byte order of the names; in it only ELF files,
   static libraries (*.a) and packages are read, everything else is
   skipped, and a file or directory reached twice (through symbolic
   links, or named twice) is read once, under its own name rather than
   a link's where the walk meets both.  REPORT is called with a message
   (starting with the name of what is wrong) for each input that cannot
   be read; the return value says whether every input was read.  */
bool read_inputs (char *const *paths, size_t n,
		  struct linkname_bindings *list,
		  void (*report) (const char *message));

#endif /* LINKNAME_READ_INPUT_H */
