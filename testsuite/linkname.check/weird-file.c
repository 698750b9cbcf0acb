/* A record whose source file name holds a quote, a backslash, a control
   byte and a byte that is not UTF-8: the JSON and SARIF outputs must
   stay valid, the text output printable.  */
#line 7 "we\"ird\\name\x01\xff.c"
extern int g (int) __attribute__ ((linkname ("runtime.weird")));

int
call_g (int x)
{
  return g (x);
}
