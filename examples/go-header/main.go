// Copyright (C) 2026 The linkname authors.
// SPDX-License-Identifier: GPL-3.0-or-later
//
// This file is part of linkname.  linkname is free software: you can
// redistribute it and/or modify it under the terms of the GNU General
// Public License as published by the Free Software Foundation, either
// version 3 of the License, or (at your option) any later version.
// linkname is distributed in the hope that it will be useful, but
// WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
// General Public License (the file COPYING) for more details.

// The go-header example's main program: Go starts (the runtime runs),
// then calls C's demo (demo.c), which calls package shapes through the
// generated header.  It imports strconv, which shapes uses, so that its
// init runs (the program does not import shapes itself).
package main

import _ "strconv"

//extern shapes_demo
func demo() int32

func main() {
	if demo() != 0 {
		panic("demo failed")
	}
}
