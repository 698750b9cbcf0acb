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
"""run.py -- the benchmarks of issue 7 ("make bench").

Prints one table of ratios, each measured side by side in one run: the
two commands of a row are run interleaved (A B B A A B ...), --runs
times each after a warm-up, and the ratio is the median of the paired
ratios.  Wall time is time.perf_counter around the compiler, peak memory
the max RSS of the compiler's process tree (os.wait4 of the driver,
whose children's usage is folded into it).  With --callgrind, each row
is also measured in instructions executed by cc1 under
valgrind --tool=callgrind (repeatable: no noise), and the plugin's own
functions are listed by inclusive cost.

Rows (only the compiler is measured: gcc -S of the unit):
  (a) the plugin loaded on a unit with no bindings / no plugin  goal <= 1.01
  (b) M bindings by linkname / the same by __asm__ labels       goal <= 1.03
  (c) (b) with a unit twice as large: 2N functions, 2M bindings goal <= 1.03
  (d) linkname-check on K objects / readelf -n on the same      goal <= 1.0
  (e) max RSS of (b) (and of (c))                              goal <= 1.01

The units come from bench/gen.py; the asm labels name the symbols of
symbol-cli (the plugin's own library), and this script checks that the
linkname and asm-label objects have the same symbol tables before it
measures anything.
"""

import argparse
import datetime
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def die(msg):
    sys.exit("bench: " + msg)


def run_measured(cmd, cwd, ok=(0,)):
    """Run CMD (a list); return (seconds, max RSS in KiB).  An exit
    status not in OK is fatal."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    # wait4 gives the rusage of the driver with that of its waited-for
    # children (cc1) folded in: ru_maxrss is the largest of them.
    _, status, ru = os.wait4(p.pid, 0)
    t1 = time.perf_counter()
    err = p.stderr.read()
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in ok:
        die("command failed (%d): %s\n%s" % (p.returncode, " ".join(cmd),
                                             err.decode(errors="replace")))
    return t1 - t0, ru.ru_maxrss


def paired(cmd_a, cmd_b, runs, cwd, ok=(0,)):
    """Interleaved runs of A and B; return lists of times and RSS."""
    run_measured(cmd_a, cwd, ok)         # warm-up: caches, page cache
    run_measured(cmd_b, cwd, ok)
    ta, tb, ma, mb = [], [], [], []
    for i in range(runs):
        order = [(cmd_a, ta, ma), (cmd_b, tb, mb)]
        if i % 2:
            order.reverse()
        for cmd, tl, ml in order:
            t, m = run_measured(cmd, cwd, ok)
            tl.append(t)
            ml.append(m)
    return ta, tb, ma, mb


def ratio_stats(a, b):
    """Median of the paired ratios, and half their interquartile range."""
    r = sorted(x / y for x, y in zip(a, b))
    med = statistics.median(r)
    if len(r) >= 4:
        q = statistics.quantiles(r, n=4)
        noise = (q[2] - q[0]) / 2
    else:
        noise = (r[-1] - r[0]) / 2
    return med, noise


def cc1_command(cc, args, cwd):
    """The cc1 command line the driver CC would run for ARGS."""
    res = subprocess.run([cc, "-###"] + args, cwd=cwd, stderr=subprocess.PIPE,
                         stdout=subprocess.DEVNULL, universal_newlines=True)
    for line in res.stderr.splitlines():
        words = shlex.split(line)
        if words and os.path.basename(words[0]) in ("cc1", "cc1plus"):
            return words
    die("no cc1 in: %s -### %s" % (cc, " ".join(args)))


def callgrind(cc, args, cwd, out):
    """Instructions executed by cc1 for CC ARGS, under callgrind."""
    cmd = cc1_command(cc, args, cwd)
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" +
                    out] + cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    with open(os.path.join(cwd, out)) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    die("no totals in " + out)


def plugin_hot_spots(cwd, out, plugin, top=10):
    """The plugin's functions by inclusive Ir, from callgrind_annotate."""
    if not shutil.which("callgrind_annotate"):
        return []
    res = subprocess.run(["callgrind_annotate", "--inclusive=yes",
                          "--threshold=100", os.path.join(cwd, out)],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         universal_newlines=True)
    base = os.path.basename(plugin)
    rows = []
    for line in res.stdout.splitlines():
        m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)$", line)
        if not m or base not in line:
            continue
        rows.append((int(m.group(1).replace(",", "")), m.group(2).strip()))
    rows.sort(reverse=True)
    return rows[:top]


def nm_names(obj, cwd):
    res = subprocess.run(["nm", obj], cwd=cwd, stdout=subprocess.PIPE,
                         universal_newlines=True, check=True)
    return sorted(l.split()[-1] + " " + l.split()[-2]
                  for l in res.stdout.splitlines() if l.strip())


def gcc_version(cc):
    return subprocess.run([cc, "--version"], stdout=subprocess.PIPE,
                          universal_newlines=True).stdout.splitlines()[0]


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def verdict(value, noise, goal):
    if value <= goal:
        return "met"
    if value - noise <= goal:
        return "within noise"
    return "MISSED"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--symbol-cli", required=True)
    ap.add_argument("--checker", default="",
                    help="linkname-check (row (d) is n/a without it)")
    ap.add_argument("--functions", type=int, default=500)
    ap.add_argument("--bindings", type=int, default=1000)
    ap.add_argument("--objects", type=int, default=400,
                    help="objects for row (d)")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--levels", default="-O0,-O2")
    ap.add_argument("--callgrind", default="-O0",
                    help="levels to count instructions at (default -O0; "
                    "\"\" for none, -O0,-O2 for both: 20 minutes here)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workdir", default="bench-out")
    args = ap.parse_args()

    for p in (args.plugin, args.symbol_cli):
        if not os.path.exists(p):
            die("%s does not exist (build first: make all, make -C lib "
                "tests/symbol-cli)" % p)
    plugin = os.path.abspath(args.plugin)
    cc = args.cc
    wd = os.path.abspath(args.workdir)
    os.makedirs(wd, exist_ok=True)
    levels = [l for l in args.levels.split(",") if l]
    cg_levels = [l for l in args.callgrind.split(",") if l]
    if cg_levels and not shutil.which("valgrind"):
        print("bench: no valgrind: no instruction counts", file=sys.stderr)
        cg_levels = []
    gen = [sys.executable, os.path.join(HERE, "gen.py"), "--symbol-cli",
           os.path.abspath(args.symbol_cli)]

    n, m = args.functions, args.bindings
    units = {"M": ("unit-m.c", n, m), "2M": ("unit-2m.c", 2 * n, 2 * m)}
    for name, (path, fn, bn) in units.items():
        subprocess.run(gen + ["--seed", str(args.seed), "--functions",
                              str(fn), "--bindings", str(bn), "-o",
                              os.path.join(wd, path)], check=True)

    base = [cc, "-w", "-S"]
    ln = ["-fplugin=" + plugin, "-DLN_MODE=1"]

    # The asm labels must name exactly the plugin's symbols.
    for name, (path, _, _) in units.items():
        subprocess.run([cc, "-w", "-c", "-O0", "-fplugin=" + plugin,
                        "-DLN_MODE=1", path, "-o", "sym-ln.o"], cwd=wd,
                       check=True)
        subprocess.run([cc, "-w", "-c", "-O0", "-DLN_MODE=2", path, "-o",
                        "sym-asm.o"], cwd=wd, check=True)
        if nm_names("sym-ln.o", wd) != nm_names("sym-asm.o", wd):
            die("%s: the linkname and asm-label objects have different "
                "symbols: the asm labels are not the plugin's symbols" % path)

    rows = []          # (id, what, {level: (ratio, noise, ir_ratio)}, goal)
    rss = {}
    hot = []
    for rid, what, unit, a_flags, b_flags in [
            ("a", "plugin loaded, no bindings / no plugin", "M",
             ["-fplugin=" + plugin, "-DLN_MODE=0"], ["-DLN_MODE=0"]),
            ("b", "%d bindings: linkname / __asm__ labels" % m, "M",
             ln, ["-DLN_MODE=2"]),
            ("c", "%d bindings (2x unit): linkname / __asm__ labels" % (2 * m),
             "2M", ln, ["-DLN_MODE=2"])]:
        path = units[unit][0]
        cells = {}
        for lvl in levels:
            ca = base + [lvl] + a_flags + [path, "-o", "a.s"]
            cb = base + [lvl] + b_flags + [path, "-o", "b.s"]
            ta, tb, ma, mb = paired(ca, cb, args.runs, wd)
            r, noise = ratio_stats(ta, tb)
            ir = None
            if lvl in cg_levels:
                out_a = "cg-%s%s-a.out" % (rid, lvl)
                ia = callgrind(cc, ["-w", "-S", lvl] + a_flags +
                               [path, "-o", "a.s"], wd, out_a)
                ib = callgrind(cc, ["-w", "-S", lvl] + b_flags +
                               [path, "-o", "b.s"], wd,
                               "cg-%s%s-b.out" % (rid, lvl))
                ir = (ia / ib, ia - ib)
                if rid in ("b", "c"):
                    hot.append(("(%s) %s" % (rid, lvl),
                                plugin_hot_spots(wd, out_a, plugin)))
            cells[lvl] = (r, noise, ir, statistics.median(ta),
                          statistics.median(tb))
            if True:
                rss[(rid, lvl)] = ratio_stats(ma, mb) + (
                    statistics.median(ma), statistics.median(mb))
        rows.append((rid, what, cells, 1.03 if rid != "a" else 1.01))

    # (d) linkname-check / readelf -n on many objects.
    check = None
    if args.checker and os.access(args.checker, os.X_OK):
        objdir = os.path.join(wd, "objects")
        os.makedirs(objdir, exist_ok=True)
        objs = []
        for i in range(args.objects):
            obj = os.path.join(objdir, "o%d.o" % i)
            objs.append(obj)
            if os.path.exists(obj):
                continue
            src = os.path.join(objdir, "o%d.c" % i)
            subprocess.run(gen + ["--seed", str(1000 + i), "--functions", "10",
                                  "--bindings", "40", "-o", src], check=True)
            subprocess.run([cc, "-w", "-c", "-O0", "-fplugin=" + plugin,
                            "-DLN_MODE=1", src, "-o", obj], check=True)
        ca = [os.path.abspath(args.checker)] + objs
        cb = ["readelf", "-n"] + objs
        # linkname-check exits 1 when it finds violations (handshake
        # warnings about the standard library pulls of the units).
        ta, tb, _, _ = paired(ca, cb, args.runs, wd, ok=(0, 1))
        check = ratio_stats(ta, tb) + (statistics.median(ta),
                                       statistics.median(tb))

    # The table.
    lines = []
    w = lines.append
    print("Verdicts: on the instruction count (Ir) where there is one, else "
          "on the median wall-time ratio, \"within noise\" if it misses the "
          "goal by less than half the interquartile range of the ratios.\n")
    hdr = "| row | ratio | " + " | ".join(
        "%s wall (noise) | %s Ir" % (l, l) for l in levels) + " | goal | verdict |"
    w(hdr)
    w("|" + "---|" * (hdr.count("|") - 1))
    for rid, what, cells, goal in rows:
        worst = "met"
        cols = []
        for lvl in levels:
            r, noise, ir, _, _ = cells[lvl]
            # The instruction count, when there is one, decides: it is
            # exact, while wall time on a shared machine is not.
            if ir is not None:
                v = "met" if ir[0] <= goal else "MISSED (%s)" % lvl
            else:
                v = verdict(r, noise, goal)
                if v != "met":
                    v += " (%s)" % lvl
            if v != "met" and not worst.startswith("MISSED"):
                worst = v
            elif v.startswith("MISSED") and worst.startswith("MISSED"):
                worst += ", " + lvl
            cols.append("%.3f (±%.3f)" % (r, noise))
            cols.append("%.4f" % ir[0] if ir else "-")
        w("| (%s) | %s | %s | <= %.2f | %s |" % (rid, what, " | ".join(cols),
                                                goal, worst))
    if check is not None:
        r, noise, tmed, rmed = check
        w("| (d) | linkname-check / readelf -n, %d objects | %.3f (±%.3f) | - |"
          % (args.objects, r, noise) + " - | - |" * (len(levels) - 1) +
          " <= 1.00 | %s |" % verdict(r, noise, 1.0))
    else:
        w("| (d) | linkname-check / readelf -n | n/a (linkname-check not built) |"
          + " - |" * (2 * len(levels) - 1) + " <= 1.00 | n/a |")
    for rid, unit in (("b", "M"), ("c", "2M")):
        cols = []
        worst = "met"
        for lvl in levels:
            r, noise, _, _ = rss[(rid, lvl)]
            v = verdict(r, noise, 1.01)
            if v != "met":
                v += " (%s)" % lvl
            if v != "met" and not worst.startswith("MISSED"):
                worst = v
            elif v.startswith("MISSED") and worst.startswith("MISSED"):
                worst += ", " + lvl
            cols.append("%.3f (±%.3f)" % (r, noise))
            cols.append("-")
        w("| (e) | max RSS of (%s): linkname / __asm__ labels | %s | <= 1.01 | %s |"
          % (rid, " | ".join(cols), worst))

    print("\n".join(lines))
    print()
    print("Absolute medians (seconds; KiB):")
    for rid, what, cells, goal in rows:
        for lvl in levels:
            r, noise, ir, tam, tbm = cells[lvl]
            extra = ""
            if ir:
                extra = ", +%d Ir (%.0f Ir per binding)" % (
                    ir[1], ir[1] / (m if rid == "b" else 2 * m)) \
                    if rid in ("b", "c") else ", +%d Ir" % ir[1]
            print("  (%s) %s: %.3f s / %.3f s%s" % (rid, lvl, tam, tbm, extra))
    for (rid, lvl), (r, noise, mam, mbm) in sorted(rss.items()):
        print("  max RSS of (%s) %s: %d KiB / %d KiB (%.3f)" % (rid, lvl, mam,
                                                          mbm, r))
    if check is not None:
        print("  (d): %.3f s / %.3f s" % (check[2], check[3]))
    for label, spots in hot:
        if spots:
            print("\nThe plugin's functions by inclusive Ir in cc1, %s:" % label)
            for ir, fn in spots:
                print("  %14d  %s" % (ir, fn))
    print()
    print("Machine: %d CPUs, %s; %s; %s" % (os.cpu_count(), cpu_model(),
                                            gcc_version(cc),
                                            datetime.date.today().isoformat()))
    print("Units: bench/gen.py --seed %d: (a), (b) %d functions, %d bindings; "
          "(c) %d functions, %d bindings; %d runs each, interleaved, after a "
          "warm-up; compiles are gcc -w -S." % (args.seed, n, m, 2 * n, 2 * m,
                                                args.runs))


if __name__ == "__main__":
    main()
