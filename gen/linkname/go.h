/* Copyright (C) 2026 The linkname authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   This file is part of linkname.  linkname is free software: you can
   redistribute it and/or modify it under the terms of the GNU General
   Public License as published by the Free Software Foundation, either
   version 3 of the License, or (at your option) any later version.
   linkname is distributed in the hope that it will be useful, but
   WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
   General Public License (the file COPYING) for more details.  */

/* <linkname/go.h> -- the prelude of the headers linkname-gen writes
   (SPEC section 9): Go's shared types as gccgo passes them to C on the
   target, and the entry wrappers for a C thread that calls Go.

   Go          C
   int, uint   go_int, go_uint (as wide as a pointer)
   bool        go_bool (_Bool; C++ bool)
   complex64   go_complex64 (float _Complex)
   complex128  go_complex128 (double _Complex)
   string      go_string { const uint8_t *p; go_int n; }: no NUL at the
               end; GO_STR ("lit") makes one of a literal
   []T         go_slice_T { T *data; go_int len; go_int cap; }, defined
               by the generated headers that use it (each under a guard)
   interface{} go_eface { const void *type; void *data; }
   error, other interfaces
               go_iface { void *const *itab; void *data; }: itab[0] is
               the dynamic type, itab[1 + I] the code of the I-th method
               in the order of their names; nil has itab NULL
   func value  go_func: a pointer to the closure, called through
               GO_FUNC_CALL (C only)
   map, chan   go_map, go_chan: opaque handles, only given back to Go

   Everything here is plain C11 (with GNU's __extension__ and
   __builtin_call_with_static_chain) and, except GO_FUNC_CALL and the
   compound literals, C++11.  */

#ifndef LINKNAME_GO_H
#define LINKNAME_GO_H 1

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Go's int and uint: gccgo makes them as wide as a pointer.  */
typedef intptr_t go_int;
typedef uintptr_t go_uint;

#ifdef __cplusplus
typedef bool go_bool;
__extension__ typedef __complex__ float go_complex64;
__extension__ typedef __complex__ double go_complex128;
#else
typedef _Bool go_bool;
typedef float _Complex go_complex64;
typedef double _Complex go_complex128;
#endif

/* A complex constant of the generated headers.  */
#ifdef __cplusplus
static inline go_complex64
go_complex64_make (float re, float im)
{
  go_complex64 z;
  __real__ z = re;
  __imag__ z = im;
  return z;
}
static inline go_complex128
go_complex128_make (double re, double im)
{
  go_complex128 z;
  __real__ z = re;
  __imag__ z = im;
  return z;
}
#define GO_COMPLEX64(re, im) go_complex64_make ((re), (im))
#define GO_COMPLEX128(re, im) go_complex128_make ((re), (im))
#else
#define GO_COMPLEX64(re, im) __builtin_complex ((float) (re), (float) (im))
#define GO_COMPLEX128(re, im) __builtin_complex ((double) (re), (double) (im))
#endif

/* A Go string: N bytes at P, not NUL-terminated.  */
typedef struct go_string
{
  const uint8_t *p;
  go_int n;
} go_string;

/* A go_string of N bytes at P, and of a C string.  */
static inline go_string
go_string_make (const void *p, size_t n)
{
  go_string s;
  s.p = (const uint8_t *) p;
  s.n = (go_int) n;
  return s;
}

static inline go_string
go_string_from_cstr (const char *s)
{
  return go_string_make (s, strlen (s));
}

/* GO_STR ("lit"): the go_string of a string literal (its length
   without the NUL: "a\0b" is 3 bytes).  GO_STR_INIT ("lit") is the
   same as an initializer, for static data.  */
#define GO_STR(lit) go_string_make ("" lit "", sizeof (lit) - 1)
#define GO_STR_INIT(lit) { (const uint8_t *) ("" lit ""), sizeof (lit) - 1 }

/* Whether a go_string holds exactly the NUL-terminated S.  */
static inline go_bool
go_string_eq_cstr (go_string s, const char *c)
{
  size_t n = strlen (c);
  return (size_t) s.n == n && (n == 0 || memcmp (s.p, c, n) == 0);
}

/* interface{} (any).  */
typedef struct go_eface
{
  const void *type;
  void *data;
} go_eface;

/* An interface with methods; error is one.  */
typedef struct go_iface
{
  void *const *itab;
  void *data;
} go_iface;

typedef go_iface go_error;

#define GO_EFACE_IS_NIL(x) ((x).type == NULL)
#define GO_IFACE_IS_NIL(x) ((x).itab == NULL)

/* The code of method I (in the order of the method names) of the
   interface value X, as a pointer to a function of type FNTYPE, which
   takes X.data first: GO_IFACE_METHOD (go_string (*) (void *), err, 0)
   (err.data) is err.Error ().  */
#define GO_IFACE_METHOD(fntype, x, i) \
  (__extension__ (fntype) ((x).itab[1 + (i)]))

/* err.Error () for a non-nil error.  */
static inline go_string
go_error_Error (go_error err)
{
  return GO_IFACE_METHOD (go_string (*) (void *), err, 0) (err.data);
}

/* A Go func value: a pointer to its closure, whose first word is the
   code.  The code takes the closure in the static chain register, the
   arguments as a C function of the Go signature would.  A top-level Go
   function F's value is the data symbol "PKG.F..f".  */
typedef struct go_closure
{
  void (*fn) (void);
  /* The captured variables follow.  */
} go_closure;
typedef go_closure *go_func;

#ifndef __cplusplus
/* Call the func value FV as a C function of type FNTYPE (a pointer to
   function type: "go_int (*) (go_int, go_int)"):
   GO_FUNC_CALL (go_int (*) (go_int, go_int), f, 2, 3).  GO_FUNC_CALL0
   for a call without arguments.  GNU C only (GCC 5 and later's
   __builtin_call_with_static_chain); not C++.  */
#define GO_FUNC_CALL(fntype, fv, ...) \
  __builtin_call_with_static_chain (((fntype) (fv)->fn) (__VA_ARGS__), (fv))
#define GO_FUNC_CALL0(fntype, fv) \
  __builtin_call_with_static_chain (((fntype) (fv)->fn) (), (fv))
#endif

/* Maps and channels: handles from Go, only handed back to Go.  */
typedef struct go_map_ *go_map;
typedef struct go_chan_ *go_chan;

/* A C thread that calls Go.

   Calling Go from a thread that Go did not start is what gccgo's cgo
   wraps each exported function for: wait until the runtime is
   initialised, then enter Go (CgocallBack: the thread gets a Go
   context, an M and a G), call, and leave (CgocallBackDone).  Wrap
   each call, or each run of calls, in GO_ENTER () and GO_LEAVE ():

     GO_ENTER ();
     n = mypkg_Count (s);
     GO_LEAVE ();

   The program must contain the Go runtime, which must know before it
   starts that C threads will call Go (as it knows in a program with
   cgo):
   - a Go main program (its main calls C, which starts the threads):
     write GO_ENABLE_C_THREADS; once at file scope in one of its C
     files.  Without it, GO_ENTER waits forever.  The Go side should
     also bracket a call into C that blocks (waits for such a thread)
     with syscall.Cgocall () and syscall.CgocallDone (), as cgo does,
     or a garbage collection that another thread starts waits for it
     forever;
   - a C main program: link gccgo's libgolibbegin.a (whole) and -lgo
     with a Go "package main" (libgolibbegin starts the runtime and
     tells it so).
   On a thread that Go runs (C called from Go), no wrapping is needed,
   and none must be done.  The functions are bound with asm labels,
   not the linkname attribute, so that this header works without the
   plugin and records no binding of the standard library's syscall
   package.  */
extern void go_runtime_wait_init (void)
  __asm__ ("_cgo_wait_runtime_init_done");
extern void go_cgocall_back (void) __asm__ ("syscall.CgocallBack");
extern void go_cgocall_back_done (void) __asm__ ("syscall.CgocallBackDone");
/* libgo's runtime_iscgo: set before the runtime starts, it makes the
   runtime ready for C threads (and tells GO_ENTER it is running).  */
extern go_bool go_runtime_iscgo __asm__ ("runtime_iscgo");

#define GO_ENABLE_C_THREADS						\
  __attribute__ ((constructor)) static void				\
  go_enable_c_threads_ (void)						\
  {									\
    go_runtime_iscgo = 1;						\
  }									\
  extern go_bool go_runtime_iscgo

static inline void
go_enter (void)
{
  go_runtime_wait_init ();
  go_cgocall_back ();
}

static inline void
go_leave (void)
{
  go_cgocall_back_done ();
}

#define GO_ENTER() go_enter ()
#define GO_LEAVE() go_leave ()

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_GO_H */
