/* Only functions and variables with linkage can be bound.  */

struct s { int f __attribute__ ((linkname ("a.b"))); }; /* { dg-error "on .f., which is a field\[^\n\]*linkname-not-symbol" } */
typedef int t __attribute__ ((linkname ("a.b"))); /* { dg-error "which is a type\[^\n\]*linkname-not-symbol" } */
void g (int p __attribute__ ((linkname ("a.b")))); /* { dg-error "which is a parameter\[^\n\]*linkname-not-symbol" } */
struct __attribute__ ((linkname ("a.b"))) tagged { int x; }; /* { dg-error "on a type\[^\n\]*linkname-not-symbol" } */
enum { E __attribute__ ((linkname ("a.b"))) }; /* { dg-error "enumerator\[^\n\]*linkname-not-symbol" } */

void
h (void)
{
  int local __attribute__ ((linkname ("a.b"))) = 0; /* { dg-error "local variable\[^\n\]*linkname-not-symbol" } */
  static int sl __attribute__ ((linkname ("a.b"))); /* { dg-error "local variable\[^\n\]*linkname-not-symbol" } */
  (void) local;
  (void) sl;
 l: __attribute__ ((linkname ("a.b"))); /* { dg-error "which is a label\[^\n\]*linkname-not-symbol" } */
}

typedef int ty;
#pragma linkname ty a.b /* { dg-error "pragma on .ty., which is a type\[^\n\]*linkname-not-symbol" } */
