/* A weakref defines nothing: it is another name for the target it
   names itself, and a linkname on it is a conflict, not a push.  */

extern int target (void);
static int wr (void) __attribute__ ((weakref ("target"), linkname ("example.com/w.F"))); /* { dg-error ".wr. is a .weakref., which names its target itself, and has a linkname; give it only one of them \\\[linkname-conflict\\\]" } */

int use (void) { return wr (); }
