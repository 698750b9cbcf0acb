/* GCC's own -Werror turns the plugin's warnings into errors.  */
/* { dg-options "-Werror" } */

extern long weakly (void) __attribute__ ((weak, linkname ("example.com/x.W"))); /* { dg-error "is weak\[^\n\]*linkname-weak\[^\n\]*-Werror" } */

long use (void) { return weakly (); }
/* { dg-message "all warnings being treated as errors" "" { target *-*-* } 0 } */
