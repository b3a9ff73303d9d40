#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# stock-kernel.sh [SERIES]: Debian's own kernel as a rig kernel, for the
# users' view of igbx (make demo) and the kernel matrix, without building
# a kernel. SERIES is a kernel series whose Debian headers are installed
# (default 6.12: the newest /usr/src/linux-headers-6.12.N-amd64; 6.1:
# Debian 12's default kernel), or "sid": the newest Debian kernel, whose
# headers live in the sid root (scripts/rig/sid-root.sh). The matching
# image is fetched with "apt-get download" and unpacked with "dpkg -x":
# nothing is installed. The rig kernel directory (see scripts/host-lib.sh)
# gets the image, its configuration, the modules the guest loads (igb and
# its dependencies, pktgen, 8021q, aer_inject, and xsk_diag where the
# kernel has it, decompressed, with a modules.dep), a "build" link to the
# headers and, for sid, a "chroot" link to the root that igbx is built
# in. Cached; prints the directory.
set -eu
. "$(dirname "$0")/../host-lib.sh"

series=${1:-6.12}
# modules the guest may load, with what they depend on (9p and its virtio
# transport: the selftests' userland, scripts/rig/ksft-root.sh)
STOCK_MODULES="igb pktgen 8021q 9p 9pnet_virtio aer_inject"
# and those it may lack (xsk_diag: ss's view of AF_XDP sockets, which
# the bench reads; 6.1 is built without it)
STOCK_OPTIONAL="xsk_diag"
cache_lock "stock-$series"

if [ "$series" = sid ]; then
	# the newest Debian kernel, through the sid root (its headers are
	# there, and a module for it is built there, with sid's compiler)
	sid=$("$IGBX_ROOT/scripts/rig/sid-root.sh")
	headers=$(ls -d "$sid"/usr/src/linux-headers-*-amd64 2>/dev/null | sort -V | tail -n 1)
	[ -n "$headers" ] || die "no linux-headers-*-amd64 in $sid"
else
	# "6.1.[0-9]*" so that series 6.1 does not take 6.12's headers
	headers=$(ls -d /usr/src/linux-headers-"$series".[0-9]*-amd64 2>/dev/null |
		sort -V | tail -n 1)
	[ -n "$headers" ] ||
		die "no /usr/src/linux-headers-$series.N-amd64 (run scripts/install-deps.sh)"
fi
kver=${headers##*/linux-headers-}
out="$IGBX_CACHE/stock-$kver"
if [ "$(cat "$out/.igbx-built" 2>/dev/null)" = "$STOCK_MODULES $STOCK_OPTIONAL" ]; then
	echo "$out"
	exit 0
fi

start=$(date +%s)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# "apt-get download" as root writes as the _apt user when it can
chmod 777 "$tmp"
if [ "$series" = sid ]; then
	# sid splits the image: the kernel alone, its modules, and the base
	# (configuration, modules.order, modules.builtin); all usr-merged,
	# under usr/lib/modules/KVER, the kernel there as vmlinuz.unsigned
	pkgs="linux-binary-unsigned-$kver linux-modules-$kver linux-base-$kver"
	echo "stock-kernel: fetching $pkgs in the sid root" >&2
	dl="$sid/var/tmp/igbx-download"
	rm -rf "$dl"
	mkdir -p "$dl"
	chmod 777 "$dl"
	chroot "$sid" sh -c "cd /var/tmp/igbx-download && apt-get download -q $pkgs" >&2 ||
		die "cannot download $pkgs"
	for deb in "$dl"/*.deb; do
		dpkg -x "$deb" "$tmp/x"
	done
	rm -rf "$dl"
	# depmod and modprobe -d look under lib/
	ln -s usr/lib "$tmp/x/lib"
	mods="$tmp/x/lib/modules/$kver"
	image="$mods/vmlinuz.unsigned"
	config="$mods/config"
else
	echo "stock-kernel: fetching linux-image-$kver" >&2
	(cd "$tmp" && apt-get download -q "linux-image-$kver" >&2) ||
		die "cannot download linux-image-$kver"
	dpkg -x "$tmp"/linux-image-*.deb "$tmp/x"
	mods="$tmp/x/lib/modules/$kver"
	image="$tmp/x/boot/vmlinuz-$kver"
	config="$tmp/x/boot/config-$kver"
fi
[ -f "$image" ] || die "no kernel image in the packages of $kver"

rm -rf "$out"
mkdir -p "$out/modroot/lib/modules/$kver"
cp "$image" "$out/vmlinuz"
cp "$config" "$out/.config"
ln -s "$headers" "$out/build"
# a module for this kernel is built inside that root (build-module.sh)
[ "$series" != sid ] || ln -s "$sid" "$out/chroot"

# The package ships no modules.dep (depmod makes it at install): make one
# for the whole tree, take the modules asked for and what they need,
# decompressed (busybox's insmod reads plain .ko files), and index them.
depmod -b "$tmp/x" "$kver"
{
	for m in $STOCK_MODULES; do
		modprobe -d "$tmp/x" -S "$kver" --show-depends "$m" ||
			die "no module $m in linux-image-$kver"
	done
	for m in $STOCK_OPTIONAL; do
		modprobe -d "$tmp/x" -S "$kver" --show-depends "$m" 2>/dev/null ||
			echo "stock-kernel: $kver has no $m" >&2
	done
} | awk '$1 == "insmod" {print $2}' | sort -u | while read -r ko; do
	rel=${ko#"$mods"/}
	dst="$out/modroot/lib/modules/$kver/${rel%.xz}"
	mkdir -p "$(dirname "$dst")"
	case $ko in
	*.xz) xz -dc "$ko" > "$dst" ;;
	*) cp "$ko" "$dst" ;;
	esac
done
cp "$mods"/modules.builtin* "$mods/modules.order" "$out/modroot/lib/modules/$kver/"
depmod -b "$out/modroot" "$kver"

echo "$STOCK_MODULES $STOCK_OPTIONAL" > "$out/.igbx-built"
echo "stock-kernel: $kver ready in $(elapsed "$start")" >&2
echo "$out"
