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

/* go-layout.h -- the lowering of a Go function and of a C function
   type to one comparable form, and their comparison (SPEC section 9,
   the Go signature check; GO-ABI.md in the project notes gives
   gccgo's calling convention).  Plain C11, no GCC internals: the
   plugin builds the C side from GCC's trees through the builder
   below, linkname-check decodes it from a record's text, and both
   lower the Go side from export data (go-export.h).

   THE FORM.  A value (a parameter, a result, a struct field) is
   lowered to a struct linkname_layout_value: its size and alignment in
   bytes, whether it is an aggregate (a struct or array passed by
   value) or a scalar (complex numbers are scalars, as in C), and its
   scalar leaves in offset order, each a byte offset, a size in bytes
   and a kind:

     'i' signed integer      'u' unsigned integer     'b' bool
     'f' floating point      'x' complex (ONE leaf of 8 or 16 bytes:
				  complex64, complex128, C's _Complex)
     'p' data pointer (a Go func value is one: a pointer to its closure)
     'c' code pointer (a C function pointer)
     'o' opaque bytes: what the C side cannot say more about (a union, a
	 bit-field, a vector); never made by the Go lowering.

   Alignment is the value's alignment as a struct member: on i386 that is
   4 for long long, double and int64 (GCC's DECL_ALIGN of a field of the
   type, which ADJUST_FIELD_ALIGN may make smaller than TYPE_ALIGN); for a
   struct it is the struct's TYPE_ALIGN.

   Aggregates flatten: a struct's fields at their offsets, an array as
   its elements one after another.  The leaves are then kept as RUNS:
   (offset, size, kind, count, stride), COUNT leaves of one size and
   kind at OFFSET, OFFSET + STRIDE, ...  The runs are canonical: they
   are what this greedy pass over the leaves in offset order gives: a
   leaf joins the last run when its kind and size are the run's and
   either the run holds one leaf (the stride becomes their distance) or
   the leaf lies one stride after the run's last leaf; otherwise it
   begins a new run.  A run of one leaf has stride 0.  So two values
   with the same leaves have the same runs, whichever side built them
   and however their types were nested: a [4096]byte is one run, a
   struct of four int64 fields and a [4]int64 are the same run, a
   [100]string is 200 runs (pointer, int) -- the builders make the runs
   in time proportional to their number, not to the number of leaves.
   A value of more than LINKNAME_LAYOUT_MAX_RUNS runs is refused (an
   error, not a guess).  Every value also has a 64-bit digest of its
   runs (FNV-1a); the text form writes the digest alone for a value of
   more than LINKNAME_LAYOUT_TEXT_RUNS runs, and such a decoded value
   is compared by its digest.

   A FUNCTION's layout (struct linkname_layout) is its parameters in
   order, its result (none, or one value), and flags.  For a Go method
   the receiver is parameter 0, lowered as gccgo passes it: a *T
   receiver as a pointer; a T receiver as a pointer ("const T *")
   unless T is pointer-shaped (a map, chan, func, pointer,
   unsafe.Pointer, or a struct of one field or an array of one element
   that is pointer-shaped), then as T by value.  Several Go results are
   one struct of them in order with C alignment (no padding byte after
   a zero-sized last result: gccgo's results struct has none; checked,
   gccgo-12 returns (int64, struct{}) in %rax alone).  A Go
   variadic "...T" is a []T parameter.  The C side says whether it is
   variadic ("...") or unprototyped.

   THE GO LOWERING follows GO-ABI.md's table under a target description
   (struct linkname_layout_target): int and uint are integers of the
   target's int size; string is {pointer, int}; a slice {pointer, int,
   int}; an interface (empty or not, error too) {pointer, pointer};
   pointers, unsafe.Pointer, maps, chans and func values one pointer;
   [N]T N elements; a struct its fields with C alignment, plus gccgo's
   padding byte (a 'u' leaf of 1 byte) when the struct has a non-zero
   size and its last field that is not a zero-sized blank "_" field has
   size 0 (checked with gccgo-12 on x86-64: struct{x int64; e struct{}}
   is 16 bytes; gccgo 11 counts the blank field too, see gccgo_major); struct{} and [0]T have size 0; a named type or alias
   its underlying type.  A type missing from the export data is an
   error.  The sizes of structs of int64, float64, complex64/128, int
   and string agree with gccgo-12's on x86-64 and with -m32 (i386);
   other targets' descriptions are not checked.

   THE TEXT FORM of a function layout is one line of printable ASCII
   without spaces, quotes or backslashes, for a trailing field of
   linkname's records.  Grammar (numbers are decimal without leading
   zeros, at most 2^63 - 1):

     layout  = "L1" flags "(" [ value *( "," value ) ] ")" "=" result
     flags   = [ "P" / "S" / "V" value ] [ "g" ] [ "v" ] [ "k" ]
	 P: parameter 0 is a *T receiver; S: a pointer-shaped T receiver
	 passed by value; V: a T receiver passed by pointer, followed by
	 T's own value (for the message when C passes T by value);
	 g: the last parameter is Go's "...T"; v: the C function is
	 variadic; k: the C function is unprototyped.
     value   = ( "A" / "S" ) size "/" align runs     (aggregate / scalar)
     runs    = "[" [ run *( ";" run ) ] "]"          (at most TEXT_RUNS)
	     / "#" nruns "." digest                  (more than TEXT_RUNS;
						      16 lower-case hex)
     run     = kind size "@" offset [ "*" count "+" stride ]
	 (count >= 2 and stride >= size when present: a one-leaf run
	 has neither)

     result  = value / "-"                           ("-": none, void)

   The result always follows "=", so that no proper prefix of a layout
   is one: a truncated field is always an error.  The decoder accepts
   exactly what the encoder writes: runs in canonical form and in
   offset order, every leaf inside its value, alignments powers of two
   dividing the size, a scalar ("S") one leaf of its size at offset 0,
   a receiver or "g" flag only with a parameter; anything else is an
   error with the byte offset of the fault.
   Example: func (s string, n int) bool on x86-64 is
     L1(A16/8[p8@0;i8@8],S8/8[i8@0])=S1/1[b1@0]
   and a method func (p *T) Reset() on i386 is L1P(S4/4[p4@0])=-

   COMPARISON (linkname_layout_compare) takes the Go layout (what is
   expected) and the C one, and lists findings.  Errors: the parameter
   count, a result that one side has and the other has not, a C
   variadic or unprototyped declaration, and for a parameter or result:
   a size, an alignment, a layout (leaves at other offsets, of other
   sizes or counts), a register class (integer or pointer against
   floating point or complex), a code pointer where Go has a data
   pointer (a C function pointer for a Go func value), a value receiver
   passed by value, and when the counts differ, a Go parameter that C
   splits into several (a string as a pointer and a length: "split";
   the parameters after it are then compared with the Go parameters
   after it).  Warnings: signedness (i against u of one width),
   a pointer against an integer of its width, bool against a 1-byte
   integer, an aggregate against a scalar of the same leaves
   (struct{int64} for int64: the same on x86-64; note that i386 returns
   them differently).  For one value the checks go in this order, and
   the first error ends them: a value receiver passed by value, the
   size, the offsets and sizes of the leaves (a layout error), their
   kinds (each kind of warning once), the alignment, aggregate against
   scalar.  Leaves are compared run against run, so a [1<<20]byte costs
   no more than a byte.

   BUILDING THE C SIDE (what the plugin does with GCC's trees; sizes
   from TYPE_SIZE_UNIT, offsets from DECL_FIELD_OFFSET and
   DECL_FIELD_BIT_OFFSET):
     INTEGER_TYPE, ENUMERAL_TYPE   'i' or 'u' (TYPE_UNSIGNED)
     BOOLEAN_TYPE                  'b'
     REAL_TYPE                     'f' (long double too: 'f' of 16 or 12)
     COMPLEX_TYPE                  'x' of the whole size
     POINTER_TYPE, REFERENCE_TYPE  'c' to a FUNCTION_TYPE or METHOD_TYPE,
				   else 'p'
     ARRAY_TYPE                    linkname_layout_array (no domain, a
				   flexible array: count 0)
     RECORD_TYPE                   a struct builder over its FIELD_DECLs
     UNION_TYPE, VECTOR_TYPE, a record with bit-fields
				   one 'o' leaf of the whole size, as the
				   only field of a struct of that size
				   and alignment (an aggregate)
   A parameter's type is the one GCC passes (TYPE_ARG_TYPES: an array
   parameter is already a pointer); a void result is none; a
   declaration without a prototype sets UNPROTOTYPED and has no
   parameters; "..." sets C_VARIADIC.

   MEMORY.  A struct linkname_layout owns everything made for it (its
   values, their runs, its spellings): one arena, freed by
   linkname_layout_free.  Findings are owned by their struct
   linkname_layout_findings.  Errors are reported through struct
   linkname_error (linkname.h); nothing here exits or aborts.  */

#ifndef LINKNAME_GO_LAYOUT_H
#define LINKNAME_GO_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "linkname.h"
#include "go-export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The most runs a value may have, and the most the text form spells
   out (beyond, it writes the digest).  */
#define LINKNAME_LAYOUT_MAX_RUNS 65536
#define LINKNAME_LAYOUT_TEXT_RUNS 256

/* The leaf kinds (the characters of the text form).  */
enum linkname_layout_kind
{
  LINKNAME_LAYOUT_SIGNED = 'i',
  LINKNAME_LAYOUT_UNSIGNED = 'u',
  LINKNAME_LAYOUT_BOOL = 'b',
  LINKNAME_LAYOUT_FLOAT = 'f',
  LINKNAME_LAYOUT_COMPLEX = 'x',
  LINKNAME_LAYOUT_POINTER = 'p',
  LINKNAME_LAYOUT_CODE = 'c',
  LINKNAME_LAYOUT_OPAQUE = 'o'
};

/* The sizes and member alignments (in bytes) the Go lowering needs.
   Other types are natural: intN/uintN of N/8 bytes aligned to their
   size (int64 and uint64 to int64_align), bool 1, float32 4,
   uintptr and pointers pointer_size.  */
struct linkname_layout_target
{
  unsigned pointer_size;	/* 8 on x86-64, 4 on i386 and armhf.  */
  unsigned int_size;		/* Go's int and uint: 8 or 4.  */
  unsigned int64_align;		/* 8; 4 on i386.  */
  unsigned float64_align;	/* 8; 4 on i386.  */
  unsigned complex64_align;	/* 4.  */
  unsigned complex128_align;	/* 8; 4 on i386.  */
  /* The major version of the gccgo that laid the Go types out, where it
     matters: gccgo 11 and older pad after a last blank "_" field of
     size zero too, gccgo 12 and newer do not (checked: struct{ n int32;
     _ [0]func() } is 16 bytes with gccgo-11, 8 with gccgo-12).  0 (as
     the functions below fill it): the newest's rules.  */
  unsigned gccgo_major;
};

/* Fill *OUT for an ELF file of class ELF_CLASS (1: 32 bits, 2: 64
   bits) and machine MACHINE (e_machine: 3 i386, 62 x86-64, 40 ARM, 183
   AArch64, 8 MIPS, 20 PowerPC, 21 PowerPC64, 22 S/390, 2 SPARC, 43
   SPARC V9, 243 RISC-V, 258 LoongArch).  False for another machine or
   class: then *OUT is unchanged.  x86-64's 32-bit class (x32) is taken
   as 4-byte pointers and ints with 8-byte alignments (not checked).  */
bool linkname_layout_target_elf (int elf_class, unsigned machine,
				 struct linkname_layout_target *out);

/* Fill *OUT for the machine this code runs on (from the C compiler's
   own sizes and member alignments).  */
void linkname_layout_target_host (struct linkname_layout_target *out);

/* COUNT leaves of SIZE bytes and kind KIND at OFFSET, OFFSET + STRIDE,
   ...; STRIDE is 0 when COUNT is 1.  */
struct linkname_layout_run
{
  uint64_t offset;
  uint64_t size;
  uint64_t count;
  uint64_t stride;
  char kind;			/* enum linkname_layout_kind.  */
};

struct linkname_layout_value
{
  uint64_t size;
  uint64_t align;
  bool aggregate;
  size_t n_runs;
  /* NULL when the value was decoded from a text that gave only its
     digest (N_RUNS > LINKNAME_LAYOUT_TEXT_RUNS).  */
  const struct linkname_layout_run *runs;
  /* The digest the text gave, when RUNS is NULL; otherwise 0: use
     linkname_layout_value_digest.  */
  uint64_t digest;
};

/* How a Go method's receiver is passed (parameter 0).  */
enum linkname_layout_receiver
{
  LINKNAME_LAYOUT_NO_RECEIVER,
  LINKNAME_LAYOUT_RECEIVER_POINTER,	/* *T: T *.  */
  LINKNAME_LAYOUT_RECEIVER_BY_POINTER,	/* T: const T *.  */
  LINKNAME_LAYOUT_RECEIVER_VALUE	/* Pointer-shaped T: T.  */
};

struct linkname_layout_param
{
  const struct linkname_layout_value *value;
  /* How the type is written, for messages: Go's spelling for the Go
     side ("string", "...int", "(int, error)"); the C side's if its
     builder gave one; else NULL.  Not part of the text form.  */
  const char *spelling;
};

/* A function's layout.  Read it freely; change it only through the
   functions below.  */
struct linkname_layout
{
  struct linkname_layout_param *params;
  size_t n_params;
  struct linkname_layout_param result;	/* .value NULL: none (void).  */
  enum linkname_layout_receiver receiver;
  /* For LINKNAME_LAYOUT_RECEIVER_BY_POINTER, T's own value.  */
  const struct linkname_layout_value *receiver_type;
  bool go_variadic;		/* The last parameter is Go's ...T.  */
  bool c_variadic;		/* The C declaration ends in "...".  */
  bool unprototyped;		/* The C declaration has no prototype.  */
  struct linkname_layout_arena *arena;	/* Private.  */
  size_t params_cap;			/* Private.  */
};

/* A new, empty function layout (no parameters, no result); NULL when
   out of memory.  */
struct linkname_layout *linkname_layout_new (void);

void linkname_layout_free (struct linkname_layout *layout);

/* The builder.  Each function makes a value owned by LAYOUT, or
   returns NULL (or false) with *ERR filled (offset 0) when its
   arguments are invalid, the value would be too large (a size past
   2^63 - 1) or have too many runs, or memory ran out.  */

/* A scalar: KIND is an enum linkname_layout_kind, SIZE > 0, ALIGN a
   power of two dividing SIZE.  */
const struct linkname_layout_value *
linkname_layout_scalar (struct linkname_layout *layout, int kind,
			uint64_t size, uint64_t align,
			struct linkname_error *err);

/* An array of COUNT ELEMs (size COUNT times ELEM's, ELEM's alignment),
   an aggregate.  */
const struct linkname_layout_value *
linkname_layout_array (struct linkname_layout *layout,
		       const struct linkname_layout_value *elem,
		       uint64_t count, struct linkname_error *err);

/* A struct being built: begin, add each field at its byte offset (in
   increasing order, each beginning at or after the end of the leaves
   before it), end with the struct's size and alignment (from GCC:
   TYPE_SIZE_UNIT, TYPE_ALIGN_UNIT).  A builder not ended is freed with
   its layout; after a failed field, end it all the same (or leave it
   to the layout).  A NULL builder (a failed begin) is an error.  */
struct linkname_layout_struct;

struct linkname_layout_struct *
linkname_layout_struct_begin (struct linkname_layout *layout,
			      struct linkname_error *err);
bool linkname_layout_struct_field (struct linkname_layout_struct *builder,
				   uint64_t offset,
				   const struct linkname_layout_value *field,
				   struct linkname_error *err);
/* The struct (an aggregate) from its fields; the builder is then
   gone.  Fails when a field ends past SIZE.  */
const struct linkname_layout_value *
linkname_layout_struct_end (struct linkname_layout_struct *builder,
			    uint64_t size, uint64_t align,
			    struct linkname_error *err);

/* Append a parameter; set the result (VALUE NULL: none).  SPELLING
   (may be NULL) is copied.  VALUE must have been made for LAYOUT (or
   for a layout that outlives it): values belong to the layout that
   made them.  */
bool linkname_layout_add_param (struct linkname_layout *layout,
				const struct linkname_layout_value *value,
				const char *spelling,
				struct linkname_error *err);
bool linkname_layout_set_result (struct linkname_layout *layout,
				 const struct linkname_layout_value *value,
				 const char *spelling,
				 struct linkname_error *err);

/* Set LAYOUT's flags: the C declaration ends in "..." (C_VARIADIC) or
   has no prototype (UNPROTOTYPED).  */
void linkname_layout_set_c_flags (struct linkname_layout *layout,
				  bool c_variadic, bool unprototyped);

/* V's digest: of its runs, or the one its text gave.  */
uint64_t linkname_layout_value_digest (const struct linkname_layout_value *v);

/* Whether A and B are the same value: size, alignment, aggregate or
   scalar, and runs (by digest when either lacks its runs).  */
bool linkname_layout_value_equal (const struct linkname_layout_value *a,
				  const struct linkname_layout_value *b);

/* Whether A and B are the same function layout (as the text form
   sees them: spellings do not count).  */
bool linkname_layout_equal (const struct linkname_layout *a,
			    const struct linkname_layout *b);

/* The Go lowering.  */

/* TYPE's value under TARGET, made in LAYOUT (which need not be a Go
   function's: use it for a variable).  NULL with *ERR filled when the
   type cannot be lowered: a named type whose underlying type the
   export data lacks, a type nested deeper than 1000 levels, a value
   too large or of too many runs.  */
const struct linkname_layout_value *
linkname_layout_go_type (struct linkname_layout *layout,
			 const struct linkname_go_type *type,
			 const struct linkname_layout_target *target,
			 struct linkname_error *err);

/* The layout of FUNC (a function or a method of a named type) under
   TARGET.  With SPELL, each parameter and the result carry their Go
   spelling, relative to package PKGPATH (may be NULL: every named type
   qualified), for the findings' messages; without, none (spelling
   costs more than lowering: spell again when a comparison finds
   something).  NULL with *ERR filled on failure.  */
struct linkname_layout *
linkname_layout_go_func (const struct linkname_go_func *func,
			 const char *pkgpath,
			 const struct linkname_layout_target *target,
			 bool spell, struct linkname_error *err);

/* Go's spelling of TYPE: "[]string", "map[string]int",
   "*strings.Builder", "func(int, ...string) (int, error)",
   "struct { X int; y string }", "interface { M() }", "<-chan int".
   A named type is qualified with the last element of its package's
   path unless that path is PKGPATH.  Malloc'd; NULL when out of
   memory.  */
char *linkname_go_type_string (const struct linkname_go_type *type,
			       const char *pkgpath);

/* Go's spelling of FUNC's declaration: "func F(s string) int",
   "func (*T) M(int) error", "func (T) Len() int" (parameter names
   left out).  Malloc'd; NULL when out of memory.  */
char *linkname_go_func_string (const struct linkname_go_func *func,
			       const char *pkgpath);

/* The text form.  */

/* LAYOUT in the text form.  Malloc'd; NULL when out of memory.  */
char *linkname_layout_encode (const struct linkname_layout *layout);

/* Decode LEN bytes of TEXT (need not be NUL-terminated).  A new
   layout, or NULL with *ERR filled (offset into TEXT) when TEXT is
   not exactly one layout as linkname_layout_encode writes it.  */
struct linkname_layout *linkname_layout_decode (const char *text,
						size_t len,
						struct linkname_error *err);

/* Comparison.  */

enum linkname_layout_severity
{
  LINKNAME_LAYOUT_WARNING = 1,
  LINKNAME_LAYOUT_ERROR = 2
};

enum linkname_layout_where
{
  LINKNAME_LAYOUT_FUNCTION,	/* The whole declaration (count,
				   variadic, unprototyped).  */
  LINKNAME_LAYOUT_PARAM,	/* .index: a parameter.  */
  LINKNAME_LAYOUT_RECEIVER,	/* Parameter 0 of a method.  */
  LINKNAME_LAYOUT_RESULT,
  LINKNAME_LAYOUT_VARIABLE	/* linkname_layout_compare_value.  */
};

struct linkname_layout_finding
{
  enum linkname_layout_severity severity;
  enum linkname_layout_where where;
  size_t index;			/* The Go parameter's index from 0 (the
				   receiver is 0); 0 otherwise.  */
  /* A short machine code: "count", "result", "variadic",
     "unprototyped", "size", "align", "layout", "class",
     "code-pointer", "value-receiver", "split" (errors); "signedness",
     "pointer-integer", "bool-integer", "aggregate" (warnings).  */
  const char *code;
  /* A sentence for a human, beginning with where ("parameter 2: ",
     numbered from 1 as in the C declaration; "receiver: ", "result: ",
     "variable: ") and saying how the two differ.  */
  const char *message;
};

struct linkname_layout_findings
{
  struct linkname_layout_finding *items;
  size_t n;
  bool errors;			/* Some finding is an error.  */
};

/* Compare GO (the Go function's layout: what is expected) with C (the
   C declaration's).  The findings in order (function-wide first, then
   by parameter, then the result); none when they agree.  NULL with
   *ERR filled only when memory ran out.  */
struct linkname_layout_findings *
linkname_layout_compare (const struct linkname_layout *go,
			 const struct linkname_layout *c,
			 struct linkname_error *err);

/* Compare the value of a Go variable (GO, as linkname_layout_go_type
   makes it) with a C declaration's (C); the spellings may be NULL.
   Findings as above, where LINKNAME_LAYOUT_VARIABLE, their messages
   beginning "variable: ".  NULL with *ERR filled when memory ran out
   or a value is NULL.  */
struct linkname_layout_findings *
linkname_layout_compare_value (const struct linkname_layout_value *go,
			       const char *go_spelling,
			       const struct linkname_layout_value *c,
			       const char *c_spelling,
			       struct linkname_error *err);

void linkname_layout_findings_free (struct linkname_layout_findings *f);

#ifdef __cplusplus
}
#endif

#endif /* LINKNAME_GO_LAYOUT_H */
