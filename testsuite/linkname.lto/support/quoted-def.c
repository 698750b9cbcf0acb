/* Definitions under quoted names, compiled with -flto (and the plugin)
   for quoted-name.c, which is their only user.  They are asm labels, not
   pushes: a push is kept global by the plugin whatever the linker says,
   an asm label only if the linker reports the non-LTO reference to it,
   which it does only when the LTO symbol table names it right.  */

long value __asm__ ("\"example.com/lto-q.Value\"") = 7;
long bump (long x) __asm__ ("\"example.com/lto-q.Bump\"");
long bump (long x) { return x + 1; }
