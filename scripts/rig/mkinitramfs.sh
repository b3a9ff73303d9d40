#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# mkinitramfs.sh KERNEL_DIR: build (once) the guest's base initramfs for a
# rig kernel and print its path. mkinitramfs.sh --dpdk: build (once) the
# archive DPDK's testpmd comes in (below) and print its path. It holds busybox, iproute2's ip, ethtool
# and iperf3 with their shared libraries, linuxptp's ptp4l, phc2sys,
# phc_ctl and hwstamp_ctl when the host has them (test-ptp.sh reports
# their absence), xdp-tools' xdp-bench, xdp-loader and xdp-trafficgen
# likewise (test-xdp.sh), the kernel's modroot (igb, pktgen, ...) and /init.
# Per-run files (igbx modules, the guest script) are appended by run-vm.sh
# as a second cpio archive, which the kernel unpacks on top of this one.
set -eu
. "$(dirname "$0")/../host-lib.sh"

# --dpdk: dpdk-testpmd (package dpdk-dev) with its libraries, the three
# PMD plugins an AF_XDP port needs (the vdev bus, the ring mempool and
# net_af_xdp from librte-net-af-xdp23) in the plugin directory EAL loads
# at start-up (the only ones there: EAL loads every plugin it finds, and
# the whole set is 31 MB), iproute2's ss (which tells a zero-copy AF_XDP
# socket from a copying one), and in /opt/dpdk-bpf libxdp's default AF_XDP
# program, which the PMD attaches to the port, with libxdp's dispatcher. About 8 MB compressed, so it is not in
# the base archive that every boot unpacks: run-vm.sh appends it only for
# a guest script marked "# vm-dpdk: yes" (test-xdp.sh).
if [ "${1:-}" = --dpdk ]; then
	pmds=/usr/lib/x86_64-linux-gnu/dpdk/pmds-23.0
	bpfobj=/usr/lib/x86_64-linux-gnu/bpf
	key=$( (cat "$0"; dpkg-query -W dpdk-dev librte-net-af-xdp23 librte-mempool-ring23 libxdp1 iproute2 2>&1) |
		sha256sum | cut -c1-12)
	out="$IGBX_CACHE/initramfs-dpdk-$key.cpio.gz"
	if [ ! -f "$out" ]; then
		[ -x /usr/bin/dpdk-testpmd ] && [ -f "$pmds/librte_net_af_xdp.so.23" ] ||
			die "dpdk-testpmd or its AF_XDP PMD missing (run scripts/install-deps.sh)"
		root=$(mktemp -d)
		trap 'rm -rf "$root"' EXIT
		mkdir -p "$root/opt/bin" "$root$pmds" "$root/opt/dpdk-bpf"
		copy_with_libs /usr/bin/dpdk-testpmd "$root" /opt/bin/
		copy_with_libs /bin/ss "$root" /opt/bin/
		for p in bus_vdev mempool_ring net_af_xdp; do
			# EAL loads only names ending in .so or .so.23.0
			copy_with_libs "$pmds/librte_$p.so.23.0" "$root" "$pmds/"
		done
		# testpmd and the PMDs link some plugins (the vdev bus) by
		# their .so.23 name, in $pmds or /lib: every name must reach
		# the one file, as the package's symbolic links do, or the
		# dynamic linker loads a second copy and its driver registers
		# twice
		for p in bus_vdev mempool_ring net_af_xdp; do
			f=$pmds/librte_$p.so.23.0
			ln -sf "$f" "$root$pmds/librte_$p.so.23"
			[ ! -e "$root/lib/x86_64-linux-gnu/librte_$p.so.23" ] ||
				ln -sf "$f" "$root/lib/x86_64-linux-gnu/librte_$p.so.23"
		done
		# libxdp attaches its AF_XDP program behind its dispatcher,
		# and fails without the dispatcher's object; both go to a
		# directory of their own that only testpmd is pointed at
		# (LIBXDP_OBJECT_PATH), so xdp-bench goes on attaching its
		# programs directly, as in the base archive
		cp "$bpfobj"/xsk_def_xdp_prog*.o "$bpfobj/xdp-dispatcher.o" "$root/opt/dpdk-bpf/"
		(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) > "$out.tmp"
		mv "$out.tmp" "$out"
	fi
	echo "$out"
	exit 0
fi

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
