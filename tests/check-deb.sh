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
# check-deb.sh -- "make check-deb": build the Debian package from the
# distribution tarball and inspect it.
#
#   GCC_MAJOR=12 PACKAGE_VERSION=0.1.0 sh tests/check-deb.sh linkname-0.1.0.tar.gz
#
# 1. Unpack the tarball (made by "make dist", so debian/ must be in it)
#    in a temporary folder and run "dpkg-buildpackage -us -uc -b" there,
#    with DEB_BUILD_OPTIONS=nocheck and the nocheck build profile unless
#    CHECK_DEB_TESTS=yes (make check has run already; the package's own
#    build runs it by default).
# 2. Inspect the .deb: its files (dpkg -c) -- the plugin in GCC's plugin
#    folder without a .la, linkname-check, the specs file, the manual
#    (info and HTML), the man pages -- and its Depends on exactly
#    gcc-GCC_MAJOR.  The library packages: liblinkname0 has the shared
#    library and nothing else, liblinkname-dev its headers, .so link and
#    pkg-config file; linkname depends on liblinkname0.  The same for
#    dh-linkname: dh_linkname, its dh add-on and man page (and linkname
#    has none of them), its Depends on linkname and Provides:
#    dh-sequence-linkname.
# 3. With CHECK_DEB_INSTALL=yes, as root: dpkg -i the packages, compile,
#    link and run a program with "gcc -fplugin=linkname" by its short
#    name and with the installed specs file, run the installed
#    linkname-check, build a program against the installed library with
#    pkg-config; build two small Debian packages whose program is
#    compiled with the plugin, with dh_linkname (one clean, one whose
#    binding its debian/linkname.policy denies: that build must fail);
#    then remove the packages again (unless they were installed
#    before).  .ci/run does this.
#
# CHECK_DEB_OUT=DIR keeps the packages and the build log in DIR.
# Missing build dependencies are named (dpkg-checkbuilddeps) and fail the
# run.  One line per check, PASS: or FAIL:, and at the end
# "check-deb: N passed, N failed".

set -u

tarball=${1:?usage: check-deb.sh TARBALL}
: "${GCC_MAJOR:?}" "${PACKAGE_VERSION:?}"
: "${CHECK_DEB_TESTS:=no}" "${CHECK_DEB_INSTALL:=no}"
case $tarball in /*) ;; *) tarball=$(pwd)/$tarball ;; esac

npass=0 nfail=0
pass () { echo "PASS: check-deb: $*"; npass=$((npass + 1)); }
fail () { echo "FAIL: check-deb: $*"; nfail=$((nfail + 1)); }
finish () { echo "check-deb: $npass passed, $nfail failed"; test "$nfail" -eq 0; exit $?; }

for tool in dpkg-buildpackage dpkg-checkbuilddeps dh; do
  if ! command -v $tool > /dev/null 2>&1; then
    fail "$tool is missing (apt-get install dpkg-dev debhelper)"
  fi
done
test "$nfail" -eq 0 || finish

work=$(mktemp -d "${TMPDIR:-/tmp}/linkname-deb.XXXXXX") || exit 1
installed_here=no dh_installed_here=no
cleanup ()
{
  if test "$dh_installed_here" = yes; then
    dpkg -r dh-linkname > /dev/null 2>&1 || echo "check-deb: could not remove dh-linkname again"
  fi
  if test "$installed_here" = yes; then
    dpkg -r linkname liblinkname-dev liblinkname0 > /dev/null 2>&1 \
      || echo "check-deb: could not remove the packages again"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

cd "$work" || exit 1
tar -xzf "$tarball" || { fail "cannot unpack $tarball"; finish; }
src=$work/linkname-$PACKAGE_VERSION
if ! test -f "$src/debian/control"; then
  fail "the tarball has no debian/ folder"
  finish
fi

## 1. Build.
cd "$src" || exit 1
deb_version=$(dpkg-parsechangelog -S Version)
case $deb_version in
  "$PACKAGE_VERSION" | "$PACKAGE_VERSION"-*) pass "debian/changelog's version $deb_version is the package's" ;;
  *) fail "debian/changelog says $deb_version, configure.ac $PACKAGE_VERSION" ;;
esac
# Without the tests, the nocheck build profile too, as Debian builds
# them: the test-only Build-Depends (<!nocheck>) are then not needed.
profiles=
test "$CHECK_DEB_TESTS" = yes || profiles=nocheck
export DEB_BUILD_PROFILES=$profiles
if ! dpkg-checkbuilddeps > "$work/builddeps.log" 2>&1; then
  fail "missing build dependencies:"; sed 's/^/  | /' "$work/builddeps.log"
  finish
fi
opts="parallel=$(nproc 2>/dev/null || echo 2)"
test "$CHECK_DEB_TESTS" = yes || opts="nocheck $opts"
echo "check-deb: DEB_BUILD_OPTIONS='$opts' DEB_BUILD_PROFILES='$profiles' dpkg-buildpackage -us -uc -b in $src"
if DEB_BUILD_OPTIONS="$opts" \
   dpkg-buildpackage -us -uc -b > "$work/build.log" 2>&1; then
  pass "dpkg-buildpackage -us -uc -b"
else
  fail "dpkg-buildpackage -us -uc -b; the end of its log:"
  tail -n 60 "$work/build.log" | sed 's/^/  | /'
  finish
fi
cd "$work" || exit 1
if test -n "${CHECK_DEB_OUT:-}"; then
  mkdir -p "$CHECK_DEB_OUT" && cp ./*.deb ./*.buildinfo ./*.changes build.log "$CHECK_DEB_OUT"/ \
    && echo "check-deb: the packages and build.log are in $CHECK_DEB_OUT"
fi
deb=$(ls linkname_"$deb_version"_*.deb 2>/dev/null | head -n 1)
if test -z "$deb"; then
  fail "no linkname_${deb_version}_*.deb"; ls -l; finish
fi
echo "check-deb: $deb"
dhdeb=$(ls dh-linkname_"$deb_version"_all.deb 2>/dev/null | head -n 1)
if test -z "$dhdeb"; then
  fail "no dh-linkname_${deb_version}_all.deb"; ls -l; finish
fi
echo "check-deb: $dhdeb"
libdeb=$(ls liblinkname0_"$deb_version"_*.deb 2>/dev/null | head -n 1)
devdeb=$(ls liblinkname-dev_"$deb_version"_*.deb 2>/dev/null | head -n 1)

## 2. Inspect.
dpkg -c "$deb" > contents.txt
awk '{ print "  | " $NF }' contents.txt
plugindir=$(gcc-"$GCC_MAJOR" -print-file-name=plugin 2>/dev/null || gcc -print-file-name=plugin)
# has PATH: the package has PATH (a file, or a link: "PATH -> TARGET").
has () { sed 's/ -> .*//' contents.txt | awk '{ print $NF }' | grep -qx -- "$1"; }
for f in ".$plugindir/linkname.so" ".$plugindir/linkname-core.so" \
	 ./usr/bin/linkname-check \
	 ./usr/share/linkname/linkname.specs ./usr/share/info/linkname.info.gz \
	 ./usr/share/man/man7/linkname.7.gz ./usr/share/man/man1/linkname-check.1.gz \
	 ./usr/share/doc/linkname/linkname.html/index.html \
	 ./usr/share/doc/linkname/copyright \
	 ./usr/share/doc/linkname/examples/clib/Makefile \
	 ./usr/bin/linkname-gcc ./usr/bin/linkname-g++ \
	 "./usr/bin/linkname-gcc-$GCC_MAJOR" "./usr/bin/linkname-g++-$GCC_MAJOR" \
	 ./usr/bin/linkname-icecc-env ./usr/share/linkname/linkname-guard.h; do
  if has "$f"; then pass "the package has $f"; else fail "the package has no $f"; fi
done
# The wrappers registered for distcc: links to distcc in its masquerade
# folder, which distccd takes for the compilers it may run.
for w in linkname-gcc linkname-g++ "linkname-gcc-$GCC_MAJOR" "linkname-g++-$GCC_MAJOR"; do
  if grep -Fq "./usr/lib/distcc/$w -> ../../bin/distcc" contents.txt; then
    pass "the package registers $w for distcc (/usr/lib/distcc/$w -> ../../bin/distcc)"
  else
    fail "the package has no /usr/lib/distcc/$w link to distcc"
  fi
done
if awk '{ print $NF }' contents.txt | grep -E '/dh_linkname|/Debhelper/'; then
  fail "the package linkname has files of dh-linkname"
else
  pass "the package linkname has no file of dh-linkname"
fi
if awk '{ print $NF }' contents.txt | grep -E '\.la$|/usr/share/info/dir'; then
  fail "the package has a .la file or an info dir file"
else
  pass "no .la file, no info dir file"
fi
if awk '{ print $NF }' contents.txt | grep -E '/examples/.*(\.o|\.so|/nanotime|/go-calls-c|/client-good)$'; then
  fail "the package's examples hold built files"
else
  pass "the examples are sources only"
fi
depends=$(dpkg-deb -f "$deb" Depends)
echo "check-deb: Depends: $depends"
next=$((GCC_MAJOR + 1))
if printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//' \
     | grep -qx "gcc-$GCC_MAJOR (>= $GCC_MAJOR)" \
   && printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//' \
     | grep -qx "gcc-$GCC_MAJOR (<< $next)"; then
  pass "Depends: gcc-$GCC_MAJOR (>= $GCC_MAJOR), gcc-$GCC_MAJOR (<< $next)"
else
  fail "Depends lacks gcc-$GCC_MAJOR (>= $GCC_MAJOR), gcc-$GCC_MAJOR (<< $next)"
fi

# dh-linkname: dh_linkname, the dh add-on where dh looks for it (Perl's
# vendor folder), the man page.
dpkg -c "$dhdeb" > dh-contents.txt
awk '{ print "  | " $NF }' dh-contents.txt
for f in ./usr/bin/dh_linkname ./usr/share/perl5/Debian/Debhelper/Sequence/linkname.pm \
	 ./usr/share/man/man1/dh_linkname.1.gz ./usr/share/doc/dh-linkname/copyright; do
  if sed 's/ -> .*//' dh-contents.txt | awk '{ print $NF }' | grep -qx -- "$f"; then
    pass "dh-linkname has $f"
  else
    fail "dh-linkname has no $f"
  fi
done
# Any linkname of this version or later: dh_linkname uses only the
# options every linkname-check has.  Not "=": a binNMU of linkname
# (arch any) would leave dh-linkname (arch all) uninstallable.
dh_depends=$(dpkg-deb -f "$dhdeb" Depends)
echo "check-deb: dh-linkname: Depends: $dh_depends"
if printf '%s\n' "$dh_depends" | tr ',' '\n' | sed 's/^ *//' | grep -qx "linkname (>= $deb_version)" \
   && printf '%s\n' "$dh_depends" | tr ',' '\n' | sed 's/^ *//' | grep -q '^debhelper '; then
  pass "dh-linkname Depends: linkname (>= $deb_version), debhelper"
else
  fail "dh-linkname's Depends lack linkname (>= $deb_version) or debhelper"
fi
if test "$(dpkg-deb -f "$dhdeb" Provides)" = dh-sequence-linkname; then
  pass "dh-linkname Provides: dh-sequence-linkname"
else
  fail "dh-linkname does not provide dh-sequence-linkname"
fi

# The library packages.
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
if printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -q '^liblinkname0\( \|$\)'; then
  pass "linkname depends on liblinkname0"
else
  fail "linkname does not depend on liblinkname0"
fi
if awk '{ print $NF }' contents.txt | grep -E 'liblinkname\.so|/usr/include/'; then
  fail "the linkname package has the library or its headers"
else
  pass "the linkname package has neither the library nor its headers"
fi
if test -z "$libdeb" || test -z "$devdeb"; then
  fail "no liblinkname0_${deb_version}_*.deb or liblinkname-dev_${deb_version}_*.deb"
else
  dpkg -c "$libdeb" | sed 's/ -> .*//' | awk '{ print $NF }' | grep -v '/$' > lib-contents.txt
  dpkg -c "$devdeb" | sed 's/ -> .*//' | awk '{ print $NF }' | grep -v '/$' > dev-contents.txt
  sed 's/^/  | /' lib-contents.txt dev-contents.txt
  for f in "./usr/lib/$multiarch/liblinkname.so.0" "./usr/lib/$multiarch/liblinkname.so.0.0.0"; do
    if grep -qx -- "$f" lib-contents.txt; then pass "liblinkname0 has $f"
    else fail "liblinkname0 has no $f"; fi
  done
  if grep -v -e '/liblinkname\.so\.0' -e '^\./usr/share/doc/' lib-contents.txt; then
    fail "liblinkname0 has more than the shared library (above)"
  else
    pass "liblinkname0 has only the shared library and its docs"
  fi
  for f in "./usr/lib/$multiarch/liblinkname.so" "./usr/lib/$multiarch/pkgconfig/linkname.pc" \
	   ./usr/include/linkname/linkname.h ./usr/include/linkname/linkname-record.h \
	   ./usr/include/linkname/linkname-check.h; do
    if grep -qx -- "$f" dev-contents.txt; then pass "liblinkname-dev has $f"
    else fail "liblinkname-dev has no $f"; fi
  done
  if grep -e 'linkname-internal\.h' -e 'linkname-gcc\.h' dev-contents.txt; then
    fail "liblinkname-dev has an internal header"
  else
    pass "liblinkname-dev has no internal header"
  fi
fi

## 3. Install and use.
if test "$CHECK_DEB_INSTALL" != yes; then
  echo "check-deb: not installing the package (CHECK_DEB_INSTALL=yes does, as root)"
  finish
fi
if test "$(id -u)" -ne 0; then
  fail "CHECK_DEB_INSTALL=yes needs root"
  finish
fi
if dpkg -s linkname > /dev/null 2>&1; then
  echo "check-deb: linkname is installed already; it is upgraded and left installed"
else
  installed_here=yes
fi
dpkg -s dh-linkname > /dev/null 2>&1 || dh_installed_here=yes
if dpkg -i "$libdeb" "$devdeb" "$deb" "$dhdeb" > install.log 2>&1; then
  pass "dpkg -i $libdeb $devdeb $deb $dhdeb"
else
  fail "dpkg -i $libdeb $devdeb $deb $dhdeb:"; sed 's/^/  | /' install.log
  finish
fi
cat > push.c <<'EOF'
#pragma linkname package example.com/deb
__attribute__ ((linkname)) long Twice (long x) { return 2 * x; }
EOF
cat > main.c <<'EOF'
#include <stdio.h>
extern long twice (long) __attribute__ ((linkname ("example.com/deb.Twice")));
int main (void) { printf ("%ld\n", twice (21)); return twice (21) != 42; }
EOF
for how in "-fplugin=linkname" "-specs=/usr/share/linkname/linkname.specs"; do
  rm -f prog ./*.o
  if gcc $how -O2 -c push.c -o push.o > use.log 2>&1 \
     && gcc $how -O2 -c main.c -o main.o >> use.log 2>&1 \
     && gcc $how main.o push.o -o prog >> use.log 2>&1 \
     && test "$(./prog)" = 42 \
     && nm prog | grep -Eq ' T example_0com_1deb\.Twice$'; then
    pass "installed: gcc $how compiles, links and runs (nm: T example_0com_1deb.Twice)"
  else
    fail "installed: gcc $how:"; sed 's/^/  | /' use.log
  fi
done
# The wrappers: the installed specs file and guard.
rm -f prog ./*.o
if linkname-gcc -O2 -c push.c -o push.o > use.log 2>&1 \
   && "linkname-gcc-$GCC_MAJOR" -O2 -c main.c -o main.o >> use.log 2>&1 \
   && linkname-g++ main.o push.o -o prog >> use.log 2>&1 \
   && test "$(./prog)" = 42 \
   && nm prog | grep -Eq ' T example_0com_1deb\.Twice$'; then
  pass "installed: linkname-gcc, linkname-gcc-$GCC_MAJOR and linkname-g++ compile, link and run"
else
  fail "installed: the wrappers:"; sed 's/^/  | /' use.log
fi
if linkname-check --strict --list prog > check.log 2>&1 \
   && grep -q 'example.com/deb.Twice' check.log; then
  pass "installed: linkname-check --strict --list prog"
else
  fail "installed: linkname-check on prog:"; sed 's/^/  | /' check.log
fi
cat > lib.c <<'EOF'
#include <linkname/linkname.h>
#include <stdio.h>
#include <stdlib.h>
int
main (void)
{
  struct linkname_target t;
  if (!linkname_target_parse ("example.com/deb.Twice", 21, &t, NULL))
    return 1;
  char *sym = linkname_symbol (&t, LINKNAME_SCHEME_GCCGO);
  puts (sym);
  free (sym);
  linkname_target_free (&t);
  return 0;
}
EOF
if gcc lib.c -o lib $(pkg-config --cflags --libs linkname) > lib.log 2>&1 \
   && ./lib > lib.out 2>> lib.log \
   && nm prog | grep -Eq " T $(cat lib.out)\$"; then
  pass "installed: a program built with pkg-config's liblinkname names the symbol nm finds in prog"
else
  fail "installed: the library:"; sed 's/^/  | /' lib.log lib.out
fi
if man -w linkname > /dev/null 2>&1 && man -w linkname-check > /dev/null 2>&1 \
   && man -w dh_linkname > /dev/null 2>&1 \
   || ! command -v man > /dev/null 2>&1; then
  pass "installed: man linkname, man linkname-check, man dh_linkname"
else
  fail "installed: man finds no linkname, linkname-check or dh_linkname page"
fi
if info --where linkname 2>/dev/null | grep -q 'linkname.info' \
   || ! command -v info > /dev/null 2>&1; then
  pass "installed: info linkname"
else
  fail "installed: info finds no linkname manual"
fi

# dh_linkname at work: two small source packages whose program is
# compiled with the plugin and pushes and pulls a binding, and whose
# debian/linkname.policy allows it (clean: --with linkname, and options
# for linkname-check after --) or denies it (denied: the add-on through
# Build-Depends: dh-sequence-linkname; the build must fail in
# dh_linkname, naming the finding).  DEB_BUILD_OPTIONS=nocheck: the
# check runs all the same.  DH_VERBOSE=1 shows linkname-check's command.
make_source ()			# make_source NAME DH-LINE BUILD-DEPENDS POLICY
{
  mkdir -p "$work/dh/$1/debian/source" && cd "$work/dh/$1" || exit 1
  cat > prog.c <<'EOF_C'
#include <stdio.h>
#pragma linkname package example.com/hello
__attribute__ ((linkname)) long Twice (long x) { return 2 * x; }
extern long twice (long) __attribute__ ((linkname ("example.com/hello.Twice")));
int main (void) { printf ("%ld\n", twice (21)); return twice (21) != 42; }
EOF_C
  printf '%s\n' "prog: prog.c" \
    "	\$(CC) \$(CPPFLAGS) \$(CFLAGS) -fplugin=linkname \$(LDFLAGS) -o prog prog.c" \
    "install: prog" "	install -D -m 755 prog \$(DESTDIR)/usr/bin/$1" \
    "clean:" "	rm -f prog" > Makefile
  printf '%s\n' "Source: $1" "Section: misc" "Priority: optional" \
    "Maintainer: The linkname project <maintainers@linkname.invalid>" \
    "Build-Depends: debhelper-compat (= 13), linkname$3" \
    "Standards-Version: 4.6.2" "Rules-Requires-Root: no" "" \
    "Package: $1" "Architecture: any" 'Depends: ${shlibs:Depends}, ${misc:Depends}' \
    "Description: a test of dh_linkname" " A program that binds a Go name with linkname." \
    > debian/control
  printf '%s\n' "$1 (1.0) unstable; urgency=medium" "" "  * A test of dh_linkname." "" \
    " -- The linkname project <maintainers@linkname.invalid>  Mon, 30 Nov 2026 00:00:00 +0000" \
    > debian/changelog
  printf '%s\n' '#!/usr/bin/make -f' '%:' "	$2" > debian/rules
  chmod +x debian/rules
  echo '3.0 (native)' > debian/source/format
  printf '%s\n' "$4" > debian/linkname.policy
}
build_source ()			# build_source NAME: its status; the log in NAME.log
{
  (cd "$work/dh/$1" && env -u DEB_BUILD_PROFILES DEB_BUILD_OPTIONS=nocheck DH_VERBOSE=1 \
     dpkg-buildpackage -us -uc -b) > "$work/dh/$1.log" 2>&1
}
make_source linkname-clean 'dh $@ --with linkname' '' \
  '# The distribution warns about every binding and allows its own.
warn *
allow example.com/*
protect example.com/hello'
printf '%s\n' "override_dh_linkname:" "	dh_linkname -- --strict" >> debian/rules
if build_source linkname-clean \
   && grep -Eq '^[[:space:]]*linkname-check --policy debian/linkname.policy --strict .*debian/linkname-clean/usr/bin/linkname-clean$' \
	"$work/dh/linkname-clean.log"; then
  pass "dh_linkname: a clean package builds (--with linkname; linkname-check --policy debian/linkname.policy --strict ran over its program)"
else
  fail "dh_linkname: the clean package; its log:"; tail -n 40 "$work/dh/linkname-clean.log" | sed 's/^/  | /'
fi
make_source linkname-denied 'dh $@' ', dh-sequence-linkname' 'deny example.com/*'
if build_source linkname-denied; then
  fail "dh_linkname: the package with a denied binding builds; its log:"
  tail -n 40 "$work/dh/linkname-denied.log" | sed 's/^/  | /'
elif grep -Eq '^ *dh_linkname$' "$work/dh/linkname-denied.log" \
     && grep -Fq 'linkname-denied/usr/bin/linkname-denied: reference to example.com/hello.Twice denied by policy debian/linkname.policy:1' \
	  "$work/dh/linkname-denied.log" \
     && grep -Fq 'dh_linkname: error: linkname-check found errors in package linkname-denied' \
	  "$work/dh/linkname-denied.log"; then
  pass "dh_linkname: a package whose binding debian/linkname.policy denies fails to build (dh-sequence-linkname), naming the finding"
else
  fail "dh_linkname: the package with a denied binding fails, but not in dh_linkname; its log:"
  tail -n 40 "$work/dh/linkname-denied.log" | sed 's/^/  | /'
fi
cd "$work" || exit 1
finish
