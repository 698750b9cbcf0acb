#!/usr/bin/env python3
"""Check the report of marker.c: one binding, a marker with the
package's target and symbol.  usage: check-marker.py REPORT"""
import json
import sys

lines = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
bindings = [b for b in lines if b["kind"] == "binding"]
want = {"direction": "marker", "local": "Marked",
        "target": "example.com/p-kg.Marked",
        "symbol": "example_0com_1p_x2dkg.Marked"}
if len(bindings) != 1:
    sys.exit("expected one binding, got %r" % bindings)
for key, value in want.items():
    if bindings[0].get(key) != value:
        sys.exit("%s is %r, expected %r" % (key, bindings[0].get(key), value))
print("ok")
