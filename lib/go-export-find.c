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

/* go-export-find.c -- find gccgo's export data in a file image, and
   the file gccgo would read for an import path.

   The ELF and ar readers are written here by hand on purpose: the
   plugin runs this inside cc1, which must not pull in libelf (nor may
   liblinkname depend on it).  They read only the section header table,
   the section name string table and ar member headers, and check every
   offset and size against the image before touching it.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "go-export.h"

#define GO_EXPORT_SECTION ".go_export"

struct image
{
  const unsigned char *data;
  size_t len;
  bool big_endian;
};

static uint64_t
get (const struct image *im, size_t off, int size)
{
  uint64_t v = 0;
  for (int i = 0; i < size; i++)
    {
      unsigned b = im->data[off + (im->big_endian ? i : size - 1 - i)];
      v = (v << 8) | b;
    }
  return v;
}

static long
fail (struct linkname_error *err, size_t offset, const char *message)
{
  if (err != NULL)
    {
      err->message = message;
      err->offset = offset;
    }
  return -1;
}

static bool
is_export_text (const unsigned char *data, size_t len)
{
  return len >= 3 && data[0] == 'v' && (data[1] >= '1' && data[1] <= '3')
    && data[2] == ';';
}

/* The .go_export sections of the ELF file at DATA (BASE: its offset in
   the whole image, for error offsets).  */
static long
elf_sections (const unsigned char *data, size_t len, size_t base,
	      const char *member, linkname_go_section_fn fn, void *ctx,
	      bool *stop, struct linkname_error *err)
{
  if (len < 52 || data[4] < 1 || data[4] > 2 || data[5] < 1 || data[5] > 2)
    return fail (err, base, "ELF header truncated or of an unknown class");
  struct image im = { data, len, data[5] == 2 };
  bool is64 = data[4] == 2;
  if (is64 && len < 64)
    return fail (err, base, "ELF header truncated");
  uint64_t shoff = get (&im, is64 ? 0x28 : 0x20, is64 ? 8 : 4);
  uint64_t shentsize = get (&im, is64 ? 0x3A : 0x2E, 2);
  uint64_t shnum = get (&im, is64 ? 0x3C : 0x30, 2);
  uint64_t shstrndx = get (&im, is64 ? 0x3E : 0x32, 2);
  size_t min_ent = is64 ? 64 : 40;
  if (shoff == 0)
    return 0;			/* No section headers: nothing to find.  */
  if (shentsize < min_ent || shoff > len || len - shoff < shentsize)
    return fail (err, base, "ELF section header table out of the file");
  /* Section 0 holds the real count and string table index when they
     do not fit in the header.  */
  if (shnum == 0)
    shnum = get (&im, shoff + (is64 ? 0x20 : 0x14), is64 ? 8 : 4);
  if (shstrndx == 0xFFFF)
    shstrndx = get (&im, shoff + (is64 ? 0x28 : 0x18), 4);
  if (shnum > (len - shoff) / shentsize)
    return fail (err, base, "ELF section header table out of the file");
  if (shstrndx >= shnum)
    return fail (err, base, "ELF section name table index out of range");

#define SH(i) (shoff + (i) * shentsize)
#define SH_TYPE(i) get (&im, SH (i) + 4, 4)
#define SH_OFFSET(i) get (&im, SH (i) + (is64 ? 0x18 : 0x10), is64 ? 8 : 4)
#define SH_SIZE(i) get (&im, SH (i) + (is64 ? 0x20 : 0x14), is64 ? 8 : 4)
  uint64_t stroff = SH_OFFSET (shstrndx), strsize = SH_SIZE (shstrndx);
  if (stroff > len || strsize > len - stroff)
    return fail (err, base + SH (shstrndx),
		 "ELF section name table out of the file");
  long found = 0;
  for (uint64_t i = 1; i < shnum && !*stop; i++)
    {
      uint64_t name = get (&im, SH (i), 4);
      size_t want = sizeof GO_EXPORT_SECTION;
      if (name >= strsize || strsize - name < want
	  || memcmp (data + stroff + name, GO_EXPORT_SECTION, want) != 0)
	continue;
      if (SH_TYPE (i) == 8)	/* SHT_NOBITS: no bytes in the file.  */
	continue;
      uint64_t off = SH_OFFSET (i), size = SH_SIZE (i);
      if (off > len || size > len - off)
	return fail (err, base + SH (i), "ELF .go_export section out of the file");
      found++;
      if (!fn (ctx, (const char *) data + off, size, member))
	*stop = true;
    }
#undef SH
#undef SH_TYPE
#undef SH_OFFSET
#undef SH_SIZE
  return found;
}

static bool
is_elf (const unsigned char *data, size_t len)
{
  return len >= 4 && memcmp (data, "\177ELF", 4) == 0;
}

/* A decimal field of an ar header (blank-padded).  */
static bool
ar_number (const unsigned char *field, size_t n, uint64_t *out)
{
  uint64_t v = 0;
  size_t i = 0;
  while (i < n && field[i] == ' ')
    i++;
  size_t start = i;
  for (; i < n && field[i] >= '0' && field[i] <= '9'; i++)
    {
      if (v > (UINT64_MAX - 9) / 10)
	return false;
      v = v * 10 + (field[i] - '0');
    }
  if (i == start)
    return false;
  for (; i < n; i++)
    if (field[i] != ' ')
      return false;
  *out = v;
  return true;
}

static long
ar_sections (const unsigned char *data, size_t len, linkname_go_section_fn fn,
	     void *ctx, struct linkname_error *err)
{
  size_t pos = 8;
  const unsigned char *longnames = NULL;
  size_t longnames_len = 0;
  long found = 0;
  bool stop = false;
  while (pos < len && !stop)
    {
      if (len - pos < 60)
	return fail (err, pos, "ar member header truncated");
      const unsigned char *h = data + pos;
      uint64_t size;
      if (h[58] != '`' || h[59] != '\n' || !ar_number (h + 48, 10, &size))
	return fail (err, pos, "bad ar member header");
      size_t start = pos + 60;
      if (size > len - start)
	return fail (err, pos, "ar member beyond the end of the archive");
      const unsigned char *body = data + start;
      size_t body_len = size;
      char name[256];
      size_t name_len = 0;
      if (h[0] == '/' && h[1] == '/' && h[2] == ' ')
	{
	  longnames = body;	/* GNU long name table.  */
	  longnames_len = body_len;
	}
      else if (h[0] == '/' && h[1] >= '0' && h[1] <= '9')
	{
	  uint64_t at;
	  if (!ar_number (h + 1, 15, &at) || longnames == NULL
	      || at >= longnames_len)
	    return fail (err, pos, "bad ar long member name");
	  while (at + name_len < longnames_len && name_len < sizeof name - 1
		 && longnames[at + name_len] != '/'
		 && longnames[at + name_len] != '\n')
	    {
	      name[name_len] = longnames[at + name_len];
	      name_len++;
	    }
	}
      else if (h[0] == '#' && h[1] == '1' && h[2] == '/')
	{
	  uint64_t n;		/* BSD: the name begins the body.  */
	  if (!ar_number (h + 3, 13, &n) || n > body_len)
	    return fail (err, pos, "bad ar BSD member name");
	  name_len = n < sizeof name - 1 ? n : sizeof name - 1;
	  memcpy (name, body, name_len);
	  body += n;
	  body_len -= n;
	}
      else if (h[0] != '/')
	while (name_len < 16 && h[name_len] != '/' && h[name_len] != ' ')
	  {
	    name[name_len] = h[name_len];
	    name_len++;
	  }
      name[name_len] = '\0';
      if (name_len > 0)
	{
	  if (is_elf (body, body_len))
	    {
	      long n = elf_sections (body, body_len, body - data, name, fn,
				     ctx, &stop, err);
	      if (n < 0)
		return n;
	      found += n;
	    }
	  else if (is_export_text (body, body_len))
	    {
	      found++;
	      stop = !fn (ctx, (const char *) body, body_len, name);
	    }
	}
      pos = start + size + (size & 1);
    }
  return found;
}

long
linkname_go_export_sections (const void *image, size_t len,
			     linkname_go_section_fn fn, void *ctx,
			     struct linkname_error *err)
{
  const unsigned char *data = image;
  if (is_elf (data, len))
    {
      bool stop = false;
      return elf_sections (data, len, 0, NULL, fn, ctx, &stop, err);
    }
  if (len >= 8 && memcmp (data, "!<arch>\n", 8) == 0)
    return ar_sections (data, len, fn, ctx, err);
  if (len >= 8 && memcmp (data, "!<thin>\n", 8) == 0)
    return fail (err, 0, "thin archives hold no export data");
  if (is_export_text (data, len))
    {
      fn (ctx, image, len, NULL);
      return 1;
    }
  return fail (err, 0, "neither ELF, an ar archive nor export data");
}

struct parse_image_ctx
{
  struct linkname_go_export *export;
  const char *image;
  struct linkname_error err;
  bool failed;
};

static bool
parse_one (void *vctx, const char *data, size_t len, const char *member)
{
  (void) member;
  struct parse_image_ctx *ctx = vctx;
  if (!linkname_go_export_parse_more (ctx->export, data, len, &ctx->err))
    {
      ctx->err.offset += data - ctx->image;
      ctx->failed = true;
      return false;
    }
  return true;
}

struct linkname_go_export *
linkname_go_export_parse_image (const void *image, size_t len,
				struct linkname_error *err)
{
  struct parse_image_ctx ctx = { linkname_go_export_new (), image,
				 { NULL, 0 }, false };
  if (ctx.export == NULL)
    {
      fail (err, 0, "out of memory");
      return NULL;
    }
  long n = linkname_go_export_sections (image, len, parse_one, &ctx,
					err);
  if (n <= 0 || ctx.failed)
    {
      if (ctx.failed && err != NULL)
	*err = ctx.err;
      else if (n == 0)
	fail (err, 0, "no .go_export section");
      linkname_go_export_free (ctx.export);
      return NULL;
    }
  return ctx.export;
}

/* The search of gccgo's import.cc.  */

static bool
is_file (const char *name)
{
  struct stat st;
  return stat (name, &st) == 0 && S_ISREG (st.st_mode);
}

/* Try F, F.gox, libBASE.so, libBASE.a and F.o; the first that is a
   regular file, malloc'd.  */
static char *
try_suffixes (const char *f)
{
  size_t n = strlen (f);
  const char *slash = strrchr (f, '/');
  size_t dir_len = slash ? (size_t) (slash + 1 - f) : 0;
  char *buf = malloc (n + 8);
  if (buf == NULL)
    return NULL;
  static const char *const suffixes[] = { "", ".gox", NULL, NULL, ".o" };
  for (int i = 0; i < 5; i++)
    {
      if (i == 2 || i == 3)
	snprintf (buf, n + 8, "%.*slib%s%s", (int) dir_len, f, f + dir_len,
		  i == 2 ? ".so" : ".a");
      else
	snprintf (buf, n + 8, "%s%s", f, suffixes[i]);
      if (is_file (buf))
	return buf;
    }
  free (buf);
  return NULL;
}

static char *
try_in (const char *dir, const char *sub1, const char *sub2,
	const char *path)
{
  size_t n = strlen (dir) + strlen (path) + 4
    + (sub1 ? strlen (sub1) + 4 : 0) + (sub2 ? strlen (sub2) + 1 : 0);
  char *f = malloc (n);
  if (f == NULL)
    return NULL;
  snprintf (f, n, "%s%s%s%s%s%s%s%s", dir,
	    dir[0] && dir[strlen (dir) - 1] != '/' ? "/" : "",
	    sub1 ? "go/" : "", sub1 ? sub1 : "", sub1 ? "/" : "",
	    sub2 ? sub2 : "", sub2 ? "/" : "", path);
  char *r = try_suffixes (f);
  free (f);
  return r;
}

char *
linkname_go_export_search (const char *path,
			   const char *const *include_dirs, size_t n_include,
			   const char *const *lib_dirs, size_t n_lib,
			   const char *major, const char *triplet)
{
  char *r;
  if (path[0] != '/')
    {
      for (size_t i = 0; i < n_include; i++)
	if ((r = try_in (include_dirs[i], NULL, NULL, path)) != NULL)
	  return r;
      for (size_t i = 0; i < n_lib; i++)
	{
	  if (major != NULL
	      && (r = try_in (lib_dirs[i], major, NULL, path)) != NULL)
	    return r;
	  if (major != NULL && triplet != NULL
	      && (r = try_in (lib_dirs[i], major, triplet, path)) != NULL)
	    return r;
	  if ((r = try_in (lib_dirs[i], NULL, NULL, path)) != NULL)
	    return r;
	}
    }
  return try_suffixes (path);
}
