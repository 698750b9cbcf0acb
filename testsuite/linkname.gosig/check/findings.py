# linkname.gosig: the JSON report of linkname-check has a finding
# RULE:SEVERITY:LOCAL for each such argument after the file, and each of
# them names its binding; for each argument layout:LOCAL:SUFFIX, the
# binding pulled as LOCAL carries a layout (go-layout.h's text form)
# that ends in SUFFIX.
import json
import sys

with open(sys.argv[1]) as f:
    report = json.load(f)
status = 0
for want in sys.argv[2:]:
    if want.startswith("layout:"):
        _, local, suffix = want.split(":", 2)
        layouts = [b["layout"] for b in report["bindings"]
                   if b["local"] == local]
        if len(layouts) != 1 or layouts[0] is None \
           or not layouts[0].startswith("L1") \
           or not layouts[0].endswith(suffix):
            print("want one binding %s with a layout ending in %s, got %r"
                  % (local, suffix, layouts))
            status = 1
        continue
    rule, severity, local = want.split(":")
    found = [x for x in report["findings"]
             if x["rule"] == rule and x["severity"] == severity
             and "'%s'" % local in x["message"]]
    if len(found) != 1:
        print("want one finding %s, got %d" % (want, len(found)))
        status = 1
sys.exit(status)
