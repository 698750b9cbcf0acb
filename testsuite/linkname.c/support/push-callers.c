/* Calls the functions and reads the variables that push-*.c push, by
   their symbols alone (asm labels): they link only if the pushes
   emitted exactly these names.  */

long callers_twice (long) __asm__ ("example_0com_1c_x2dside.Twice");
long callers_thrice (long) __asm__ ("example_0com_1c_x2dside.Thrice");

long
push_callers_check (void)
{
  return callers_twice (5) + callers_thrice (7);
}
