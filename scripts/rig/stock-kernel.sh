#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# stock-kernel.sh [SERIES]: Debian's own kernel as a rig kernel, for the
# users' view of igbx (make demo) without building a kernel. SERIES is a
# kernel series whose Debian headers are installed (default 6.12: the
# newest /usr/src/linux-headers-6.12.*-amd64). The matching image package
# is fetched with "apt-get download" and unpacked with "dpkg -x": nothing
# is installed. The rig kernel directory (see scripts/host-lib.sh) gets
# the image, its configuration, the modules the guest loads (igb and its
# dependencies, pktgen, 8021q, decompressed, with a modules.dep) and a
# "build" link to the headers. Cached; prints the directory.
set -eu
. "$(dirname "$0")/../host-lib.sh"

series=${1:-6.12}
# modules the guest may load, with what they depend on
STOCK_MODULES="igb pktgen 8021q"

headers=$(ls -d /usr/src/linux-headers-"$series".*-amd64 2>/dev/null | sort -V | tail -n 1)
[ -n "$headers" ] ||
	die "no /usr/src/linux-headers-$series.*-amd64 (run scripts/install-deps.sh)"
kver=${headers#/usr/src/linux-headers-}
out="$IGBX_CACHE/stock-$kver"
if [ -f "$out/.igbx-built" ]; then
	echo "$out"
	exit 0
fi

start=$(date +%s)
echo "stock-kernel: fetching linux-image-$kver" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# "apt-get download" as root writes as the _apt user when it can
chmod 777 "$tmp"
(cd "$tmp" && apt-get download -q "linux-image-$kver" >&2) ||
	die "cannot download linux-image-$kver"
dpkg -x "$tmp"/linux-image-*.deb "$tmp/x"

rm -rf "$out"
mkdir -p "$out/modroot/lib/modules/$kver"
cp "$tmp/x/boot/vmlinuz-$kver" "$out/vmlinuz"
cp "$tmp/x/boot/config-$kver" "$out/.config"
ln -s "$headers" "$out/build"

# The package ships no modules.dep (depmod makes it at install): make one
# for the whole tree, take the modules asked for and what they need,
# decompressed (busybox's insmod reads plain .ko files), and index them.
mods="$tmp/x/lib/modules/$kver"
depmod -b "$tmp/x" "$kver"
for m in $STOCK_MODULES; do
	modprobe -d "$tmp/x" -S "$kver" --show-depends "$m" ||
		die "no module $m in linux-image-$kver"
done | awk '$1 == "insmod" {print $2}' | sort -u | while read -r ko; do
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

touch "$out/.igbx-built"
echo "stock-kernel: $kver ready in $(elapsed "$start")" >&2
echo "$out"
