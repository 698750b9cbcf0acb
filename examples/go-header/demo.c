/* Copyright (C) 2026 The linkname authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   This file is part of linkname.  linkname is free software: you can
   redistribute it and/or modify it under the terms of the GNU General
   Public License as published by the Free Software Foundation, either
   version 3 of the License, or (at your option) any later version.
   linkname is distributed in the hope that it will be useful, but
   WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
   General Public License (the file COPYING) for more details.  */

/* demo.c -- C calls the Go package shapes (shapes.go) through
   go-shapes.h, the header that "linkname-gen --prefix=shapes" writes
   from shapes.o: no prototype written by hand.  */

#include <stdio.h>

#include "go-shapes.h"

int shapes_demo (void);

int
shapes_demo (void)
{
  /* A Go string from a C literal; a pointer to a Go struct back.  */
  shapes_Rect *r = shapes_NewRect (GO_STR ("box"), 0, 0, 3, 2);
  /* A value receiver takes a const pointer, a pointer receiver a
     pointer.  */
  printf ("area %g\n", shapes_Rect_Area (r));
  shapes_Rect_Scale (r, 2);
  go_string s = shapes_Rect_String (r);
  printf ("%.*s\n", (int) s.n, (const char *) s.p);

  /* A slice of structs; several results in a struct.  */
  shapes_Point ps[] = { { 1, 5 }, { -2, 3 }, { 4, -1 } };
  go_slice_shapes_Point slice = { ps, 3, 3 };
  shapes_Bounds_ret b = shapes_Bounds (slice);
  printf ("bounds (%g,%g)-(%g,%g) %s\n", b.min.X, b.min.Y, b.max.X,
	  b.max.Y, b.ok ? "ok" : "empty");

  /* A variable and a constant.  */
  printf ("made %ld, version %s\n", (long) shapes_Made, shapes_Version);
  return 0;
}
