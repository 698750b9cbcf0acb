# linkname.gosig: the JSON report of linkname-check has a finding
# RULE:SEVERITY:LOCAL for each argument after the file, and each of
# them names its binding.
import json
import sys

with open(sys.argv[1]) as f:
    report = json.load(f)
status = 0
for want in sys.argv[2:]:
    rule, severity, local = want.split(":")
    found = [x for x in report["findings"]
             if x["rule"] == rule and x["severity"] == severity
             and "'%s'" % local in x["message"]]
    if len(found) != 1:
        print("want one finding %s, got %d" % (want, len(found)))
        status = 1
sys.exit(status)
