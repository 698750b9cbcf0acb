// The Go side of linkname.gosig: one of each kind of declaration that
// C gets wrong in GO-ABI.md's list, compiled by gccgo with
// -fgo-pkgpath=example.com/vary.
package vary

import _ "unsafe"

type Point struct {
	X, Y int64
}

type List map[string]int

func (p Point) Sum() int64     { return p.X + p.Y }
func (p *Point) Scale(k int64) { p.X *= k; p.Y *= k }
func (l List) Len() int        { return len(l) }

func Len(s string) int                         { return len(s) }
func Total(xs []int64) int64                   { var t int64; for _, x := range xs { t += x }; return t }
func Div(a, b int64) (int64, int64)            { return a / b, a % b }
func Even(n int64) bool                        { return n%2 == 0 }
func Half(x float32) float32                   { return x / 2 }
func Apply(f func(int64) int64, x int64) int64 { return f(x) }
func Real(c complex128) float64                { return real(c) }
func Norm(p Point) int64                       { return p.X + p.Y }
func Twice(x int64) int64                      { return 2 * x }
func Ptr(p *Point) uintptr                     { return 0 }

//go:linkname Renamed vary_renamed
func Renamed(x int64) int64 { return x }

func unexported() {}

var Counter int64
var Origin Point
