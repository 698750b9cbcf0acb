#!/usr/bin/env python3
"""Check a linkname JSON Lines report.

usage: check-report.py REPORT UNITS

Every line must be one JSON object; for each unit number 0..UNITS-1 the
report must hold exactly the bindings unit.c makes (pull nanotime_N and
add_N, push twice_N, marker marked_N) and the unexported and internal
warnings of nanotime_N.  Prints what is wrong and exits 1, else prints
"ok N lines".
"""
import json
import sys

def main():
    report, units = sys.argv[1], int(sys.argv[2])
    seen = {}
    errors = []
    with open(report, "rb") as f:
        lines = f.read().split(b"\n")
    if lines[-1] != b"":
        errors.append("the report does not end in a newline")
    lines = lines[:-1]
    for n, raw in enumerate(lines, 1):
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            errors.append("line %d is not JSON: %s: %r" % (n, e, raw[:80]))
            continue
        if obj.get("kind") == "binding":
            for key in ("direction", "local", "target", "symbol", "scheme",
                        "type", "file", "line", "column", "unit"):
                if key not in obj:
                    errors.append("line %d lacks %s" % (n, key))
            key = ("binding", obj.get("local"), obj.get("direction"))
        elif obj.get("kind") == "diagnostic":
            for key in ("class", "severity", "message", "file", "line",
                        "column", "unit"):
                if key not in obj:
                    errors.append("line %d lacks %s" % (n, key))
            key = ("diagnostic", obj.get("class"),
                   obj.get("message", "").split("\u2019")[0])
        else:
            errors.append("line %d has kind %r" % (n, obj.get("kind")))
            continue
        # The unit is the source file compiled, unit.c.
        if not str(obj.get("unit", "")).endswith("unit.c"):
            errors.append("line %d: unit %r is not unit.c"
                          % (n, obj.get("unit")))
        seen[key] = seen.get(key, 0) + 1

    for u in range(units):
        want = [("binding", "nanotime_%d" % u, "pull"),
                ("binding", "add_%d" % u, "pull"),
                ("binding", "twice_%d" % u, "push"),
                ("binding", "marked_%d" % u, "marker")]
        for k in want:
            if seen.get(k) != 1:
                errors.append("unit %d: %r seen %d times" % (u, k,
                                                             seen.get(k, 0)))
    for cls in ("unexported", "internal"):
        count = sum(v for k, v in seen.items()
                    if k[0] == "diagnostic" and k[1] == cls)
        if count != units:
            errors.append("%d %s warnings for %d units" % (count, cls, units))
    expected = units * 6
    if len(lines) != expected:
        errors.append("%d lines, expected %d" % (len(lines), expected))
    for e in errors[:20]:
        print(e)
    if errors:
        return 1
    print("ok %d lines" % len(lines))
    return 0

sys.exit(main())
