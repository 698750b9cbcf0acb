/* Calls the quoted push of quoted-push.c by its symbol alone.  */
long side_scale (long) __asm__ ("\"example.com/dbg.(*T).Scale\"");
long call_scale (long x) { return side_scale (x); }
