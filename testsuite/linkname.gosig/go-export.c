/* Export data from a file named with go-export (no search), and a
   go-export file that cannot be read: a warning naming it, never a
   crash.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-export=gosig-go/nosuch.o -fplugin-arg-linkname-go-export=gosig-go/example.com/vary.o -fplugin-arg-linkname-go-std=no" } */

extern int go_even (long long) __attribute__ ((linkname ("example.com/vary.Even"))); /* { dg-error "result: Go returns bool \\(1 byte\\); the C declaration returns int \\(4 bytes\\)" } */
/* { dg-warning "cannot read Go export data from .gosig-go/nosuch.o.: No such file or directory \\\[linkname-go-signature\\\]" "" { target *-*-* } 7 } */
/* { dg-message "func Even" "" { target *-*-* } 7 } */

void *use[] = { go_even };

/* The notes with the C prototype linkname-gen would write.  */
/* { dg-message "the C prototype linkname-gen would write is .extern go_bool example_com_vary_Even \\(int64_t\\).*__attribute__ \\(\\(linkname \\(\"example\\.com/vary\\.Even\"\\)\\)\\);." "" { target *-*-* } 7 } */
