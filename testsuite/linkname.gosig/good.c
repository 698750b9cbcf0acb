/* Hand-written prototypes that match gccgo's calling convention
   (GO-ABI.md's table) are never flagged: strings and slices as
   structs by value, several results as a struct, bool as _Bool, a
   value receiver as const T *, a pointer receiver as T *, a
   pointer-shaped value receiver by value, a func value as a data
   pointer, complex128 as double _Complex, variables.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go" } */

#include <stdint.h>

struct go_string { const uint8_t *p; intptr_t n; };
struct go_slice_int64 { int64_t *data; intptr_t len, cap; };
struct point { int64_t x, y; };
struct div_ret { int64_t q, r; };

extern intptr_t go_len (struct go_string)
  __attribute__ ((linkname ("example.com/vary.Len")));
extern int64_t go_total (struct go_slice_int64)
  __attribute__ ((linkname ("example.com/vary.Total")));
extern struct div_ret go_div (int64_t, int64_t)
  __attribute__ ((linkname ("example.com/vary.Div")));
extern _Bool go_even (int64_t)
  __attribute__ ((linkname ("example.com/vary.Even")));
extern float go_half (float)
  __attribute__ ((linkname ("example.com/vary.Half")));
extern int64_t go_apply (void *, int64_t)
  __attribute__ ((linkname ("example.com/vary.Apply")));
extern double go_real (double _Complex)
  __attribute__ ((linkname ("example.com/vary.Real")));
extern int64_t go_norm (struct point)
  __attribute__ ((linkname ("example.com/vary.Norm")));
extern int64_t go_twice (int64_t)
  __attribute__ ((linkname ("example.com/vary.Twice")));
extern uintptr_t go_ptr (struct point *)
  __attribute__ ((linkname ("example.com/vary.Ptr")));
extern int64_t go_sum (const struct point *)
  __attribute__ ((linkname ("example.com/vary.Point.Sum")));
extern void go_scale (struct point *, int64_t)
  __attribute__ ((linkname ("example.com/vary.(*Point).Scale")));
/* List is a map: pointer-shaped, so passed by value.  */
extern intptr_t go_list_len (void *)
  __attribute__ ((linkname ("example.com/vary.List.Len")));
extern int64_t go_counter
  __attribute__ ((linkname ("example.com/vary.Counter")));
extern struct point go_origin
  __attribute__ ((linkname ("example.com/vary.Origin")));

/* A push checked the same way: C implements a Go declaration.  */
int64_t c_twice (int64_t x)
  __attribute__ ((linkname ("example.com/vary.Twice")));
int64_t
c_twice (int64_t x)
{
  return 2 * x;
}

void *use[] = { go_len, go_total, go_div, go_even, go_half, go_apply,
		go_real, go_norm, go_twice, go_ptr, go_sum, go_scale,
		go_list_len, &go_counter, &go_origin };
