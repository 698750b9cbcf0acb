#!/usr/bin/perl
# Copyright (C) 2026 The linkname authors.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# This file is part of linkname.  linkname is free software: you can
# redistribute it and/or modify it under the terms of the GNU General
# Public License as published by the Free Software Foundation, either
# version 3 of the License, or (at your option) any later version.
# linkname is distributed in the hope that it will be useful, but
# WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
# General Public License (the file COPYING) for more details.
#
# linkname.pm -- the dh sequence add-on "linkname" (dh --with linkname,
# or Build-Depends: dh-sequence-linkname): dh_linkname, right after
# dh_strip, so that it checks the files as they ship (the records
# survive stripping), and before dh_makeshlibs and dh_gencontrol, so
# that a package with an error is never finished.

use strict;
use warnings;
use Debian::Debhelper::Dh_Lib;

insert_after('dh_strip', 'dh_linkname');

1;
