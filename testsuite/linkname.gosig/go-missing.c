/* No export data for a package: silent by default (go-missing is off),
   a warning with -fplugin-arg-linkname-Wgo-missing.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go -fplugin-arg-linkname-go-std=no -fplugin-arg-linkname-Wgo-missing" } */

extern long go_f (long) __attribute__ ((linkname ("example.com/nowhere.F"))); /* { dg-warning "no Go export data found for package .example.com/nowhere. of .example.com/nowhere.F.: its signature is not checked \\\[linkname-go-missing\\\]" } */

void *use[] = { go_f };
