/* -flto in separate steps: each unit compiled with -flto -c (the object
   holds GIMPLE and an LTO symbol table, in which nm must already see the
   computed names), then linked with -flto and the plugin again, so that
   lto1 loads it for WPA and LTRANS: it must do no harm (no output).  */
/* { dg-step compile "separate.c" } */
/* { dg-step compile "support/push.c" "-fplugin-arg-linkname-Wno-static" } */
/* { dg-step compile "support/side.c" } */
/* { dg-step link "" "separate.c support/push.c support/side.c" } */

#include "support/pull-main.h"

/* The LTO symbol tables of the objects.  */
/* { dg-final { scan-symbol-file "separate.o" "example_0com_1lto_x2dside_1v2.Add" "U" } } */
/* { dg-final { scan-symbol-file "separate.o" "example_0com_1lto_x2dside_1v2.T.Get" "U" } } */
/* The gc-scheme pull, a name the assembler reads quoted: the LTO symbol
   table holds the name itself (GCC alone would keep the quotes).  */
/* { dg-final { scan-symbol-file "separate.o" "example.com/lto-side/v2.Counter" "U" } } */
/* { dg-final { scan-symbol-file "separate-push.c.o" "example_0com_1lto_x2dpush.Thrice" "T" } } */
/* { dg-final { scan-symbol-file "separate-push.c.o" "example_0com_1lto_x2dpush.Limit" "D" } } */
/* { dg-final { scan-symbol-file "separate-push.c.o" "example_0com_1lto_x2dpush.Scale" "T" } } */

/* Exactly the computed names, global, with nothing else matching.  */
/* { dg-final { scan-symbol-set "*lto*push*" "example_0com_1lto_x2dpush.Twice example_0com_1lto_x2dpush.Thrice example_0com_1lto_x2dpush.Limit example_0com_1lto_x2dpush.Unused example_0com_1lto_x2dpush.Scale" } } */
/* { dg-final { scan-symbol-set "*lto*side*" "example_0com_1lto_x2dside_1v2.Add example_0com_1lto_x2dside_1v2.Counter example_0com_1lto_x2dside_1v2.T.Get example.com/lto-side/v2.Counter" } } */
/* { dg-final { scan-symbol "example_0com_1lto_x2dpush.Twice" "T" } } */
/* { dg-final { scan-symbol "example_0com_1lto_x2dpush.Thrice" "T" } } */
/* { dg-final { scan-symbol "example_0com_1lto_x2dpush.Limit" "D" } } */
/* { dg-final { scan-symbol "example_0com_1lto_x2dpush.Unused" "T" } } */
/* { dg-final { scan-symbol "example_0com_1lto_x2dpush.Scale" "T" } } */
/* { dg-final { scan-symbol "example_0com_1lto_x2dside_1v2.T.Get" "T" } } */
/* { dg-final { scan-symbol "example.com/lto-side/v2.Counter" "D" } } */
/* { dg-final { scan-symbol-not "pull_add" } } */
/* { dg-final { scan-symbol-not "pull_counter" } } */
/* { dg-final { scan-symbol-not "pull_gc_counter" } } */
/* { dg-final { scan-symbol-not "pull_get" } } */
/* { dg-final { scan-symbol-set "t*ice" "" } } */
/* { dg-final { scan-symbol-not "limit" } } */
/* { dg-final { scan-symbol-not "unused" } } */
/* { dg-final { scan-symbol-not "scale" } } */
