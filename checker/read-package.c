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

/* read-package.c -- the ELF files inside .deb and .rpm packages, read
   with libarchive and handed, from memory, to the libelf reader
   (read-elf.c), so a distribution checks what it ships without
   unpacking it.

   A .deb is an ar archive: debian-binary, control.tar.*, data.tar.*.
   Its payload, data.tar (gzip, xz, zstd, bzip2 or none), is streamed out
   of the ar member into a second libarchive reader, so nothing but one
   ELF file at a time is held in memory.  An .rpm is a lead and headers
   that libarchive's rpm filter steps over, then a compressed cpio
   archive.

   libarchive reports a stream cut short or corrupt as an error of the
   call that meets it; every call is checked, and the package is then
   named as unreadable (exit status 2), never half-checked.  */

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read-elf.h"
#include "read-package.h"

static const unsigned char elf_magic[4] = { 0x7f, 'E', 'L', 'F' };
static const unsigned char rpm_magic[4] = { 0xed, 0xab, 0xee, 0xdb };
static const char ar_magic[8] = "!<arch>\n";

/* An ELF member is read whole (elf_memory); a size field larger than
   this is not believed up front, the buffer grows as data comes.  */
#define TRUSTED_SIZE (64u << 20)

/* libarchive's block size for reading the package file.  */
#define BLOCK_SIZE 65536

/* Write "NAME: PROBLEM" or, with a DETAIL, "NAME: PROBLEM: DETAIL" into
   ERR and return false.  NAME is the package or the file inside it.  */
static bool
package_error (char *err, size_t errlen, const char *name,
	       const char *problem, const char *detail)
{
  snprintf (err, errlen, "%s: %s%s%s", name, problem, detail ? ": " : "",
	    detail ? detail : "");
  return false;
}

/* libarchive's message for the last error of A.  */
static const char *
archive_error (struct archive *a)
{
  const char *s = archive_error_string (a);
  /* A stream that ends early without a word from the decoder (a gzip
     trailer cut short) leaves no message.  */
  return s != NULL ? s : "the data ends early or is corrupt";
}

enum package_kind
package_kind (const unsigned char *head, size_t n)
{
  if (n >= sizeof rpm_magic && memcmp (head, rpm_magic, sizeof rpm_magic) == 0)
    return PACKAGE_RPM;
  /* The first member's 16-byte name field: "debian-binary" padded with
     blanks, or with the GNU ar terminator '/'.  */
  static const char deb_member[] = "debian-binary";
  size_t at = sizeof ar_magic, len = sizeof deb_member - 1;
  if (n > at + len && memcmp (head, ar_magic, sizeof ar_magic) == 0
      && memcmp (head + at, deb_member, len) == 0
      && (head[at + len] == ' ' || head[at + len] == '/'))
    return PACKAGE_DEB;
  return PACKAGE_NONE;
}

bool
package_member_wanted (const char *name, const unsigned char *head,
		       size_t n)
{
  if (n >= sizeof elf_magic && memcmp (head, elf_magic, sizeof elf_magic) == 0)
    return true;
  /* Only static libraries among ar archives: other ar archives (Rust's
     .rlib, Go's gc archives, packages) hold members that are not ELF.  */
  size_t len = strlen (name);
  return n >= sizeof ar_magic && memcmp (head, ar_magic, sizeof ar_magic) == 0
	 && len > 2 && strcmp (name + len - 2, ".a") == 0;
}

/* The absolute path in the package of the entry named RAW
   ("./usr/bin/prog" in tar and cpio payloads): "/usr/bin/prog".  */
static char *
member_path (const char *raw)
{
  if (raw == NULL)
    raw = "?";
  while (raw[0] == '.' && raw[1] == '/')
    raw += 2;
  while (raw[0] == '/')
    raw++;
  size_t len = strlen (raw) + 2;
  char *s = malloc (len);
  if (s != NULL)
    snprintf (s, len, "/%s", raw);
  return s;
}

/* Read the rest of the current entry of A into a buffer that starts
   with the N bytes HEAD; HINT is the entry's size, or 0 if unknown.
   The buffer (malloc'd) and its size are returned through IMAGE and
   SIZE; false with a message in ERR on error.  */
static bool
read_entry_data (struct archive *a, const char *name,
		 const unsigned char *head, size_t n, size_t hint,
		 unsigned char **image, size_t *size, char *err,
		 size_t errlen)
{
  size_t alloc = hint > n && hint < TRUSTED_SIZE ? hint + 1 : BLOCK_SIZE;
  unsigned char *buf = malloc (alloc);
  if (buf == NULL)
    return package_error (err, errlen, name, "out of memory", NULL);
  memcpy (buf, head, n);
  size_t have = n;
  for (;;)
    {
      if (have == alloc)
	{
	  unsigned char *bigger = alloc <= SIZE_MAX / 2
				  ? realloc (buf, 2 * alloc) : NULL;
	  if (bigger == NULL)
	    {
	      free (buf);
	      return package_error (err, errlen, name, "out of memory", NULL);
	    }
	  buf = bigger;
	  alloc *= 2;
	}
      la_ssize_t got = archive_read_data (a, buf + have, alloc - have);
      if (got < 0)
	{
	  free (buf);
	  return package_error (err, errlen, name,
				"truncated or malformed package",
				archive_error (a));
	}
      if (got == 0)
	break;
      have += (size_t) got;
    }
  *image = buf;
  *size = have;
  return true;
}

/* The current entry of A, a regular file of the package PATH: read its
   records if it is an ELF file or a static library.  */
static bool
read_member (struct archive *a, struct archive_entry *e, const char *path,
	     struct linkname_bindings *list, char *err, size_t errlen)
{
  char *inner = member_path (archive_entry_pathname (e));
  if (inner == NULL)
    return package_error (err, errlen, path, "out of memory", NULL);
  size_t nlen = strlen (path) + strlen (inner) + 2;
  char *name = malloc (nlen);
  if (name == NULL)
    {
      free (inner);
      return package_error (err, errlen, path, "out of memory", NULL);
    }
  snprintf (name, nlen, "%s:%s", path, inner);

  /* The first bytes tell; the rest of a file not wanted is skipped by
     the next archive_read_next_header.  */
  bool ok = true;
  unsigned char head[8];
  la_ssize_t got = archive_read_data (a, head, sizeof head);
  if (got < 0)
    ok = package_error (err, errlen, name, "truncated or malformed package",
			archive_error (a));
  else if (package_member_wanted (inner, head, (size_t) got))
    {
      la_int64_t declared = archive_entry_size_is_set (e)
			    ? archive_entry_size (e) : 0;
      size_t hint = declared > 0 ? (size_t) declared : 0;
      unsigned char *image = NULL;
      size_t size = 0;
      ok = read_entry_data (a, name, head, (size_t) got, hint, &image, &size,
			    err, errlen);
      if (ok)
	{
	  ok = read_elf_image (image, size, name, list, err, errlen);
	  free (image);
	}
    }
  free (name);
  free (inner);
  return ok;
}

/* Every regular file of the tar or cpio payload A of the package PATH.
   PROBLEM is what a payload that cannot be read is called.  */
static bool
read_payload (struct archive *a, const char *path, const char *problem,
	      struct linkname_bindings *list, char *err, size_t errlen)
{
  struct archive_entry *e;
  int r;
  while ((r = archive_read_next_header (a, &e)) == ARCHIVE_OK
	 || r == ARCHIVE_WARN)
    /* Of the names of a hard-linked file, the one that carries the data
       (tar: the first, cpio: the last) is read; the others have none.  */
    if (archive_entry_filetype (e) == AE_IFREG
	&& !read_member (a, e, path, list, err, errlen))
      return false;
  if (r != ARCHIVE_EOF)
    return package_error (err, errlen, path, problem, archive_error (a));
  return true;
}

/* The compressions a package's payload may use.  Named one by one
   rather than archive_read_support_filter_all, which would also run
   external programs for exotic formats.  */
static void
support_payload_filters (struct archive *a)
{
  archive_read_support_filter_gzip (a);
  archive_read_support_filter_xz (a);
  archive_read_support_filter_lzma (a);
  archive_read_support_filter_zstd (a);
  archive_read_support_filter_bzip2 (a);
  archive_read_support_filter_none (a);
}

/* libarchive's read callback for a payload that is the current member
   of the .deb's ar archive (DATA): its data blocks, in order.  */
static la_ssize_t
read_ar_member (struct archive *payload, void *data, const void **buf)
{
  struct archive *ar = data;
  size_t size;
  la_int64_t offset;
  int r = archive_read_data_block (ar, buf, &size, &offset);
  if (r == ARCHIVE_EOF)
    return 0;
  if (r != ARCHIVE_OK)
    {
      archive_set_error (payload, EIO, "%s",
			 archive_error (ar));
      return -1;
    }
  return (la_ssize_t) size;
}

/* The data.tar member that is the current entry of AR, the .deb at
   PATH.  */
static bool
read_deb_payload (struct archive *ar, const char *path,
		  struct linkname_bindings *list, char *err, size_t errlen)
{
  static const char problem[] = "truncated or malformed data.tar";
  struct archive *tar = archive_read_new ();
  if (tar == NULL)
    return package_error (err, errlen, path, "out of memory", NULL);
  support_payload_filters (tar);
  archive_read_support_format_tar (tar);
  bool ok;
  if (archive_read_open (tar, ar, NULL, read_ar_member, NULL) != ARCHIVE_OK)
    ok = package_error (err, errlen, path, problem, archive_error (tar));
  else
    ok = read_payload (tar, path, problem, list, err, errlen);
  archive_read_free (tar);
  return ok;
}

static const char deb_problem[] = "truncated or malformed Debian package";
static const char rpm_problem[] = "truncated or malformed RPM package";

/* The members of the .deb at PATH, which AR reads: debian-binary first,
   then the payload is found by name among the control and data
   archives.  */
static bool
read_deb (struct archive *ar, const char *path,
	  struct linkname_bindings *list, char *err, size_t errlen)
{
  bool ok = true, first = true, payload = false;
  struct archive_entry *e;
  int r = ARCHIVE_OK;
  while (ok && ((r = archive_read_next_header (ar, &e)) == ARCHIVE_OK
		|| r == ARCHIVE_WARN))
    {
      const char *member = archive_entry_pathname (e);
      if (member == NULL)
	member = "";
      if (first && strcmp (member, "debian-binary") != 0)
	ok = package_error (err, errlen, path, "not a Debian package",
			    "its first member is not debian-binary");
      else if (strncmp (member, "data.tar", 8) == 0)
	{
	  ok = read_deb_payload (ar, path, list, err, errlen);
	  payload = true;
	}
      first = false;
    }
  if (ok && r != ARCHIVE_EOF)
    ok = package_error (err, errlen, path, deb_problem, archive_error (ar));
  else if (ok && !payload)
    ok = package_error (err, errlen, path, deb_problem, "no data.tar member");
  return ok;
}

/* Whether the payload of the .rpm at PATH is rpm's "stripped" cpio,
   whose entries ("07070X" and an index into the package header's file
   list) carry neither name nor size: what RPM 6 writes into its v6
   packages, and RPM 4 for files over 4 GiB.  libarchive does not read
   it (3.7), so such a package is refused with that reason rather than
   as malformed.  */
static bool
rpm_payload_stripped (const char *path)
{
  struct archive *a = archive_read_new ();
  if (a == NULL)
    return false;
  archive_read_support_filter_rpm (a);
  support_payload_filters (a);
  archive_read_support_format_raw (a);
  struct archive_entry *e;
  char magic[6];
  bool stripped
    = (archive_read_open_filename (a, path, BLOCK_SIZE) == ARCHIVE_OK
       && archive_read_next_header (a, &e) == ARCHIVE_OK
       && archive_read_data (a, magic, sizeof magic) == (ssize_t) sizeof magic
       && memcmp (magic, "07070X", sizeof magic) == 0);
  archive_read_free (a);
  return stripped;
}

bool
read_package (const char *path, enum package_kind kind,
	      struct linkname_bindings *list, char *err, size_t errlen)
{
  if (kind == PACKAGE_NONE)
    return package_error (err, errlen, path, "not a package", NULL);
  struct archive *a = archive_read_new ();
  if (a == NULL)
    return package_error (err, errlen, path, "out of memory", NULL);
  /* A .deb is an ar archive of its own; an .rpm's cpio payload comes
     out of the rpm filter, then the decompressor.  */
  if (kind == PACKAGE_DEB)
    archive_read_support_format_ar (a);
  else
    {
      archive_read_support_filter_rpm (a);
      support_payload_filters (a);
      archive_read_support_format_cpio (a);
    }
  const char *problem = kind == PACKAGE_DEB ? deb_problem : rpm_problem;
  bool ok;
  if (archive_read_open_filename (a, path, BLOCK_SIZE) != ARCHIVE_OK)
    ok = package_error (err, errlen, path, problem, archive_error (a));
  else if (kind == PACKAGE_DEB)
    ok = read_deb (a, path, list, err, errlen);
  else
    ok = read_payload (a, path, problem, list, err, errlen);
  archive_read_free (a);
  if (!ok && kind == PACKAGE_RPM && rpm_payload_stripped (path))
    ok = package_error (err, errlen, path, "RPM package not supported",
			"its payload is rpm's stripped cpio (\"07070X\", "
			"RPM 6's v6 packages), which libarchive does not "
			"read; build it as a v4 package (rpmbuild --define "
			"'_rpmformat 4')");
  return ok;
}
