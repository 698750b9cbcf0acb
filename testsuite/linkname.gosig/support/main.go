// The Go main program that the C units of go-check-*.c link with.
package main

import "example.com/vary"

func main() { println(vary.Twice(1)) }
