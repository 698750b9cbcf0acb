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

// main.go -- the Go side of the go-calls-c example: a gccgo program
// that calls two C functions through //go:linkname.
//
// gccgo takes the target of //go:linkname verbatim as the assembler
// name (a '/' in it would not even assemble), so the target is written
// in gccgo's own encoding of example.com/hello-c.Fib: exactly the
// symbol that the linkname plugin computes for the C push markers of
// hello.c.
package main

import (
	"fmt"
	_ "unsafe" // //go:linkname needs it
)

//go:linkname fib example_0com_1hello_x2dc.Fib
func fib(n int64) int64

//go:linkname greet example_0com_1hello_x2dc.Greet
func greet(who string) int64

func main() {
	n := greet("gopher")
	fmt.Println("greet wrote", n, "bytes")
	fmt.Println("fib(50) =", fib(50))
}
