/* Reads the variables that push-var.c pushes, by their symbols alone.  */

extern long readers_limit __asm__ ("example_0com_1c_x2dside.Limit");
extern long readers_zero __asm__ ("example_0com_1c_x2dside.Zero");
extern long readers_unused __asm__ ("example_0com_1c_x2dside.Unused");

long
push_var_check (void)
{
  readers_zero += 1;
  return readers_limit + readers_zero + readers_unused;
}
