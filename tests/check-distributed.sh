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
# check-distributed.sh -- "make check-tools", distributed builds (issue
# 14; the manual's "Build tools"): a small multi-file C and C++ project
# (tests/distributed: pulls, pushes, pragmas, _Pragma in a macro, -flto
# units and an -flto link) built with make -j through distcc and through
# icecream, each with servers of its own on 127.0.0.1 that this script
# starts and stops.  The objects' symbols and records must be those of a
# local build, byte for byte, the compiles must have run on the server
# (its log says so), and the program links and runs.  Then a server
# that lacks the plugin: the build must not give an object without its
# bindings.
#
#   CC=gcc-12 CXX=g++-12 PLUGIN=/abs/linkname.so CHECK=/abs/linkname-check \
#     srcdir=/abs/src sh tests/check-distributed.sh
#
# CC and CXX are the compilers the wrappers run (configure's
# LINKNAME_WRAPPED_CC and _CXX).  The wrappers and the icecream
# environment script are made from the shipped templates
# (wrapper/linkname-gcc.in, wrapper/linkname-icecc-env.in), with the
# plugin, its specs file and the guard header copied into this run's
# folder, where distccd's and iceccd's users can read them.
#
# distcc: the server runs linkname-gcc and linkname-g++ by name (its
# DISTCC_CMDLIST; a real server has links in /usr/lib/distcc); the
# client builds with CC="distcc linkname-gcc", DISTCC_FALLBACK=0.  The
# server without the plugin has wrappers whose specs file loads
# nothing: the guard header the client's preprocessing put into the
# text makes its compile fail, and so the build (with -w too, which the
# builds here use).
#
# icecream: a scheduler, a daemon that compiles (-N server) and one that
# does not (--no-remote, the client's), on ports of their own; the
# client's icecc talks to its daemon through ICECC_TEST_SOCKET, and
# ICECC_TEST_REMOTEBUILD and ICECC_PREFERRED_HOST send every compile to
# the server, as icecream's own tests do.  The environment comes from
# linkname-icecc-env; the build uses -specs= the specs file, which the
# environment carries.  The server without the plugin gets an
# environment made by plain icecc-create-env: its compile fails, and
# icecc compiles again on the client, with the plugin.
#
# A tool not installed is "UNSUPPORTED: ..." and fails the run (.ci/run
# installs distcc and icecc).  The last line is "check-distributed: N
# passed, N failed".

set -u
umask 022

: "${CC:?}" "${CXX:?}" "${PLUGIN:?}" "${CHECK:?}" "${srcdir:?}"
CORE=$(dirname "$PLUGIN")/linkname-core.so

npass=0 nfail=0
pass () { echo "PASS: check-distributed: $*"; npass=$((npass + 1)); }
fail () { echo "FAIL: check-distributed: $*"; nfail=$((nfail + 1)); }
unsupported () { echo "UNSUPPORTED: check-distributed: $*"; nfail=$((nfail + 1)); }

work=$(mktemp -d "${TMPDIR:-/tmp}/linkname-dist.XXXXXX") || exit 1
pids=
cleanup ()
{
  for p in $pids; do
    kill "$p" 2>/dev/null
  done
  for p in $pids; do
    wait "$p" 2>/dev/null
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM
chmod 755 "$work"
cd "$work" || exit 1
tmo=; command -v timeout > /dev/null 2>&1 && tmo="timeout 300"

# --- The plugin, its specs file and guard, and the wrappers.
mkdir -p plugin share good bad
cp "$PLUGIN" "$CORE" plugin/
cp "$srcdir/wrapper/linkname-guard.h" share/
printf '*cc1:\n+ -fplugin=%s\n\n' "$work/plugin/linkname.so" > share/linkname.specs
printf '# loads nothing: a server without the plugin\n' > share/none.specs
make_wrapper ()			# make_wrapper FILE NAME WRAPPED SPECS
{
  sed -e "s|@NAME@|$2|g" -e "s|@WRAPPED@|$3|g" -e "s|@SPECS@|$4|g" \
      -e "s|@GUARD@|$work/share/linkname-guard.h|g" \
      "$srcdir/wrapper/linkname-gcc.in" > "$1" && chmod 755 "$1"
}
make_wrapper good/linkname-gcc linkname-gcc "$CC" "$work/share/linkname.specs"
make_wrapper good/linkname-g++ linkname-g++ "$CXX" "$work/share/linkname.specs"
make_wrapper bad/linkname-gcc linkname-gcc "$CC" "$work/share/none.specs"
make_wrapper bad/linkname-g++ linkname-g++ "$CXX" "$work/share/none.specs"
chmod -R a+rX "$work"

# build DIR MAKE-ARGUMENT...: a fresh copy of the project in DIR, built.
build ()
{
  dir=$1; shift
  rm -rf "$dir" && cp -r "$srcdir/tests/distributed" "$dir" && chmod -R a+rwX "$dir"
  (cd "$dir" && $tmo make -j4 LTO=-flto "$@") > "$dir.log" 2>&1
}

# describe DIR: every object's symbols and records, and the program's.
describe ()
{
  for f in lib.o use.o twice.o main.o prog; do
    echo "== $f"
    nm "$1/$f" 2>&1 | sed 's/^[0-9a-f]* //'
    "$CHECK" --list "$1/$f" 2>&1 | sed "s|$1/||g"
  done
}

# same WHAT DIR REF: DIR's objects are REF's; the program runs.
same ()
{
  describe "$2" > "$2.desc"
  describe "$3" > "$3.desc"
  if cmp -s "$2.desc" "$3.desc" && grep -q 'example_0com_1dist.Add' "$2.desc"; then
    pass "$1: symbols and records as in a local build"
  else
    fail "$1: symbols or records differ from a local build"
    diff "$3.desc" "$2.desc" | head -n 20 | sed 's/^/  | /'
  fi
  if out=$("$2/prog" 2>&1) && test "$out" = "distributed: ok"; then
    pass "$1: the program links and runs"
  else
    fail "$1: the program: $out"
  fi
}

# The local builds to compare with: through the wrappers, and with the
# specs file on the command line (icecream's way).
if build local-wrap CC="$work/good/linkname-gcc" CXX="$work/good/linkname-g++" FLAGS=-w \
   && build local-specs CC="$CC" CXX="$CXX" FLAGS="-w -specs=$work/share/linkname.specs"; then
  pass "local builds"
else
  fail "local builds"; sed 's/^/  | /' local-wrap.log local-specs.log
fi

# The first TCP port from $1 on that 127.0.0.1 can bind (python3, which
# README command 1 installs: sh has no sockets).
free_port ()
{
  python3 -c '
import socket, sys
p = int (sys.argv[1])
while True:
    s = socket.socket ()
    try:
        s.bind (("127.0.0.1", p)); break
    except OSError:
        p += 1
    finally:
        s.close ()
print (p)' "$1"
}

## distcc.
start_distccd ()		# start_distccd NAME WRAPPER-DIR: sets started_port
{
  printf '%s\n%s\n' "$2/linkname-gcc" "$2/linkname-g++" > "$1.cmdlist"
  : > "$work/$1.log"; chmod 666 "$work/$1.log"
  for port in $(seq 36360 36399); do
    : > "$work/$1.log"
    PATH="$2:$PATH" DISTCC_CMDLIST="$work/$1.cmdlist" DISTCC_CMDLIST_NUMWORDS=1 \
    distccd --daemon --no-detach --listen 127.0.0.1 --allow 127.0.0.1 \
      --port "$port" --jobs 4 --log-file "$work/$1.log" --log-level info \
      > "$1.out" 2>&1 &
    pid=$!
    for i in $(seq 1 40); do
      if grep -qi 'listening on' "$work/$1.log"; then
	pids="$pids $pid"; started_port=$port; return 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  done
  return 1
}
if ! command -v distccd > /dev/null 2>&1; then
  unsupported "distcc is not installed (apt-get install distcc)"
elif ! start_distccd distccd "$work/good"; then
  fail "distccd did not start"; sed 's/^/  | /' distccd.out
else
  port=$started_port
  echo "check-distributed: $(distcc --version | head -n 1), distccd on 127.0.0.1:$port"
  (
    export DISTCC_HOSTS="127.0.0.1:$port/4" DISTCC_DIR="$work/distcc-home" \
      DISTCC_FALLBACK=0 DISTCC_SKIP_LOCAL_RETRY=1 PATH="$work/good:$PATH"
    mkdir -p "$DISTCC_DIR"
    build distcc CC="distcc linkname-gcc" CXX="distcc linkname-g++" FLAGS=-w
  ) || { fail "distcc: the build fails"; sed 's/^/  | /' distcc.log; }
  # distcc compiles the -flto units on the client ("LTO cc invocations
  # are not worth distributing"): the server compiles lib.c and twice.cc.
  if grep -q 'COMPILE_OK.* lib\.c$' distccd.log && grep -q 'COMPILE_OK.* twice\.cc$' distccd.log; then
    pass "distcc: make -j4 compiled lib.c and twice.cc on the server"
  else
    fail "distcc: the server did not compile lib.c and twice.cc"; tail -n 20 distccd.log | sed 's/^/  | /'
  fi
  test -x distcc/prog && same distcc distcc local-wrap

  # A server whose linkname-gcc does not load the plugin.
  if ! start_distccd distccd-bad "$work/bad"; then
    fail "the second distccd did not start"
  else
    bport=$started_port
    st=0
    (
      export DISTCC_HOSTS="127.0.0.1:$bport/4" DISTCC_DIR="$work/distcc-home2" \
	DISTCC_FALLBACK=0 DISTCC_SKIP_LOCAL_RETRY=1 PATH="$work/good:$PATH"
      mkdir -p "$DISTCC_DIR"
      build distcc-bad CC="distcc linkname-gcc" CXX="distcc linkname-g++" FLAGS=-w
    ) || st=$?
    if test "$st" -ne 0 && grep -q "unknown attribute .linkname_loaded" distcc-bad.log \
       && ! test -f distcc-bad/prog; then
      pass "distcc: a server without the plugin fails the build (the guard: unknown attribute 'linkname_loaded')"
    else
      fail "distcc: a server without the plugin: exit status $st"
      sed 's/^/  | /' distcc-bad.log | head -n 20
    fi
  fi
fi

## icecream.
if ! command -v iceccd > /dev/null 2>&1 || ! command -v icecc-scheduler > /dev/null 2>&1; then
  unsupported "icecream is not installed (apt-get install icecc)"
else
  sport=$(free_port 38765)
  icecc-scheduler -p "$sport" > scheduler.out 2>&1 &
  pids="$pids $!"
  # iceccd makes its folder of environments itself, as its own user.
  mkdir -p ice && chmod 777 ice
  ICECC_TEST_SOCKET=$work/ice/server.sock iceccd -s "127.0.0.1:$sport" \
    -p "$(free_port $((sport + 2)))" -b "$work/ice/envs-server" -N server -m 4 -vvv \
    > server.out 2>&1 &
  pids="$pids $!"
  ICECC_TEST_SOCKET=$work/ice/client.sock iceccd -s "127.0.0.1:$sport" \
    -p "$(free_port $((sport + 12)))" -b "$work/ice/envs-client" -N client --no-remote \
    -m 4 -vvv > client.out 2>&1 &
  pids="$pids $!"
  for i in $(seq 1 150); do
    test "$(cat server.out client.out | grep -c 'Connected to scheduler')" -ge 2 && break
    sleep 0.2
  done
  # The environments: with the plugin (linkname-icecc-env), without it.
  sed -e "s|@WRAPPED_CC@|$CC|g" -e "s|@WRAPPED_CXX@|$CXX|g" -e "s|@PLUGINDIR@|$work/plugin|g" \
      -e "s|@SPECS@|$work/share/linkname.specs|g" \
      -e "s|@GUARD@|$work/share/linkname-guard.h|g" \
      "$srcdir/wrapper/linkname-icecc-env.in" > linkname-icecc-env
  mkdir -p env-good env-bare
  (cd env-good && sh ../linkname-icecc-env) > env-good.log 2>&1
  (cd env-bare && icecc-create-env --gcc "$(command -v "$CC")" "$(command -v "$CXX")") \
    > env-bare.log 2>&1
  good_env=$(ls "$work"/env-good/*.tar.* 2>/dev/null | head -n 1)
  bare_env=$(ls "$work"/env-bare/*.tar.* 2>/dev/null | head -n 1)
  if test "$(cat server.out client.out | grep -c 'Connected to scheduler')" -lt 2; then
    fail "icecream: the daemons did not reach the scheduler"
    tail -n 5 server.out client.out | sed 's/^/  | /'
  elif test -z "$good_env" || ! tar -tf "$good_env" | grep -q 'plugin/linkname-core.so$'; then
    fail "icecream: linkname-icecc-env made no environment with the plugin"
    sed 's/^/  | /' env-good.log | tail -n 10
  else
    echo "check-distributed: $(iceccd --help 2>&1 | head -n 0)icecream scheduler on 127.0.0.1:$sport, environment $(basename "$good_env")"
    pass "icecream: linkname-icecc-env makes an environment with the plugin"
    icecc_build ()		# icecc_build DIR ENV
    {
      dir=$1 env=$2
      (
	export ICECC_TEST_SOCKET="$work/ice/client.sock" ICECC_TEST_REMOTEBUILD=1 \
	  ICECC_PREFERRED_HOST=server ICECC_VERSION="$env"
	build "$dir" CC="icecc $(command -v "$CC")" CXX="icecc $(command -v "$CXX")" \
	  FLAGS="-w -specs=$work/share/linkname.specs"
      )
    }
    before=$(grep -c 'Remote compilation completed with exit code 0' server.out)
    if icecc_build icecc "$good_env"; then
      n=$(( $(grep -c 'Remote compilation completed with exit code 0' server.out) - before ))
      if test "$n" -ge 4; then
	pass "icecream: make -j4 compiled on the server ($n compiles)"
      else
	fail "icecream: the server compiled $n of 4 units"
	grep -i 'remote\|local' icecc.log | head -n 10 | sed 's/^/  | /'
      fi
      same icecream icecc local-specs
    else
      fail "icecream: the build fails"; sed 's/^/  | /' icecc.log | tail -n 20
    fi

    # A server without the plugin: its compiles fail; icecc compiles
    # again on the client, which has it.  No object lacks its bindings.
    before=$(grep -c 'Remote compilation exited with exit code 1' server.out)
    if icecc_build icecc-bare "$bare_env"; then
      n=$(( $(grep -c 'Remote compilation exited with exit code 1' server.out) - before ))
      if test "$n" -ge 1; then
	pass "icecream: a server without the plugin fails its compiles ($n)"
      else
	fail "icecream: the server without the plugin did not fail a compile"
      fi
      same "icecream, server without the plugin" icecc-bare local-specs
    else
      fail "icecream: with a server without the plugin, the build fails"
      sed 's/^/  | /' icecc-bare.log | tail -n 20
    fi
  fi
fi

echo "check-distributed: $npass passed, $nfail failed"
test "$nfail" -eq 0
