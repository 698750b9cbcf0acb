/* Calls the function push-quoted.c pushes, by its symbol alone.  */

int caller_scale (int, int) __asm__ ("\"example.com/c-side.(*T).Scale\"");

int
quoted_caller (int x)
{
  return caller_scale (x, 3);
}
