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
# csmith-diff.sh -- differential test of the plugin over random programs
# of csmith (the long run of "make fuzz"; "make check" runs 8 of them in
# testsuite/linkname.codegen): with the plugin loaded and no binding,
# "gcc -S" at each level gives the very same assembly as without it.
#
# Usage: csmith-diff.sh PLUGIN [COUNT [FIRST_SEED]]   (default 200, 1000)
# Environment: CC (default gcc), CSMITH_LEVELS (default "-O0 -O2"),
#   CSMITH_OUT (working folder, default csmith-out: a program that
#   differs is kept there with both assembly files).
# Exit status: 0 same everywhere, 1 a difference, 77 csmith missing.

set -u
plugin=${1:?usage: csmith-diff.sh PLUGIN [COUNT [FIRST_SEED]]}
count=${2:-200}
first=${3:-1000}
cc=${CC:-gcc}
levels=${CSMITH_LEVELS:-"-O0 -O2"}
out=${CSMITH_OUT:-csmith-out}

if ! command -v csmith >/dev/null 2>&1; then
  echo "csmith-diff: csmith is not installed (apt-get install csmith libcsmith-dev)" >&2
  exit 77
fi
inc=
for d in /usr/include/csmith* /usr/local/include/csmith* \
	 "$(dirname "$(dirname "$(command -v csmith)")")"/include/csmith*; do
  if test -f "$d/csmith.h"; then inc=$d; break; fi
done
if test -z "$inc"; then
  echo "csmith-diff: csmith.h not found (apt-get install libcsmith-dev)" >&2
  exit 77
fi
mkdir -p "$out" || exit 2

same=0 differ=0
seed=$first
while test "$seed" -lt $((first + count)); do
  src="$out/p$seed.c"
  csmith --seed "$seed" -o "$src" >/dev/null 2>&1 || { seed=$((seed + 1)); continue; }
  keep=0
  for lvl in $levels; do
    $cc -w -I"$inc" $lvl -S "$src" -o "$out/p$seed$lvl.plain.s" || exit 2
    $cc -fplugin="$plugin" -w -I"$inc" $lvl -S "$src" -o "$out/p$seed$lvl.plugin.s" || exit 2
    if cmp -s "$out/p$seed$lvl.plain.s" "$out/p$seed$lvl.plugin.s"; then
      same=$((same + 1))
      rm -f "$out/p$seed$lvl.plain.s" "$out/p$seed$lvl.plugin.s"
    else
      differ=$((differ + 1)); keep=1
      echo "csmith-diff: seed $seed $lvl: the assembly differs ($out/p$seed$lvl.*.s)"
    fi
  done
  test $keep -eq 1 || rm -f "$src"
  seed=$((seed + 1))
done
echo "csmith-diff: $count programs (seeds $first..$((first + count - 1))), levels $levels: $same same, $differ differ"
test $differ -eq 0
