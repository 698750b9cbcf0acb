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
# Each file exports only its entry points.

set -u
: "${PLUGINDIR:?}" "${NM:=nm}"
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

for f in "$loader:linkname_loaded_from plugin_init plugin_is_GPL_compatible" \
	 "$core:linkname_core_init"; do
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
