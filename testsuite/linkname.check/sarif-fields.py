# sarif-fields.py -- check linkname-check --format sarif output.
#   python3 sarif-fields.py FILE RULE LEVEL URI-SUFFIX LINE [RELATED-SUFFIX]
#   python3 sarif-fields.py FILE RULE LEVEL URI-SUFFIX LINE relaxed
#           RELAXED-LEVEL OBJECT...
# The log must be SARIF 2.1.0 from the driver "linkname-check" with a
# rule for each class of finding; its first result must be of RULE and
# LEVEL, located at a URI ending in URI-SUFFIX, line LINE.
import json
import sys

path, rule, level, suffix, line = sys.argv[1:6]
doc = json.load(open(path, encoding="utf-8"))
assert doc["version"] == "2.1.0", doc["version"]
run = doc["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "linkname-check", driver["name"]
ids = [r["id"] for r in driver["rules"]]
want = ["linkname-" + c for c in
        ("blocked", "policy", "handshake", "signature", "duplicate",
         "relaxed", "go-signature")]
assert ids == want, ids
r = run["results"][0]
assert r["ruleId"] == "linkname-" + rule, r["ruleId"]
assert ids[r["ruleIndex"]] == r["ruleId"], r["ruleIndex"]
assert r["level"] == level, r["level"]
assert r["message"]["text"], r["message"]
loc = r["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"].endswith(suffix), loc
assert loc["region"]["startLine"] == int(line), loc
if len(sys.argv) > 6 and sys.argv[6] != "relaxed":
    rel = r["relatedLocations"][0]["physicalLocation"]
    assert rel["artifactLocation"]["uri"].endswith(sys.argv[6]), rel
# With "relaxed": the results of rule relaxed are at level "note" (or
# "error" under --strict: the level asked for), one for each object
# named after it, and every result says which tools made its record.
if len(sys.argv) > 7 and sys.argv[6] == "relaxed":
    got = sorted(x["properties"]["object"] for x in run["results"]
                 if x["ruleId"] == "linkname-relaxed"
                 and x["level"] == sys.argv[7])
    assert got == sorted(sys.argv[8:]), got
    for x in run["results"]:
        assert "gccVersion" in x["properties"], x["properties"]
        assert "linknameVersion" in x["properties"], x["properties"]
print("ok")
