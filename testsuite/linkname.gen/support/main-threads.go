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

// The Go main program of linkname.gen/threads.c: as main.go, but the
// call into C is bracketed by syscall.Cgocall and CgocallDone, as
// gccgo's cgo does, because the C side blocks (it waits for threads of
// its own that call Go): without them this goroutine would hold its P
// while C blocks, and a garbage collection started by another thread
// would wait for it forever.
package main

import (
	"os"
	_ "strconv"
	_ "strings"
	"syscall"
)

//extern linkname_gen_c_main
func cMain() int32

func main() {
	syscall.Cgocall()
	n := cMain()
	syscall.CgocallDone()
	if n != 0 {
		println("FAIL:", n, "checks failed")
		os.Exit(1)
	}
	println("ok")
}
