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

/* check.h -- the few assertions the unit tests need.

   A failed check prints where and why and is counted; the test keeps
   going so that one run shows every failure, and main returns
   check_status () so that automake's harness sees FAIL.  */

#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond, ...)						\
  do									\
    {									\
      check_count++;							\
      if (!(cond))							\
	{								\
	  check_failures++;						\
	  fprintf (stderr, "%s:%d: FAIL: %s: ", __FILE__, __LINE__, #cond); \
	  fprintf (stderr, __VA_ARGS__);				\
	  fputc ('\n', stderr);						\
	}								\
    }									\
  while (0)

/* Compare two C strings, either of which may be NULL.  */
#define CHECK_STREQ(got, want, context)					\
  do									\
    {									\
      const char *check_got_ = (got), *check_want_ = (want);		\
      CHECK (check_got_ != NULL && check_want_ != NULL			\
	     && strcmp (check_got_, check_want_) == 0,			\
	     "%s: got \"%s\", want \"%s\"", (context),			\
	     check_got_ ? check_got_ : "(null)",			\
	     check_want_ ? check_want_ : "(null)");			\
    }									\
  while (0)

static inline int
check_status (void)
{
  fprintf (stderr, "%d checks, %d failed\n", check_count, check_failures);
  return check_failures == 0 ? 0 : 1;
}

#endif /* CHECK_H */
