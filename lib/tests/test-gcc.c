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

/* test-gcc.c -- the target and version read from a GCC's own strings.  */

#include <stdlib.h>

#include "linkname-gcc.h"
#include "check.h"

static void
check_target (const char *args, const char *want)
{
  char *got = linkname_gcc_configured_target (args);
  if (want == NULL)
    CHECK (got == NULL, "%s: got \"%s\", want none", args, got);
  else
    CHECK_STREQ (got, want, args);
  free (got);
}

int
main (void)
{
  /* Debian's native GCC 12 (abridged), and its aarch64 cross compiler.  */
  check_target ("../src/configure -v --with-pkgversion='Debian 12.2.0-14' "
		"--enable-languages=c,c++ --prefix=/usr --build=x86_64-linux-gnu "
		"--host=x86_64-linux-gnu --target=x86_64-linux-gnu",
		"x86_64-linux-gnu");
  check_target ("../src/configure -v --with-pkgversion='Debian 12.2.0-14' "
		"--host=x86_64-linux-gnu --target=aarch64-linux-gnu "
		"--program-prefix=aarch64-linux-gnu-",
		"aarch64-linux-gnu");
  /* The target defaults to the host, the host to the build.  */
  check_target ("configure --host=riscv64-linux-gnu", "riscv64-linux-gnu");
  check_target ("configure --build=s390x-linux-gnu", "s390x-linux-gnu");
  check_target ("configure --build=a --host=b", "b");
  /* "--opt VALUE", quoting, the last of several.  */
  check_target ("configure --target arm-linux-gnueabihf", "arm-linux-gnueabihf");
  check_target ("configure '--target=x86_64-pc-linux-gnu'",
		"x86_64-pc-linux-gnu");
  check_target ("configure \"--target=a\\\"b\"", "a\"b");
  check_target ("configure --target=a --target=b", "b");
  /* Quoted words that merely contain the option are not it.  */
  check_target ("configure --with-pkgversion='x --target=evil'", NULL);
  check_target ("configure --targets=all", NULL);
  check_target ("configure --target=", NULL);
  check_target ("configure --target", NULL);
  check_target ("", NULL);
  check_target (NULL, NULL);
  check_target ("configure 'unterminated --target=x", NULL);

  CHECK (linkname_gcc_major ("12.2.0") == 12, "12.2.0");
  CHECK (linkname_gcc_major ("16") == 16, "16");
  CHECK (linkname_gcc_major ("x") == -1, "x");
  CHECK (linkname_gcc_major ("") == -1, "empty");
  CHECK (linkname_gcc_major (NULL) == -1, "NULL");
  CHECK (linkname_gcc_major ("99999999999") == -1, "overflow");
  CHECK (!linkname_gcc_major_supported (10), "10");
  CHECK (linkname_gcc_major_supported (11), "11");
  CHECK (linkname_gcc_major_supported (16), "16");
  CHECK (!linkname_gcc_major_supported (17), "17");
  return check_status ();
}
