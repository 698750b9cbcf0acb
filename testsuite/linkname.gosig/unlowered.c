/* A declaration whose C type has no layout (an incomplete struct) is
   not compared with its Go declaration, and the plugin says so: a
   warning of class go-signature, never a silent pass.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-linkname-go-path=gosig-go" } */

struct opaque;

extern struct opaque go_origin
  __attribute__ ((linkname ("example.com/vary.Origin"))); /* { dg-warning ".go_origin. is not compared with the Go declaration of .example.com/vary.Origin.: its C type cannot be lowered \\(an incomplete type\\) \\\[linkname-go-signature\\\]" "" { target *-*-* } 9 } */

extern struct opaque go_norm (struct opaque *)
  __attribute__ ((linkname ("example.com/vary.Norm"))); /* { dg-warning ".go_norm. is not compared with the Go declaration of .example.com/vary.Norm.: its C type cannot be lowered \\(an incomplete type\\)" "" { target *-*-* } 12 } */

/* Taking the address is all C can do with either.  */
void *const unlowered_table[] = { (void *) &go_origin, (void *) &go_norm };
