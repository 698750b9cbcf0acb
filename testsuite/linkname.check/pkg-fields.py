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
# pkg-fields.py -- the name of a file inside a package in linkname-check's
# JSON or SARIF output.
#   python3 pkg-fields.py FILE json|sarif OBJECT
# The first finding must be of the file OBJECT ("x.deb:/usr/bin/prog"):
# in JSON its "object" field and its text; in SARIF its message, its
# "object" property and its analysis target, whose URI must be OBJECT
# percent-encoded (RFC 3986: the ':' too, so that "x.deb" does not read
# as a URI scheme) and decode back to OBJECT.
import json
import sys
import urllib.parse

path, kind, obj = sys.argv[1:4]
doc = json.load(open(path, encoding="utf-8"))
if kind == "json":
    f = doc["findings"][0]
    assert f["object"] == obj, f["object"]
    assert f["text"].startswith(obj + ": "), f["text"]
    assert all(b["object"] == obj for b in doc["bindings"]), doc["bindings"]
else:
    r = doc["runs"][0]["results"][0]
    assert r["properties"]["object"] == obj, r["properties"]
    assert r["message"]["text"].startswith(obj + ": "), r["message"]
    uri = r["analysisTarget"]["uri"]
    assert uri == urllib.parse.quote(obj, safe="/"), uri
    assert ":" not in uri, uri
    assert urllib.parse.unquote(uri) == obj, uri
print("ok")
