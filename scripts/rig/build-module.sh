#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# build-module.sh KDIR OUT_DIR: build igbx (and igbx_kunit where the kernel
# has KUnit) with W=1 against KDIR (a kernel build tree, or a rig kernel
# whose "build" link names one, built inside the root its "chroot" link
# names if it has one), in a copy of the sources under OUT_DIR so
# that builds for different kernels never share object files. Fails when the
# compiler or modpost prints a warning. Prints nothing on success but the
# build log path.
set -eu
. "$(dirname "$0")/../host-lib.sh"

kdir=$(kernel_build_tree "${1:?usage: build-module.sh KDIR OUT_DIR}")
# a rig kernel with a "chroot" link (the newest Debian kernel) is built
# for inside that root, with the root's own compiler
root=""
[ ! -e "$1/chroot" ] || root=$(readlink -f "$1/chroot")
out=${2:?usage: build-module.sh KDIR OUT_DIR}
[ -f "$kdir/Makefile" ] || die "$kdir is not a kernel build directory"

mkdir -p "$out"
out=$(cd "$out" && pwd)
# One build at a time per output directory; the same sources built
# against the same tree are built once (the stamp holds their hash).
exec 9>"$out/.lock"
flock 9
stamp=$( (echo "$kdir"; cd "$IGBX_ROOT" && cat Kbuild module/* kunit/* include/*) |
	sha256sum | cut -c1-16)
log="$out/build.log"
if [ "$(cat "$out/.stamp" 2>/dev/null)" = "$stamp" ] && [ -f "$out/src/module/igbx.ko" ]; then
	echo "$log"
	exit 0
fi
rm -rf "$out/src" "$out/.stamp"
mkdir -p "$out/src"
cp -r "$IGBX_ROOT/Kbuild" "$IGBX_ROOT/module" "$IGBX_ROOT/kunit" \
	"$IGBX_ROOT/include" "$out/src/"
# A stray object from an in-place build must not be reused.
find "$out/src" \( -name '*.o' -o -name '*.ko' -o -name '*.mod*' -o -name '.*.cmd' \) -delete

rc=0
if [ -z "$root" ]; then
	make -C "$kdir" M="$out/src" W=1 -j"$(nproc)" modules > "$log" 2>&1 || rc=$?
else
	inside="/var/tmp/igbx-build-$stamp"
	rm -rf "${root:?}$inside"
	cp -r "$out/src" "$root$inside"
	# objtool reads /proc: mount one, in a mount namespace of the build's
	# own so that nothing stays mounted in the root afterwards
	unshare -m sh -c 'mount -t proc proc "$1/proc" && shift && exec chroot "$@"' \
		sh "$root" "$root" make -C "${kdir#"$root"}" M="$inside" W=1 -j"$(nproc)" \
		modules > "$log" 2>&1 || rc=$?
	cp -r "$root$inside"/. "$out/src/"
	rm -rf "${root:?}$inside"
fi
if [ $rc != 0 ]; then
	cat "$log" >&2
	die "build against $kdir failed"
fi
if grep -E "warning:|WARNING:" "$log" >&2; then
	die "build against $kdir printed warnings"
fi
echo "$stamp" > "$out/.stamp"
echo "$log"
