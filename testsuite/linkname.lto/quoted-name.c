/* A quoted name across LTO and non-LTO objects.  support/quoted-def.c,
   compiled with -flto, defines the symbols example.com/lto-q.Value and
   .Bump (asm labels); this unit, compiled without -flto, pulls them
   under the gc scheme and is their only user.  The LTO symbol table must name the symbol itself, not its
   quoted assembler spelling: else the linker sees no reference to the
   definition, lto1 makes it local, and the link fails.  (GCC alone
   writes the quotes; the plugin gives the linker the name.)  */
/* { dg-step compile "quoted-name.c" "-fno-lto -fplugin-arg-linkname-Wno-gc-abi" } */
/* { dg-step compile "support/quoted-def.c" } */
/* { dg-step link "" "quoted-name.c support/quoted-def.c" } */

extern long value __attribute__ ((linkname ("example.com/lto-q.Value", "gc")));
extern long bump (long) __attribute__ ((linkname ("example.com/lto-q.Bump", "gc")));

int
main (void)
{
  return bump (value) == 8 ? 0 : 1;
}

/* { dg-final { scan-symbol-file "quoted-name-quoted-def.c.o" "example.com/lto-q.Value" "D" } } */
/* { dg-final { scan-symbol-file "quoted-name-quoted-def.c.o" "example.com/lto-q.Bump" "T" } } */
/* { dg-final { scan-symbol "example.com/lto-q.Value" "D" } } */
/* { dg-final { scan-symbol "example.com/lto-q.Bump" "T" } } */
