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
# installcheck.sh -- "make installcheck": the installed linkname works.
#
# Run by the top-level installcheck-local with the install folders of
# the build (DESTDIR honoured):
#   CC CXX NM DESTDIR plugindir bindir pkgdatadir infodir mandir
#   libdir includedir
#
# Checks that the files are there (linkname.so without a .la,
# linkname-check, linkname.specs, the info manual, the man pages), then
# compiles, links and runs a small program, a push in one unit and a
# pull of the same target in another:
#   1. with the INSTALLED plugin by its short name, -fplugin=linkname
#      (plus -iplugindir=DIR when it was installed outside GCC's own
#      plugin folder, or under DESTDIR);
#   2. with -specs=<the installed linkname.specs>: C, C++, a link, an
#      -flto compile and link, gcc -E, -x assembler, and plugin
#      arguments after the specs file;
# checking the symbols with nm, and the records with the installed
# linkname-check.  Then
#   3. the library: liblinkname.so.0, its headers and linkname.pc are
#      installed, and a C program (and a C++ one) built with
#      "pkg-config --cflags --libs linkname" parses a target and
#      encodes and decodes a record with the installed library.
# One line per check, "PASS: ..." or "FAIL: ...", and
# at the end "installcheck: N passed, N failed"; exit 1 if any failed.

set -u

: "${CC:=gcc}" "${CXX:=g++}" "${NM:=nm}" "${DESTDIR:=}"
: "${plugindir:?}" "${bindir:?}" "${pkgdatadir:?}" "${infodir:?}" "${mandir:?}"
: "${libdir:?}" "${includedir:?}"

npass=0 nfail=0
pass () { echo "PASS: installcheck: $*"; npass=$((npass + 1)); }
fail () { echo "FAIL: installcheck: $*"; nfail=$((nfail + 1)); }

work=$(mktemp -d "${TMPDIR:-/tmp}/linkname-installcheck.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

# run LOG CMD...: run CMD, its output into LOG; show both if it fails.
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

pdir=$DESTDIR$plugindir
# linkname-check and the programs below run with the installed
# liblinkname.so.0: tell the dynamic linker where it is, since neither
# a DESTDIR nor a prefix of make distcheck's is in its search path (and
# the test programs are linked without an rpath).
LD_LIBRARY_PATH=$DESTDIR$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export LD_LIBRARY_PATH
check=$DESTDIR$bindir/linkname-check
specs=$DESTDIR$pkgdatadir/linkname.specs

## 1. The files.
for f in linkname.so linkname-core.so; do
  if test -f "$pdir/$f"; then pass "$pdir/$f"
  else fail "no $pdir/$f"; fi
done
for f in linkname.la linkname-core.la; do
  if test -e "$pdir/$f"; then fail "$pdir/$f is installed"
  else pass "no $f in $pdir"; fi
done
if ls "$pdir" | grep -q '^linkname\(-core\)\?\.so\.'; then
  fail "a versioned linkname.so.N or linkname-core.so.N in $pdir"; fi
if test -x "$check"; then pass "$check"; else fail "no $check"; fi
if test -f "$specs"; then pass "$specs"; else fail "no $specs"; fi
for f in "$infodir/linkname.info" "$mandir/man7/linkname.7" \
	 "$mandir/man1/linkname-check.1" "$mandir/man1/linkname-gen.1"; do
  if test -f "$DESTDIR$f"; then pass "$DESTDIR$f"; else fail "no $DESTDIR$f"; fi
done

## 2. The program.
cat > push.c <<'EOF'
#pragma linkname package example.com/installcheck
__attribute__ ((linkname)) long
Twice (long x)
{
  return 2 * x;
}
EOF
cat > main.c <<'EOF'
#include <stdio.h>
extern long twice (long)
  __attribute__ ((linkname ("example.com/installcheck.Twice")));
int
main (void)
{
#if __has_attribute (linkname)
  printf ("twice (21) = %ld\n", twice (21));
  return twice (21) == 42 ? 0 : 1;
#else
  return 3;
#endif
}
EOF
cat > cxx.cc <<'EOF'
extern long twice_cc (long)
  __attribute__ ((linkname ("example.com/installcheck.Twice")));
long call_twice (long x) { return twice_cc (x); }
EOF
cat > has.c <<'EOF'
#if __has_attribute (linkname)
linkname_loaded
#else
linkname_absent
#endif
EOF
printf '\t.text\n\t.globl\tasm_only\nasm_only:\n\tret\n' > asm.s
sym=example_0com_1installcheck.Twice

# check_program NAME: ./NAME runs, defines $sym, and has no C name left.
check_program ()
{
  if run "$1.run" "./$1" && grep -qx 'twice (21) = 42' "$1.run"; then
    pass "$2: ./$1 runs"
  else
    fail "$2: ./$1 does not print 'twice (21) = 42'"
  fi
  "$NM" "$1" > "$1.nm" 2>&1
  if grep -Eq "^[0-9a-f]+ T $sym\$" "$1.nm"; then
    pass "$2: nm $1 shows 'T $sym'"
  else
    fail "$2: nm $1 shows no 'T $sym'"
  fi
  if grep -Eq ' (twice|Twice)$' "$1.nm"; then
    fail "$2: a C name (twice, Twice) is a symbol of $1"
  else
    pass "$2: no C name left in $1"
  fi
}

# check_records FILE...: the installed linkname-check reads the push and
# the pull, and finds nothing wrong with them.
check_records ()
{
  what=$1; shift
  test -x "$check" || return 0
  if run check.out "$check" --strict --list "$@"; then
    if grep -q 'example.com/installcheck.Twice' check.out; then
      pass "$what: linkname-check --strict --list $*"
    else
      fail "$what: linkname-check --list lists no example.com/installcheck.Twice"
    fi
  else
    fail "$what: linkname-check --strict $* fails"
  fi
}

## 2a. The plugin by its short name.
gcc_pdir=$("$CC" -print-file-name=plugin)
if test "$pdir" = "$gcc_pdir"; then
  short="-fplugin=linkname"
else
  # Installed elsewhere (--with-gcc-plugin-dir, DESTDIR): tell GCC where.
  short="-iplugindir=$pdir -fplugin=linkname"
fi
echo "installcheck: the short name: $CC $short"
if run short.log "$CC" $short -O2 -c push.c -o short-push.o \
   && run short.log "$CC" $short -O2 -c main.c -o short-main.o \
   && run short.log "$CC" short-main.o short-push.o -o short; then
  pass "short name: compile and link with $short"
  check_program short "short name"
  check_records "short name" short
else
  fail "short name: compile or link with $short"
fi

## 2b. The specs file.
use_specs=$specs
if test -n "$DESTDIR" && test -f "$specs"; then
  # Installed under DESTDIR: the specs file names the plugin where it
  # will be, not where it is now.  Check a copy that names the latter.
  use_specs=$work/linkname.specs
  sed -e "s|%{!iplugindir\*:%:find-plugindir()} -fplugin=linkname|-fplugin=$pdir/linkname.so|" \
      -e "s|-fplugin=$plugindir/linkname.so|-fplugin=$pdir/linkname.so|" \
      "$specs" > "$use_specs"
  echo "installcheck: DESTDIR: checking a copy of $specs that loads $pdir/linkname.so"
fi
S="-specs=$use_specs"
echo "installcheck: the specs file: $CC $S"
if run specs.log "$CC" $S -O2 -c push.c -o specs-push.o \
   && run specs.log "$CC" $S -O2 -c main.c -o specs-main.o \
   && run specs.log "$CC" $S specs-main.o specs-push.o -o specs; then
  pass "specs: compile and link with $S"
  check_program specs "specs"
  check_records "specs" specs-main.o specs-push.o
else
  fail "specs: compile or link with $S"
fi

# Plugin arguments come after the plugin that the specs file loads.
if run arg.log "$CC" $S -fplugin-arg-linkname-Wno-unexported \
     -fplugin-arg-linkname-scheme=gccgo -c main.c -o arg.o; then
  pass "specs: plugin arguments after -specs"
else
  fail "specs: plugin arguments after -specs are rejected"
fi

# -fno-linkname leaves the installed specs file's plugin out of one
# compile: the pull keeps its C name, and the object has no record.
if run noln.log "$CC" $S -fno-linkname -c main.c -o noln.o \
   && ! "$NM" noln.o | grep -Eq "^ +U $sym\$" \
   && ! "${OBJDUMP:-objdump}" -h noln.o | grep -q '\.note\.linkname'; then
  pass "specs: -fno-linkname leaves the plugin out"
else
  fail "specs: -fno-linkname: rejected, or the plugin still bound the pull"
fi

# LINKNAME_OPTIONS reaches the plugin the specs file loads.
# (scheme=verbatim: the symbol is the target itself.)
if LINKNAME_OPTIONS='scheme=verbatim' run env.log "$CC" $S -c main.c -o env.o \
   && "$NM" env.o | grep -Eq '^ +U example\.com/installcheck\.Twice$'; then
  pass "specs: LINKNAME_OPTIONS applies"
else
  fail "specs: LINKNAME_OPTIONS='scheme=verbatim' did not reach the plugin"
fi

# C++ takes cc1_options too.
if run cxx.log "$CXX" $S -O2 -c cxx.cc -o cxx.o \
   && "$NM" cxx.o | grep -Eq "^ +U $sym\$"; then
  pass "specs: C++ (nm shows 'U $sym')"
else
  fail "specs: C++ compile, or no 'U $sym' in its object"
fi

# The preprocessor loads it too (so gcc -E and -save-temps agree with
# the compile), and an assembler input does not care.
if run e.log "$CC" $S -fplugin-arg-linkname-Wno-internal -E -P has.c \
   && grep -q linkname_loaded e.log; then
  pass "specs: gcc -E sees __has_attribute (linkname)"
else
  fail "specs: gcc -E with the specs file"
fi
if run as.log "$CC" $S -c -x assembler asm.s -o asm.o \
   && "$NM" asm.o | grep -q ' T asm_only$'; then
  pass "specs: -x assembler"
else
  fail "specs: -x assembler"
fi

# -flto: lto1 gets cc1_options, so it loads the plugin as well.
if run lto.log "$CC" $S -flto -O2 -c push.c -o lto-push.o \
   && run lto.log "$CC" $S -flto -O2 -c main.c -o lto-main.o \
   && run lto.log "$CC" $S -flto -O2 lto-main.o lto-push.o -o lto; then
  pass "specs: -flto compile and link"
  check_program lto "specs, -flto"
  check_records "specs, -flto" lto
else
  fail "specs: -flto compile or link"
fi

if test -x "$check"; then
  if run version.log "$check" --version; then pass "linkname-check --version"
  else fail "linkname-check --version"; fi
fi

# linkname-gen and the prelude it includes (SPEC section 9): a header of
# the standard library's strings, when it has the standard library.
gen=$DESTDIR$bindir/linkname-gen
if test -x "$gen" && run gen-version.log "$gen" --version; then
  pass "linkname-gen --version"
else
  fail "no $gen, or it does not run"
fi
if test -f "$DESTDIR$includedir/linkname/go.h"; then
  pass "$DESTDIR$includedir/linkname/go.h"
else
  fail "no $DESTDIR$includedir/linkname/go.h"
fi
if test -x "$gen" && "$gen" --asm -o go-strings.h strings > gen.log 2>&1; then
  printf '#include "go-strings.h"\nint f (void) { return (int) strings_Count (GO_STR ("aa"), GO_STR ("a")); }\n' > use-gen.c
  if $CC -I. -I"$DESTDIR$includedir" -c use-gen.c -o use-gen.o > gen.log 2>&1 \
     && $NM use-gen.o | grep -q 'strings\.Count'; then
    pass "a header of linkname-gen with <linkname/go.h>, without the plugin: strings.Count"
  else
    fail "a header of linkname-gen does not compile:"; cat gen.log
  fi
elif grep -q 'cannot find package' gen.log; then
  pass "linkname-gen: no standard library of gccgo here (not checked)"
else
  fail "linkname-gen strings:"; cat gen.log
fi

## 3. The library.
for f in "$libdir/liblinkname.so.0" "$libdir/liblinkname.so" \
	 "$libdir/pkgconfig/linkname.pc" "$includedir/linkname/linkname.h" \
	 "$includedir/linkname/linkname-record.h" "$includedir/linkname/linkname-check.h"; do
  if test -e "$DESTDIR$f"; then pass "$DESTDIR$f"; else fail "no $DESTDIR$f"; fi
done
for f in linkname-internal.h linkname-gcc.h; do
  if test -e "$DESTDIR$includedir/linkname/$f"; then
    fail "the internal header $f is installed"
  else
    pass "no internal header $f"
  fi
done
cat > lib.c <<'EOF'
#include <linkname/linkname.h>
#include <linkname/linkname-record.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parse a target with an escaped import path and a method, then encode
   a record of it and decode that again.  Prints what it found, and OK
   or WRONG.  */
int
main (void)
{
  static const char text[] = "gopkg.in/yaml%2ev3.(*Decoder).Decode";
  struct linkname_target t;
  struct linkname_error err;
  struct linkname_record r, back;
  unsigned char *desc;
  char *sym, *canon;
  size_t len;
  int bad = 0;

  if (!linkname_target_parse (text, sizeof text - 1, &t, &err))
    {
      printf ("parse: %s at %zu\n", err.message, err.offset);
      return 1;
    }
  printf ("pkgpath %s, %zu names, pointer receiver %d\n", t.pkgpath,
	  t.n_names, (int) t.pointer_receiver);
  bad |= strcmp (t.pkgpath, "gopkg.in/yaml.v3") != 0 || t.n_names != 2
	 || strcmp (t.names[0], "Decoder") != 0
	 || strcmp (t.names[1], "Decode") != 0 || !t.pointer_receiver;
  canon = linkname_target_canonical (&t);
  sym = linkname_symbol (&t, LINKNAME_SCHEME_GCCGO);
  if (canon == NULL || sym == NULL)
    return 1;
  printf ("canonical %s, gccgo symbol %s\n", canon, sym);
  bad |= strcmp (canon, text) != 0 || strstr (sym, "Decode") == NULL;

  memset (&r, 0, sizeof r);
  r.direction = LINKNAME_PULL;
  r.scheme = LINKNAME_SCHEME_GCCGO;
  r.symbol = sym;
  r.target = canon;
  r.local = "decode";
  r.type = "int(void *)";
  r.file = "lib.c";
  r.line = 42;
  r.package = "";
  desc = linkname_record_encode (&r, &len);
  if (desc == NULL || !linkname_record_decode (desc, len, &back, &err))
    {
      printf ("record: encode or decode failed\n");
      return 1;
    }
  printf ("record: %s %s %s line %lu\n",
	  linkname_direction_name (back.direction), back.target, back.symbol,
	  back.line);
  bad |= back.direction != LINKNAME_PULL || strcmp (back.symbol, sym) != 0
	 || strcmp (back.target, canon) != 0
	 || strcmp (back.local, "decode") != 0 || back.line != 42;
  free (desc);
  free (sym);
  free (canon);
  linkname_target_free (&t);
  puts (bad ? "WRONG" : "OK");
  return bad;
}
EOF
cat > lib.cc <<'EOF'
#include <linkname/linkname-check.h>
#include <linkname/linkname-text.h>
#include <cstdlib>
#include <cstring>

int
main ()
{
  char *q = linkname_json_string ("a\"b", 3);
  int bad = q == 0 || std::strcmp (q, "\"a\\\"b\"") != 0
	    || std::strcmp (linkname_direction_name (LINKNAME_PUSH), "push") != 0;
  std::free (q);
  return bad;
}
EOF
pc_dir=$DESTDIR$libdir/pkgconfig
if ! command -v pkg-config > /dev/null 2>&1; then
  fail "library: no pkg-config (apt-get install pkg-config)"
elif ! lib_flags=$(PKG_CONFIG_PATH=$pc_dir PKG_CONFIG_SYSROOT_DIR=$DESTDIR \
		   pkg-config --cflags --libs linkname 2> pc.log); then
  fail "library: pkg-config --cflags --libs linkname with PKG_CONFIG_PATH=$pc_dir:"
  sed 's/^/  | /' pc.log
else
  pass "library: pkg-config --cflags --libs linkname: $lib_flags"
  # Under DESTDIR the sysroot variable puts it in front of -I and -L.
  if run libc.log "$CC" -Wall -Werror lib.c -o lib-c $lib_flags \
     && run lib-c.out ./lib-c \
     && grep -qx OK lib-c.out; then
    pass "library: a C program parses a target and round-trips a record"
  else
    fail "library: the C program (its output is above)"
  fi
  if ldd ./lib-c 2>/dev/null \
     | grep -q "liblinkname\.so\.0 => $DESTDIR$libdir/liblinkname\.so\.0"; then
    pass "library: the program runs with $DESTDIR$libdir/liblinkname.so.0"
  else
    fail "library: the program does not run with $DESTDIR$libdir/liblinkname.so.0"
  fi
  if run libcc.log "$CXX" -Wall -Werror lib.cc -o lib-cc $lib_flags \
     && run lib-cc.out ./lib-cc; then
    pass "library: a C++ program uses it"
  else
    fail "library: the C++ program"
  fi
fi

echo "installcheck: $npass passed, $nfail failed"
test "$nfail" -eq 0
