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

// Package shapes is the Go side of the go-header example: C calls it
// through the header that linkname-gen writes from shapes.o.
package shapes

import "strconv"

// Version is a constant: a #define in C.
const Version = "1.0"

// Made counts the rectangles made: a variable C reads.
var Made int

type Point struct{ X, Y float64 }

type Rect struct {
	Min, Max Point
	Name     string
}

func NewRect(name string, x0, y0, x1, y1 float64) *Rect {
	Made++
	return &Rect{Point{x0, y0}, Point{x1, y1}, name}
}

// Area has a value receiver: C passes a const pointer.
func (r Rect) Area() float64 { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

// Scale has a pointer receiver.
func (r *Rect) Scale(k float64) {
	r.Max.X = r.Min.X + (r.Max.X-r.Min.X)*k
	r.Max.Y = r.Min.Y + (r.Max.Y-r.Min.Y)*k
}

func (r *Rect) String() string {
	return r.Name + " " + strconv.FormatFloat(r.Area(), 'g', -1, 64)
}

// Bounds has several results: a struct in C.
func Bounds(ps []Point) (min, max Point, ok bool) {
	if len(ps) == 0 {
		return
	}
	min, max = ps[0], ps[0]
	for _, p := range ps[1:] {
		if p.X < min.X {
			min.X = p.X
		}
		if p.Y < min.Y {
			min.Y = p.Y
		}
		if p.X > max.X {
			max.X = p.X
		}
		if p.Y > max.Y {
			max.Y = p.Y
		}
	}
	return min, max, true
}
