/* An exported target that the package's export data lacks, and a
   function bound to a Go variable: go-signature errors.  An unexported
   target is not in export data at all (gccgo writes only exported
   declarations): not checked, no diagnostic.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go -fplugin-arg-linkname-Wno-unexported" } */

#include <stdint.h>

extern int64_t go_nosuch (int64_t) __attribute__ ((linkname ("example.com/vary.NoSuch"))); /* { dg-error ".go_nosuch. is bound to .example.com/vary.NoSuch., which package .example.com/vary. does not export \\(its export data in .gosig-go/example.com/vary.o. has no such function\\) \\\[linkname-go-signature\\\]" } */
extern void go_unexported (void) __attribute__ ((linkname ("example.com/vary.unexported"))); /* { dg-bogus "linkname-go-signature" } */
extern int64_t go_nomethod (const void *) __attribute__ ((linkname ("example.com/vary.Point.NoSuch"))); /* { dg-error "has no such method" } */
extern int64_t go_counter_fn (void) __attribute__ ((linkname ("example.com/vary.Counter"))); /* { dg-error ".go_counter_fn. is a function but .example.com/vary.Counter. is a Go variable" } */

void *use[] = { go_nosuch, go_unexported, go_nomethod, go_counter_fn };
