#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# build-module.sh KDIR OUT_DIR: build igbx (and igbx_kunit where the kernel
# has KUnit) against KDIR with W=1, in a copy of the sources under OUT_DIR so
# that builds for different kernels never share object files. Fails when the
# compiler or modpost prints a warning. Prints nothing on success but the
# build log path.
set -eu
. "$(dirname "$0")/lib.sh"

kdir=${1:?usage: build-module.sh KDIR OUT_DIR}
out=${2:?usage: build-module.sh KDIR OUT_DIR}
[ -f "$kdir/Makefile" ] || die "$kdir is not a kernel build directory"

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$out/src"
mkdir -p "$out/src"
cp -r "$IGBX_ROOT/Kbuild" "$IGBX_ROOT/module" "$IGBX_ROOT/kunit" \
	"$IGBX_ROOT/include" "$out/src/"
# A stray object from an in-place build must not be reused.
find "$out/src" \( -name '*.o' -o -name '*.ko' -o -name '*.mod*' -o -name '.*.cmd' \) -delete

log="$out/build.log"
if ! make -C "$kdir" M="$out/src" W=1 -j"$(nproc)" modules > "$log" 2>&1; then
	cat "$log" >&2
	die "build against $kdir failed"
fi
if grep -E "warning:|WARNING:" "$log" >&2; then
	die "build against $kdir printed warnings"
fi
echo "$log"
