/* clib.h -- the public API of the clib example library: plain C names,
   no linkname.  */
#ifndef CLIB_H
#define CLIB_H

/* Add X to the running total.  */
void clib_add (long x);

/* The running total.  */
long clib_total (void);

#endif
