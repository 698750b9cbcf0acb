#!/bin/sh
# Copyright (C) 2026 The linkname authors.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# This file is part of linkname.  linkname is free software: you can
# redistribute it and/or modify it under the terms of the GNU General
# Public License as published by the Free Software Foundation, either
# version 3 of the License, or (at your option) any later version.
# linkname is distributed in the hope that it will be useful, but
# WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
# General Public License (the file COPYING) for more details.
#
# tests/licence.sh -- the licence is declared everywhere a distribution
# or a reader looks (make check, top-level TESTS): COPYING is the GPL,
# version 3; every source file of the tree carries the notice (its
# SPDX line); debian/copyright is machine-readable and names the same
# licence; debian/control's maintainer is the project, not a person.
# Runs on the source tree, so also on the tarball under make distcheck.

set -u
: "${srcdir:?}"
status=0
pass () { echo "PASS: $1"; }
fail () { echo "FAIL: $1"; status=1; }

if grep -q 'GNU GENERAL PUBLIC LICENSE' "$srcdir/COPYING" 2>/dev/null \
   && grep -q 'Version 3, 29 June 2007' "$srcdir/COPYING"; then
  pass "COPYING is the GNU GPL, version 3"
else
  fail "COPYING is missing or is not the GNU GPL, version 3"
fi

# Source files: code, scripts, build files and man pages; not the test
# inputs of testsuite/linkname.*/ (their line numbers are part of what
# they test), fuzz corpora, data and prose; nor what libtool builds in
# .libs/ (liblinkname.so.0.0.0 would pass for a man page), nor the
# headers linkname-gen writes when an example is built in the source
# tree (make demo: examples/go-header/go-shapes.h).
missing=$(cd "$srcdir" && find . \( -name .git -o -name autom4te.cache -o -name corpus -o -name .libs \
	     -o -path './testsuite/linkname.*' -o -name '_build' -o -name 'linkname-[0-9]*' -o -name build-aux -o -name m4 \) -prune -o \
	   -type f \( -name '*.c' -o -name '*.h' -o -name '*.cc' -o -name '*.map' \
	     -o -name '*.sh' -o -name '*.exp' -o -name '*.py' -o -name '*.go' -o -name '*.pm' \
	     -o -name Makefile.am -o -name configure.ac -o -name '*.in' -o -name '*.[0-9]' \
	     -o -name '*.texi' -o -name rules -o -path './.ci/*' -o -path './examples/*/Makefile' \
	     -o -path './tests/distributed/Makefile' -o -path './debhelper/dh_linkname' \) \
	   ! -name 'Makefile.in' ! -name 'config.h.in' ! -name 'version.texi' ! -name site.exp \
	   ! -path './examples/*/go-*.h' -print \
	   | while read -r f; do
	       head -n 16 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || echo "$f"
	     done)
# The drivers of testsuite/linkname.*/ are code, not test input.
missing="$missing$(cd "$srcdir" && for f in testsuite/linkname.*/*.exp; do
	     head -n 16 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || printf '\n%s' "$f"
	   done)"
missing=$(printf '%s\n' "$missing" | sed '/^$/d')
if [ -z "$missing" ]; then
  pass "every source file carries the GPL-3.0-or-later notice"
else
  fail "without the licence notice: $(echo $missing)"
fi

copyright=$srcdir/debian/copyright
if head -n 1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$' \
   && grep -q '^Files: \*$' "$copyright" \
   && grep -q '^License: GPL-3.0-or-later$' "$copyright" \
   && ! grep -q -i 'undeclared' "$copyright"; then
  pass "debian/copyright is machine-readable and says GPL-3.0-or-later"
else
  fail "debian/copyright is not machine-readable or does not say GPL-3.0-or-later"
fi

maintainer=$(sed -n 's/^Maintainer: //p' "$srcdir/debian/control")
case $maintainer in
  "The linkname project <"*">") pass "debian/control's maintainer is the project: $maintainer" ;;
  *) fail "debian/control's maintainer should be the project, not: $maintainer" ;;
esac
exit $status
