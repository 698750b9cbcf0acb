/* symbol-cli.c -- print the symbol of each target on the command line,
   one a line, so that shell tests can compare it with what a real
   toolchain emits.

   Usage: symbol-cli [--asm] SCHEME TARGET...

   With --asm, print the assembler spelling (quoted when need be)
   instead of the symbol.  Exits 1 after the first rejected target,
   printing why and where to stderr, and 2 on a usage error.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linkname.h"

static int
usage (void)
{
  fprintf (stderr, "usage: symbol-cli [--asm] SCHEME TARGET...\n"
	   "SCHEME is one of: %s\n", linkname_scheme_names ());
  return 2;
}

int
main (int argc, char **argv)
{
  enum linkname_scheme scheme;
  bool asm_spelling = false;
  int i = 1;

  if (i < argc && strcmp (argv[i], "--asm") == 0)
    {
      asm_spelling = true;
      i++;
    }
  if (argc - i < 2 || !linkname_scheme_from_name (argv[i], &scheme))
    return usage ();

  for (i++; i < argc; i++)
    {
      const char *text = argv[i];
      struct linkname_target t;
      struct linkname_error err;
      char *sym;

      if (scheme == LINKNAME_SCHEME_VERBATIM)
	{
	  if (!linkname_verbatim_check (text, strlen (text), &err))
	    goto bad;
	  sym = strdup (text);
	}
      else
	{
	  if (!linkname_target_parse (text, strlen (text), &t, &err))
	    goto bad;
	  sym = linkname_symbol (&t, scheme);
	  linkname_target_free (&t);
	}
      if (sym != NULL && asm_spelling)
	{
	  char *spelled = linkname_asm_spelling (sym);

	  free (sym);
	  sym = spelled;
	}
      if (sym == NULL)
	{
	  fprintf (stderr, "symbol-cli: out of memory\n");
	  return 1;
	}
      puts (sym);
      free (sym);
      continue;

    bad:
      fprintf (stderr, "symbol-cli: '%s': %s at byte %zu\n", text,
	       err.message, err.offset);
      return 1;
    }
  return 0;
}
