#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# install-deps.sh [--demo]: install what a fresh Debian 12 machine lacks
# to build and test igbx: the stock 6.12 headers (the "distro test box"
# build; make demo boots the matching image, fetched by
# scripts/rig/stock-kernel.sh, not installed), QEMU 10 from
# bookworm-backports (the igb model arrived in QEMU 8.0), the packages the
# guest initramfs is made from, and, without --demo, the kernel source,
# the tools to build the test kernels and check the code, and for the
# kernel matrix the newest 6.1 headers (Debian 12's default kernel,
# through the linux-headers-amd64 meta package), debootstrap for the sid
# root (scripts/rig/sid-root.sh), dkms, and clang for the bench's XDP
# programs (scripts/bench/xdp-bench.c).
# Idempotent: packages already present are not touched.
set -eu

. "$(dirname "$0")/host-lib.sh"

[ "$(id -u)" = 0 ] || { echo "install-deps: run as root (apt-get)" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive

# dpdk-dev holds dpdk-testpmd, librte-net-af-xdp23 its AF_XDP PMD
# (test-xdp.sh; scripts/rig/mkinitramfs.sh --dpdk)
pkgs="build-essential cpio xz-utils kmod linux-headers-6.12-amd64
      busybox-static ethtool iproute2 iperf3 socat python3 linuxptp xdp-tools
      dpdk-dev librte-net-af-xdp23 librte-mempool-ring23"
[ "${1:-}" = --demo ] ||
	pkgs="$pkgs bc bison flex libelf-dev libssl-dev dwarves linux-source-6.12 sparse
	      linux-headers-amd64 debootstrap dkms clang"

missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done

need_qemu=1
if command -v qemu-system-x86_64 >/dev/null &&
   qemu-system-x86_64 -device help 2>/dev/null | grep -q '"igb"'; then
	need_qemu=0
fi

if [ -z "$missing" ] && [ $need_qemu = 0 ]; then
	echo "install-deps: everything present"
	exit 0
fi

# bookworm-backports (QEMU 10) comes from the same mirror as the machine's
# own bookworm packages: its URI is read from the configured sources (in
# either format) through apt itself, never written here.
bp=/etc/apt/sources.list.d/bookworm-backports.list
if [ $need_qemu = 1 ] && ! apt-cache policy | grep -q ' bookworm-backports/main '; then
	uri=$(debian_mirror)
	[ -n "$uri" ] || { echo "install-deps: no bookworm/main source configured" >&2; exit 1; }
	echo "deb $uri bookworm-backports main" > "$bp"
fi

# Third-party sources on some images are unreachable; their failure must
# not stop the Debian ones from being used.
apt-get update -q || true

if [ -n "$missing" ]; then
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $missing
fi
if [ $need_qemu = 1 ]; then
	apt-get install -y -q --no-install-recommends -t bookworm-backports \
		qemu-system-x86 ipxe-qemu
fi

qemu-system-x86_64 -device help | grep -q '"igb"' ||
	{ echo "install-deps: qemu has no igb device" >&2; exit 1; }
echo "install-deps: done"
