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
# gas-quote.sh -- linkname_asm_spelling must make the assembler put
# exactly the computed name in the symbol table.
#
# For each awkward symbol, define it (.globl + label) and refer to it
# through a local alias (.set), as the plugin may have to, spelled by
# "symbol-cli --asm verbatim"; assemble with --fatal-warnings (GNU as
# warns about backslash sequences it does not know) and compare nm's
# names byte for byte.  On x86-64 also refer to the operand-safe ones
# directly from a call.
#
# Environment: AS (default as), NM (default nm), SYMBOL_CLI (default
# ./symbol-cli).  Exit 77 (skip) only when there is no assembler.

AS=${AS:-as}
NM=${NM:-nm}
SYMBOL_CLI=${SYMBOL_CLI:-./symbol-cli}

if ! command -v "$AS" >/dev/null 2>&1; then
  echo "gas-quote: SKIP: no assembler '$AS'"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gas-quote.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# One symbol a line.  Those after the "# operand-safe" line contain
# none of '"', '\', ',', ';' or '@'.
cat > "$tmp/list" <<'EOF'
a"b
c\d
\"\
x,y
x;y
x@y
# operand-safe
gopkg.in/yaml%2ev3.(*T).M
a/b.c
3com.F
sp ace
tab	x
$dollar
x#y
ünï.F
.
-
EOF

x86_64=no
case $(uname -m) in x86_64) x86_64=yes ;; esac

: > "$tmp/t.s"
: > "$tmp/want"
safe=no
n=0
while IFS= read -r sym; do
  if test "$sym" = "# operand-safe"; then
    safe=yes
    continue
  fi
  n=$((n + 1))
  def=$("$SYMBOL_CLI" --asm verbatim "$sym") || exit 1
  ref=$("$SYMBOL_CLI" --asm verbatim "ref$sym") || exit 1
  {
    printf '\t.text\n\t.globl %s\n%s:\n\tnop\n' "$def" "$def"
    printf '\t.set .Lref%d, %s\n\t.dc.a .Lref%d\n' "$n" "$ref" "$n"
    if test $safe = yes && test $x86_64 = yes; then
      printf '\tcall %s@PLT\n' "$ref"
    fi
  } >> "$tmp/t.s"
  printf 'D %s\nU ref%s\n' "$sym" "$sym" >> "$tmp/want"
done < "$tmp/list"

if ! "$AS" --fatal-warnings -o "$tmp/t.o" "$tmp/t.s"; then
  echo "gas-quote: FAIL: the assembler rejected:"
  cat "$tmp/t.s"
  exit 1
fi

# "ADDRESS T NAME" or "         U NAME": keep "D NAME" or "U NAME".
"$NM" "$tmp/t.o" | sed -n 's/^[0-9a-fA-F ]\{8,\} U /U /p; s/^[0-9a-fA-F]\{8,\} [A-Za-z] /D /p' \
  | LC_ALL=C sort -u > "$tmp/got"
LC_ALL=C sort -u "$tmp/want" > "$tmp/want.sorted"
if ! cmp -s "$tmp/got" "$tmp/want.sorted"; then
  echo "gas-quote: FAIL: symbol table differs (- wanted, + got):"
  diff "$tmp/want.sorted" "$tmp/got"
  exit 1
fi
echo "gas-quote: $n symbols defined and referenced as spelled"
