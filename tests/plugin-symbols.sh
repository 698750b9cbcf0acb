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
# tests/plugin-symbols.sh -- what the two files of the plugin take from
# the GCC they are loaded into (make check, top-level TESTS):
#   linkname.so (the loader) refers to nothing of GCC's but error, and
#   that weakly: it must load into any GCC to say which one it needs;
#   linkname-core.so never refers to global_options, whose layout changes
#   with the options of each build (gcc-common.h, "Compiler state").
# Each file exports only its entry points; so does linkname-check's ld
# plugin (onload).
# Neither file needs libstdc++.so (nor libm): the compiler is linked
# with libstdc++ statically and exports what GCC-style C++ needs,
# operator new and delete; a second copy costs memory and time in every
# compile (bench/RESULTS.md).  Every symbol linkname-core.so takes from
# outside libc (unversioned, strong) is one that the GCC_FOR_TEST's cc1
# exports, and operator new and delete are exported by cc1plus and lto1
# too.  Nor does linkname-core.so need liblinkname.so: it carries its
# own copy of the library (lib/Makefile.am).

set -u
: "${PLUGINDIR:?}" "${NM:=nm}" "${READELF:=readelf}"
status=0
loader=$PLUGINDIR/linkname.so
core=$PLUGINDIR/linkname-core.so

# The loader's undefined symbols: libc's (versioned), the weak ones of
# the C runtime, and error.
bad=$($NM -u "$loader" | awk '$1 == "U" && $2 !~ /@/ { print $2 }
			     $1 == "w" && $2 !~ /^(_ITM_|__gmon_start__|__cxa_finalize|_Z5errorPKcz)/ { print $2 }')
if [ -z "$bad" ]; then
  echo "PASS: linkname.so refers to nothing of GCC's but error, weakly"
else
  echo "FAIL: linkname.so refers to: $bad"
  status=1
fi
if $NM -u "$loader" | grep -q '^ *w _Z5errorPKcz$'; then
  echo "PASS: linkname.so refers to error weakly"
else
  echo "FAIL: linkname.so does not refer to error weakly"
  status=1
fi

if $NM -u "$core" | grep -qw global_options; then
  echo "FAIL: linkname-core.so refers to global_options"
  status=1
else
  echo "PASS: linkname-core.so does not refer to global_options"
fi

for file in "$loader" "$core"; do
  needed=$($READELF -d "$file" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
  case " $needed" in
    *" libstdc++."* | *" libm."*)
      echo "FAIL: $(basename "$file") needs $needed(libstdc++ or libm)"
      status=1 ;;
    *) echo "PASS: $(basename "$file") needs no libstdc++.so, no libm.so: $needed" ;;
  esac
  case " $needed" in
    *" liblinkname."*)
      echo "FAIL: $(basename "$file") needs liblinkname.so: $needed"
      status=1 ;;
    *) echo "PASS: $(basename "$file") needs no liblinkname.so" ;;
  esac
done

# The compiler's own programs, where GCC_FOR_TEST has them (a native
# build; skipped if they cannot be found).
cc1=
if [ -n "${GCC_FOR_TEST:-}" ]; then
  cc1=$($GCC_FOR_TEST -print-prog-name=cc1 2>/dev/null)
fi
case $cc1 in
  /*) ;;
  *) cc1= ;;
esac
if [ -n "$cc1" ] && [ -f "$cc1" ]; then
  $NM -D --defined-only "$cc1" | awk '{ print $3 }' | sort -u > plugin-symbols.cc1
  missing=$($NM -u "$core" | awk '$1 == "U" && $2 !~ /@/ { print $2 }' | sort -u \
	    | comm -23 - plugin-symbols.cc1 | tr '\n' ' ')
  if [ -z "$missing" ]; then
    echo "PASS: cc1 exports every symbol linkname-core.so takes from outside libc"
  else
    echo "FAIL: cc1 ($cc1) does not export what linkname-core.so takes: $missing"
    status=1
  fi
  rm -f plugin-symbols.cc1
  dir=$(dirname "$cc1")
  for prog in cc1plus lto1; do
    if [ -f "$dir/$prog" ]; then
      for sym in _Znwm _ZdlPvm; do
	if ! $NM -u "$core" | grep -q " $sym\$"; then continue; fi
	if $NM -D --defined-only "$dir/$prog" | grep -q " $sym\$"; then
	  echo "PASS: $prog exports $sym, which linkname-core.so takes"
	else
	  echo "FAIL: $prog does not export $sym, which linkname-core.so takes"
	  status=1
	fi
      done
    fi
  done
else
  echo "SKIP: no cc1 of GCC_FOR_TEST ('${GCC_FOR_TEST:-}') to compare linkname-core.so's symbols with"
fi

for f in "$loader:linkname_loaded_from plugin_init plugin_is_GPL_compatible" \
	 "$core:linkname_core_init" \
	 "${LDPLUGINDIR:?}/liblinkname-ld.so:onload"; do
  file=${f%%:*} want=${f#*:}
  got=$($NM -D --defined-only "$file" | awk '{ print $3 }' | sort | tr '\n' ' ')
  want=$(printf '%s\n' $want | sort | tr '\n' ' ')
  if [ "$got" = "$want" ]; then
    echo "PASS: $(basename "$file") exports $want"
  else
    echo "FAIL: $(basename "$file") exports $got, not $want"
    status=1
  fi
done
exit $status
