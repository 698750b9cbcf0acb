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
# prelude.sh -- <linkname/go.h> compiles alone and twice, as C (C11 and
# GNU C11) and C++11, with -pedantic -Wall -Wextra -Werror.
# Environment: CC, CXX, srcdir (gen/ of the source tree).

set -u
: "${CC:?}" "${CXX:?}" "${srcdir:?}"
status=0
work=$(mktemp -d "${TMPDIR:-/tmp}/linkname-prelude.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

printf '#include <linkname/go.h>\n#include <linkname/go.h>\nint linkname_prelude_test;\n' > "$work/c.c"
cp "$work/c.c" "$work/cxx.cc"
for std in c11 gnu11; do
  if $CC -std=$std -pedantic -Wall -Wextra -Werror -I"$srcdir" -c "$work/c.c" \
       -o "$work/c.o" > "$work/log" 2>&1; then
    echo "PASS: <linkname/go.h> in C (-std=$std -pedantic -Werror)"
  else
    echo "FAIL: <linkname/go.h> in C (-std=$std):"; sed 's/^/  | /' "$work/log"
    status=1
  fi
done
if $CXX -std=c++11 -pedantic -Wall -Wextra -Werror -I"$srcdir" -c "$work/cxx.cc" \
     -o "$work/cxx.o" > "$work/log" 2>&1; then
  echo "PASS: <linkname/go.h> in C++ (-std=c++11 -pedantic -Werror)"
else
  echo "FAIL: <linkname/go.h> in C++:"; sed 's/^/  | /' "$work/log"
  status=1
fi
exit $status
