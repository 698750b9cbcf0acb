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
# go-export-stdlib.sh -- the export data reader on real gccgo output:
# every package of the installed gccgo's standard library (its .gox
# files) and every block of libgo.so's .go_export section must parse,
# with a few spot checks of what was read.
#
# Environment: GCCGO (default gccgo-12), OBJCOPY (default objcopy),
# GO_EXPORT_CLI (default ./go-export-cli).  Exit 77 (skip) only when
# gccgo is missing.

GCCGO=${GCCGO:-gccgo-12}
OBJCOPY=${OBJCOPY:-objcopy}
CLI=${GO_EXPORT_CLI:-./go-export-cli}
me=go-export-stdlib

if ! command -v "$GCCGO" >/dev/null 2>&1; then
  echo "$me: SKIP: '$GCCGO' not found; install gccgo-12 or set GCCGO"
  exit 77
fi
if ! test -x "$CLI"; then
  echo "$me: FAIL: no go-export-cli at '$CLI'"
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$me.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
status=0
fail () { echo "$me: FAIL: $*"; status=1; }

# The standard library's directory, where gccgo itself looks for it
# (go/MAJOR/TRIPLET beside its libraries).
major=$("$GCCGO" -dumpversion | sed 's/\..*//')
triplet=$("$GCCGO" -dumpmachine)
std=$("$GCCGO" -print-file-name="go/$major/$triplet")
if ! test -d "$std"; then
  echo "$me: FAIL: no standard library directory '$std' for $GCCGO"
  exit 1
fi
find "$std" -name '*.gox' | LC_ALL=C sort > "$tmp/goxes"
ngox=$(wc -l < "$tmp/goxes")
if test "$ngox" -lt 100; then
  fail "only $ngox .gox files under $std"
fi

# Every .gox parses, one package each.
if ! xargs "$CLI" --list < "$tmp/goxes" > "$tmp/list" 2> "$tmp/err"; then
  fail "some .gox did not parse:"
  cat "$tmp/err"
fi
got=$(sed -n 's/^packages //p' "$tmp/list")
test "$got" = "$ngox" || fail "$ngox .gox files, $got packages"
echo "$me: $got packages from $ngox .gox files under $std"

# Spot checks, in the CLI's stable form.
expect () {			# PKGPATH FILE LINE
  "$CLI" --print "$1" "$2" > "$tmp/print" 2>&1 || fail "cannot print $1"
  grep -qxF -- "$3" "$tmp/print" || fail "$1: no line '$3'"
}
expect strings "$std/strings.gox" 'func ToUpper(s string) string'
expect strings "$std/strings.gox" 'method (*Builder) String() string'
expect strings "$std/strings.gox" 'func Fields(s string) []string'
expect bufio "$std/bufio.gox" \
  'method (*Reader) ReadLine() (line []byte, isPrefix bool, err error)'
expect strconv "$std/strconv.gox" 'func Itoa(i int) string'
# int is as wide as a pointer of the target: the ELF class of its files
# (byte 4: 1, 32-bit; 2, 64-bit).
case $(od -An -tx1 -j4 -N1 "$std/strconv.gox" | tr -d ' ') in
  01) intsize=32 ;;
  *) intsize=64 ;;
esac
expect strconv "$std/strconv.gox" "const IntSize = $intsize int"
expect errors "$std/errors.gox" 'func New(text string) error'
expect time "$std/time.gox" 'method (Duration) String() string'
expect unicode/utf8 "$std/unicode/utf8.gox" 'const RuneError = 65533'"'"' rune'
expect bytes "$std/bytes.gox" 'func Join(s [][]byte, sep []byte) []byte'
expect fmt "$std/fmt.gox" 'type Stringer interface { String() string; }'
# GCC 12 writes a package's own "any" (an alias of interface{}); GCC 14
# has a builtin for it; GCC 11 (Go 1.16) has no any.
"$CLI" --print fmt "$std/fmt.gox" > "$tmp/print" 2>&1
grep -qxE 'func Println\(a \.\.\.(fmt\.any|any|interface \{ \})\) \(n int, err error\)' \
  "$tmp/print" || fail "fmt: no Println(a ...any)"

# libgo.so: one section, one block per package, back to back.
lib=$("$GCCGO" -print-file-name=libgo.so)
if test "$lib" = libgo.so || ! test -e "$lib"; then
  fail "$GCCGO has no libgo.so"
  exit 1
fi
lib=$(readlink -f "$lib")
# (objcopy 2.40 exits 0 when the section is missing: look for the file.)
if ! "$OBJCOPY" --dump-section .go_export="$tmp/section" "$lib" "$tmp/junk" \
     2>"$tmp/err" || ! test -f "$tmp/section"; then
  if grep -q 'does not exist' "$tmp/err"; then
    # Debian's libgo.so for ppc64el, for one, is shipped without it.
    echo "$me: $lib has no .go_export section: its checks are not run"
    exit $status
  fi
  fail "$OBJCOPY cannot dump .go_export of $lib"
  cat "$tmp/err"
  exit 1
fi
if ! "$CLI" --list "$lib" > "$tmp/liblist" 2> "$tmp/err"; then
  fail "$lib did not parse:"
  cat "$tmp/err"
fi
blocks=$(sed -n 's/^packages //p' "$tmp/liblist")
checksums=$(grep -a -c '^checksum ' "$tmp/section")
echo "$me: $lib: $blocks packages, $checksums checksum lines"
test "$blocks" = "$checksums" || fail "$blocks packages but $checksums checksum lines"
grep -q '^strings strings ' "$tmp/liblist" || fail "no strings in $lib"
grep -q '^net/http http ' "$tmp/liblist" || fail "no net/http in $lib"
expect strings "$lib" 'func ToUpper(s string) string'

exit $status
