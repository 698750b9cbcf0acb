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

/* nanotime.c -- the first example of Go's //go:linkname, in C.

   Go's runtime has a monotonic clock, runtime.nanotime, that package
   time reaches with

       //go:linkname nanotime runtime.nanotime
       func nanotime() int64

   Here a C program does the same: it declares nanotime without a body
   (a pull) and binds it to runtime.nanotime, which libgo (gccgo's Go
   runtime) defines.  gccgo functions use the C calling convention, so
   the call is a plain C call to the symbol "runtime.nanotime".

   libgo expects the Go program's main package: it refers to main.main
   and __go_init_main.  Nothing calls them here (this program's own
   main is C's), but the link needs them; main.main is defined with a
   push: a C function emitted under the Go symbol.  */

#include <stdio.h>
#include <time.h>

/* Pull: every call of nanotime calls runtime.nanotime.  */
extern long long nanotime (void)
  __attribute__ ((linkname ("runtime.nanotime")));

/* Push: this definition is emitted as main.main.  */
__attribute__ ((linkname ("main.main"))) void
go_main (void)
{
}

/* libgo's initialisation of package main: nothing to do.  */
void __go_init_main (void);
void
__go_init_main (void)
{
}

static long long
monotonic_ns (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (long long) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int
main (void)
{
  /* runtime.nanotime reads CLOCK_MONOTONIC: bracket it with two
     readings of our own.  */
  long long before = monotonic_ns ();
  long long now = nanotime ();
  long long after = monotonic_ns ();

  printf ("runtime.nanotime() = %lld ns\n", now);
  if (before <= now && now <= after)
    {
      printf ("ok: between two CLOCK_MONOTONIC readings %lld ns apart\n",
	      after - before);
      return 0;
    }
  printf ("FAIL: not between CLOCK_MONOTONIC readings %lld and %lld\n",
	  before, after);
  return 1;
}
