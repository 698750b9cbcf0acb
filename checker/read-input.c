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

/* read-input.c -- expand linkname-check's inputs: files, directories
   (walked), and .deb/.rpm packages, told apart by content.

   A file named on the command line is read whatever it is, so that a
   file that is not ELF is reported, as before.  A file met in a
   directory is read only if its first bytes say it is ELF, a static
   library or a package: a package's build tree or an installed
   /usr/lib holds scripts, data and documentation too.

   Every directory and file is identified by device and inode before it
   is read: a symbolic link to something already read (or on its way,
   such as a link to a parent directory) is passed over, which both
   keeps a file from being counted twice and ends symlink loops.  The
   symbolic links met in directories are followed only once everything
   else has been read, so that a file is named by its own name
   (libfoo.so.1.2.3), not by a link to it (libfoo.so.1) that happens to
   sort first.  */

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "read-elf.h"
#include "read-input.h"
#include "read-package.h"

struct file_id
{
  dev_t dev;
  ino_t ino;
  bool used;			/* The slot of the table holds one.  */
};

/* The state of one run over the inputs.  */
struct walk
{
  struct linkname_bindings *list;
  void (*report) (const char *message);
  struct file_id *seen;		/* Every file and directory read: a hash
				   table of alloc_seen slots (a power of
				   2), a tree of /usr has many.  */
  size_t n_seen, alloc_seen;
  char **links;			/* Symbolic links met in directories,
				   to follow last.  */
  size_t n_links, alloc_links;
  bool ok;			/* No input was unreadable.  */
};

static void
report_error (struct walk *w, const char *message)
{
  w->report (message);
  w->ok = false;
}

static void
report_errno (struct walk *w, const char *path, int e)
{
  char msg[1024];
  snprintf (msg, sizeof msg, "%s: %s", path, strerror (e));
  report_error (w, msg);
}

static size_t
file_id_hash (dev_t dev, ino_t ino)
{
  uint64_t h = ((uint64_t) ino * UINT64_C (0x9e3779b97f4a7c15)) ^ (uint64_t) dev;
  return (size_t) (h ^ (h >> 29));
}

/* The slot of (DEV, INO) in TABLE, of ALLOC slots: where it is, or the
   empty slot where it goes (the table is never full).  */
static struct file_id *
find_slot (struct file_id *table, size_t alloc, dev_t dev, ino_t ino)
{
  size_t i = file_id_hash (dev, ino) & (alloc - 1);
  while (table[i].used && (table[i].dev != dev || table[i].ino != ino))
    i = (i + 1) & (alloc - 1);
  return &table[i];
}

/* Record ST's file as read; false if it already was (or if memory runs
   out, which is reported).  */
static bool
first_visit (struct walk *w, const char *path, const struct stat *st)
{
  /* At most half full, so that a lookup ends soon.  */
  if (2 * (w->n_seen + 1) > w->alloc_seen)
    {
      size_t alloc = w->alloc_seen ? 2 * w->alloc_seen : 64;
      struct file_id *table = calloc (alloc, sizeof *table);
      if (table == NULL)
	{
	  report_errno (w, path, ENOMEM);
	  return false;
	}
      for (size_t i = 0; i < w->alloc_seen; i++)
	if (w->seen[i].used)
	  *find_slot (table, alloc, w->seen[i].dev, w->seen[i].ino)
	    = w->seen[i];
      free (w->seen);
      w->seen = table;
      w->alloc_seen = alloc;
    }
  struct file_id *slot = find_slot (w->seen, w->alloc_seen, st->st_dev,
				    st->st_ino);
  if (slot->used)
    return false;
  *slot = (struct file_id) { st->st_dev, st->st_ino, true };
  w->n_seen++;
  return true;
}

/* The first bytes of the regular file PATH into HEAD; how many (up to
   N) there are, or -1 with errno set.  */
static ssize_t
read_head (const char *path, unsigned char *head, size_t n)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return -1;
  size_t got = fread (head, 1, n, f);
  int e = ferror (f) ? errno : 0;
  fclose (f);
  if (e != 0)
    {
      errno = e;
      return -1;
    }
  return (ssize_t) got;
}

/* Read the file PATH with the reader its first bytes call for.  With
   ONLY_WANTED (a file met in a directory), a file that is neither ELF,
   a static library nor a package is skipped silently.  */
static void
read_file (struct walk *w, const char *path, bool only_wanted)
{
  char err[1024];
  unsigned char head[PACKAGE_SNIFF_BYTES];
  ssize_t n = read_head (path, head, sizeof head);
  if (n < 0)
    {
      report_errno (w, path, errno);
      return;
    }
  enum package_kind kind = package_kind (head, (size_t) n);
  bool ok;
  if (kind != PACKAGE_NONE)
    ok = read_package (path, kind, w->list, err, sizeof err);
  else if (only_wanted && !package_member_wanted (path, head, (size_t) n))
    return;
  else
    ok = read_elf_file (path, w->list, err, sizeof err);
  if (!ok)
    report_error (w, err);
}

static void read_path (struct walk *w, const char *path, bool in_walk);

/* Put off the symbolic link PATH (malloc'd, taken over) until the rest
   has been read.  */
static void
defer_link (struct walk *w, char *path)
{
  if (w->n_links == w->alloc_links)
    {
      size_t alloc = w->alloc_links ? 2 * w->alloc_links : 16;
      char **more = realloc (w->links, alloc * sizeof *more);
      if (more == NULL)
	{
	  report_errno (w, path, ENOMEM);
	  free (path);
	  return;
	}
      w->links = more;
      w->alloc_links = alloc;
    }
  w->links[w->n_links++] = path;
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Every entry of the directory PATH, in byte order of the names, so
   that the report does not depend on the order the file system keeps.  */
static void
read_directory (struct walk *w, const char *path)
{
  DIR *dir = opendir (path);
  if (dir == NULL)
    {
      report_errno (w, path, errno);
      return;
    }
  char **names = NULL;
  size_t n = 0, alloc = 0;
  bool ok = true;
  for (;;)
    {
      errno = 0;		/* readdir's only way to tell an error.  */
      struct dirent *d = readdir (dir);
      if (d == NULL)
	{
	  ok = errno == 0;
	  break;
	}
      if (strcmp (d->d_name, ".") == 0 || strcmp (d->d_name, "..") == 0)
	continue;
      if (n == alloc)
	{
	  size_t more_alloc = alloc ? 2 * alloc : 32;
	  char **more = realloc (names, more_alloc * sizeof *more);
	  if (more == NULL)
	    {
	      errno = ENOMEM;
	      ok = false;
	      break;
	    }
	  names = more;
	  alloc = more_alloc;
	}
      if ((names[n] = strdup (d->d_name)) == NULL)
	{
	  errno = ENOMEM;
	  ok = false;
	  break;
	}
      n++;
    }
  if (!ok)
    report_errno (w, path, errno);
  closedir (dir);

  if (ok)
    qsort (names, n, sizeof *names, compare_names);
  size_t plen = strlen (path);
  bool slash = plen > 0 && path[plen - 1] == '/';
  for (size_t i = 0; i < n; i++)
    {
      if (ok)
	{
	  size_t len = plen + strlen (names[i]) + 2;
	  char *child = malloc (len);
	  if (child == NULL)
	    {
	      report_errno (w, path, ENOMEM);
	      ok = false;
	    }
	  else
	    {
	      snprintf (child, len, "%s%s%s", path, slash ? "" : "/",
			names[i]);
	      struct stat lst;
	      if (lstat (child, &lst) == 0 && S_ISLNK (lst.st_mode))
		defer_link (w, child);
	      else
		{
		  read_path (w, child, true);
		  free (child);
		}
	    }
	}
      free (names[i]);
    }
  free (names);
}

/* Read PATH: a directory is walked, a regular file read once.  IN_WALK
   says PATH was met in a directory rather than named by the user.  */
static void
read_path (struct walk *w, const char *path, bool in_walk)
{
  struct stat st;
  if (stat (path, &st) != 0)
    {
      int e = errno;
      struct stat lst;
      /* A dangling link in a tree (libfoo.so pointing into another
	 package) or a link loop is not an input of its own.  */
      if (in_walk && lstat (path, &lst) == 0 && S_ISLNK (lst.st_mode))
	return;
      /* Named by the user: the ELF reader says what is wrong, in the
	 words it always has.  */
      char err[1024];
      if (in_walk)
	report_errno (w, path, e);
      else if (!read_elf_file (path, w->list, err, sizeof err))
	report_error (w, err);
      return;
    }
  if (S_ISDIR (st.st_mode))
    {
      if (first_visit (w, path, &st))
	read_directory (w, path);
    }
  else if (S_ISREG (st.st_mode))
    {
      if (first_visit (w, path, &st))
	read_file (w, path, in_walk);
    }
  else if (!in_walk)
    {
      /* A pipe or a device named by the user: read as a stream, which
	 cannot be looked at first.  */
      char err[1024];
      if (!read_elf_file (path, w->list, err, sizeof err))
	report_error (w, err);
    }
  /* Sockets, pipes and devices in a tree are skipped: opening a pipe
     would wait for a writer.  */
}

bool
read_inputs (char *const *paths, size_t n, struct linkname_bindings *list,
	     void (*report) (const char *message))
{
  struct walk w = { list, report, NULL, 0, 0, NULL, 0, 0, true };
  for (size_t i = 0; i < n; i++)
    read_path (&w, paths[i], false);
  /* A link to a directory may lead to more links: the list grows as it
     is read, and ends since every directory is walked once.  */
  for (size_t i = 0; i < w.n_links; i++)
    {
      read_path (&w, w.links[i], true);
      free (w.links[i]);
    }
  free (w.links);
  free (w.seen);
  return w.ok;
}
