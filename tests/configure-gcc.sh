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
# tests/configure-gcc.sh -- configure refuses a GCC that linkname does
# not support, and a CC that is not the GCC of the plugin headers, each
# with a message that says what to do (SPEC section 7).  Run by make
# check (top-level TESTS).
#
# The unsupported GCCs are the real CC and CXX behind wrappers that
# answer -dumpversion and -print-file-name=plugin as GCC 10 and GCC 17
# would: plugin headers whose plugin-version.h gives that version.  The
# wrappers compile like the real compiler, so configure gets as far as
# its GCC check.

set -u
: "${srcdir:?}" "${CC:?}" "${CXX:?}"
srcdir=$(cd "$srcdir" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/linkname-configure.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0

# make_gcc VERSION: wrappers $work/gcc-VERSION/{cc,c++} of GCC VERSION.
make_gcc ()
{
  v=$1 dir=$work/gcc-$1
  mkdir -p "$dir/plugin/include"
  : > "$dir/plugin/include/gcc-plugin.h"
  cat > "$dir/plugin/include/plugin-version.h" <<EOH
#define GCCPLUGIN_VERSION_MAJOR   $v
#define GCCPLUGIN_VERSION_MINOR   1
static char basever[] = "$v.1.0";
EOH
  for tool in cc c++; do
    case $tool in cc) real=$CC ;; *) real=$CXX ;; esac
    cat > "$dir/$tool" <<EOW
#!/bin/sh
case "\$*" in
  -dumpversion|-dumpfullversion) echo $v.1.0; exit 0 ;;
  -print-file-name=plugin) echo $dir/plugin; exit 0 ;;
esac
exec $real "\$@"
EOW
    chmod +x "$dir/$tool"
  done
}

# configure runs in a copy of what it needs before its GCC check, which
# fails before it writes anything: in the source folder itself, a
# configured tree would make it stop at once ("already configured").
mkdir -p "$work/src/plugin" || exit 99
cp "$srcdir/configure" "$work/src/" && cp -R "$srcdir/build-aux" "$work/src/" \
  && : > "$work/src/plugin/linkname-plugin.cc" || exit 99

# expect NAME PATTERN CONFIGURE-ARGS...: configure fails, saying PATTERN.
expect ()
{
  name=$1 pattern=$2; shift 2
  cd "$work/src" || exit 99
  if ./configure "$@" >"$work/out" 2>&1; then
    echo "FAIL: $name: configure succeeded"
    status=1
  elif grep -q -e "$pattern" "$work/out"; then
    echo "PASS: $name"
    grep -e "$pattern" "$work/out"
  else
    echo "FAIL: $name: no message matching: $pattern"
    tail -n 5 "$work/out"
    status=1
  fi
}

make_gcc 10
make_gcc 17
expect "GCC 10 is refused" \
  "GCC 10 is not supported: linkname supports GCC 11 to 16" \
  CC="$work/gcc-10/cc" CXX="$work/gcc-10/c++"
expect "GCC 17 is refused" \
  "GCC 17 is not supported: linkname supports GCC 11 to 16" \
  CC="$work/gcc-17/cc" CXX="$work/gcc-17/c++"
# The headers are real (this GCC's), the C compiler is another major.
major=$($CXX -dumpversion | sed 's/\..*//')
expect "CC of another GCC than CXX is refused" \
  "'$work/gcc-10/cc' is GCC 10, the plugin headers of '$CXX' are GCC $major" \
  CC="$work/gcc-10/cc" CXX="$CXX"
exit $status
