# SPDX-License-Identifier: GPL-2.0
# Guest helpers for the XDP and AF_XDP tests (test-xdp.sh, robust-xdp.sh),
# after guest-lib.sh and guest-traffic.sh: is a program on port A, and
# DPDK's testpmd as an AF_XDP client on A (the guest image has it when
# the script is marked "# vm-dpdk: yes").

# xdp_on: a native XDP program is attached to A (ip link shows "xdp")
xdp_on() { $IP link show dev "$DEV_A" | grep -q "prog/xdp"; }
xdp_off() { ! xdp_on; }

# both_carriers: the link is up at both ends again
both_carriers() { has_carrier "$DEV_A" && in_peer cat "/sys/class/net/$DEV_B/carrier" | grep -qx 1; }

# libxdp finds its AF_XDP program and dispatcher in /opt/dpdk-bpf
# (scripts/rig/mkinitramfs.sh --dpdk). testpmd runs on the guest's
# second CPU without hugepages (--no-huge: plain pages, which AF_XDP
# takes as well; -m implies EAL's legacy memory mode, which --in-memory
# refuses, hence --no-shconf) and with 8192 mbufs (its default of 155456
# takes 338 MB).
TESTPMD=/opt/bin/dpdk-testpmd

# testpmd_stat NAME: the accumulated NAME ("RX-packets", "TX-dropped", ...)
# of testpmd's forward statistics, printed as it exits
testpmd_stat() {
	awk -v k="$1:" '/Accumulated forward statistics/ {acc = 1}
		acc {for (i = 1; i < NF; i++) if ($i == k) {print $(i + 1); exit}}' /tmp/testpmd.log
}

# xsk_zero_copy: every AF_XDP socket bound to A is zero-copy (ss reads
# each one's umem through sock_diag, module xsk_diag: "zc:1"), and there
# is one; ss's view in /tmp/ss-xdp.txt
xsk_zero_copy() {
	modprobe xsk_diag 2>/dev/null
	/opt/bin/ss -a -e --xdp > /tmp/ss-xdp.txt 2>&1 &&
		grep -q "zc:1" /tmp/ss-xdp.txt && ! grep -q "zc:0" /tmp/ss-xdp.txt
}

# pmd_settled: testpmd's program is on A, or testpmd has ended
pmd_settled() { xdp_on || ! kill -0 "$pmd" 2>/dev/null; }

# testpmd_start PMD_ARGS [FIRST COUNT]: testpmd in macswap mode
# ($TESTPMD_MODE: "rxonly" for the bench) on A's
# queue pairs FIRST.. (COUNT of them, $nq: all of A's by default), in the
# background ($pmd, output in /tmp/testpmd.log); returns once its program
# is on A or it has given up. It runs until a signal ends it: with
# --stats-period it prints statistics every second rather than wait for
# Enter (its stdin, here /dev/null, would end it at once).
testpmd_start() {
	local args=$1 first=${2:-0}
	# A's queue pairs now (the last "Combined" of ethtool -l)
	nq=${3:-$($ETHTOOL -l "$DEV_A" | awk '/^Combined:/ {n = $2} END {print n}')}
	LIBXDP_OBJECT_PATH=/opt/dpdk-bpf $TESTPMD -l 0-1 --no-huge -m 256 --no-pci --no-shconf \
		--vdev "net_af_xdp0,iface=$DEV_A,start_queue=$first,queue_count=$nq$args" \
		-- --nb-cores=1 --total-num-mbufs=8192 --rxq="$nq" --txq="$nq" \
		--forward-mode="${TESTPMD_MODE:-macswap}" --stats-period=1 > /tmp/testpmd.log 2>&1 </dev/null &
	pmd=$!
	wait_for 60 pmd_settled
}
