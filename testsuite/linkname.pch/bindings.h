/* Bindings in a header, for linkname.pch: by attribute and by pragma,
   pulls of functions and variables, and a pull a later function of the
   unit alone uses.  */
#ifndef BINDINGS_H
#define BINDINGS_H

#ifdef __cplusplus
extern "C" {
#endif

extern long pch_add (long, long)
  __attribute__ ((linkname ("example.com/foo-bar/v2.Add")));
extern long pch_counter
  __attribute__ ((linkname ("example.com/foo-bar/v2.Counter")));

extern long pch_marshal (void);
#pragma linkname pch_marshal "gopkg.in/yaml%2ev3.Marshal"

/* Quoted, under the verbatim scheme.  */
extern long pch_odd (void) __attribute__ ((linkname ("any+thing%(*)/x", "verbatim")));

#ifdef __cplusplus
}
#endif

#endif
