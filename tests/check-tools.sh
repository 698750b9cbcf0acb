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
# check-tools.sh -- "make check-tools": the plugin under ccache and under
# distcc.
#
#   CC=gcc PLUGIN=/abs/path/linkname.so sh tests/check-tools.sh
#
# ccache: the same compile twice through ccache, with -fplugin=PLUGIN
# and with a specs file that loads it; the second is a cache hit
# (ccache's statistics and its log say so), and the object it gives
# still has its .note.linkname section and the renamed symbols.  Also
# what the manual says of ccache: a hit appends nothing to a report=
# file, and a changed policy file is seen only when ccache is told to
# hash it (extra_files_to_hash, CCACHE_EXTRAFILES).
#
# distcc: a distccd of our own on 127.0.0.1 (a free port, --allow
# 127.0.0.1), DISTCC_HOSTS naming it and no local fallback.  distccd
# refuses -fplugin= and -specs= from clients, so, as the manual says,
# the server loads the plugin itself: through a compiler wrapper
# (linkname-gcc: gcc -specs=FILE "$@") that it serves (DISTCC_CMDLIST),
# with the plugin at the same path for client and server.  The compile
# must run on that server (its log says COMPILE_OK) and give an object
# with the records and renamed symbols; a plain -fplugin= must be
# refused.  The source has all three forms (attribute, pragma, _Pragma
# in a macro), since distcc preprocesses on the client and compiles the
# preprocessed text on the server.
#
# A tool that is not installed is reported "UNSUPPORTED: ... (install
# it: apt-get install ccache distcc)" and fails the run: .ci/run
# installs both.  The last line is "check-tools: N passed, N failed".

set -u
umask 022	# distccd's user reads what we write

: "${CC:=gcc}" "${PLUGIN:?set PLUGIN to the absolute path of linkname.so}"
# The plugin proper, which linkname.so loads from its own folder.
CORE=$(dirname "$PLUGIN")/linkname-core.so
case $PLUGIN in
  /*) ;;
  *) echo "check-tools: PLUGIN must be an absolute path: $PLUGIN" >&2; exit 2 ;;
esac
if ! test -f "$PLUGIN"; then
  echo "check-tools: no plugin at $PLUGIN (build it first)" >&2; exit 2
fi

npass=0 nfail=0
pass () { echo "PASS: check-tools: $*"; npass=$((npass + 1)); }
fail () { echo "FAIL: check-tools: $*"; nfail=$((nfail + 1)); }
unsupported () { echo "UNSUPPORTED: check-tools: $*"; nfail=$((nfail + 1)); }

work=$(mktemp -d "${TMPDIR:-/tmp}/linkname-tools.XXXXXX") || exit 1
distccd_pid=
cleanup ()
{
  if test -n "$distccd_pid"; then
    kill "$distccd_pid" 2>/dev/null
    wait "$distccd_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM
# distccd drops root for the "distcc" user: let it read our files.
chmod 755 "$work"
cd "$work" || exit 1

run ()
{
  log=$1; shift
  if "$@" > "$log" 2>&1; then
    return 0
  else
    st=$?
    echo "  \$ $*"; sed 's/^/  | /' "$log"; echo "  (exit status $st)"
    return $st
  fi
}

cat > t.c <<'EOF'
/* All three forms: the attribute, the pragma, _Pragma from a macro.  */
extern long long nanotime (void)
  __attribute__ ((linkname ("runtime.nanotime")));

long go_add (long, long);
#pragma linkname go_add example.com/tools.Add

#define DO_PRAGMA(x) _Pragma (#x)
#define PUSH(local, target) DO_PRAGMA (linkname local target)
long twice (long x) { return 2 * x; }
PUSH (twice, example.com/tools.Twice)

long long
use (void)
{
  return nanotime () + go_add (1, 2) + twice (3);
}
EOF

# check_object WHAT OBJ: OBJ has the records and the renamed symbols.
check_object ()
{
  if readelf -S -W "$2" 2>/dev/null | grep -q '\.note\.linkname'; then
    pass "$1: $2 has a .note.linkname section"
  else
    fail "$1: $2 has no .note.linkname section"
  fi
  nm "$2" > "$2.nm" 2>&1
  if grep -Eq '^ +U runtime\.nanotime$' "$2.nm" \
     && grep -Eq '^ +U example_0com_1tools\.Add$' "$2.nm" \
     && grep -Eq '^[0-9a-f]+ T example_0com_1tools\.Twice$' "$2.nm"; then
    pass "$1: nm $2 shows the three renamed symbols"
  else
    fail "$1: nm $2 lacks a renamed symbol:"; sed 's/^/  | /' "$2.nm"
  fi
  if grep -Eq ' (nanotime|go_add|twice)$' "$2.nm"; then
    fail "$1: a C name is still a symbol of $2"
  fi
}

printf '*cc1:\n+ -fplugin=%s\n\n' "$PLUGIN" > linkname.specs
W="-fplugin-arg-linkname-Wno-unexported -fplugin-arg-linkname-Wno-internal"

## ccache.
if ! command -v ccache > /dev/null 2>&1; then
  unsupported "ccache is not installed (apt-get install ccache)"
else
  echo "check-tools: $(ccache --version | head -n 1)"
  export CCACHE_DIR="$work/ccache" CCACHE_LOGFILE="$work/ccache.log"
  unset CCACHE_DISABLE CCACHE_RECACHE CCACHE_READONLY CCACHE_EXTRAFILES \
    CCACHE_PREFIX CCACHE_NODIRECT 2>/dev/null
  # hits: the number of cache hits so far (direct and preprocessed).
  hits ()
  {
    ccache --print-stats 2>/dev/null \
      | awk -F '\t' '$1 ~ /^(direct|preprocessed)_cache_hit$/ { n += $2 }
		     END { print n + 0 }'
  }
  for how in plugin specs; do
    if test $how = plugin; then F="-fplugin=$PLUGIN"; else F="-specs=linkname.specs"; fi
    ccache -C > /dev/null 2>&1; ccache -z > /dev/null 2>&1
    : > "$CCACHE_LOGFILE"
    if run cc1.log ccache "$CC" $F $W -O2 -c t.c -o ccache-$how-1.o \
       && h1=$(hits) \
       && run cc2.log ccache "$CC" $F $W -O2 -c t.c -o ccache-$how-2.o \
       && h2=$(hits); then
      if test "$h1" -eq 0 && test "$h2" -eq 1 \
	 && grep -Eq 'Result: (direct|preprocessed)_cache_hit' "$CCACHE_LOGFILE"; then
	pass "ccache ($F): the second compile is a cache hit"
      else
	fail "ccache ($F): no cache hit on the second compile (hits $h1, then $h2)"
	ccache -s | sed 's/^/  | /'
      fi
      check_object "ccache ($F), cache hit" ccache-$how-2.o
      if cmp -s ccache-$how-1.o ccache-$how-2.o; then
	pass "ccache ($F): the cached object is the compiled one"
      else
	fail "ccache ($F): the cached object differs from the compiled one"
      fi
    else
      fail "ccache ($F): the compile fails"
    fi
  done

  # What the manual says: a hit writes no report lines; a policy file is
  # not hashed unless ccache is told to.
  ccache -C > /dev/null 2>&1
  R="-fplugin=$PLUGIN $W -fplugin-arg-linkname-report=$work/report.jsonl"
  run r1.log ccache "$CC" $R -c t.c -o r1.o
  n1=$(wc -l < report.jsonl 2>/dev/null || echo 0)
  run r2.log ccache "$CC" $R -c t.c -o r2.o
  n2=$(wc -l < report.jsonl 2>/dev/null || echo 0)
  if test "$n1" -gt 0 && test "$n2" -eq "$n1"; then
    pass "ccache: a cache hit appends nothing to the report (as documented)"
  else
    fail "ccache: report lines $n1 after the compile, $n2 after the hit: update the manual"
  fi

  ccache -C > /dev/null 2>&1
  echo 'allow *' > tools.policy
  P="-fplugin=$PLUGIN $W -fplugin-arg-linkname-policy=$work/tools.policy"
  run p1.log ccache "$CC" $P -c t.c -o p1.o
  echo 'deny example.com/*' > tools.policy
  st_plain=0; ccache "$CC" $P -c t.c -o p2.o > p2.log 2>&1 || st_plain=$?
  st_extra=0; CCACHE_EXTRAFILES=$work/tools.policy \
    ccache "$CC" $P -c t.c -o p3.o > p3.log 2>&1 || st_extra=$?
  if test "$st_plain" -eq 0 && test "$st_extra" -ne 0 \
     && grep -q 'linkname-policy' p3.log; then
    pass "ccache: a changed policy is seen with CCACHE_EXTRAFILES only (as documented)"
  else
    fail "ccache: changed policy: status $st_plain without CCACHE_EXTRAFILES, $st_extra with it: update the manual"
  fi

  # A plugin that a specs file loads is not hashed: after the plugin
  # changes, a compile is still served from the cache, unless ccache is
  # told to hash the plugin too.
  ccache -C > /dev/null 2>&1
  mkdir -p copy && cp "$PLUGIN" "$CORE" copy/
  printf '*cc1:\n+ -fplugin=%s\n\n' "$work/copy/linkname.so" > copy.specs
  run u1.log ccache "$CC" -specs=copy.specs $W -c t.c -o u1.o
  ccache -z > /dev/null 2>&1
  touch -d '+1 hour' copy/linkname-core.so 2>/dev/null || touch copy/linkname-core.so
  run u2.log ccache "$CC" -specs=copy.specs $W -c t.c -o u2.o
  h_plain=$(hits)
  CCACHE_EXTRAFILES=$work/copy/linkname.so:$work/copy/linkname-core.so \
    run u3.log ccache "$CC" -specs=copy.specs $W -c t.c -o u3.o
  h_extra=$(hits)
  if test "$h_plain" -eq 1 && test "$h_extra" -eq 1; then
    pass "ccache: a changed plugin behind -specs is seen with CCACHE_EXTRAFILES only (as documented)"
  else
    fail "ccache: changed plugin: hits $h_plain without CCACHE_EXTRAFILES, $h_extra with it: update the manual"
  fi
  unset CCACHE_DIR CCACHE_LOGFILE
fi

## distcc.
if ! command -v distcc > /dev/null 2>&1 || ! command -v distccd > /dev/null 2>&1; then
  unsupported "distcc is not installed (apt-get install distcc)"
else
  echo "check-tools: $(distcc --version | head -n 1)"
  # distccd drops root for its own user, which may not reach into the
  # build tree (a clone under /root, say): give it a copy of the plugin
  # in our folder, whose mode we set.
  mkdir -p dplugin && cp "$PLUGIN" "$CORE" dplugin/ && chmod 755 dplugin
  printf '*cc1:\n+ -fplugin=%s\n\n' "$work/dplugin/linkname.so" > distcc.specs
  # distccd refuses -fplugin= and -specs= from its clients (a client
  # must not make the server load code): the server loads the plugin
  # itself, through a compiler wrapper that adds the specs file, which
  # the server lists as a compiler it serves (DISTCC_CMDLIST here; on a
  # real server a link in /usr/lib/distcc).  Clients name the same
  # wrapper.  See "distcc" in the manual.
  mkdir -p bin
  printf '#!/bin/sh\nexec %s -specs=%s "$@"\n' "$CC" "$work/distcc.specs" \
    > bin/linkname-gcc
  chmod 755 bin bin/linkname-gcc
  # The server serves the wrapper, and the compiler itself (under the
  # name distcc gives it, TRIPLET-gcc), to show it refusing -fplugin=.
  {
    echo "$work/bin/linkname-gcc"
    for c in "$CC" "$($CC -dumpmachine)-$CC"; do
      p=$(command -v "$c" 2>/dev/null) && echo "$p"
    done
  } > cmdlist
  # A port of our own: start distccd on the first free one from 36320
  # (it exits at once when the port is taken).
  up=no
  for port in $(seq 36320 36359); do
    : > "$work/distccd.log"
    chmod 666 "$work/distccd.log"	# distccd writes it after dropping root
    DISTCC_CMDLIST=$work/cmdlist DISTCC_CMDLIST_NUMWORDS=1 \
    distccd --daemon --no-detach --listen 127.0.0.1 --allow 127.0.0.1 \
      --port "$port" --jobs 2 --log-file "$work/distccd.log" \
      --log-level info > distccd.out 2>&1 &
    distccd_pid=$!
    for i in $(seq 1 40); do
      if grep -qi 'listening on' "$work/distccd.log"; then up=yes; break; fi
      if ! kill -0 "$distccd_pid" 2>/dev/null; then break; fi
      sleep 0.1
    done
    test $up = yes && break
    kill "$distccd_pid" 2>/dev/null; wait "$distccd_pid" 2>/dev/null
    distccd_pid=
  done
  if test $up != yes; then
    fail "distccd did not start on 127.0.0.1"
    sed 's/^/  | /' distccd.out "$work/distccd.log" 2>/dev/null
  else
    echo "check-tools: distccd on 127.0.0.1:$port"
    export DISTCC_HOSTS="127.0.0.1:$port" DISTCC_DIR="$work/distcc" \
      DISTCC_FALLBACK=0 DISTCC_SKIP_LOCAL_RETRY=1 \
      DISTCC_LOG="$work/distcc.log" DISTCC_VERBOSE=1
    mkdir -p "$DISTCC_DIR"
    served () { grep -c 'COMPILE_OK' "$work/distccd.log"; }
    # A distcc client that cannot distribute may retry: bound it.
    tmo=; command -v timeout > /dev/null 2>&1 && tmo="timeout 120"

    # The wrapper: compiled on the server, with the plugin.
    before=$(served)
    if run distcc.log $tmo distcc "$work/bin/linkname-gcc" $W -O2 -c t.c -o distcc.o; then
      if test "$(served)" -gt "$before"; then
	pass "distcc: compiled with the plugin by the distccd on 127.0.0.1:$port"
      else
	fail "distcc: the server's log shows no COMPILE_OK"
	tail -n 20 "$work/distccd.log" | sed 's/^/  | /'
      fi
      check_object "distcc" distcc.o
    else
      fail "distcc: the compile through the wrapper fails"
      tail -n 20 "$work/distccd.log" | sed 's/^/  | /'
    fi

    # What the manual says: the server refuses -fplugin= from a client.
    # (Last: the refusal puts the server in the client's backoff list.)
    st=0
    $tmo distcc "$CC" -fplugin="$PLUGIN" $W -O2 -c t.c -o refused.o > refused.log 2>&1 || st=$?
    sleep 0.5	# the server may log after the client gave up
    if test "$st" -ne 0 && grep -q 'fplugin= and/or -specs= passed' "$work/distccd.log"; then
      pass "distcc: distccd refuses -fplugin= from a client (as documented)"
    else
      fail "distcc: -fplugin= from a client: exit status $st, and the server did not refuse it: update the manual"
      tail -n 20 "$work/distccd.log" | sed 's/^/  | /'
    fi
  fi
fi

echo "check-tools: $npass passed, $nfail failed"
test "$nfail" -eq 0
