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
# exports.sh -- the shared library liblinkname.so exports its API and
# nothing else: every symbol it exports begins with linkname_ and is
# declared in an installed header, and every function and variable an
# installed header declares is exported.  Its soname is liblinkname.so.0.
#
# Environment: NM, READELF, srcdir (lib/ of the source tree), HEADERS
# (the installed headers), LIBRARY (the built .so).

set -u
: "${srcdir:?}" "${HEADERS:?}" "${LIBRARY:?}" "${NM:=nm}" "${READELF:=readelf}"
status=0

soname=$($READELF -d "$LIBRARY" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
if [ "$soname" = liblinkname.so.0 ]; then
  echo "PASS: soname $soname"
else
  echo "FAIL: soname '$soname', not liblinkname.so.0"
  status=1
fi

exported=$($NM -D --defined-only "$LIBRARY" | awk '{ print $3 }' | sort -u)
# What the headers declare: a function's name followed by "(" in a
# declaration at the start of a line (after its return type, or alone:
# GNU style may put the type on the line before), and extern variables.
declared=$(cd "$srcdir" && cat $HEADERS \
	   | sed -n -e 's/^\([A-Za-z_][A-Za-z0-9_ *]*[ *]\)\{0,1\}\(linkname_[a-z0-9_]*\) *(.*/\2/p' \
		    -e 's/^extern .*[ *]\(linkname_[a-z0-9_]*\) *[[;].*/\1/p' \
	   | sort -u)
if [ -z "$declared" ] || [ -z "$exported" ]; then
  echo "FAIL: no function found (declared: $(echo $declared | wc -w), exported: $(echo $exported | wc -w))"
  exit 1
fi

bad=$(printf '%s\n' $exported | grep -v '^linkname_' | tr '\n' ' ')
if [ -z "$bad" ]; then
  echo "PASS: every exported symbol begins with linkname_"
else
  echo "FAIL: exported outside the API: $bad"
  status=1
fi
extra=$(printf '%s\n' $exported | grep '^linkname_' \
	| comm -23 - "$(printf '%s\n' $declared > decl.tmp; echo decl.tmp)" | tr '\n' ' ')
missing=$(printf '%s\n' $declared | comm -23 - "$(printf '%s\n' $exported > exp.tmp; echo exp.tmp)" | tr '\n' ' ')
rm -f decl.tmp exp.tmp
if [ -z "$extra" ]; then
  echo "PASS: every exported linkname_ symbol is declared in an installed header"
else
  echo "FAIL: exported but declared in no installed header: $extra"
  status=1
fi
if [ -z "$missing" ]; then
  echo "PASS: the $(echo $declared | wc -w) functions and variables of the installed headers are exported"
else
  echo "FAIL: declared in an installed header but not exported: $missing"
  status=1
fi
exit $status
