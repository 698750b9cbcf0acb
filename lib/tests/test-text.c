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

/* test-text.c -- JSON string literals and printable quotes.  */

#include <stdlib.h>
#include <string.h>

#include "linkname-text.h"
#include "check.h"

static void
check_json (const char *in, size_t len, const char *want)
{
  char *got = linkname_json_string (in, len);
  CHECK_STREQ (got, want, want);
  free (got);
}

static void
check_printable (const char *in, size_t len, const char *want)
{
  char *got = linkname_printable (in, len);
  CHECK_STREQ (got, want, want);
  free (got);
}

int
main (void)
{
  check_json ("runtime.nanotime", 16, "\"runtime.nanotime\"");
  check_json ("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
  check_json ("a\nb\0c", 5, "\"a\\u000ab\\u0000c\"");
  check_json ("\x1f\x7f", 2, "\"\\u001f\x7f\"");
  check_json ("p\xc3\xa4" "ckage", 8, "\"p\xc3\xa4" "ckage\"");
  check_json ("x\xff" "y", 3, "\"x\xef\xbf\xbdy\"");	/* U+FFFD.  */
  check_json ("\xc3", 1, "\"\xef\xbf\xbd\"");		/* Truncated.  */
  check_json ("\xed\xa0\x80", 3,			/* A surrogate.  */
	      "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
  check_json ("", 0, "\"\"");

  check_printable ("a.b", 3, "a.b");
  check_printable ("a\nb", 3, "a\\x0ab");
  check_printable ("a\0b", 3, "a\\x00b");
  check_printable ("\xff.x", 3, "\\xff.x");
  check_printable ("\xc2\xb7", 2, "\xc2\xb7");
  check_printable ("\x7f", 1, "\\x7f");
  return check_status ();
}
