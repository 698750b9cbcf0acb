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

// A Go package with every kind of type of GO-ABI.md's table, for
// linkname.gen: compiled by gccgo as example.com/gen-kinds, its header
// written by linkname-gen, every function and method called from C
// (kinds.c) with the results checked.  Its package variables are
// initialised statically: the program does not import the package, so
// its init never runs.
package kinds

import (
	"errors"
	"strconv"
	"unsafe"
)

// Constants of each kind.
const (
	Answer         = 42
	Big     uint64 = 18446744073709551615
	Small   int64  = -9223372036854775808
	Pi             = 3.25
	Tiny   float32 = 0.5
	Name           = "kinds\n\"q\"??=\x00z"
	Yes            = true
	Letter         = 'x'
	Cplx           = 1.5 - 2i
	Huge           = 1 << 100 // no C literal
	Kelvin Celsius = 273.5
)

// Variables.
var (
	Counter int      = 7
	Label   string   = "label"
	Table   [4]int16 = [4]int16{1, 2, 3, 4}
	Origin  Point    = Point{X: 1, Y: -1}
)

// Numbers of every width.
func Add8(a, b int8) int8          { return a + b }
func Add16(a, b int16) int16       { return a + b }
func Add32(a, b int32) int32       { return a + b }
func Add64(a, b int64) int64       { return a + b }
func AddU8(a, b uint8) uint8       { return a + b }
func AddU16(a, b uint16) uint16    { return a + b }
func AddU32(a, b uint32) uint32    { return a + b }
func AddU64(a, b uint64) uint64    { return a + b }
func AddInt(a, b int) int          { return a + b }
func AddUint(a, b uint) uint       { return a + b }
func AddPtr(a, b uintptr) uintptr  { return a + b }
func Half32(a float32) float32     { return a / 2 }
func Half64(a float64) float64     { return a / 2 }
func NextRune(r rune) rune         { return r + 1 }
func NextByte(b byte) byte         { return b + 1 }
func Not(b bool) bool              { return !b }
func Sq64(c complex64) complex64   { return c * c }
func Sq128(c complex128) complex128 { return c * c }

// Many arguments of mixed classes: integer and SSE registers, then the
// stack.
func Mixed(a int8, b float32, c int64, d float64, e uint16, f bool, g int32,
	h float64, i int64, j float32, k uint8, l int) float64 {
	s := float64(a) + float64(b) + float64(c) + d + float64(e) + float64(g) +
		h + float64(i) + float64(j) + float64(k) + float64(l)
	if f {
		s = -s
	}
	return s
}

// Strings.
func Concat(a, b string) string { return a + b }
func Len(s string) int           { return len(s) }

// Slices.
func Sum(xs []int64) int64 {
	t := int64(0)
	for _, x := range xs {
		t += x
	}
	return t
}

func Repeat(b byte, n int) []byte {
	r := make([]byte, n, n+3)
	for i := range r {
		r[i] = b
	}
	return r
}

func Words(s string) []string {
	var r []string
	w := ""
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if w != "" {
				r = append(r, w)
			}
			w = ""
		} else {
			w += s[i : i+1]
		}
	}
	if w != "" {
		r = append(r, w)
	}
	return r
}

func Total(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// Arrays.
func Reverse(a [4]int32) [4]int32 { return [4]int32{a[3], a[2], a[1], a[0]} }

func Grid() [2][3]uint8 { return [2][3]uint8{{1, 2, 3}, {4, 5, 6}} }

// Structs, with padding and embedded fields.
type Point struct{ X, Y int32 }

type Padded struct {
	A int8
	B int64
	C int16
	D float32
	E bool
	F complex128
}

type Inner struct {
	N int32
	S string
}

type Outer struct {
	Inner
	*Point
	Tag  string
	Arr  [3]int16
	Next *Outer
	Z    struct{}
}

// A last blank field of size zero: gccgo adds no padding for it (it
// does for Outer's Z).
type Marker struct {
	N int32
	_ [0]func()
}

func MakeMarker(n int32) Marker { return Marker{N: n} }

// Fields named as C keywords and standard macros.
type Keywords struct {
	int    int32
	errno  int32
	class  int32
	I      int32
	stdin  int32
	signed bool
}

func MakePadded(a int8, b int64, c int16, d float32, e bool) Padded {
	return Padded{a, b, c, d, e, complex(float64(b), 1)}
}

func (p Padded) Sum() float64 { return float64(p.A) + float64(p.B) + float64(p.C) + float64(p.D) }

func (p *Padded) Flip() { p.E = !p.E }

func NewPoint(x, y int32) *Point { return &Point{x, y} }

func (p *Point) Scale(k int32) { p.X *= k; p.Y *= k }

func (p Point) Dist2() int32 { return p.X*p.X + p.Y*p.Y }

func (p *Point) Both() (x, y int32) { return p.X, p.Y }

func MakeOuter(n int32, s string, p *Point) Outer {
	o := Outer{Inner: Inner{n, s}, Point: p, Tag: "outer", Arr: [3]int16{7, 8, 9}}
	o.Next = &Outer{Tag: "next"}
	return o
}

func (o *Outer) Describe() string {
	return o.Tag + ":" + o.S + ":" + strconv.Itoa(int(o.N)) + ":" + strconv.Itoa(int(o.X))
}

func MakeKeywords() Keywords { return Keywords{1, 2, 3, 4, 5, true} }

func (k Keywords) Total() int32 {
	t := k.int + k.errno + k.class + k.I + k.stdin
	if k.signed {
		t = -t
	}
	return t
}

func Swap(a, b *int) { *a, *b = *b, *a }

// Pointer-shaped receivers: passed by value.
type Ref struct{ p *Point }

func MakeRef(p *Point) Ref  { return Ref{p} }
func (r Ref) Get() int32    { return r.p.X }

type Names map[string]int

func (n Names) Count() int { return len(n) }

type Callback func(int) int

func (c Callback) Call(x int) int { return c(x) }

func MakeCallback(n int) Callback { return func(x int) int { return x * n } }

// Named types of other kinds, with value receivers by pointer.
type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IDs []int32

func (ids IDs) Last() int32 { return ids[len(ids)-1] }

// Several results.
func DivMod(a, b int) (q, r int) { return a / b, a % b }

func Cut(s string, sep byte) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func Atoi(s string) (int, error) { return strconv.Atoi(s) }

// Maps and chans, as opaque handles.
func NewMap() map[string]int                { return map[string]int{} }
func MapSet(m map[string]int, k string, v int) { m[k] = v }
func MapGet(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}
func MapNames(m map[string]int) Names { return Names(m) }
func NewChan(n int) chan int           { return make(chan int, n) }
func Send(c chan<- int, v int)          { c <- v }
func Recv(c <-chan int) int             { return <-c }

// Func values.
func Adder(n int) func(int) int { return func(x int) int { return x + n } }

func Apply(f func(int) int, x int) int { return f(x) }

func Double(x int) int { return 2 * x }

// Interfaces.
func Box(x int) interface{} { return x }

func Unbox(v interface{}) int {
	if x, ok := v.(int); ok {
		return x
	}
	return -1
}

func Fail(msg string) error { return errors.New(msg) }

func ErrText(e error) string {
	if e == nil {
		return "<nil>"
	}
	return e.Error()
}

type Shape interface {
	Area() float64
	Name() string
}

type square struct{ s float64 }

func (q square) Area() float64 { return q.s * q.s }
func (q square) Name() string   { return "square" }

func NewSquare(s float64) Shape { return square{s} }

func Describe(s Shape) string { return s.Name() + " " + strconv.Itoa(int(s.Area())) }

// unsafe.Pointer.
func Addr(p unsafe.Pointer) uintptr { return uintptr(p) }

// The layout Go sees, for C to compare with its own.
func Sizes() [8]uintptr {
	return [8]uintptr{unsafe.Sizeof(Point{}), unsafe.Sizeof(Padded{}),
		unsafe.Sizeof(Inner{}), unsafe.Sizeof(Outer{}),
		unsafe.Sizeof(Keywords{}), unsafe.Sizeof(Ref{}),
		unsafe.Alignof(Padded{}), unsafe.Sizeof(Marker{})}
}

func Offsets() [8]uintptr {
	var p Padded
	var o Outer
	return [8]uintptr{unsafe.Offsetof(p.B), unsafe.Offsetof(p.C),
		unsafe.Offsetof(p.D), unsafe.Offsetof(p.E), unsafe.Offsetof(p.F),
		unsafe.Offsetof(o.Tag), unsafe.Offsetof(o.Arr), unsafe.Offsetof(o.Z)}
}
