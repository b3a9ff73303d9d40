# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 8: XDP and AF_XDP zero-copy while B sends A a
# steady stream of frames, on two queue pairs (from 250 source
# addresses, so that RSS spreads them over both; 1 ms apart, so that
# pktgen sleeps between frames rather than spin: a flood 20 us apart
# starved the debug kernel's guest, testpmd and the peer's own driver
# alike, and at 200 us a boot took 12 minutes, at 1 ms 5.5):
#   attach and detach: libxdp's AF_XDP program, which passes every frame
#     no socket takes, attached to A and detached again, five times (each
#     attach and detach rebuilds A's RX buffers under the stream)
#   a socket bound and closed: testpmd binds a zero-copy AF_XDP socket
#     to queue pair 1 alone and closes it (SIGINT), twice; the bind and
#     the close stop and restart that pair while pair 0 goes on taking
#     its share on igbx's own buffers (xsk.c)
#   killed: a zero-copy testpmd killed (SIGKILL) under the stream; its
#     queue pair goes back to igbx's buffers, and the program it left
#     behind is detached
# After each part A still answers a ping; at the end every page and DMA
# mapping is back, and kmemleak has nothing with igbx on its stack.
#
# One socket, not one per pair: testpmd gives each socket a UMEM of its
# own over one shared mempool, so two sockets map the same pages for the
# same device twice. The DMA-API debug code cannot tell such mappings
# apart when a sync covers part of a page, and reports the core's sync in
# xp_alloc() as one of memory never mapped (kernel/dma/debug.c,
# __hash_bucket_find: several matches, none exact). With sockets on two
# pairs the DMA-API dump listed 9734 mappings for A at 4997 addresses
# (2026-12-03). This DPDK (22.11) cannot share one UMEM between its
# sockets ("Shared UMEM feature not available"), which would map them
# once.
# vm-dpdk: yes
# vm-long: yes
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh
. /test/guest-xsk.sh

# libxdp's AF_XDP program without its dispatcher: redirects a frame to
# its queue's socket, passes it when there is none
XSK_PROG=/opt/dpdk-bpf/xsk_def_xdp_prog_5.3.o

# flood_start: B's stream to A, in the background ($pg) until flood_stop
flood_start() {
	PKTGEN_OPTS="flag IPSRC_RND
src_min 10.0.1.1
src_max 10.0.1.250"
	pktgen_setup b 0 "" 1000000
	PKTGEN_OPTS=
	pktgen_start b &
	pg=$!
}
flood_stop() {
	on b sh -c "echo stop > /proc/net/pktgen/pgctrl"
	wait "$pg"
}

alive() {	# alive NAME: the link back and a ping, the stream stopped
	check "$1: carrier" wait_for 15 both_carriers
	check "$1: ping" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
}

# zc_on RING: A's RX ring RING runs on a socket's buffers (the ring view)
zc_on() { grep -q "AF_XDP zero-copy" "$DBGA/rx_ring_$1"; }
zc_off() { ! zc_on "$1"; }
# rx0: what A's queue 0 has received
rx0() { nic_stat a rx_queue_0_packets; }

setup_pair igb
DBGA=/sys/kernel/debug/igbx/$A
# libxdp (testpmd's AF_XDP PMD) keeps its state in a BPF filesystem
mkdir -p /sys/fs/bpf
mount -t bpf bpf /sys/fs/bpf 2>/dev/null
check "two queue pairs" $ETHTOOL -L "$DEV_A" combined 2
check "carrier after the change" wait_for 15 both_carriers

# attach and detach under the stream, the link up throughout
flood_start
p0=$(queue_sum xdp_pass)
downs=$(cat "/sys/class/net/$DEV_A/carrier_down_count")
tmo=$(nic_stat a tx_timeout_count)
ok=0
t0=$(date +%s)
for i in 1 2 3 4 5; do
	$IP link set dev "$DEV_A" xdpdrv obj "$XSK_PROG" sec xdp 2>/tmp/ip.err &&
		xdp_on && sleep 0.5 && $IP link set dev "$DEV_A" xdpdrv off && xdp_off &&
		ok=$((ok + 1))
	sleep 0.5
done
echo "# five attach and detach rounds took $(($(date +%s) - t0)) s"
p1=$(queue_sum xdp_pass)
flood_stop
check_eq "attach and detach under the stream: five rounds" "$ok" 5
check_eq "attach and detach: A's link never went down (carrier_down_count)" \
	"$(cat "/sys/class/net/$DEV_A/carrier_down_count")" "$downs"
# a pair stopped alone is a stopped TX queue to the stack's watchdog
check_eq "attach and detach: no transmit timeout (tx_timeout_count)" \
	"$(nic_stat a tx_timeout_count)" "$tmo"
[ "$ok" = 5 ] || cat /tmp/ip.err
check "attach and detach: the program saw the stream (xdp_pass +$((p1 - p0)))" \
	test "$p1" -gt "$p0"
alive "after attach and detach"

if [ ! -x "$TESTPMD" ]; then
	fail "dpdk-testpmd in the guest image" "no $TESTPMD: mark the script '# vm-dpdk: yes'"
else
	# a socket on pair 1 bound and closed under the stream
	flood_start
	for i in 1 2; do
		z0=$(queue_sum xsk_xmit) q0=$(rx0)
		testpmd_start "" 1 1
		check "round $i: testpmd attaches" xdp_on
		check "round $i: pair 1 on the socket's buffers" wait_for 20 zc_on 1
		check "round $i: pair 0 on igbx's own" zc_off 0
		sleep 3
		kill -INT "$pmd" 2>/dev/null
		wait "$pmd"
		z1=$(queue_sum xsk_xmit) q1=$(rx0)
		check "round $i: testpmd forwarded zero-copy (xsk_xmit +$((z1 - z0)))" \
			test $((z1 - z0)) -gt 0
		check "round $i: pair 0 received meanwhile (+$((q1 - q0)))" test $((q1 - q0)) -gt 0
		check "round $i: the program is gone" wait_for 20 xdp_off
		check "round $i: pair 1 is back on igbx's buffers" wait_for 20 zc_off 1
	done
	flood_stop
	sed -n '/Accumulated forward statistics/,$p' /tmp/testpmd.log | grep -E "RX-packets|TX-packets" | head -2
	alive "after the socket"

	# testpmd killed under the stream
	flood_start
	testpmd_start "" 1 1
	check "killed: testpmd attaches" xdp_on
	check "killed: the ring view says zero-copy" wait_for 20 zc_on 1
	z0=$(queue_sum xsk_xmit)
	sleep 3
	check "killed: testpmd was still running" kill -KILL "$pmd"
	wait "$pmd"
	z1=$(queue_sum xsk_xmit)
	check "killed: testpmd was forwarding zero-copy by then (xsk_xmit +$((z1 - z0)))" \
		test $((z1 - z0)) -gt 0
	check "killed: pair 1 is back on igbx's buffers" wait_for 20 zc_off 1
	# libxdp attached its program through netlink: it outlives testpmd
	$IP link set dev "$DEV_A" xdp off
	check "killed: the program detaches" wait_for 20 xdp_off
	flood_stop
	alive "after the killed testpmd"
fi

iperf_run "TCP B->A after it all" -R
$IP link set "$DEV_A" down
check_buffers_back
$IP link set "$DEV_A" up
kmemleak_check "after XDP and AF_XDP"
teardown
finish
