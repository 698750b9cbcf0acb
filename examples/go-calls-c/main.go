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
