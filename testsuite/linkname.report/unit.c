/* One unit of the report tests: two pulls (one of them warned about),
   a push and a push marker.  UNIT is defined on the command line so that
   each compile of the parallel test has names of its own.  */

#define CAT2(a, b) a##b
#define CAT(a, b) CAT2 (a, b)
#define NAME(x) CAT (x, UNIT)
#define STR2(x) #x
#define STR(x) STR2 (x)

extern long NAME (nanotime_) (void)
  __attribute__ ((linkname ("runtime.nanotime")));
extern long NAME (add_) (long, long)
  __attribute__ ((linkname ("example.com/foo-bar/v2.Add")));
long NAME (twice_) (long x)
  __attribute__ ((linkname ("example.com/c-side.Twice" STR (UNIT))));
long NAME (twice_) (long x) { return 2 * x; }
__attribute__ ((linkname)) long NAME (marked_) (void) { return 1; }

long
NAME (use_) (void)
{
  return NAME (nanotime_) () + NAME (add_) (1, 2);
}
