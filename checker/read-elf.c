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

/* read-elf.c -- find the .note.linkname sections of ELF files and
   archives with libelf, and decode their records (lib/record.c).

   Everything is read from memory (elf_memory): linkname-check reads each
   file whole, and the ld plugin reads the bytes of one input from the
   descriptor and offset the linker gives it, which may be a member in
   the middle of an archive.  One path for both keeps them agreeing.

   The records are copied into the binding list, so the image can go as
   soon as a file has been read.  */

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "read-elf.h"

/* Archives inside archives are legal; deeper than this is an attack or
   an accident.  */
#define MAX_ARCHIVE_DEPTH 8

static bool
fail (char *err, size_t errlen, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (err, errlen, fmt, ap);
  va_end (ap);
  return false;
}

static void (*lto_only_fn) (const char *message);

void
read_elf_on_lto_only (void (*fn) (const char *message))
{
  lto_only_fn = fn;
}

bool
read_elf_init (char *err, size_t errlen)
{
  if (elf_version (EV_CURRENT) == EV_NONE)
    return fail (err, errlen, "libelf is out of date: %s", elf_errmsg (-1));
  return true;
}

/* The libelf error pending, as text ("unknown error" if none).  */
static const char *
elf_error (void)
{
  int e = elf_errno ();
  return e != 0 ? elf_errmsg (e) : "unknown error";
}

static void (*go_export_fn) (const char *data, size_t len, const char *name);

void
read_elf_on_go_export (void (*fn) (const char *data, size_t len,
				   const char *name))
{
  go_export_fn = fn;
}

struct collect
{
  struct linkname_bindings *list;
  const char *name;
  int elf_class;		/* Of the file, for each binding.  */
  unsigned elf_machine;
  bool out_of_memory;
};

static bool
collect_record (const struct linkname_record *r, void *arg)
{
  struct collect *c = arg;
  if (!linkname_bindings_add (c->list, r, c->name))
    {
      c->out_of_memory = true;
      return false;
    }
  c->list->items[c->list->count - 1].elf_class = c->elf_class;
  c->list->items[c->list->count - 1].elf_machine = c->elf_machine;
  return true;
}

/* The records of the .note.linkname section SCN of ELF.  */
static bool
read_notes (Elf *elf, Elf_Scn *scn, const GElf_Shdr *shdr,
	    const GElf_Ehdr *ehdr, const char *name,
	    struct linkname_bindings *list, char *err, size_t errlen)
{
  if (shdr->sh_type == SHT_NOBITS)
    return fail (err, errlen, "%s: section %s has no contents", name,
		 LINKNAME_NOTE_SECTION);
  /* A linker asked to compress non-debug sections may compress it.  */
  if ((shdr->sh_flags & SHF_COMPRESSED) != 0 && elf_compress (scn, 0, 0) < 0)
    return fail (err, errlen, "%s: cannot decompress section %s: %s", name,
		 LINKNAME_NOTE_SECTION, elf_error ());

  struct collect c = { list, name, ehdr->e_ident[EI_CLASS], ehdr->e_machine,
		       false };
  Elf_Data *data = NULL;
  while ((data = elf_getdata (scn, data)) != NULL)
    {
      /* libelf turns the note headers of an SHT_NOTE section into the
	 host's byte order (type ELF_T_NHDR); other data is raw.  */
      bool big;
      if (data->d_type == ELF_T_NHDR || data->d_type == ELF_T_NHDR8)
	big = __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__;
      else
	big = ehdr->e_ident[EI_DATA] == ELFDATA2MSB;

      struct linkname_error e = { NULL, 0 };
      bool ok = linkname_notes_walk (data->d_buf, data->d_size, big,
				     collect_record, &c, &e);
      if (c.out_of_memory)
	return fail (err, errlen, "%s: out of memory", name);
      if (!ok)
	return fail (err, errlen, "%s: malformed %s section: %s (at byte %zu)",
		     name, LINKNAME_NOTE_SECTION, e.message, e.offset);
    }
  if (elf_errno () != 0)
    return fail (err, errlen, "%s: cannot read section %s: %s", name,
		 LINKNAME_NOTE_SECTION, elf_error ());
  (void) elf;
  return true;
}

/* The records of one ELF file: an object, a shared object or an
   executable.  Sections are found by name, so a final link's output
   (where .note.linkname stays a non-loaded section) reads like an
   object.  */
static bool
read_object (Elf *elf, const char *name, struct linkname_bindings *list,
	     char *err, size_t errlen)
{
  elf_errno ();			/* Clear what an earlier file left.  */
  GElf_Ehdr ehdr;
  if (gelf_getehdr (elf, &ehdr) == NULL)
    return fail (err, errlen, "%s: malformed ELF header: %s", name,
		 elf_error ());
  size_t shstrndx, shnum;
  if (elf_getshdrnum (elf, &shnum) != 0
      || elf_getshdrstrndx (elf, &shstrndx) != 0)
    return fail (err, errlen, "%s: truncated or malformed ELF file: %s",
		 name, elf_error ());

  /* libelf clips what it reads to the file (an archive member cut
     short reads as a smaller file), so a truncated file can look like a
     well-formed one with fewer sections.  The headers say how big the
     file must be: check.  */
  size_t size = 0;
  (void) elf_rawfile (elf, &size);
  /* e_shnum is 0 when the count is in the first section header
     (extended numbering), which elf_getshdrnum reads.  */
  uint64_t count = ehdr.e_shnum != 0 ? ehdr.e_shnum : shnum;
  if (count != shnum || ehdr.e_shoff > size
      || count * ehdr.e_shentsize > size - ehdr.e_shoff)
    return fail (err, errlen, "%s: truncated ELF file (section headers "
		 "past the end)", name);

  bool has_notes = false, has_lto = false, has_text = false;
  Elf_Scn *scn = NULL;
  while ((scn = elf_nextscn (elf, scn)) != NULL)
    {
      GElf_Shdr shdr;
      if (gelf_getshdr (scn, &shdr) == NULL)
	return fail (err, errlen, "%s: malformed section header: %s", name,
		     elf_error ());
      if (shdr.sh_type != SHT_NOBITS
	  && (shdr.sh_offset > size || shdr.sh_size > size - shdr.sh_offset))
	return fail (err, errlen, "%s: truncated ELF file (section %zu past "
		     "the end)", name, elf_ndxscn (scn));
      const char *sname = elf_strptr (elf, shstrndx, shdr.sh_name);
      if (sname == NULL)
	return fail (err, errlen, "%s: malformed section names: %s", name,
		     elf_error ());
      if (strcmp (sname, LINKNAME_NOTE_SECTION) == 0)
	{
	  if (!read_notes (elf, scn, &shdr, &ehdr, name, list, err, errlen))
	    return false;
	  has_notes = true;
	}
      if (strcmp (sname, ".go_export") == 0 && go_export_fn != NULL
	  && shdr.sh_type != SHT_NOBITS && shdr.sh_size > 0)
	{
	  /* Not allocated, so a final link and strip keep it as it is;
	     lib/go-export-find.c reads the same section from images.  */
	  Elf_Data *data = elf_rawdata (scn, NULL);
	  if (data != NULL && data->d_buf != NULL)
	    go_export_fn (data->d_buf, data->d_size, name);
	}
      has_lto |= strncmp (sname, ".gnu.lto_", 9) == 0;
      has_text |= (shdr.sh_flags & SHF_EXECINSTR) != 0 && shdr.sh_size > 0;
    }
  if (elf_errno () != 0)
    return fail (err, errlen, "%s: truncated or malformed ELF file: %s",
		 name, elf_error ());
  if (has_lto && !has_notes && !has_text && lto_only_fn != NULL)
    {
      char note[1024];
      snprintf (note, sizeof note, "%s: an LTO object without machine code: "
		"its bindings are recorded in the program linked from it "
		"(or compile with -ffat-lto-objects)", name);
      lto_only_fn (note);
    }
  return true;
}

static bool read_elf (Elf *elf, const char *name, int depth,
		      struct linkname_bindings *list, char *err,
		      size_t errlen);

/* The archive's own tables, which are not members.  */
static bool
special_member (const char *name)
{
  return strcmp (name, "/") == 0 || strcmp (name, "//") == 0
	 || strcmp (name, "/SYM64/") == 0;
}

/* The size of the member whose data starts at offset AT of the archive
   IMAGE, as its header says.  libelf's Elf_Arhdr gives the size clipped
   to the end of the file (CLIPPED), which hides a truncated archive;
   the header's own decimal ar_size field (bytes 48 to 57 of the 60 that
   precede the data) does not.  */
static size_t
member_size (const char *image, size_t at, size_t clipped)
{
  if (image == NULL || at < 60)
    return clipped;
  const char *field = image + at - 60 + 48;
  size_t n = 0;
  for (int i = 0; i < 10 && field[i] >= '0' && field[i] <= '9'; i++)
    n = n * 10 + (size_t) (field[i] - '0');
  return n > clipped ? n : clipped;
}

/* Each member of the archive AR, named NAME(MEMBER) in messages.  SIZE
   is the archive's size.  */
static bool
read_archive (Elf *ar, const char *name, size_t size, int depth,
	      struct linkname_bindings *list, char *err, size_t errlen)
{
  if (depth >= MAX_ARCHIVE_DEPTH)
    return fail (err, errlen, "%s: archives nested too deep", name);

  /* libelf ends the walk the same way at the end of the archive and at
     a header cut short, so where the members end is tracked here: the
     last one must end (padded to an even offset) where the file does.  */
  size_t end = 8;		/* "!<arch>\n".  */
  off_t ar_base = elf_getbase (ar);
  const char *ar_image = elf_rawfile (ar, NULL);

  /* Members of an archive in memory must be read as mapped memory: with
     ELF_C_READ libelf would read them from the (absent) descriptor.  */
  Elf_Cmd cmd = ELF_C_READ_MMAP;
  Elf *member;
  while ((member = elf_begin (-1, cmd, ar)) != NULL)
    {
      Elf_Arhdr *h = elf_getarhdr (member);
      bool ok = true;
      if (h == NULL)
	ok = fail (err, errlen, "%s: malformed archive member header: %s",
		   name, elf_error ());
      else
	{
	  off_t base = elf_getbase (member);
	  if (base >= 0 && ar_base >= 0)
	    end = (size_t) (base - ar_base)
		  + member_size (ar_image, (size_t) (base - ar_base),
				 (size_t) h->ar_size);
	  end += end & 1;
	}
      if (ok && !special_member (h->ar_name))
	{
	  size_t len = strlen (name) + strlen (h->ar_name) + 3;
	  char *mname = malloc (len);
	  if (mname == NULL)
	    ok = fail (err, errlen, "%s: out of memory", name);
	  else
	    {
	      snprintf (mname, len, "%s(%s)", name, h->ar_name);
	      ok = read_elf (member, mname, depth + 1, list, err, errlen);
	      free (mname);
	    }
	}
      cmd = elf_next (member) == ELF_C_NULL ? ELF_C_NULL : ELF_C_READ_MMAP;
      elf_end (member);
      if (!ok)
	return false;
    }
  elf_errno ();
  if (end != size && end != size + 1)
    return fail (err, errlen, "%s: truncated or malformed archive", name);
  return true;
}

static bool
read_elf (Elf *elf, const char *name, int depth,
	  struct linkname_bindings *list, char *err, size_t errlen)
{
  switch (elf_kind (elf))
    {
    case ELF_K_ELF:
      return read_object (elf, name, list, err, errlen);
    case ELF_K_AR:
      {
	size_t size = 0;
	(void) elf_rawfile (elf, &size);
	return read_archive (elf, name, size, depth, list, err, errlen);
      }
    default:
      {
	size_t size = 0;
	const char *id = elf_getident (elf, NULL);
	(void) elf_rawfile (elf, &size);
	if (size == 0)
	  return fail (err, errlen, "%s: empty file", name);
	if (id != NULL && memcmp (id, ELFMAG, SELFMAG) == 0)
	  return fail (err, errlen, "%s: truncated or malformed ELF file",
		       name);
	return fail (err, errlen, "%s: not an ELF object, archive, shared "
		     "object or executable", name);
      }
    }
}

bool
read_elf_image (unsigned char *image, size_t size, const char *name,
		struct linkname_bindings *list, char *err, size_t errlen)
{
  if (size == 0)
    return fail (err, errlen, "%s: empty file", name);
  if (size >= 8 && memcmp (image, "!<thin>\n", 8) == 0)
    return fail (err, errlen, "%s: a thin archive: pass its members instead",
		 name);
  if (size >= SELFMAG && memcmp (image, ELFMAG, SELFMAG) == 0
      && size < sizeof (Elf32_Ehdr))
    return fail (err, errlen, "%s: truncated ELF file", name);

  elf_errno ();
  Elf *elf = elf_memory ((char *) image, size);
  if (elf == NULL)
    return fail (err, errlen, "%s: cannot read: %s", name, elf_error ());
  bool ok = read_elf (elf, name, 0, list, err, errlen);
  elf_end (elf);
  return ok;
}

bool
read_elf_file (const char *path, struct linkname_bindings *list, char *err,
	       size_t errlen)
{
  int fd = open (path, O_RDONLY);
  if (fd < 0)
    return fail (err, errlen, "%s: %s", path, strerror (errno));
  struct stat st;
  if (fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      close (fd);
      return fail (err, errlen, "%s: is a directory", path);
    }

  /* Read to the end rather than trust st_size: a pipe has none, and a
     file may change under us.  */
  size_t alloc = S_ISREG (st.st_mode) && st.st_size > 0
		 ? (size_t) st.st_size + 1 : 65536;
  size_t size = 0;
  unsigned char *image = malloc (alloc);
  if (image == NULL)
    {
      close (fd);
      return fail (err, errlen, "%s: out of memory", path);
    }
  for (;;)
    {
      if (size == alloc)
	{
	  unsigned char *bigger = realloc (image, 2 * alloc);
	  if (bigger == NULL)
	    {
	      free (image);
	      close (fd);
	      return fail (err, errlen, "%s: out of memory", path);
	    }
	  image = bigger;
	  alloc *= 2;
	}
      ssize_t got = read (fd, image + size, alloc - size);
      if (got < 0 && errno == EINTR)
	continue;
      if (got < 0)
	{
	  int e = errno;
	  free (image);
	  close (fd);
	  return fail (err, errlen, "%s: %s", path, strerror (e));
	}
      if (got == 0)
	break;
      size += (size_t) got;
    }
  close (fd);

  bool ok = read_elf_image (image, size, path, list, err, errlen);
  free (image);
  return ok;
}
