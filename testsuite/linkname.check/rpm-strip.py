# rpm-strip.py -- make an .rpm whose payload begins as rpm's "stripped"
# cpio does ("07070X"), from one with a gzip-compressed ordinary cpio
# payload ("070701"), for linkname-check's message on such packages:
#   python3 rpm-strip.py IN.rpm OUT.rpm
# Only the first entry's magic changes (the header's payload digest is
# then wrong, which libarchive does not check).  Exit 1 if IN is not
# such a package.
import gzip
import struct
import sys

data = open(sys.argv[1], 'rb').read()
if data[:4] != b'\xed\xab\xee\xdb':
    sys.exit('not an rpm')
off = 96
for header in ('signature', 'main'):
    if data[off:off + 3] != b'\x8e\xad\xe8':
        sys.exit('no %s header' % header)
    count, size = struct.unpack('>II', data[off + 8:off + 16])
    off += 16 + 16 * count + size
    if header == 'signature':
        off = (off + 7) & ~7
payload = gzip.decompress(data[off:])
if payload[:6] != b'070701':
    sys.exit('the payload is not a new-format cpio archive')
open(sys.argv[2], 'wb').write(data[:off]
                              + gzip.compress(b'07070X' + payload[6:]))
