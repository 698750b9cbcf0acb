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

// The Go package main of linkname.gen/c-main.c, whose main is C's:
// libgo needs main.main and __go_init_main, and the init of the
// packages C calls runs because this package imports them.  main.main
// itself never runs (libgolibbegin starts the runtime without it).
package main

import (
	_ "strconv"
	_ "strings"
)

func main() {}
