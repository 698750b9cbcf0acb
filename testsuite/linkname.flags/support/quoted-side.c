/* The other side of quoted.c: the pulled symbols, defined without the
   plugin (global aliases for the quoted ones: an asm label with quotes
   on a definition breaks under the very flags this folder runs; "used",
   as -flto does not see the aliases' references), and the pushed ones
   called by their symbols alone.  */

#define SIDE_ALIAS(symbol, name) \
  __asm__ (".globl \"" symbol "\"\n\t.set \"" symbol "\", " #name)

__attribute__ ((used)) long side_get_impl (void) { return 7; }
SIDE_ALIAS ("example.com/side.(*S).Get", side_get_impl);
__attribute__ ((used)) long side_var_impl = 8;
SIDE_ALIAS ("example.com/side.Var", side_var_impl);
long side_add_impl (long, long) __asm__ ("example_0com_1side.Add");
long side_add_impl (long a, long b) { return a + b; }
__attribute__ ((used)) long side_odd_impl (void) { return 9; }
SIDE_ALIAS ("side odd/x", side_odd_impl);

long call_twice (long) __asm__ ("example_0com_1flags.Twice");
long call_scale (long, long) __asm__ ("\"example.com/flags.(*T).Scale\"");
extern long var_ref __asm__ ("\"example.com/flags.Var\"");
long call_hidden (long) __asm__ ("\"example.com/flags.(*T).Hidden\"");
long call_vpush (long) __asm__ ("\"flags+verbatim/push\"");
long call_clones (long) __asm__ ("\"example.com/flags.(*T).Clones\"");

long
side_calls (void)
{
  return call_twice (3) + call_scale (5, 2) + var_ref + call_hidden (3)
	 + call_vpush (1) + call_clones (2);
}
