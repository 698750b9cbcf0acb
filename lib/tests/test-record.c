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

/* test-record.c -- the .note.linkname records: encode, decode, walk,
   and the assembler text through the real assembler.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname-record.h"
#include "check.h"

static const struct linkname_record sample = {
  LINKNAME_PULL, LINKNAME_SCHEME_GC, "example.com/x.(*T).M",
  "example.com/x.(*T).M", "m", "fn(ptr)->i64", "dir/ünï \"q\".c", 42,
  "example.com/x", 0, "0.1.0", "12.2.0",
  "off:unexported warn:internal w allow:example.com/*",
  "dir/linkname.policy:3", "L1P(S8/8[p8@0])=S8/8[i8@0]"
};

static void
check_same (const struct linkname_record *a, const struct linkname_record *b,
	    const char *context)
{
  CHECK (a->direction == b->direction && a->scheme == b->scheme
	 && a->line == b->line, "%s: header fields differ", context);
  CHECK_STREQ (a->symbol, b->symbol, context);
  CHECK_STREQ (a->target, b->target, context);
  CHECK_STREQ (a->local, b->local, context);
  CHECK_STREQ (a->type, b->type, context);
  CHECK_STREQ (a->file, b->file, context);
  CHECK_STREQ (a->package, b->package, context);
  CHECK_STREQ (a->linkname_version, b->linkname_version, context);
  CHECK_STREQ (a->gcc_version, b->gcc_version, context);
  CHECK_STREQ (a->relaxed, b->relaxed, context);
  CHECK_STREQ (a->relaxed_rule, b->relaxed_rule, context);
  CHECK_STREQ (a->layout ? a->layout : "", b->layout, context);
  CHECK (a->flags == b->flags, "%s: flags %u, want %u", context, b->flags,
	 a->flags);
}

/* The flags of a weak and a common definition survive the descriptor,
   in byte 3; an old record (byte 3 zero) reads as ordinary.  */
static void
test_flags (void)
{
  static const unsigned flags[] = {
    LINKNAME_RECORD_WEAK, LINKNAME_RECORD_COMMON,
    LINKNAME_RECORD_WEAK | LINKNAME_RECORD_COMMON, 0
  };
  for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
    {
      struct linkname_record in = sample, out;
      in.direction = LINKNAME_PUSH;
      in.flags = flags[i];
      size_t len;
      unsigned char *desc = linkname_record_encode (&in, &len);
      CHECK (desc && desc[3] == flags[i], "byte 3 of flags %u", flags[i]);
      CHECK (desc && linkname_record_decode (desc, len, &out, NULL),
	     "flags %u do not decode", flags[i]);
      if (desc)
	check_same (&in, &out, "flags");
      free (desc);
    }
}

/* A whole note around DESC, little- or big-endian.  */
static unsigned char *
make_note (const unsigned char *desc, size_t len, bool big, size_t *size)
{
  size_t padded = (len + 3) & ~(size_t) 3;
  unsigned char *note = calloc (1, 12 + 12 + padded);
  uint32_t v[3] = { 9, (uint32_t) len, LINKNAME_NT_BINDING };
  for (int i = 0; i < 3; i++)
    for (int b = 0; b < 4; b++)
      note[4 * i + (big ? 3 - b : b)] = (unsigned char) (v[i] >> (8 * b));
  memcpy (note + 12, "linkname", 9);
  memcpy (note + 24, desc, len);
  *size = 24 + padded;
  return note;
}

struct collect { int count; struct linkname_record last; };

static bool
collect_fn (const struct linkname_record *r, void *arg)
{
  struct collect *c = arg;
  c->count++;
  c->last = *r;
  return true;
}

static void
test_round_trip (void)
{
  size_t len;
  unsigned char *desc = linkname_record_encode (&sample, &len);
  struct linkname_record r;
  CHECK (desc && linkname_record_decode (desc, len, &r, NULL),
	 "sample does not decode");
  check_same (&sample, &r, "decode");

  for (int big = 0; big < 2; big++)
    {
      size_t size;
      unsigned char *note = make_note (desc, len, big, &size);
      struct collect c = { 0 };
      struct linkname_error err;
      CHECK (linkname_notes_walk (note, size, big, collect_fn, &c, &err),
	     "walk failed: %s", err.message);
      CHECK (c.count == 1, "walk found %d records", c.count);
      if (c.count == 1)
	check_same (&sample, &c.last, big ? "walk big" : "walk little");

      /* Every truncation fails cleanly or finds nothing: never reads
	 past the end (valgrind and ASan check that).  */
      for (size_t cut = 0; cut < size; cut++)
	{
	  unsigned char *part = malloc (cut ? cut : 1);
	  memcpy (part, note, cut);
	  struct collect c2 = { 0 };
	  bool ok = linkname_notes_walk (part, cut, big, collect_fn, &c2,
					 &err);
	  CHECK (!ok || c2.count == 0 || cut >= 24 + len,
		 "cut at %zu accepted a record", cut);
	  free (part);
	}
      free (note);
    }

  /* Corrupt fields.  */
  unsigned char bad[256];
  memcpy (bad, desc, len);
  bad[1] = 9;
  CHECK (!linkname_record_decode (bad, len, &r, NULL), "direction 9");
  memcpy (bad, desc, len);
  bad[2] = 7;
  CHECK (!linkname_record_decode (bad, len, &r, NULL), "scheme 7");
  memcpy (bad, desc, len);
  bad[0] = 0;
  CHECK (!linkname_record_decode (bad, len, &r, NULL), "version 0");
  memcpy (bad, desc, len);
  /* The line ("42", the sixth string) is no longer a number.  */
  size_t line_at = 4;
  for (int i = 0; i < 5; i++)
    line_at += strlen ((const char *) desc + line_at) + 1;
  bad[line_at + 1] = 'x';
  CHECK (!linkname_record_decode (bad, len, &r, NULL), "line not a number");
  CHECK (!linkname_record_decode (desc, len - 1, &r, NULL), "unterminated");
  /* A record of six strings (without the package) reads as package "",
     and without provenance.  */
  size_t six = line_at + 3;
  CHECK (linkname_record_decode (desc, six, &r, NULL) && *r.package == '\0'
	 && *r.linkname_version == '\0' && *r.relaxed_rule == '\0',
	 "six strings");
  free (desc);
}

/* A record as the first linkname wrote it, seven strings and no
   provenance, reads with empty provenance; a record from a later
   linkname, with strings after the last one known here, reads the
   strings it knows and skips the others.  */
static void
test_old_and_new (void)
{
  static const char old[] = "\1\1\0\0sym\0runtime.f\0f\0func()\0a.c\0"
			    "7\0runtime";
  struct linkname_record r;
  CHECK (linkname_record_decode ((const unsigned char *) old, sizeof old, &r,
				 NULL), "old record does not decode");
  CHECK_STREQ ("runtime", r.package, "old record");
  CHECK_STREQ ("", r.linkname_version, "old record");
  CHECK_STREQ ("", r.gcc_version, "old record");
  CHECK_STREQ ("", r.relaxed, "old record");
  CHECK_STREQ ("", r.relaxed_rule, "old record");
  CHECK_STREQ ("", r.layout, "old record");
  CHECK (r.line == 7, "old record line %lu", r.line);

  size_t len;
  unsigned char *desc = linkname_record_encode (&sample, &len);
  static const char later[] = "something{i64}\0\0a later field";
  unsigned char *longer = malloc (len + sizeof later);
  CHECK (desc && longer, "out of memory");
  if (desc && longer)
    {
      memcpy (longer, desc, len);
      memcpy (longer + len, later, sizeof later);
      CHECK (linkname_record_decode (longer, len + sizeof later, &r, NULL),
	     "a record with more strings does not decode");
      check_same (&sample, &r, "later record");
    }
  free (longer);
  free (desc);

  /* A record of the four provenance strings and no layout (the
     records before it) reads with an empty layout.  */
  struct linkname_record no_layout = sample;
  no_layout.layout = NULL;
  desc = linkname_record_encode (&no_layout, &len);
  CHECK (desc != NULL, "out of memory");
  if (desc)
    {
      CHECK (linkname_record_decode (desc, len - 1, &r, NULL),
	     "a record without its layout does not decode");
      check_same (&no_layout, &r, "record without layout");
    }
  free (desc);
}
/* Strings the assembler text must escape: '\\' and '"', control and
   non-ASCII bytes followed by digits (an octal escape must not take
   them in), and strings longer than a line of the text.  */
static const struct linkname_record awkward = {
  LINKNAME_PUSH, LINKNAME_SCHEME_VERBATIM, "a\\b\"7\0017\1779\3770",
  "", "\t1\\\\\"\"",
  "struct{int,int,int,int,int,int,int,int,int,int,int,int,int,int,int,int,"
  "int,int,int,int,int,int,int,int,int,int,int,int,int,int,int,int}",
  "d\303\251j\303\2407/\\.c", 4294967295ul, "", LINKNAME_RECORD_WEAK,
  "0.1\\\"", "12.2.0 \"x\"\n", "off:unexported w", "a\\b.policy:9",
  "L1(S4/4[i4@0])=-"
};

/* The assembler text goes through the real assembler, and the bytes of
   the section decode to the same records.  */
static void
test_assembler (void)
{
  char *text = linkname_record_asm (&sample);
  char *text2 = linkname_record_asm (&awkward);
  CHECK (text != NULL && text2 != NULL, "no assembler text");
  if (text == NULL || text2 == NULL)
    return;
  FILE *f = fopen ("test-record.s", "w");
  fputs (text, f);
  fputs (text, f);		/* Several records in one section.  */
  fputs (text2, f);
  fclose (f);
  free (text);
  free (text2);
  int rc = system ("as test-record.s -o test-record.o"
		   " && objcopy --dump-section .note.linkname=test-record.bin"
		   " test-record.o");
  CHECK (rc == 0, "as/objcopy failed");
  f = fopen ("test-record.bin", "rb");
  CHECK (f != NULL, "no section contents");
  if (f == NULL)
    return;
  unsigned char buf[4096];
  size_t size = fread (buf, 1, sizeof buf, f);
  fclose (f);
  struct collect c = { 0 };
  struct linkname_error err;
  CHECK (linkname_notes_walk (buf, size, false, collect_fn, &c, &err),
	 "walk of assembled notes failed: %s", err.message);
  CHECK (c.count == 3, "assembled section holds %d records", c.count);
  if (c.count == 3)
    check_same (&awkward, &c.last, "assembled");
  remove ("test-record.s");
  remove ("test-record.o");
  remove ("test-record.bin");
}

int
main (void)
{
  test_flags ();
  test_round_trip ();
  test_old_and_new ();
  test_assembler ();
  CHECK_STREQ (linkname_direction_name (LINKNAME_MARKER), "marker", "name");
  return check_status ();
}
