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
# gccgo-agree.sh -- our gccgo scheme must name exactly what gccgo emits.
#
# Compile one small Go package under several import paths with
# "gccgo -c -fgo-pkgpath=PATH", then for each function, variable, value
# method and pointer method ask symbol-cli for the gccgo symbol of the
# linkname target and look for it in nm's list of defined symbols.
#
# Environment: GCCGO (default gccgo-12), NM (default nm), SYMBOL_CLI
# (default ./symbol-cli).  Exit 77 (skip) only when gccgo is missing.

GCCGO=${GCCGO:-gccgo-12}
NM=${NM:-nm}
SYMBOL_CLI=${SYMBOL_CLI:-./symbol-cli}

if ! command -v "$GCCGO" >/dev/null 2>&1; then
  echo "gccgo-agree: SKIP: '$GCCGO' not found; install gccgo-12 or set GCCGO"
  exit 77
fi
if ! test -x "$SYMBOL_CLI"; then
  echo "gccgo-agree: FAIL: no symbol-cli at '$SYMBOL_CLI'"
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gccgo-agree.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# Exported and unexported names, a non-ASCII name in the BMP and one
# outside it (U+1D400), an '_' (which gccgo doubles), value and pointer
# methods, on an ASCII and a non-ASCII type.
cat > "$tmp/w.go" <<'EOF'
package w

var V int = 1
var Vär int = 2
var v int = 3

type T struct{ x int }
type Ü struct{ x int }

func (t T) Val() int  { return t.x }
func (t *T) Ptr() int { return t.x }
func (u *Ü) Mé() int  { return u.x }
func F() int          { return V + v + f() }
func f() int          { return 0 }
func Fünc() int       { return 0 }
func F_x() int        { return 0 }
func 𝐀bc() int        { return 0 }
EOF

# Split on blanks only: "(*T)" must not be taken for a file pattern.
set -f
names='V Vär v F f Fünc F_x 𝐀bc T.Val (*T).Ptr T.Ptr (*Ü).Mé Ü.Mé'

checks=0
failures=0

# check PKGPATH TARGET-PREFIX SEP: compile w.go as package PKGPATH and
# look up TARGET-PREFIX SEP NAME for each NAME.  TARGET-PREFIX is the
# import path as a target spells it (a '.' in the last element as %2e,
# or the Go assembler spelling); SEP is '.' or '·'.
check ()
{
  pkgpath=$1 prefix=$2 sep=$3
  if ! "$GCCGO" -c -fgo-pkgpath="$pkgpath" -o "$tmp/w.o" "$tmp/w.go"; then
    echo "FAIL: $GCCGO could not compile package '$pkgpath'"
    failures=$((failures + 1))
    return
  fi
  "$NM" --defined-only "$tmp/w.o" | sed 's/^[0-9a-fA-F]* [A-Za-z] //' \
    > "$tmp/syms" || exit 1
  for name in $names; do
    target="$prefix$sep$name"
    checks=$((checks + 1))
    if ! sym=$("$SYMBOL_CLI" gccgo "$target"); then
      echo "FAIL: symbol-cli rejected '$target'"
      failures=$((failures + 1))
    elif grep -Fqx -e "$sym" "$tmp/syms"; then
      echo "ok: $target -> $sym"
    else
      echo "FAIL: $target -> $sym, which gccgo did not define; nm shows:"
      grep -v '\.\.' "$tmp/syms" | sed 's/^/    /'
      failures=$((failures + 1))
    fi
  done
}

check 'example.com/foo-bar/v2' 'example.com/foo-bar/v2' .
check 'gopkg.in/yaml.v3'       'gopkg.in/yaml%2ev3' .
check 'a_b.c/d-e/ünï'          'a_b.c/d-e/ünï' .
check 'a_b.c/d-e/ünï'          'a_b.c/d-e/%c3%bcn%c3%af' .
check '3com.io/9lives'         '3com.io/9lives' .
check '9fans.net/go/plan9'     '9fans.net/go/plan9' .
check 'x/𝐀b'                   'x/𝐀b' .
check 'a~b!c@d'                'a~b!c@d' .
check 'example.com/a.b.c'      'example.com/a%2eb%2ec' .
check 'example.com/foo-bar/v2' 'example.com∕foo-bar∕v2' ·
check 'runtime_x'              'runtime_x' ·

echo "gccgo-agree: $checks checks, $failures failed"
test "$checks" -gt 0 && test "$failures" -eq 0
