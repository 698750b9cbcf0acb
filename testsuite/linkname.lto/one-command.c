/* -flto, one command: the pull unit, the push unit and the asm-label
   other side compiled and linked by a single gcc, with the plugin.
   (support/push.c pushes a static function on purpose: the
   linkname-static warning it earns is tested in linkname.diag.)  */
/* { dg-step link "" "one-command.c support/push.c support/side.c" "-fplugin-arg-linkname-Wno-static" } */

#include "support/pull-main.h"

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
