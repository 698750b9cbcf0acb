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
# check-provenance.py -- the provenance of the bindings of a report.
#   python3 check-provenance.py REPORT GCC-VERSION LINKNAME-VERSION
#           LOCAL=RELAXED...
# Every binding must name GCC-VERSION and LINKNAME-VERSION (the real
# ones, which the caller asks the tools for); each LOCAL named must be
# reported once with exactly the relaxed checks RELAXED (words joined by
# ","; empty for none) and no policy rule.
import json
import sys

report, gcc, linkname = sys.argv[1:4]
want = dict(a.split("=", 1) for a in sys.argv[4:])
errors = []
seen = {}
for line in open(report, encoding="utf-8"):
    obj = json.loads(line)
    if obj.get("kind") != "binding":
        continue
    for key, value in (("gcc_version", gcc), ("linkname_version", linkname)):
        if obj.get(key) != value:
            errors.append("%s: %s %r, want %r"
                          % (obj["local"], key, obj.get(key), value))
    local = obj["local"]
    if local in want:
        seen[local] = seen.get(local, 0) + 1
        relaxed = want[local].replace(",", " ")
        if obj.get("relaxed") != relaxed:
            errors.append("%s: relaxed %r, want %r"
                          % (local, obj.get("relaxed"), relaxed))
        if obj.get("relaxed_rule") != "":
            errors.append("%s: relaxed_rule %r" % (local,
                                                   obj.get("relaxed_rule")))
for local in want:
    if seen.get(local) != 1:
        errors.append("%s reported %d times" % (local, seen.get(local, 0)))
for e in errors:
    print(e)
if errors:
    sys.exit(1)
print("ok")
