/* hand.c -- every kind of binding, for the code generation tests: the
   unit bound by linkname (-DLN_MODE=1, with the plugin) must compile to
   the same code as the unit bound by __asm__ labels naming the same
   symbols (-DLN_MODE=2, without the plugin).

   Pulls of functions and variables (attribute, pragma before and after
   the declaration, a later redeclaration, a block-scope extern, a method,
   a per-declaration gc scheme with a quoted symbol), pushes of functions
   and variables (attribute, pragma, tentative definition), a push marker,
   a static push (it becomes global: the asm-label unit says so with a
   global definition), and a rebound built-in whose calls GCC generates
   itself (block copies).

   The asm-label unit marks every pushed definition "used": a push is
   always emitted (SPEC section 1), as "used" makes it.  */

#include <stddef.h>

#if LN_MODE == 1
# define LN(target, symbol) __attribute__ ((linkname (target)))
# define LN_GC(target, symbol) __attribute__ ((linkname (target, "gc")))
# define LN_MARK __attribute__ ((linkname))
# define LN_ASM(symbol)
# define LN_LATER(target) __attribute__ ((linkname (target)))
# define LN_PUSHED
# define LN_STATIC static
# define LN_PRAGMA(text) _Pragma (text)
#else
# define LN(target, symbol) __asm__ (symbol)
# define LN_GC(target, symbol) __asm__ (symbol)
# define LN_MARK
# define LN_ASM(symbol) __asm__ (symbol)
# define LN_LATER(target)
# define LN_PUSHED __attribute__ ((used))
# define LN_STATIC __attribute__ ((used))
# define LN_PRAGMA(text)
#endif

struct go_string { const char *p; long n; };
struct big { char bytes[1 << 16]; };
struct big hand_big_a, hand_big_b;
volatile size_t hand_n = 100;

/* Pulls by attribute.  */
extern long go_nanotime (void)
  LN ("runtime.nanotime", "runtime.nanotime");
extern long go_syscall (long, long, long, long)
  LN ("golang.org/x/sys/unix.Syscall", "golang_0org_1x_1sys_1unix.Syscall");
extern int go_marshal (const void *, struct go_string *)
  LN ("gopkg.in/yaml%2ev3.Marshal", "gopkg_0in_1yaml_0v3.Marshal");
extern long go_read (void *, char *, long)
  LN ("internal/poll.(*FD).Read", "internal_1poll.FD.Read");
extern long go_pagesize
  LN ("github.com/acme/repo/internal/pkg.PageSize",
      "github_0com_1acme_1repo_1internal_1pkg.PageSize");
extern struct go_string go_version
  LN ("example.com/foo-bar/v2.Version", "example_0com_1foo_x2dbar_1v2.Version");
extern int go_table[64]
  LN ("github.com/acme/repo/pkg/tab.Table",
      "github_0com_1acme_1repo_1pkg_1tab.Table");

/* The gc scheme: a symbol the assembler reads in quotes.  */
extern long go_gc_getenv (const char *, long)
  LN_GC ("os.Getenv", "os.Getenv");
extern long go_gc_sum (const void *, long)
  LN_GC ("golang.org/x/crypto/blake2b.Sum256",
	 "\"golang.org/x/crypto/blake2b.Sum256\"");

/* A pull by pragma, before and after the declaration.  */
#if LN_MODE == 1
#pragma linkname go_now time.Now
#endif
extern long go_now (void) LN_ASM ("time.Now");
extern long go_bits (unsigned long)
  LN_ASM ("math_1bits.LeadingZeros64");
#if LN_MODE == 1
#pragma linkname go_bits math/bits.LeadingZeros64
#endif
extern long go_counter LN_ASM ("sync_1atomic.counter");
LN_PRAGMA ("linkname go_counter sync/atomic.counter")

/* A binding on a later redeclaration (the asm label must be on the
   first one).  */
extern long go_later (long) LN_ASM ("go_0uber_0org_1zap.Logger.Info");
extern long go_later (long)
  LN_LATER ("go.uber.org/zap.(*Logger).Info");

/* A rebound built-in: the calls of the unit and the block copies GCC
   emits itself.  */
void *memcpy (void *, const void *, size_t)
  LN ("runtime.memmove", "runtime.memmove");

/* Pushes.  */
long c_add (long, long)
  LN ("example.com/c-side.Add", "example_0com_1c_x2dside.Add");
LN_PUSHED long
c_add (long a, long b)
{
  return a + b;
}

long c_hash (const char *, long) LN_ASM ("example_0com_1c_x2dside.Hash");
#if LN_MODE == 1
#pragma linkname c_hash example.com/c-side.Hash
#endif
LN_PUSHED long
c_hash (const char *s, long n)
{
  long h = 5381;
  for (long i = 0; i < n; i++)
    h = h * 33 + s[i];
  return h;
}

long c_limit LN ("example.com/c-side.Limit", "example_0com_1c_x2dside.Limit");
LN_PUSHED long c_limit = 1000;

/* A tentative definition pushed by pragma.  */
LN_PUSHED long c_state[8] LN_ASM ("example_0com_1c_x2dside.state");
#if LN_MODE == 1
#pragma linkname c_state example.com/c-side.state
#endif

/* A static push: small enough to be inlined into its caller, and still
   emitted, global, under the target.  */
LN_STATIC long c_square (long)
  LN ("example.com/c-side.Square", "example_0com_1c_x2dside.Square");
LN_STATIC LN_PUSHED long
c_square (long x)
{
  return x * x;
}

/* A push marker keeps its C name.  */
LN_MARK LN_PUSHED long
c_marked (long x)
{
  return c_square (x) + c_add (x, 1);
}

__attribute__ ((noipa)) static void
copy_big (struct big *d, const struct big *s)
{
  *d = *s;			/* GCC's own block copy.  */
}

long
hand_main (long x, char *buf)
{
  struct go_string s = { buf, x };
  extern long go_block (long) LN ("example.com/blk.Extern",
				  "example_0com_1blk.Extern");
  long acc = go_nanotime () + go_now ();

  hand_big_a.bytes[x & 255] = (char) x;
  copy_big (&hand_big_b, &hand_big_a);
  memcpy (buf, hand_big_b.bytes, hand_n);
  __builtin_memcpy (buf + 1, hand_big_a.bytes, hand_n);
  acc += go_syscall (1, x, (long) buf, go_pagesize);
  acc += go_marshal (&hand_big_a, &s) + go_version.n + go_table[x & 63];
  acc += go_read (0, buf, x) + go_bits ((unsigned long) x);
  acc += go_gc_getenv (buf, x) + go_gc_sum (buf, x);
  go_counter += acc;
  go_table[1] = (int) acc;
  acc += go_later (acc) + go_block (acc);
  acc += c_square (x) + c_hash (buf, x & 15) + c_limit + c_state[x & 7];
  for (long i = 0; i < (x & 7); i++)
    acc = c_add (acc, i) ^ c_marked (i);
  return acc;
}

long (*const hand_addrs[]) (void) = { go_nanotime, go_now };
long *const hand_vars[] = { &go_pagesize, &go_counter, &c_limit };
