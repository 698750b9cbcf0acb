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
# go-layout-stdlib.sh -- the lowering of Go functions (go-layout.c) on
# real gccgo output: every function and method of every package in
# libgo.so's .go_export lowers for x86-64 and for i386, and its text
# reads back to the same layout; a few spot checks of the texts.  The
# targets are described, not the host's: the checks hold on any host.
#
# Environment: GCCGO (default gccgo-12), GO_LAYOUT_CLI (default
# ./go-layout-cli).  Exit 77 (skip) when gccgo or its libgo.so is
# missing; a libgo.so without export data (Debian's for ppc64el) is
# said and passed over.

GCCGO=${GCCGO:-gccgo-12}
CLI=${GO_LAYOUT_CLI:-./go-layout-cli}
me=go-layout-stdlib

if ! command -v "$GCCGO" >/dev/null 2>&1; then
  echo "$me: SKIP: '$GCCGO' not found; install gccgo-12 or set GCCGO"
  exit 77
fi
if ! test -x "$CLI"; then
  echo "$me: FAIL: no go-layout-cli at '$CLI'"
  exit 1
fi
lib=$("$GCCGO" -print-file-name=libgo.so)
if test "$lib" = libgo.so || ! test -e "$lib"; then
  echo "$me: SKIP: $GCCGO has no libgo.so"
  exit 77
fi
lib=$(readlink -f "$lib")
status=0
fail () { echo "$me: FAIL: $*"; status=1; }

for target in 2:62 1:3; do
  out=$("$CLI" $target "$lib" 2>&1)
  rc=$?
  case $rc in
    2) echo "$me: SKIP: $lib unreadable: $out"; exit 77 ;;
  esac
  if echo "$out" | grep -q 'no .go_export\|no export data'; then
    # Debian's libgo.so for ppc64el, for one, is shipped without it (as
    # go-export-stdlib.sh says): nothing to lower, which is no failure.
    echo "$me: $lib has no export data: its checks are not run"
    exit $status
  fi
  summary=$(echo "$out" | tail -n 1)
  echo "$me: target $target: $summary"
  test $rc = 0 || { fail "target $target:"; echo "$out" | grep FAILED | head -20; }
  n=$(echo "$summary" | sed -n 's/^lowered \([0-9]*\) failed 0$/\1/p')
  test "${n:-0}" -gt 10000 || fail "target $target: only '$summary'"
done

expect () {			# TARGET PKGPATH [TYPE] NAME -- TEXT
  target=$1; shift
  want=$(eval echo "\${$#}")
  args=
  while test $# -gt 2; do args="$args $1"; shift; done
  got=$("$CLI" $target "$lib" $args 2>&1 | tail -n 1)
  test "$got" = "$want" || fail "$target$args: got '$got', want '$want'"
}
expect 2:62 strings ToUpper -- 'L1(A16/8[p8@0;i8@8])=A16/8[p8@0;i8@8]'
expect 1:3 strings ToUpper -- 'L1(A8/4[p4@0;i4@4])=A8/4[p4@0;i4@4]'
expect 2:62 strings Builder WriteString -- \
  'L1P(S8/8[p8@0],A16/8[p8@0;i8@8])=A24/8[i8@0;p8@8*2+8]'
# time.Time { wall uint64; ext int64; loc *Location }: a value receiver
# passed by pointer.
expect 2:62 time Time Add -- \
  'L1VA24/8[u8@0;i8@8;p8@16](S8/8[p8@0],S8/8[i8@0])=A24/8[u8@0;i8@8;p8@16]'
expect 1:3 time Time Add -- \
  'L1VA20/4[u8@0;i8@8;p4@16](S4/4[p4@0],S8/4[i8@0])=A20/4[u8@0;i8@8;p4@16]'
expect 2:62 fmt Fprintf -- \
  'L1g(A16/8[p8@0*2+8],A16/8[p8@0;i8@8],A24/8[p8@0;i8@8*2+8])=A24/8[i8@0;p8@8*2+8]'
expect 2:62 sort Slice -- 'L1(A16/8[p8@0*2+8],S8/8[p8@0])=-'
exit $status
