/* LTO and non-LTO objects mixed: the pull unit (this file) is compiled
   without -flto, the push unit and the other side with it.  */
/* { dg-step compile "mixed-pull.c" "-fno-lto" } */
/* { dg-step compile "support/push.c" "-fplugin-arg-linkname-Wno-static" } */
/* { dg-step compile "support/side.c" } */
/* { dg-step link "" "mixed-pull.c support/push.c support/side.c" } */

#include "support/pull-main.h"

/* This unit is real code: its calls name the targets.  */
/* { dg-final { scan-assembler "example_0com_1lto_x2dside_1v2\\.Add" } } */
/* { dg-final { scan-assembler "\"example\\.com/lto-side/v2\\.Counter\"" } } */
/* { dg-final { scan-assembler-not {[\t ,]pull_(add|counter|gc_counter|get)\M} } } */

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
