/* Copyright (C) 2026 The linkname authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   This file is part of linkname.  linkname is free software: you can
   redistribute it and/or modify it under the terms of the GNU General
   Public License as published by the Free Software Foundation, either
   version 3 of the License, or (at your option) any later version.
   linkname is distributed in the hope that it will be useful, but
   WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
   General Public License (the file COPYING) for more details.  */

/* hello.c -- the C side of the go-calls-c example: Go package
   example.com/hello-c, written in C.

   The pragma says which Go package this unit implements.  Each
   definition marked __attribute__ ((linkname)), with no target, is a
   push marker: it is emitted under its Go name in that package, in
   gccgo's spelling, so Fib becomes the symbol example_0com_1hello_x2dc.Fib
   ('.' is _0, '/' is _1, '-' is _x2d), which main.go calls.  The C names
   Fib and Greet are not symbols at all.  */

#pragma linkname package example.com/hello-c

#include <stdint.h>
#include <stdio.h>

/* A Go string as gccgo passes it: a pointer and a length.  gccgo uses
   the C calling convention, so a C function taking this structure by
   value receives a Go string argument.  */
struct go_string
{
  const char *p;
  intptr_t n;
};

/* func Fib(n int64) int64 */
__attribute__ ((linkname)) int64_t
Fib (int64_t n)
{
  int64_t a = 0, b = 1;
  while (n-- > 0)
    {
      int64_t t = a + b;
      a = b;
      b = t;
    }
  return a;
}

/* func Greet(who string) int64: prints a line, returns its length.  */
__attribute__ ((linkname)) int64_t
Greet (struct go_string who)
{
  int n = printf ("hello, %.*s, from C\n", (int) who.n, who.p);
  fflush (stdout);		/* Go writes to the same stdout, unbuffered.  */
  return n;
}
