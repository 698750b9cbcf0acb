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
# run.sh -- build the libFuzzer harnesses of fuzz/ with clang and run
# each for a bounded time ("make fuzz").
#
# Usage: run.sh [HARNESS...]    (default: all of fuzz/fuzz-*.c)
# Environment:
#   FUZZ_SECONDS  seconds per harness (default 60)
#   FUZZ_CC       the compiler (default clang-14, else clang)
#   FUZZ_OUT      working folder (default ./fuzz-out): binaries, the
#                 growing corpus (seeded from fuzz/corpus/NAME, which is
#                 never written to), logs, and any crash-* reproducer
#   FUZZ_JOBS     harnesses run at once (default 1)
#   srcdir        the source tree (default: the folder above this script)
#
# Exit status: 0 if no harness found a crash, 1 if one did (its
# reproducer is FUZZ_OUT/NAME/crash-*; rerun it with
# FUZZ_OUT/fuzz-NAME FILE), 77 if no clang with libFuzzer is found.

set -u
here=$(cd "$(dirname "$0")" && pwd)
srcdir=${srcdir:-$(dirname "$here")}
seconds=${FUZZ_SECONDS:-60}
out=${FUZZ_OUT:-fuzz-out}
jobs=${FUZZ_JOBS:-1}
cc=${FUZZ_CC:-}
if test -z "$cc"; then
  for c in clang-14 clang; do
    if command -v "$c" >/dev/null 2>&1; then cc=$c; break; fi
  done
fi
if test -z "$cc"; then
  echo "fuzz: no clang found (apt-get install clang-14)" >&2
  exit 77
fi
sanitize="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
mkdir -p "$out" || exit 2

# libFuzzer needs the sanitizer runtimes of clang (libclang-rt-14-dev).
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n)\n{ return 0; }\n' \
  > "$out/probe.c"
if ! $cc $sanitize "$out/probe.c" -o "$out/probe" >"$out/probe.log" 2>&1; then
  echo "fuzz: $cc cannot link -fsanitize=fuzzer (see $out/probe.log)" >&2
  exit 77
fi

if test $# -eq 0; then
  set --
  for f in "$here"/fuzz-*.c; do
    n=$(basename "$f" .c); set -- "$@" "${n#fuzz-}"
  done
fi

lib="$srcdir/lib/target.c $srcdir/lib/scheme.c $srcdir/lib/record.c $srcdir/lib/text.c"
lib="$lib $srcdir/lib/go-export.c $srcdir/lib/go-export-find.c"
lib="$lib $srcdir/lib/go-layout.c"
lib="$lib $srcdir/lib/go-cdecl.c"
for name in "$@"; do
  echo "fuzz: build fuzz-$name"
  $cc -g -O1 -std=gnu11 $sanitize -I"$srcdir/lib" -I"$here" \
    "$here/fuzz-$name.c" $lib -o "$out/fuzz-$name" || exit 2
done

run_one () {
  name=$1
  mkdir -p "$out/$name/corpus"
  seeds="$here/corpus/$name"
  test -d "$seeds" || seeds=
  (cd "$out/$name" && \
   ../fuzz-"$name" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
     -rss_limit_mb=2048 -print_final_stats=1 corpus $seeds \
     > fuzz.log 2>&1)
  status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$name/fuzz.log")
  if test $status -eq 0; then
    echo "fuzz: $name: ${execs:-?} runs in ${seconds}s, no crash"
  else
    echo "fuzz: $name: CRASH (exit $status), see $out/$name/fuzz.log:"
    ls "$out/$name"/crash-* "$out/$name"/leak-* "$out/$name"/timeout-* \
       "$out/$name"/oom-* 2>/dev/null
    grep -m 5 -E 'ERROR|invariant|runtime error|SUMMARY' "$out/$name/fuzz.log"
  fi
  return $status
}

failed=0
running=0
pids=""
for name in "$@"; do
  run_one "$name" > "$out/$name.result" 2>&1 &
  pids="$pids $!"
  running=$((running + 1))
  if test $running -ge "$jobs"; then
    for p in $pids; do wait $p || failed=1; done
    pids=""; running=0
  fi
done
for p in $pids; do wait $p || failed=1; done
for name in "$@"; do cat "$out/$name.result"; done
exit $failed
