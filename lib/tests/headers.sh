#! /bin/sh
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
# headers.sh -- each installed header of liblinkname compiles alone, as
# a program includes it (<linkname/NAME.h>), in a C and in a C++
# translation unit, with warnings as errors; and includes no header
# that is not installed.
#
# Environment: CC, CXX, srcdir (lib/ of the source tree), HEADERS (the
# installed headers, lib/Makefile.am's linknameinclude_HEADERS).

set -u
: "${CC:?}" "${CXX:?}" "${srcdir:?}" "${HEADERS:?}"
status=0
work=$(mktemp -d "${TMPDIR:-/tmp}/linkname-headers.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

# The install layout: only the public headers, under linkname/.
mkdir "$work/linkname"
for h in $HEADERS; do
  cp "$srcdir/$h" "$work/linkname/$h" || status=1
done

for h in $HEADERS; do
  # What the header includes with quotes must be installed too.
  for inc in $(sed -n 's/^ *# *include *"\([^"]*\)".*/\1/p' "$srcdir/$h"); do
    if [ -f "$work/linkname/$inc" ]; then :; else
      echo "FAIL: linkname/$h includes \"$inc\", which is not installed"
      status=1
    fi
  done
  printf '#include <linkname/%s>\nint linkname_headers_test;\n' "$h" > "$work/c.c"
  cp "$work/c.c" "$work/cxx.cc"
  if $CC -std=c11 -pedantic -Wall -Wextra -Werror -I"$work" -c "$work/c.c" \
       -o "$work/c.o" > "$work/log" 2>&1; then
    echo "PASS: <linkname/$h> alone in C (-std=c11 -pedantic -Werror)"
  else
    echo "FAIL: <linkname/$h> alone in C:"; sed 's/^/  | /' "$work/log"
    status=1
  fi
  if $CXX -std=c++11 -pedantic -Wall -Wextra -Werror -I"$work" -c "$work/cxx.cc" \
       -o "$work/cxx.o" > "$work/log" 2>&1; then
    echo "PASS: <linkname/$h> alone in C++ (-std=c++11 -pedantic -Werror)"
  else
    echo "FAIL: <linkname/$h> alone in C++:"; sed 's/^/  | /' "$work/log"
    status=1
  fi
done
exit $status
