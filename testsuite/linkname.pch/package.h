/* The unit's package in a header: lost with a precompiled header.  */
#pragma linkname package example.com/h
