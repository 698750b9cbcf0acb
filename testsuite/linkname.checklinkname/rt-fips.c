/* The runtime pushes crypto/internal/fips140.fatal.  */
#pragma linkname package runtime

__attribute__ ((linkname ("crypto/internal/fips140.fatal")))
void
fips140_fatal (const char *s)
{
  (void) s;
}
