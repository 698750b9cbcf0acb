/* A pragma whose declaration is not in the header: a precompiled
   header cannot carry it.  */
#pragma linkname later example.com/h.Later
