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

/* <linkname/go.h>'s entry wrappers: threads that C creates call Go
   (allocating enough for the garbage collector to run meanwhile), each
   run of calls between GO_ENTER () and GO_LEAVE ().  The Go main
   program (support/main-threads.go) calls C, which starts the threads
   and waits for them; GO_ENABLE_C_THREADS tells the runtime before it
   starts (without it, GO_ENTER waits forever).  */
/* { dg-step gen "gen-threads.h" "strings strconv" } */
/* { dg-step compile "threads.c" "-Wall -Wextra -pthread" } */
/* { dg-step go "support/main-threads.go" "main" } */
/* { dg-step link-go "" "threads.c support/main-threads.go" "-pthread" } */
/* { dg-output "^ok\[\r\n\]*$" } */

#include <pthread.h>
#include <stdio.h>

#include "gen-threads.h"

GO_ENABLE_C_THREADS;

enum { THREADS = 4, ROUNDS = 200 };

static int failures[THREADS];

static void *
worker (void *arg)
{
  int *failed = arg;
  GO_ENTER ();
  for (int i = 0; i < ROUNDS; i++)
    {
      /* 200 KB each: the heap grows, and the collector runs.  */
      go_string s = strings_Repeat (GO_STR ("ab"), 100000);
      if (s.n != 200000 || s.p[199999] != 'b')
	(*failed)++;
      go_string n = strconv_Itoa (i);
      strconv_Atoi_ret back = strconv_Atoi (n);
      if (back.r0 != i || !GO_IFACE_IS_NIL (back.r1))
	(*failed)++;
    }
  GO_LEAVE ();
  return NULL;
}

int linkname_gen_c_main (void);

int
linkname_gen_c_main (void)
{
  pthread_t t[THREADS];
  int total = 0;
  for (int i = 0; i < THREADS; i++)
    if (pthread_create (&t[i], NULL, worker, &failures[i]) != 0)
      return 1000;
  for (int i = 0; i < THREADS; i++)
    {
      pthread_join (t[i], NULL);
      total += failures[i];
    }
  if (total != 0)
    printf ("FAIL: %d wrong results\n", total);
  return total;
}
