/* go-missing is off by default: no diagnostic for a package without
   export data.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go -fplugin-arg-linkname-go-std=no" } */

extern long go_f (long) __attribute__ ((linkname ("example.com/nowhere.F"))); /* { dg-bogus "linkname-go-missing" } */

void *use[] = { go_f };
