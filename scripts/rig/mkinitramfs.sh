#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# mkinitramfs.sh KERNEL_DIR: build (once) the guest's base initramfs for a
# rig kernel and print its path. It holds busybox, iproute2's ip, ethtool
# and iperf3 with their shared libraries, linuxptp's ptp4l, phc2sys,
# phc_ctl and hwstamp_ctl when the host has them (test-ptp.sh reports
# their absence), xdp-tools' xdp-bench, xdp-loader and xdp-trafficgen
# likewise (test-xdp.sh), the kernel's modroot (igb, pktgen, ...) and /init.
# Per-run files (igbx modules, the guest script) are appended by run-vm.sh
# as a second cpio archive, which the kernel unpacks on top of this one.
set -eu
. "$(dirname "$0")/../host-lib.sh"

kdir=${1:?usage: mkinitramfs.sh KERNEL_DIR}
[ -f "$kdir/.igbx-built" ] || die "$kdir is not a rig kernel"

key=$( (echo "$kdir"; cat "$kdir/.igbx-built" "$0" "$IGBX_ROOT/scripts/host-lib.sh" "$IGBX_ROOT/scripts/guest/init";
	dpkg-query -W busybox-static iproute2 ethtool iperf3
	dpkg-query -W linuxptp 2>/dev/null || true
	dpkg-query -W xdp-tools 2>/dev/null || true) | sha256sum | cut -c1-12)
out="$IGBX_CACHE/initramfs-$key.cpio.gz"
if [ -f "$out" ]; then
	echo "$out"
	exit 0
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,opt/bin,proc,sys,dev,tmp,run,etc,lib,lib64,root}

cp /bin/busybox "$root/bin/busybox"
# Full-featured tools live in /opt/bin and are called by absolute path:
# busybox's shell would otherwise prefer its own smaller applets.
for tool in /sbin/ip /sbin/ethtool /usr/bin/iperf3; do
	[ -x "$tool" ] || tool=$(command -v "$(basename "$tool")") ||
		die "$(basename "$tool") missing (run scripts/install-deps.sh)"
	copy_with_libs "$tool" "$root" /opt/bin/
done
for tool in /usr/sbin/ptp4l /usr/sbin/phc2sys /usr/sbin/phc_ctl /usr/sbin/hwstamp_ctl \
	/usr/sbin/xdp-bench /usr/sbin/xdp-loader /usr/sbin/xdp-trafficgen; do
	[ ! -x "$tool" ] || copy_with_libs "$tool" "$root" /opt/bin/
done
cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
cp -r "$kdir/modroot/lib/modules" "$root/lib/"
cp "$IGBX_ROOT/scripts/guest/init" "$root/init"
chmod +x "$root/init"
echo "root:x:0:0:root:/root:/bin/sh" > "$root/etc/passwd"

(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) > "$out.tmp"
mv "$out.tmp" "$out"
echo "$out"
