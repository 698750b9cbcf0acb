// The check in C++: namespace-scope declarations with C and C++
// linkage, references and a mismatch.
// { dg-do compile }
// { dg-options "-fplugin-arg-linkname-go-path=gosig-go" }

#include <stdint.h>

struct go_string { const uint8_t *p; intptr_t n; };
struct point { int64_t x, y; };

namespace go {
  extern "C" intptr_t len (go_string)
    __attribute__ ((linkname ("example.com/vary.Len")));
  int64_t sum (const point &)
    __attribute__ ((linkname ("example.com/vary.Point.Sum")));
  extern bool even (int64_t)
    __attribute__ ((linkname ("example.com/vary.Even")));
  extern int64_t norm (const point &) __attribute__ ((linkname ("example.com/vary.Norm"))); // { dg-error "parameter 1: Go passes Point \\(16 bytes: int64 x2\\) by value; the C declaration has const (struct )?point & \\(\[48\] bytes\\)" }
  // { dg-message "func Norm" "" { target *-*-* } 18 }
}

void *use[] = { (void *) go::len, (void *) go::sum, (void *) go::even,
		(void *) go::norm };

// The notes with the C prototype linkname-gen would write.
// { dg-message "the C prototype linkname-gen would write is .extern .*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Norm\"\\)\\)\\);." "" { target *-*-* } 18 }
