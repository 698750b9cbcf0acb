#!/usr/bin/env python3
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
"""gen-headers.py -- linkname-gen over the whole standard library
("make bench-gen", and the last part of "make bench").

Rows:
  (f) one run: libgo.so's every package (229 for gccgo 12) into one
      header                                                goal < 1 s
  (g) one run per package of the standard library's .gox files, each
      into its own header (process start included)          reported
Each is run --runs times after a warm-up; the median wall time is given,
with the size of what was written.  The standard library is found as
configure finds it: GCCGO -print-file-name=go/MAJOR/TRIPLET.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time


def die(msg):
    sys.exit("bench-gen: " + msg)


def output(cmd):
    return subprocess.run(cmd, check=True, capture_output=True,
                          text=True).stdout.strip()


def timed(cmds):
    """Run each command of CMDS (lists) in turn; return the wall time."""
    t0 = time.perf_counter()
    for cmd in cmds:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        if p.returncode != 0:
            die("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd),
                                         p.stderr.decode(errors="replace")))
    return time.perf_counter() - t0


def median_time(cmds, runs):
    timed(cmds)                         # warm-up: the page cache
    return statistics.median(timed(cmds) for _ in range(runs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gen", required=True, help="linkname-gen")
    ap.add_argument("--gccgo", default="gccgo-12")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--workdir", default="bench-out/gen")
    ap.add_argument("--keep", action="store_true",
                    help="keep the headers (removed by default: C files"
                    " left in the tree would pass for sources)")
    args = ap.parse_args()

    major = output([args.gccgo, "-dumpversion"]).split(".")[0]
    triplet = output([args.gccgo, "-dumpmachine"])
    std = output([args.gccgo, "-print-file-name=go/%s/%s" % (major, triplet)])
    lib = os.path.realpath(output([args.gccgo, "-print-file-name=libgo.so"]))
    if not os.path.isdir(std) or not os.path.isfile(lib):
        die("%s has no standard library (%s) or libgo.so" % (args.gccgo, std))
    pkgs = sorted(os.path.relpath(os.path.join(d, f), std)[:-4]
                  for d, _, fs in os.walk(std) for f in fs
                  if f.endswith(".gox"))
    os.makedirs(args.workdir, exist_ok=True)
    out = os.path.join(args.workdir, "libgo.h")

    one = median_time([[args.gen, "-o", out, lib]], args.runs)
    with open(out) as f:
        text = f.read()
    n_lib = text.count("#ifndef LINKNAME_GO_PACKAGE_")
    size = len(text)

    each = [[args.gen, "-o",
             os.path.join(args.workdir, "go-%s.h" % p.replace("/", "_")), p]
            for p in pkgs]
    per = median_time(each, args.runs)
    per_size = sum(os.path.getsize(c[2]) for c in each)

    print("linkname-gen: %s; gccgo %s (%s); %d runs each, median wall time"
          % (args.gen, major, triplet, args.runs))
    print()
    print("| row | what | wall | written | goal | verdict |")
    print("|---|---|---|---|---|---|")
    print("| (f) | libgo.so, %d packages, one header | %.3f s | %.1f MB "
          "| < 1 s | %s |" % (n_lib, one, size / 1e6,
                               "met" if one < 1.0 else "MISSED"))
    print("| (g) | %d .gox files, one run and header each | %.3f s "
          "(%.1f ms a run) | %.1f MB | - | - |"
          % (len(pkgs), per, 1000 * per / len(pkgs), per_size / 1e6))
    if not args.keep:
        shutil.rmtree(args.workdir)
    return 0 if one < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
