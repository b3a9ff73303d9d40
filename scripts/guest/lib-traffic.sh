# SPDX-License-Identifier: GPL-2.0
# Guest-side traffic helpers: port A on igbx in the root namespace, port B
# (igbx or the in-tree igb) in namespace "peer", so that every frame
# crosses the emulated cable. Sourced after lib.sh.

NS=peer
ADDR_A=10.0.0.1
ADDR_B=10.0.0.2

# in_peer COMMAND...: run in the peer namespace (its own /sys)
in_peer() { $IP netns exec "$NS" "$@"; }

stat_a() { cat "/sys/class/net/$DEV_A/statistics/$1"; }
stat_b() { in_peer cat "/sys/class/net/$DEV_B/statistics/$1"; }

carrier_a() { [ "$(cat "/sys/class/net/$DEV_A/carrier" 2>/dev/null)" = 1 ]; }
carrier_b() { [ "$(in_peer cat "/sys/class/net/$DEV_B/carrier" 2>/dev/null)" = 1 ]; }

# setup_pair PEER_DRIVER [IGBX_PARAMS...]: load, bind, address, bring up
setup_pair() {
	local peer=$1
	shift
	set -- $(nic_bdfs) "$@"
	A=$1 B=$2
	shift 2
	[ "$peer" = igb ] && modprobe igb
	check "insmod igbx.ko $*" insmod /test/igbx.ko "$@"
	check "port A bound to igbx" bind_to igbx "$A"
	check "port B bound to $peer" bind_to "$peer" "$B"
	DEV_A=$(netdev_of "$A")
	DEV_B=$(netdev_of "$B")

	# IPv6 off: its periodic solicitations would blur the exact counts.
	echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6
	echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6
	mkdir -p /var/run/netns
	$IP netns add "$NS"
	in_peer sh -c 'echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6;
		       echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6'
	$IP link set "$DEV_B" netns "$NS"
	$IP addr add "$ADDR_A/24" dev "$DEV_A"
	$IP link set "$DEV_A" up
	in_peer $IP link set lo up
	in_peer $IP addr add "$ADDR_B/24" dev "$DEV_B"
	in_peer $IP link set "$DEV_B" up
	check "carrier on port A" wait_for 15 carrier_a
	check "carrier on port B" wait_for 15 carrier_b
}

# snapshot PREFIX: remember both ports' packet and byte counters
snapshot() {
	local c
	for c in tx_packets tx_bytes rx_packets rx_bytes; do
		eval "${1}_a_$c=$(stat_a $c)"
		eval "${1}_b_$c=$(stat_b $c)"
	done
}

# delta PREFIX1 PREFIX2 PORT COUNTER
delta() { eval "echo \$((\${2}_${3}_$4 - \${1}_${3}_$4))"; }

# check_counts NAME PEER_DRIVER: after traffic, both sides saw the same
check_counts() {
	local name=$1 peer=$2 ab_p ba_p
	sleep 1
	snapshot after
	ab_p=$(delta before after a tx_packets)
	ba_p=$(delta before after b tx_packets)
	echo "igbx-test: $name: A sent $ab_p frames, B sent $ba_p"
	check_eq "$name: frames A sent = frames B received" \
		"$(delta before after b rx_packets)" "$ab_p"
	check_eq "$name: frames B sent = frames A received" \
		"$(delta before after a rx_packets)" "$ba_p"
	# igbx counts a frame's bytes as they go on the wire (padded to 60);
	# so does every receiver. The in-tree igb counts TX bytes before
	# padding, so its short frames arrive up to 18 bytes longer.
	check_eq "$name: bytes A sent = bytes B received" \
		"$(delta before after b rx_bytes)" "$(delta before after a tx_bytes)"
	if [ "$peer" = igbx ]; then
		check_eq "$name: bytes B sent = bytes A received" \
			"$(delta before after a rx_bytes)" "$(delta before after b tx_bytes)"
	else
		check "$name: bytes igb sent <= bytes A received <= +18 per frame" \
			sh -c "d=$(( $(delta before after a rx_bytes) - $(delta before after b tx_bytes) ));
			       [ \$d -ge 0 ] && [ \$d -le $((18 * ba_p)) ]"
	fi
}

# iperf_run NAME [iperf3 client options]: one 5 s TCP stream, B serving
iperf_run() {
	local name=$1 bps
	shift
	in_peer $IPERF3 -s -1 -D -p 5201
	sleep 0.5
	if timeout 60 $IPERF3 -c "$ADDR_B" -p 5201 -t 5 -f m "$@" > /tmp/iperf.log 2>&1; then
		bps=$(awk '/receiver/ {print $7}' /tmp/iperf.log | tail -n 1)
		echo "igbx-test: $name: ${bps:-?} Mbit/s"
		check "$name: iperf3 moved data" test -n "$bps"
	else
		cat /tmp/iperf.log
		fail "$name: iperf3 failed"
	fi
}

# pktgen_flood NAME COUNT: 60-byte frames from A to B as fast as A can
pktgen_flood() {
	local name=$1 count=$2 mac_b sent got lost
	mac_b=$(in_peer cat "/sys/class/net/$DEV_B/address")
	modprobe pktgen
	echo "rem_device_all" > /proc/net/pktgen/kpktgend_0
	echo "add_device $DEV_A" > /proc/net/pktgen/kpktgend_0
	for cmd in "count $count" "pkt_size 60" "delay 0" "dst $ADDR_B" "dst_mac $mac_b"; do
		echo "$cmd" > "/proc/net/pktgen/$DEV_A"
	done
	snapshot before
	echo start > /proc/net/pktgen/pgctrl
	grep -E "Result|pkts-sofar|pps" "/proc/net/pktgen/$DEV_A"
	check "$name: pktgen finished" grep -q "Result: OK" "/proc/net/pktgen/$DEV_A"
	sleep 3	# let the watchdog fold the hardware counters
	snapshot after
	sent=$(delta before after a tx_packets)
	got=$(delta before after b rx_packets)
	lost=0
	for c in rx_dropped rx_missed_errors rx_fifo_errors rx_errors rx_over_errors; do
		lost=$((lost + $(stat_b $c)))
	done
	echo "igbx-test: $name: A sent $sent, B received $got, B counted $lost lost (total)"
	check "$name: A sent every pktgen frame" test "$sent" -ge "$count"
	check "$name: every frame received or counted as lost" \
		test $((got + lost)) -ge "$sent"
}

# teardown: bring both ports down, remove igbx, nothing left behind
teardown() {
	$IP link set "$DEV_A" down
	in_peer $IP link set "$DEV_B" down
	$IP netns del "$NS"
	check "rmmod igbx" rmmod igbx
	check "no kernel warnings" sh -c "! dmesg | grep -E 'WARNING:|BUG:|Oops'"
}

# traffic_suite MODE PEER_DRIVER [IGBX_PARAMS...]: the whole packet-path
# test, port A's interrupts in MODE (MSI-X, MSI or INTx)
traffic_suite() {
	local mode=$1 peer=$2
	shift
	setup_pair "$@"
	check_int_mode "$mode"
	snapshot before
	check "ping B from A, no loss" sh -c "ping -c 20 -i 0.2 -w 30 $ADDR_B | grep -q ' 0% packet loss'"
	check "ping A from B, no loss" sh -c "$IP netns exec $NS ping -c 20 -i 0.2 -w 30 $ADDR_A | grep -q ' 0% packet loss'"
	iperf_run "iperf3 A->B"
	iperf_run "iperf3 B->A" -R
	check_counts "ping+iperf3" "$peer"
	pktgen_flood "pktgen 64-byte flood" 100000
	teardown
}

# check_int_mode MODE: port A's probe line names the interrupt mode
check_int_mode() {
	check "port A uses $1" sh -c "dmesg | grep '$A' | grep -q ', $1, '"
}
