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
"""gen.py -- generate a large C unit with linkname bindings, for the
benchmarks (bench/run.py) and the code generation tests
(testsuite/linkname.codegen).

One generated file holds three variants of the same unit, chosen with
-DLN_MODE=N when it is compiled:

  LN_MODE=0  no bindings at all: every bound declaration keeps its C name
  LN_MODE=1  the bindings by linkname (attributes and #pragma linkname,
             which need the plugin)
  LN_MODE=2  the same bindings by __asm__ labels naming the very symbols
             the plugin computes, and __attribute__((used)) on pushed
             definitions (a push is always emitted, SPEC section 1)

The unit: N functions of realistic shape (loops, branches, structs,
calls to each other and to the bound functions, loads and stores of the
bound variables) and M bindings to realistic Go targets
(github.com/org/repo/internal/pkg.Name, golang.org/x/sys/unix.Syscall,
gopkg.in/yaml%2ev3.Marshal, methods "pkg.(*T).M", ...): pulls of
functions and variables, pushes of functions and variables, by attribute
and by pragma.  The same --seed gives the same file.

The symbols of the asm labels come from symbol-cli (lib/tests/symbol-cli,
built by "make check" or "make -C lib tests/symbol-cli"), the library
the plugin itself calls; run.py also checks that the objects of
LN_MODE=1 and LN_MODE=2 define and reference the same symbols.

Usage: gen.py [--seed S] [--functions N] [--bindings M]
              [--pragma-share F] [--push-share F]
              [--symbol-cli PATH] [-o FILE]
"""

import argparse
import os
import random
import subprocess
import sys

ORGS = ["acme", "hashicorp", "prometheus", "grafana", "cilium", "etcd-io",
        "containerd", "kubernetes", "golang", "uber-go", "spf13", "sirupsen",
        "cockroachdb", "minio", "traefik", "dgraph-io", "go-kit", "segmentio"]
REPOS = ["consul", "vault", "client_golang", "loki", "ebpf", "bbolt", "cri",
         "apimachinery", "protobuf", "zap", "cobra", "logrus", "pebble",
         "minio-go", "yaegi", "badger", "kit", "kafka-go", "go-plugin"]
PKGS = ["pkg", "cache", "codec", "wire", "store", "raft", "metrics", "trace",
        "sched", "netutil", "bufpool", "fsutil", "atomicx", "syncx", "hash",
        "parse", "lex", "token", "log", "auth", "backoff", "ring", "shard"]
NOUNS = ["Buffer", "Writer", "Reader", "Conn", "Pool", "Cache", "Table",
         "Batch", "Index", "Token", "Encoder", "Decoder", "Client", "Server",
         "Store", "Snapshot", "Entry", "Ticket", "Record", "Span"]
VERBS = ["Get", "Put", "Read", "Write", "Open", "Close", "Flush", "Sync",
         "Load", "Store", "Swap", "Marshal", "Unmarshal", "Encode", "Decode",
         "Hash", "Sum", "Len", "Reset", "Grow", "Scan", "Next", "Apply"]

# Fixed realistic targets, mixed in among the generated ones.
FIXED = [
    "golang.org/x/sys/unix.Syscall", "golang.org/x/sys/unix.RawSyscall6",
    "golang.org/x/sys/unix.Getpagesize", "gopkg.in/yaml%2ev3.Marshal",
    "gopkg.in/yaml%2ev3.Unmarshal", "gopkg.in/check%2ev1.Suite",
    "google.golang.org/protobuf/proto.Size", "go.uber.org/zap.(*Logger).Info",
    "k8s.io/client-go/kubernetes.NewForConfig", "example.com/foo-bar/v2.Baz",
    "runtime.nanotime", "runtime.fastrand", "sync/atomic.AddInt64",
    "internal/poll.(*FD).Read", "net/http.(*Server).Serve", "os.Getenv",
    "time.Now", "math/bits.LeadingZeros64", "crypto/sha256.Sum256",
    "strconv.AppendInt", "bytes.(*Buffer).WriteString", "sort.Ints",
]

FUNC_TYPES = [
    # (return type, parameter list, a call expression template)
    ("long", "long, long", "{f}(x + {k}, y)"),
    ("long", "long, long, long", "{f}(x, y, {k})"),
    ("int", "const char *, int", "(long) {f}(buf, (int) x)"),
    ("double", "double", "(long) {f}((double) x * 0.5)"),
    ("unsigned long", "const void *, unsigned long", "(long) {f}(&s, sizeof s)"),
    ("long", "struct ln_pair *", "{f}(&p)"),
]
VAR_TYPES = [
    ("long", "", "{v}"),
    ("int", "[16]", "{v}[x & 15]"),
    ("struct ln_pair", "", "{v}.a"),
    ("double", "", "(long) {v}"),
]


class Target:
    def __init__(self, text, kind, decl, use, push, pragma, local):
        self.text = text        # the linkname target
        self.kind = kind        # "func" or "var"
        self.decl = decl        # (type, params or array suffix)
        self.use = use          # expression template using the local
        self.push = push
        self.pragma = pragma
        self.local = local
        self.symbol = None


def go_targets(rng, count):
    """COUNT distinct realistic Go targets."""
    seen = set()
    fixed = list(FIXED)
    rng.shuffle(fixed)
    out = []
    while len(out) < count:
        if fixed and rng.random() < 0.15:
            t = fixed.pop()
        else:
            org, repo = rng.choice(ORGS), rng.choice(REPOS)
            kind = rng.random()
            if kind < 0.35:
                path = "github.com/%s/%s/internal/%s" % (org, repo,
                                                        rng.choice(PKGS))
            elif kind < 0.6:
                path = "github.com/%s/%s/pkg/%s" % (org, repo,
                                                   rng.choice(PKGS))
            elif kind < 0.7:
                path = "github.com/%s/%s/v%d" % (org, repo, rng.randint(2, 5))
            elif kind < 0.8:
                path = "gopkg.in/%s%%2ev%d" % (repo, rng.randint(1, 3))
            elif kind < 0.9:
                path = "go.%s.org/%s/%s" % (org, repo, rng.choice(PKGS))
            else:
                path = "golang.org/x/%s/%s" % (rng.choice(["sys", "net",
                                                           "crypto", "sync"]),
                                               rng.choice(PKGS))
            m = rng.random()
            noun, verb = rng.choice(NOUNS), rng.choice(VERBS)
            if m < 0.55:
                name = verb + noun
            elif m < 0.75:
                name = "(*%s).%s" % (noun, verb)
            elif m < 0.9:
                name = "%s.%s" % (noun, verb)
            else:
                name = verb.lower() + noun      # unexported
            t = "%s.%s" % (path, name)
        if t in seen:
            continue
        seen.add(t)
        out.append(t)
    return out


def symbols(symbol_cli, targets):
    """The gccgo symbols of TARGETS, from symbol-cli."""
    out = []
    # Many targets per call, but stay far below ARG_MAX.
    for i in range(0, len(targets), 500):
        chunk = targets[i:i + 500]
        res = subprocess.run([symbol_cli, "gccgo"] + chunk, check=True,
                             stdout=subprocess.PIPE, universal_newlines=True)
        lines = res.stdout.split("\n")[:len(chunk)]
        out.extend(lines)
    return out


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(args):
    rng = random.Random(args.seed)
    n, m = args.functions, args.bindings
    texts = go_targets(rng, m)
    targets = []
    for i, text in enumerate(texts):
        is_func = rng.random() < 0.7
        push = rng.random() < args.push_share
        pragma = rng.random() < args.pragma_share
        local = "ln_%s%d" % ("f" if is_func else "v", i)
        if is_func:
            ty = rng.choice(FUNC_TYPES)
            t = Target(text, "func", (ty[0], ty[1]), ty[2], push, pragma, local)
        else:
            ty = rng.choice(VAR_TYPES)
            t = Target(text, "var", (ty[0], ty[1]), ty[2], push, pragma, local)
        targets.append(t)
    for t, sym in zip(targets, symbols(args.symbol_cli, texts)):
        t.symbol = sym

    out = []
    w = out.append
    w("/* Generated by bench/gen.py --seed %d --functions %d --bindings %d "
      "--pragma-share %g --push-share %g: do not edit.\n"
      "   -DLN_MODE=0: no bindings; 1: linkname (needs the plugin); "
      "2: __asm__ labels.  */\n" % (args.seed, n, m, args.pragma_share,
                                     args.push_share))
    w("""
#ifndef LN_MODE
# define LN_MODE 1
#endif
#if LN_MODE == 1
# define LN(target, symbol) __attribute__ ((linkname (target)))
# define LN_ASM(symbol)
# define LN_PUSHED
#elif LN_MODE == 2
# define LN(target, symbol) __asm__ (symbol)
# define LN_ASM(symbol) __asm__ (symbol)
# define LN_PUSHED __attribute__ ((used))
#else
# define LN(target, symbol)
# define LN_ASM(symbol)
# define LN_PUSHED
#endif

struct ln_pair { long a, b; char tag[16]; };
""")
    # Declarations of the bound entities.
    for t in targets:
        ty, rest = t.decl
        sym = c_string(t.symbol)
        bind = "LN_ASM (%s)" % sym if t.pragma else \
            "LN (%s, %s)" % (c_string(t.text), sym)
        if t.kind == "func":
            w("%s%s %s (%s) %s;\n" % ("" if t.push else "extern ", ty,
                                       t.local, rest, bind))
        elif t.push:
            w("%s %s%s %s;\n" % (ty, t.local, rest, bind))
        else:
            w("extern %s %s%s %s;\n" % (ty, t.local, rest, bind))
        if t.pragma:
            # The C lexer misreads "%2ev3" (a bad number): such a
            # target is written as a string literal.
            text = c_string(t.text) if "%" in t.text else t.text
            w("#if LN_MODE == 1\n#pragma linkname %s %s\n#endif\n"
              % (t.local, text))

    pulls_f = [t for t in targets if t.kind == "func" and not t.push]
    vars_ = [t for t in targets if t.kind == "var"]
    pushes = [t for t in targets if t.push]

    # Definitions of the pushed entities.
    w("\n")
    for t in pushes:
        ty, rest = t.decl
        if t.kind == "var":
            init = {"long": "= %d" % rng.randint(1, 999),
                    "int": "= { %d }" % rng.randint(1, 99),
                    "struct ln_pair": "= { %d, 2, \"x\" }" % rng.randint(1, 9),
                    "double": "= %d.5" % rng.randint(1, 99)}[ty]
            w("LN_PUSHED %s %s%s %s;\n" % (ty, t.local, rest, init))
            continue
        params = [p.strip() for p in rest.split(",")]
        names = ["a%d" % i for i in range(len(params))]
        plist = ", ".join(
            "%s %s" % (p, nm) if not p.endswith("*") else "%s%s" % (p, nm)
            for p, nm in zip(params, names))
        w("LN_PUSHED %s\n%s (%s)\n{\n" % (ty, t.local, plist))
        if ty == "double":
            w("  return a0 * 1.5 + %d;\n}\n" % rng.randint(1, 9))
        elif params[0] == "struct ln_pair *":
            w("  return a0->a * %d + a0->b;\n}\n" % rng.randint(2, 9))
        elif params[0] == "const char *":
            w("  int h = %d;\n  for (int i = 0; i < a1; i++)\n"
              "    h = h * 31 + a0[i];\n  return h;\n}\n" % rng.randint(1, 99))
        elif params[0] == "const void *":
            w("  const unsigned char *p = a0;\n  unsigned long s = 0;\n"
              "  for (unsigned long i = 0; i < a1; i++)\n"
              "    s += p[i] << (i & 7);\n  return s;\n}\n")
        else:
            w("  long r = a0 ^ (a1 << %d);\n  if (r < 0)\n    r = -r;\n"
              "  return r %% %d;\n}\n" % (rng.randint(1, 7), rng.randint(3, 97)))

    # The unit's own functions.
    w("\n")
    for i in range(n):
        w("%slong\nunit_fn%d (long x, long y)\n{\n"
          % ("static " if i % 3 == 2 else "", i))
        w("  struct ln_pair p = { x, y, \"pair\" };\n")
        w("  struct ln_pair s = p;\n")
        w("  char buf[32] = \"%d\";\n" % i)
        w("  long acc = %d;\n" % rng.randint(0, 1000))
        w("  (void) buf; (void) s;\n")
        for _ in range(rng.randint(3, 7)):
            r = rng.random()
            if r < 0.3 and pulls_f:
                t = rng.choice(pulls_f)
                w("  acc += %s;\n" % t.use.format(f=t.local,
                                                  k=rng.randint(1, 9)))
            elif r < 0.45 and vars_:
                t = rng.choice(vars_)
                w("  acc ^= %s;\n" % t.use.format(v=t.local))
            elif r < 0.55 and vars_:
                t = rng.choice(vars_)
                if t.decl[0] == "long":
                    w("  %s = acc + x;\n" % t.local)
                elif t.decl[1] == "[16]":
                    w("  %s[y & 15] = (int) acc;\n" % t.local)
                else:
                    w("  acc += (long) &%s;\n" % t.local)
            elif r < 0.65 and pushes:
                t = rng.choice(pushes)
                if t.kind == "func":
                    w("  acc += %s;\n" % t.use.format(f=t.local,
                                                      k=rng.randint(1, 9)))
                else:
                    w("  acc -= %s;\n" % t.use.format(v=t.local))
            elif r < 0.8 and i > 0:
                j = rng.randrange(i)
                w("  if (acc & %d)\n    acc += unit_fn%d (acc, y - %d);\n"
                  % (1 << rng.randint(0, 5), j, rng.randint(1, 5)))
            elif r < 0.9:
                w("  for (long k = 0; k < (x & %d); k++)\n"
                  "    acc = acc * %d + (k ^ y);\n"
                  % (rng.choice([7, 15, 31]), rng.randint(3, 17)))
            else:
                w("  switch (acc & 3)\n    {\n    case 0: acc += x; break;\n"
                  "    case 1: acc -= y; break;\n    case 2: acc *= %d; break;\n"
                  "    default: acc = ~acc;\n    }\n" % rng.randint(2, 9))
        w("  return acc;\n}\n\n")

    # Keep the static functions and take the address of a few pulls, so
    # that every form of use is there.
    w("long (*const unit_table[]) (long, long) = {\n")
    for i in range(2, n, 3):
        w("  unit_fn%d,\n" % i)
    w("  0\n};\n")
    addr = [t for t in pulls_f if t.decl[1] == "long, long"][:8]
    if addr:
        w("long (*const unit_pulls[]) (long, long) = { %s };\n"
          % ", ".join(t.local for t in addr))
    return "".join(out)


def default_symbol_cli():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(os.path.dirname(here), "lib", "tests", "symbol-cli")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--functions", type=int, default=100)
    ap.add_argument("--bindings", type=int, default=50)
    ap.add_argument("--pragma-share", type=float, default=0.25,
                    help="share of the bindings made by #pragma linkname")
    ap.add_argument("--push-share", type=float, default=0.2,
                    help="share of the bindings that are pushes")
    ap.add_argument("--symbol-cli", default=default_symbol_cli())
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args()
    if not os.access(args.symbol_cli, os.X_OK):
        sys.exit("gen.py: %s is not built (make check, or make -C lib "
                 "tests/symbol-cli)" % args.symbol_cli)
    text = generate(args)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
