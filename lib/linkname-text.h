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

/* linkname-text.h -- untrusted bytes made fit for text: JSON string
   literals for the plugin's report and linkname-check's output, and
   printable quotes for messages.  Plain C11.  */

#ifndef LINKNAME_TEXT_H
#define LINKNAME_TEXT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The LEN bytes at S as a JSON string literal, quotes included:
   '"', '\\' and control bytes escaped, invalid UTF-8 replaced by U+FFFD
   (JSON text must be UTF-8).  Malloc'd; NULL on allocation failure.  */
char *linkname_json_string (const char *s, size_t len);

/* The LEN bytes at S fit to quote in a one-line message: control bytes,
   NULs and invalid UTF-8 written as \xNN, valid UTF-8 kept.
   Malloc'd; NULL on allocation failure.  */
char *linkname_printable (const char *s, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_TEXT_H */
