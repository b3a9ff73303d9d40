#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Install what a fresh Debian 12 machine lacks to build and test igbx:
# the kernel source and its build tools, the stock 6.12 headers (the
# "distro test box" build), QEMU 10 from bookworm-backports (the igb model
# arrived in QEMU 8.0) and the packages the guest initramfs is made from.
# Idempotent: packages already present are not touched.
set -eu

[ "$(id -u)" = 0 ] || { echo "install-deps: run as root (apt-get)" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive

pkgs="build-essential bc bison flex libelf-dev libssl-dev dwarves cpio xz-utils kmod
      linux-source-6.12 linux-headers-6.12-amd64 linux-image-6.12-amd64
      busybox-static ethtool iproute2 iperf3 socat python3 sparse"

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

bp=/etc/apt/sources.list.d/bookworm-backports.list
if [ $need_qemu = 1 ] && ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
	echo "deb http://deb.debian.org/debian bookworm-backports main" > "$bp"
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
