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
# relaxed-fields.py -- check the provenance of records in linkname-check
# --format json output.
#   python3 relaxed-fields.py FILE GCC-VERSION LINKNAME-VERSION SEVERITY
#           OBJECT=WORD[,WORD]...[@RULE-SUFFIX]...
# Every binding must name LINKNAME-VERSION and GCC-VERSION (the real
# ones, which the caller asks the tools for).  Each OBJECT named must
# have exactly the relaxed words given (none when the list is empty),
# and its policy rule location must end in RULE-SUFFIX (none if not
# given); each object with words must have one "relaxed" finding of
# SEVERITY, and no other object may have one.
import json
import sys

path, gcc, linkname, severity = sys.argv[1:5]
want = {}
for arg in sys.argv[5:]:
    obj, _, words = arg.partition("=")
    words, _, rule = words.partition("@")
    want[obj] = ([w for w in words.split(",") if w], rule or None)

doc = json.load(open(path, encoding="utf-8"))
errors = []
seen = set()
for b in doc["bindings"]:
    if b["linkname_version"] != linkname:
        errors.append("%s: linkname %r, want %r"
                      % (b["object"], b["linkname_version"], linkname))
    if b["gcc_version"] != gcc:
        errors.append("%s: GCC %r, want %r"
                      % (b["object"], b["gcc_version"], gcc))
    if b["object"] not in want:
        continue
    seen.add(b["object"])
    words, rule = want[b["object"]]
    if b["relaxed"] != words:
        errors.append("%s: relaxed %r, want %r"
                      % (b["object"], b["relaxed"], words))
    got_rule = b["relaxed_rule"]
    if (rule is None) != (got_rule is None) or (
            rule is not None and not got_rule.endswith(rule)):
        errors.append("%s: relaxed_rule %r, want one ending in %r"
                      % (b["object"], got_rule, rule))
for obj in want:
    if obj not in seen:
        errors.append("%s: no binding" % obj)

relaxed = {}
for f in doc["findings"]:
    if f["rule"] == "relaxed":
        relaxed[f["object"]] = relaxed.get(f["object"], 0) + 1
        if f["severity"] != severity:
            errors.append("%s: relaxed finding is %r, want %r"
                          % (f["object"], f["severity"], severity))
want_relaxed = {o: 1 for o, (words, _) in want.items() if words}
if relaxed != want_relaxed:
    errors.append("relaxed findings %r, want %r" % (relaxed, want_relaxed))
if severity == "note" and doc["notes"] != len(want_relaxed):
    errors.append("notes %r, want %d" % (doc["notes"], len(want_relaxed)))

for e in errors:
    print(e)
if errors:
    sys.exit(1)
print("ok")
