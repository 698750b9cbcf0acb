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

/* ld-plugin.c -- linkname-check's rules inside the link: a plugin for
   GNU ld (bfd) and gold, loaded with -Wl,-plugin,PATH, so that a build
   fails at link time as Go's linker does with -checklinkname.

   The linker offers the plugin every input object it loads (and each
   archive member it pulls in) through the claim_file hook.  The plugin
   reads the input's .note.linkname records from the descriptor and
   offset it is given, and never claims the file: the link goes on as
   if the plugin were not there.  Once all symbols are read it runs the
   rules of lib/check.c over everything it saw, prints every finding as
   a linker warning or error ("OBJECT: invalid reference to TARGET ..."),
   and the link fails once, at its end, if any is an error.

   Options, with -Wl,-plugin-opt=OPTION after the -plugin:
     policy=FILE   a policy file, as for linkname-check --policy
     strict        a handshake finding is an error, and so is a binding
		   whose record says checks were relaxed (--strict)
     go=VERSION    the rules and blocklist of that Go release's linker
		   (linkname-check --go; default the newest)

   The go-signature rule compares the bindings with the Go export data
   of the inputs (the .go_export sections of gccgo's objects, archives
   and of libgo.so, which both linkers offer to the plugin too): only
   the blocks of the packages the bindings name are parsed.

   In an ld -r link the handshake rule is off: the pushes may come with
   the rest of the program.  A limit of the linkers' making: -flto
   objects are claimed by GCC's LTO plugin, which the driver loads before
   this one, and the objects LTO compiles them into are offered to no
   plugin; so the bindings of LTO units are not checked here (those of
   the other inputs are): run linkname-check on the output, which holds
   them all.

   The header is the linker plugin API of binutils (plugin-api.h), which
   GCC's plugin headers also ship; configure finds one of them.  */

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

#include <ar.h>
#include <gelf.h>
#include <libelf.h>
#include <plugin-api.h>

#include "linkname-check.h"
#include "linkname-blocklist.h"
#include "linkname-policy.h"
#include "read-elf.h"

static ld_plugin_message message;
static int linker_output = -1;
static bool strict;
static enum linkname_go_release go_release = LINKNAME_GO_NEWEST;
static const char *policy_file;
static struct linkname_policy policy;
static bool have_policy;
static struct linkname_bindings bindings;

/* The .go_export sections of the inputs (gccgo's export data, for the
   go-signature rule), copied: the image they are read from goes with
   its claim.  Parsed once all symbols are read, and only when there are
   bindings to check: most links have none, and libgo's export data is
   four megabytes.  */
struct go_section
{
  char *data;
  size_t len;
  char *name;
};

static struct go_section *go_sections;
static size_t n_go_sections;
static struct linkname_go_export *go_exports;

/* The members of the archives seen so far: the linkers give an archive
   member as the archive's name and the offset of the member's data, so
   the member's own name is looked up here, once per archive.  */
struct member
{
  off_t offset;
  char *name;
};

struct archive
{
  char *path;
  struct member *members;
  size_t n_members;
};

static struct archive *archives;
static size_t n_archives;

/* Read the member table of the archive open on FD.  */
static bool
archive_load (struct archive *a, int fd)
{
  Elf *ar = elf_begin (fd, ELF_C_READ, NULL);
  if (ar == NULL)
    return false;
  if (elf_kind (ar) == ELF_K_AR)
    {
      Elf_Cmd cmd = ELF_C_READ;
      Elf *m;
      while ((m = elf_begin (fd, cmd, ar)) != NULL)
	{
	  Elf_Arhdr *h = elf_getarhdr (m);
	  struct member *grown
	    = realloc (a->members, (a->n_members + 1) * sizeof *grown);
	  if (h != NULL && grown != NULL)
	    {
	      a->members = grown;
	      grown[a->n_members].offset = elf_getbase (m);
	      grown[a->n_members].name = strdup (h->ar_name);
	      if (grown[a->n_members].name != NULL)
		a->n_members++;
	    }
	  else if (grown != NULL)
	    a->members = grown;
	  cmd = elf_next (m);
	  elf_end (m);
	}
    }
  elf_end (ar);
  return true;
}

static const char *
archive_member_name (const struct ld_plugin_input_file *file)
{
  struct archive *a = NULL;
  for (size_t i = 0; i < n_archives && a == NULL; i++)
    if (strcmp (archives[i].path, file->name) == 0)
      a = &archives[i];
  if (a == NULL)
    {
      char magic[SARMAG];
      if (pread (file->fd, magic, SARMAG, 0) != SARMAG
	  || memcmp (magic, ARMAG, SARMAG) != 0)
	return NULL;
      struct archive *grown
	= realloc (archives, (n_archives + 1) * sizeof *grown);
      if (grown == NULL)
	return NULL;
      archives = grown;
      a = &archives[n_archives];
      memset (a, 0, sizeof *a);
      a->path = strdup (file->name);
      if (a->path == NULL)
	return NULL;
      n_archives++;
      archive_load (a, file->fd);
    }
  for (size_t i = 0; i < a->n_members; i++)
    if (a->members[i].offset == (off_t) file->offset)
      return a->members[i].name;
  return NULL;
}

static void
archives_free (void)
{
  for (size_t i = 0; i < n_archives; i++)
    {
      for (size_t j = 0; j < archives[i].n_members; j++)
	free (archives[i].members[j].name);
      free (archives[i].members);
      free (archives[i].path);
    }
  free (archives);
  archives = NULL;
  n_archives = 0;
}

/* The name an input is known by in messages: the file, or
   "ARCHIVE(MEMBER)" for an archive member, as linkname-check names it.  */
static char *
input_name (const struct ld_plugin_input_file *file)
{
  const char *name = file->name ? file->name : "?";
  const char *member = file->offset > 0 ? archive_member_name (file) : NULL;
  if (member == NULL)
    return strdup (name);
  size_t len = strlen (name) + strlen (member) + 3;
  char *s = malloc (len);
  if (s != NULL)
    snprintf (s, len, "%s(%s)", name, member);
  return s;
}

/* An input's bytes: mapped, or read when the mapping failed.  */
struct input_image
{
  unsigned char *bytes;		/* FILESIZE bytes.  */
  void *map;			/* The mapping, or NULL (BYTES malloc'd).  */
  size_t map_len;
};

/* The FILESIZE bytes of FILE, from its descriptor at its offset, read
   into memory (the fallback of map_input).  */
static unsigned char *
read_input (const struct ld_plugin_input_file *file, char *err,
	    size_t errlen)
{
  size_t size = (size_t) file->filesize;
  unsigned char *buf = malloc (size ? size : 1);
  if (buf == NULL)
    {
      snprintf (err, errlen, "out of memory");
      return NULL;
    }
  size_t done = 0;
  while (done < size)
    {
      ssize_t got = pread (file->fd, buf + done, size - done,
			   (off_t) (file->offset + (off_t) done));
      if (got < 0 && errno == EINTR)
	continue;
      if (got <= 0)
	{
	  snprintf (err, errlen, "%s", got < 0 ? strerror (errno)
						: "file shorter than expected");
	  free (buf);
	  return NULL;
	}
      done += (size_t) got;
    }
  return buf;
}

static void
keep_go_export (const char *data, size_t len, const char *name)
{
  struct go_section *grown
    = realloc (go_sections, (n_go_sections + 1) * sizeof *grown);
  if (grown == NULL)
    return;
  go_sections = grown;
  struct go_section *g = &go_sections[n_go_sections];
  g->data = malloc (len ? len : 1);
  g->name = strdup (name);
  g->len = len;
  if (g->data == NULL || g->name == NULL)
    {
      free (g->data);
      free (g->name);
      message (LDPL_WARNING, "linkname: %s: out of memory for its Go "
	       "export data; its packages are not checked", name);
      return;
    }
  memcpy (g->data, data, len);
  n_go_sections++;
}

/* The packages the bindings name, for parse_go_sections.  */
struct wanted
{
  char **paths;
  size_t n;
};

static bool
want_package (const char *path, size_t len, void *data)
{
  const struct wanted *w = data;
  return linkname_check_go_package_wanted (w->paths, w->n, path, len);
}

/* The export data kept, parsed into one set: only the blocks of the
   packages the bindings name (libgo.so holds 229; a program's bindings
   name a few).  NULL when there is none.  */
static struct linkname_go_export *
parse_go_sections (void)
{
  if (n_go_sections == 0)
    return NULL;
  struct wanted w;
  w.paths = linkname_check_go_packages (&bindings, &w.n);
  struct linkname_go_export *set = linkname_go_export_new ();
  if (set == NULL || w.paths == NULL || w.n == 0)
    {
      if (w.paths != NULL)
	linkname_check_go_packages_free (w.paths, w.n);
      if (set != NULL)
	linkname_go_export_free (set);
      return NULL;
    }
  for (size_t i = 0; i < n_go_sections; i++)
    {
      struct linkname_error e = { NULL, 0 };
      if (!linkname_go_export_parse_wanted (set, go_sections[i].data,
					    go_sections[i].len, want_package,
					    &w, &e))
	message (LDPL_WARNING, "linkname: %s: cannot read its Go export "
		 "data: %s (at byte %zu); its packages are not checked",
		 go_sections[i].name, e.message, e.offset);
    }
  linkname_check_go_packages_free (w.paths, w.n);
  return set;
}

static void
go_sections_free (void)
{
  for (size_t i = 0; i < n_go_sections; i++)
    {
      free (go_sections[i].data);
      free (go_sections[i].name);
    }
  free (go_sections);
  go_sections = NULL;
  n_go_sections = 0;
  if (go_exports != NULL)
    linkname_go_export_free (go_exports);
  go_exports = NULL;
}

/* FILE's bytes into *IMG: mapped where the system can (the linkers
   offer shared libraries too, and reading libgo.so's 58 MB into memory
   for every link doubled the time of a gccgo link), else read.  The
   mapping is private and writable, copy on write: libelf may convert
   the image in place.  */
static bool
map_input (const struct ld_plugin_input_file *file, struct input_image *img,
	   char *err, size_t errlen)
{
  img->map = NULL;
  img->map_len = 0;
  long page = sysconf (_SC_PAGESIZE);
  if (page > 0 && file->filesize > 0)
    {
      off_t start = file->offset - file->offset % page;
      size_t delta = (size_t) (file->offset - start);
      size_t len = (size_t) file->filesize + delta;
      void *p = mmap (NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE,
		      file->fd, start);
      if (p != MAP_FAILED)
	{
	  img->map = p;
	  img->map_len = len;
	  img->bytes = (unsigned char *) p + delta;
	  return true;
	}
    }
  img->bytes = read_input (file, err, errlen);
  return img->bytes != NULL;
}

static void
unmap_input (struct input_image *img)
{
  if (img->map != NULL)
    munmap (img->map, img->map_len);
  else
    free (img->bytes);
}

static enum ld_plugin_status
claim_file (const struct ld_plugin_input_file *file, int *claimed)
{
  *claimed = 0;
  char err[1024];
  struct input_image img;
  if (!map_input (file, &img, err, sizeof err))
    {
      message (LDPL_WARNING, "linkname: %s: cannot read: %s", file->name,
	       err);
      return LDPS_OK;
    }
  /* Linker scripts (libc.so is one) and other inputs that are neither
     ELF nor archives are offered too: they have no records.  */
  if (file->filesize < SELFMAG || memcmp (img.bytes, ELFMAG, SELFMAG) != 0)
    {
      unmap_input (&img);
      return LDPS_OK;
    }
  char *name = input_name (file);
  if (name == NULL
      || !read_elf_image (img.bytes, (size_t) file->filesize, name, &bindings,
			  err, sizeof err))
    /* The linker took the file as an object; if its records are
       malformed the check is incomplete, which is worth a warning but
       not a broken build.  */
    message (LDPL_WARNING, "linkname: %s", name ? err : "out of memory");
  free (name);
  unmap_input (&img);
  return LDPS_OK;
}

static enum ld_plugin_status
all_symbols_read (void)
{
  if (bindings.count > 0 && go_exports == NULL)
    go_exports = parse_go_sections ();
  struct linkname_check_options opt = {
    have_policy ? &policy : NULL, go_release, strict,
    linker_output == LDPO_REL, go_exports
  };
  struct linkname_findings findings;
  if (!linkname_check (&bindings, &opt, &findings))
    {
      message (LDPL_FATAL, "linkname: out of memory");
      return LDPS_ERR;
    }

  /* Every finding is reported.  An error as LDPL_ERROR, which both GNU
     linkers count and fail the link for once they are done (LDPL_FATAL
     would end it at once, dropping the findings after it).  */
  for (size_t i = 0; i < findings.count; i++)
    {
      const struct linkname_finding *f = &findings.items[i];
      /* A relaxed binding is news for a report, not for every link;
	 with strict it is an error, and shown.  */
      if (f->severity == LINKNAME_SEVERITY_NOTE)
	continue;
      char *text = linkname_finding_format (&bindings, f);
      int level = f->severity == LINKNAME_SEVERITY_ERROR ? LDPL_ERROR
							  : LDPL_WARNING;
      message (level, "%s", text ? text : "linkname: out of memory");
      free (text);
    }
  linkname_findings_free (&findings);
  return LDPS_OK;
}

static enum ld_plugin_status
cleanup (void)
{
  linkname_bindings_free (&bindings);
  archives_free ();
  go_sections_free ();
  if (have_policy)
    linkname_policy_free (&policy);
  have_policy = false;
  return LDPS_OK;
}

static bool
parse_option (const char *opt)
{
  if (strcmp (opt, "strict") == 0)
    strict = true;
  else if (strncmp (opt, "policy=", 7) == 0 && opt[7] != '\0')
    policy_file = opt + 7;
  else if (strncmp (opt, "go=", 3) == 0)
    return linkname_go_release_parse (opt + 3, &go_release);
  else
    return false;
  return true;
}

enum ld_plugin_status onload (struct ld_plugin_tv *tv);

enum ld_plugin_status
onload (struct ld_plugin_tv *tv)
{
  ld_plugin_register_claim_file register_claim_file = NULL;
  ld_plugin_register_all_symbols_read register_all_symbols_read = NULL;
  ld_plugin_register_cleanup register_cleanup = NULL;
  const char *bad_option = NULL;

  for (; tv->tv_tag != LDPT_NULL; tv++)
    switch (tv->tv_tag)
      {
      case LDPT_MESSAGE:
	message = tv->tv_u.tv_message;
	break;
      case LDPT_LINKER_OUTPUT:
	linker_output = tv->tv_u.tv_val;
	break;
      case LDPT_OPTION:
	if (!parse_option (tv->tv_u.tv_string) && bad_option == NULL)
	  bad_option = tv->tv_u.tv_string;
	break;
      case LDPT_REGISTER_CLAIM_FILE_HOOK:
	register_claim_file = tv->tv_u.tv_register_claim_file;
	break;
      case LDPT_REGISTER_ALL_SYMBOLS_READ_HOOK:
	register_all_symbols_read = tv->tv_u.tv_register_all_symbols_read;
	break;
      case LDPT_REGISTER_CLEANUP_HOOK:
	register_cleanup = tv->tv_u.tv_register_cleanup;
	break;
      default:
	break;
      }

  if (message == NULL || register_claim_file == NULL
      || register_all_symbols_read == NULL)
    return LDPS_ERR;
  if (bad_option != NULL)
    {
      if (strncmp (bad_option, "go=", 3) == 0)
	message (LDPL_FATAL, "linkname: unknown Go release in '%s' "
		 "(valid: %s)", bad_option, linkname_go_releases_text);
      else
	message (LDPL_FATAL, "linkname: unknown plugin option '%s' "
		 "(valid: policy=FILE, strict, go=VERSION)", bad_option);
      return LDPS_ERR;
    }

  char err[256];
  if (!read_elf_init (err, sizeof err))
    {
      message (LDPL_FATAL, "linkname: %s", err);
      return LDPS_ERR;
    }
  read_elf_on_go_export (keep_go_export);
  if (policy_file != NULL)
    {
      struct linkname_policy_error perr;
      if (!linkname_policy_load (policy_file, &policy, &perr))
	{
	  char why[4096];
	  message (LDPL_FATAL, "linkname: %s",
		   linkname_policy_error_text (policy_file, &perr, why,
					       sizeof why));
	  return LDPS_ERR;
	}
      have_policy = true;
    }

  if (register_claim_file (claim_file) != LDPS_OK
      || register_all_symbols_read (all_symbols_read) != LDPS_OK
      || (register_cleanup != NULL && register_cleanup (cleanup) != LDPS_OK))
    return LDPS_ERR;
  return LDPS_OK;
}
