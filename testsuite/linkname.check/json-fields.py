# json-fields.py -- check linkname-check --format json output.
#   python3 json-fields.py FILE RULE SEVERITY BINDINGS FILE-SUFFIX LINE [weird]
# FILE's first finding must be of RULE and SEVERITY, at a source file
# ending in FILE-SUFFIX and LINE; the document must list BINDINGS
# bindings, each with its fields.  With "weird", the file name must be
# weird-file.c's, decoded exactly: the quote and the backslash as they
# are, the control byte kept, the byte that is not UTF-8 as U+FFFD.
import json
import sys

path, rule, severity, nbind, suffix, line = sys.argv[1:7]
doc = json.load(open(path, encoding="utf-8"))
assert doc["tool"] == "linkname-check", doc["tool"]
assert isinstance(doc["errors"], int) and isinstance(doc["warnings"], int)
f = doc["findings"][0]
assert f["rule"] == rule, f["rule"]
assert f["severity"] == severity, f["severity"]
assert f["file"].endswith(suffix), f["file"]
if len(sys.argv) > 7 and sys.argv[7] == "weird":
    assert f["file"] == 'we"ird\\name\x01\ufffd.c', repr(f["file"])
assert f["line"] == int(line), f["line"]
for key in ("message", "text", "target", "symbol", "object", "other"):
    assert key in f, key
assert len(doc["bindings"]) == int(nbind), len(doc["bindings"])
for b in doc["bindings"]:
    for key in ("direction", "target", "symbol", "scheme", "local", "type",
                "file", "line", "object"):
        assert key in b, key
print("ok")
