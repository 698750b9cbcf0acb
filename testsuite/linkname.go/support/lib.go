// A Go package for linkname.go, compiled by gccgo with an import path
// that has '.', '/', '-', '_' and a non-ASCII letter:
// example.com/go-lib_x/päckage (its symbols begin
// example_0com_1go_x2dlib__x_1p_u00e4ckage).
package päckage

// Answer is initialised statically: reading it needs no package init.
var Answer int = 42

type T struct{ X int }

// Get has a pointer receiver: gccgo's symbol is PKGPATH.T.Get.
func (t *T) Get() int { return t.X }

func Add(a, b int) int { return a + b }

// New and Sum allocate from the Go heap: they need the Go runtime to be
// running (go-main.c calls them from C, under a gccgo main program).
//
//go:noinline
func New(x int) *T { return &T{X: x} }

func Sum(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}
