/* Not in Go's table: the frozen FIPS module,
   crypto/internal/fips140/v1.0.0, pulls crypto/internal/fips140.fatal,
   which Go blocks outside crypto/internal/fips140 from 1.24 on, and
   lets the frozen copy of that package use from 1.25 on.  */
#pragma linkname package "crypto/internal/fips140/v1.0.0"

extern void fatal (const char *)
  __attribute__ ((linkname ("crypto/internal/fips140.fatal")));

int
main (void)
{
  fatal ("");
  return 0;
}
