// example.com/dbg.Side, defined under its symbol.
extern "C" long side_impl (long) __asm__ ("example_0com_1dbg.Side");
long side_impl (long x) { return 10 * x; }
