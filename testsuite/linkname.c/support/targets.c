/* The other side of the pulls in linkname.c: symbols defined with asm
   labels, the way a Go toolchain would name them, so that a pull that
   names the wrong symbol fails to link.  Compiled into every test of the
   folder that lists it in dg-additional-sources.  */

#include <stddef.h>
#include <string.h>

/* example.com/foo-bar/v2.Add, under gccgo's scheme.  */
long targets_add (long a, long b) __asm__ ("example_0com_1foo_x2dbar_1v2.Add");
long targets_add (long a, long b) { return a + b; }

/* runtime-like variable: example.com/foo-bar/v2.Counter.  */
long targets_counter __asm__ ("example_0com_1foo_x2dbar_1v2.Counter") = 41;

/* A pointer method: example.com/foo-bar/v2.(*T).Get -> ...T.Get.  */
struct t { long x; };
long targets_get (struct t *t) __asm__ ("example_0com_1foo_x2dbar_1v2.T.Get");
long targets_get (struct t *t) { return t->x; }

/* A global alias SYMBOL of the definition NAME, for the symbols the
   assembler must read in quotes.  Not an asm label on the definition:
   GCC derives names from a definition's symbol (__gcov0., .localalias,
   __patchable_function_entries' link), and from a quoted one those do
   not assemble (linkname.flags runs these files under such flags).
   The definitions are "used": -flto does not see the alias's
   reference, which is in assembler text.  */
#ifdef __cplusplus		/* linkname.cxx compiles this file as C++ too.  */
# define TARGETS_C extern "C"
#else
# define TARGETS_C
#endif
#define TARGETS_ALIAS(symbol, name) \
  __asm__ (".globl \"" symbol "\"\n\t.set \"" symbol "\", " #name)

/* The same under the gc scheme: names the assembler must quote.  */
TARGETS_C __attribute__ ((used)) long targets_gc_add (long a, long b) { return 2 * (a + b); }
TARGETS_ALIAS ("example.com/foo-bar/v2.Add", targets_gc_add);
TARGETS_C __attribute__ ((used)) long targets_gc_get (struct t *t) { return 2 * t->x; }
TARGETS_ALIAS ("example.com/foo-bar/v2.(*T).Get", targets_gc_get);

/* Go assembler spelling and a dotted last path element:
   gopkg.in/yaml.v3.Marshal.  */
long targets_marshal (void) __asm__ ("gopkg_0in_1yaml_0v3.Marshal");
long targets_marshal (void) { return 3; }

/* Verbatim.  */
TARGETS_C __attribute__ ((used)) long targets_verbatim (void) { return 7; }
TARGETS_ALIAS ("any+thing%(*)/x", targets_verbatim);

/* A replacement memcpy that counts its calls.  */
volatile int targets_memcpy_calls;
void *targets_memcpy (void *, const void *, size_t) __asm__ ("mylib.Memcpy");
void *
targets_memcpy (void *d, const void *s, size_t n)
{
  targets_memcpy_calls = targets_memcpy_calls + 1;	/* C++20 deprecates ++ on volatile.  */
  unsigned char *dp = (unsigned char *) d;
  const unsigned char *sp = (const unsigned char *) s;
  while (n--)
    *dp++ = *sp++;
  return d;
}
