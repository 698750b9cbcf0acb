// The gccgo main program of linkname.go/go-main.c: it pulls two
// functions that C pushes as example.com/c-side.Add and .Run.  gccgo
// takes the target of //go:linkname verbatim as the assembler name (and
// a '/' in it would not assemble), so it must be written in gccgo's
// encoding: the C pushes must compute exactly these names.
package main

import _ "unsafe"

//go:linkname cAdd example_0com_1c_x2dside.Add
func cAdd(a, b int) int

//go:linkname cRun example_0com_1c_x2dside.Run
func cRun() int

func main() {
	println("cAdd", cAdd(2, 3))
	println("cRun", cRun())
}
