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

// The Go main program of linkname.gen's run-time tests: the Go runtime
// starts as in any Go program, then main calls the C function
// linkname_gen_c_main (declared //extern: a plain C symbol), which
// calls Go through a header of linkname-gen and returns the number of
// failed checks.  C called from Go runs on a Go thread: no GO_ENTER
// is needed.
//
// A package's init runs only if the program imports it: this program
// does not import example.com/gen-kinds (gccgo would need its export
// data at compile time), whose functions need no init of their own,
// but it does import the standard library packages that the C side
// calls, directly (stdlib.c) or through example.com/gen-kinds (kinds.c:
// strconv's ErrSyntax is made by its init).
package main

import (
	_ "errors"
	"os"
	_ "strconv"
	_ "strings"
	_ "time"
	_ "unicode/utf8"
)

//extern linkname_gen_c_main
func cMain() int32

func main() {
	if n := cMain(); n != 0 {
		println("FAIL:", n, "checks failed")
		os.Exit(1)
	}
	println("ok")
}
