// The other side of linkname.cxx's tests, named by asm labels alone.

extern "C" long side_add (long a, long b) __asm__ ("example_0com_1cxx.Add");
long side_add (long a, long b) { return a + b; }

long side_counter __asm__ ("example_0com_1cxx.Counter") = 41;

long side_over_int (int) __asm__ ("example_0com_1cxx.OverInt");
long side_over_int (int) { return 10; }
long side_over_double (double) __asm__ ("example_0com_1cxx.OverDouble");
long side_over_double (double) { return 20; }

long side_twice (long) __asm__ ("example_0com_1cxx.Twice");

long
side_check ()
{
  return side_twice (7);
}
