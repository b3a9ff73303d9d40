# SPDX-License-Identifier: GPL-2.0
# Guest-side traffic helpers: port A on igbx in the root namespace, port B
# (igbx or the in-tree igb) in namespace "peer", so that every frame
# crosses the emulated cable. Sourced after guest-lib.sh.

NS=peer
ADDR_A=10.0.0.1
ADDR_B=10.0.0.2

# in_peer COMMAND...: run in the peer namespace (its own /sys)
in_peer() { $IP netns exec "$NS" "$@"; }

# check_buffers_back: with port A set down, debugfs' buffers view must
# show every TX mapping undone (columns 5 and 7) and every RX page back
# (columns 10 and 12)
check_buffers_back() {
	local buffers=/sys/kernel/debug/igbx/$A/buffers

	cat "$buffers"
	check "interface down: every TX mapping undone" \
		sh -c "awk '\$5 != \$7 {bad = 1} END {exit bad}' $buffers"
	check "interface down: every RX page back" \
		sh -c "awk '\$10 != \$12 {bad = 1} END {exit bad}' $buffers"
}

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
	wire_pair
}

# up_a: with port A bound, name its interface (DEV_A), address it and
# bring it up; the carrier follows later
up_a() {
	DEV_A=$(netdev_of "$A")
	$IP addr add "$ADDR_A/24" dev "$DEV_A"
	$IP link set "$DEV_A" up
}

# wire_pair: with A and B bound, put B in the peer namespace, address
# both ends, bring them up and wait for the carrier (sets DEV_A, DEV_B)
wire_pair() {
	DEV_B=$(netdev_of "$B")

	# IPv6 off: its periodic solicitations would blur the exact counts.
	echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6
	echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6
	mkdir -p /var/run/netns
	$IP netns add "$NS"
	in_peer sh -c 'echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6;
		       echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6'
	$IP link set "$DEV_B" netns "$NS"
	up_a
	in_peer $IP link set lo up
	in_peer $IP addr add "$ADDR_B/24" dev "$DEV_B"
	in_peer $IP link set "$DEV_B" up
	check "carrier on port A" wait_for 15 carrier_a
	check "carrier on port B" wait_for 15 carrier_b
}

# setup_driver_pair DRIVER: port A on DRIVER (igbx or igb), port B on
# igb, wired as by wire_pair; for comparing igbx with the in-tree igb
setup_driver_pair() {
	set -- "$1" $(nic_bdfs)
	A=$2 B=$3
	modprobe igb
	if [ "$1" = igbx ]; then
		insmod /test/igbx.ko
		bind_to igbx "$A"
	fi
	check "port A on $1" bound_to "$1" "$A"
	check "port B on igb" bound_to igb "$B"
	wire_pair > /dev/null
}

# on PORT COMMAND...: run COMMAND where port PORT (a or b) lives
on() {
	local p=$1
	shift
	if [ "$p" = a ]; then "$@"; else in_peer "$@"; fi
}

# pktgen_setup PORT COUNT [DST_MAC [DELAY_NS]]: give pktgen COUNT 60-byte
# frames to send from PORT to the other port (or to DST_MAC), as fast as
# the sender can (or DELAY_NS apart); started by pktgen_start. COUNT 0:
# without end. $PKTGEN_OPTS, if set, holds more pktgen commands, one per
# line (flows, queues).
pktgen_setup() {
	local p=$1 count=$2 mac=${3:-} delay=${4:-0} dev dst cmd
	if [ "$p" = a ]; then
		dev=$DEV_A dst=$ADDR_B
		[ -n "$mac" ] || mac=$(in_peer cat "/sys/class/net/$DEV_B/address")
	else
		dev=$DEV_B dst=$ADDR_A
		[ -n "$mac" ] || mac=$(cat "/sys/class/net/$DEV_A/address")
	fi
	modprobe pktgen
	on "$p" sh -c "echo rem_device_all > /proc/net/pktgen/kpktgend_0;
		       echo 'add_device $dev' > /proc/net/pktgen/kpktgend_0"
	for cmd in "count $count" "pkt_size 60" "delay $delay" "dst $dst" "dst_mac $mac"; do
		on "$p" sh -c "echo '$cmd' > /proc/net/pktgen/$dev"
	done
	echo "${PKTGEN_OPTS:-}" | while read -r cmd; do
		[ -z "$cmd" ] || on "$p" sh -c "echo '$cmd' > /proc/net/pktgen/$dev"
	done
}

# pktgen_start PORT: run what pktgen_setup gave PORT's pktgen; returns
# when it is done (or stopped)
pktgen_start() { on "$1" sh -c "echo start > /proc/net/pktgen/pgctrl"; }

# pktgen_send PORT COUNT [DST_MAC [DELAY_NS]]: pktgen_setup and
# pktgen_start; prints pktgen's result, fails unless it is OK
pktgen_send() {
	local dev=$DEV_A
	[ "$1" = a ] || dev=$DEV_B
	pktgen_setup "$@"
	pktgen_start "$1"
	on "$1" cat "/proc/net/pktgen/$dev" > /tmp/pktgen.txt
	grep -E "Result|pkts-sofar|pps" /tmp/pktgen.txt
	grep -q "Result: OK" /tmp/pktgen.txt
}

# queue_sum NAME: tx/rx_queue_N_NAME of A's ethtool -S, summed over queues
queue_sum() {
	$ETHTOOL -S "$DEV_A" | awk -v k="$1" '$1 ~ "_queue_[0-9]+_" k ":$" {s += $2} END {print s + 0}'
}

# reg WORD: a 32-bit word of A's register dump (ethtool -d raw); bit WORD
# BIT: one bit of it. Words (ethtool's igb layout): CTRL 0, RCTL 32,
# RXCSUM 33, RAL0 179, RAH0 195.
reg() { $ETHTOOL -d "$DEV_A" raw on | od -An -tu4 -j $(($1 * 4)) -N 4 | tr -d ' '; }
bit() { echo $(( ($(reg "$1") >> $2) & 1 )); }
CTRL=0 RCTL=32 RXCSUM=33 RAL0=179 RAH0=195

# nic_stat PORT NAME: a counter of the port's NIC from ethtool -S
nic_stat() {
	if [ "$1" = a ]; then
		$ETHTOOL -S "$DEV_A"
	else
		in_peer $ETHTOOL -S "$DEV_B"
	fi | awk -v k="$2:" '$1 == k {print $2}'
}

# snapshot PREFIX: remember both ports' driver counters (sysfs) and
# NIC counters (ethtool -S: GPRC, GPTC, GORC, GOTC)
snapshot() {
	local c
	for c in tx_packets tx_bytes rx_packets rx_bytes; do
		eval "${1}_a_$c=$(stat_a $c)"
		eval "${1}_b_$c=$(stat_b $c)"
		eval "${1}_a_nic_$c=$(nic_stat a $c)"
		eval "${1}_b_nic_$c=$(nic_stat b $c)"
	done
}

# delta PREFIX1 PREFIX2 PORT COUNTER
delta() { eval "echo \$((\${2}_${3}_$4 - \${1}_${3}_$4))"; }

# check_wire NAME: at a rate QEMU's link never drops at, what
# one side sent is exactly what the other received, frames and bytes
check_wire() {
	local name=$1 ab_p ba_p d
	sleep 1
	snapshot after
	ab_p=$(delta before after a tx_packets)
	ba_p=$(delta before after b tx_packets)
	echo "igbx-test: $name: A sent $ab_p frames, B sent $ba_p"
	check "$name: frames were exchanged" test "$ab_p" -gt 0 -a "$ba_p" -gt 0
	check_eq "$name: frames A sent = frames B received" \
		"$(delta before after b rx_packets)" "$ab_p"
	check_eq "$name: frames B sent = frames A received" \
		"$(delta before after a rx_packets)" "$ba_p"
	# Drivers count TX bytes as the stack handed them over; the NIC pads
	# frames shorter than 60 bytes, and the receiver counts the padding.
	# So the receiver's count is higher by at most 18 bytes a frame.
	d=$(( $(delta before after b rx_bytes) - $(delta before after a tx_bytes) ))
	check "$name: bytes A sent <= bytes B received <= +18 per frame" \
		test "$d" -ge 0 -a "$d" -le $((18 * ab_p))
	d=$(( $(delta before after a rx_bytes) - $(delta before after b tx_bytes) ))
	check "$name: bytes B sent <= bytes A received <= +18 per frame" \
		test "$d" -ge 0 -a "$d" -le $((18 * ba_p))
}

# check_nic NAME PORT: an igbx port's driver counters agree with its NIC's.
# Frame counters must match exactly. The NIC's octet counters include the
# 4-byte FCS (and, on real hardware, the padding of short frames), and a
# 64-bit octet counter is cleared when its high half is read: octets the
# NIC adds between the driver's low-half and high-half reads (the
# watchdog reads every 2 s, during traffic) are lost, on the real 82576
# as in QEMU. So the NIC's byte count may fall short, by at most 1 %.
check_nic() {
	local name=$1 p=$2 tp rp want got
	sleep 1
	snapshot after
	tp=$(delta before after "$p" tx_packets)
	rp=$(delta before after "$p" rx_packets)
	check_eq "$name: port $p: frames sent = NIC's count" \
		"$(delta before after "$p" nic_tx_packets)" "$tp"
	check_eq "$name: port $p: frames received = NIC's count" \
		"$(delta before after "$p" nic_rx_packets)" "$rp"
	want=$(( $(delta before after "$p" tx_bytes) + 4 * tp ))
	got=$(delta before after "$p" nic_tx_bytes)
	echo "igbx-test: $name: port $p: TX bytes + FCS $want, NIC $got"
	check "$name: port $p: NIC's TX bytes within 1 % below bytes sent + FCS (+18 per frame of padding)" \
		test "$got" -le $((want + 18 * tp)) -a $((got * 100)) -ge $((want * 99))
	want=$(( $(delta before after "$p" rx_bytes) + 4 * rp ))
	got=$(delta before after "$p" nic_rx_bytes)
	echo "igbx-test: $name: port $p: RX bytes + FCS $want, NIC $got"
	check "$name: port $p: NIC's RX bytes within 1 % below bytes received + FCS" \
		test "$got" -le "$want" -a $((got * 100)) -ge $((want * 99))
}

# report_wire_loss NAME: frames that left one NIC and never reached the other
report_wire_loss() {
	echo "igbx-test: $1: QEMU's link lost $(( $(delta before after a nic_tx_packets) - $(delta before after b nic_rx_packets) )) frames A->B, $(( $(delta before after b nic_tx_packets) - $(delta before after a nic_rx_packets) )) B->A"
}

# iperf_server: start a one-shot iperf3 server on B, once the previous
# one has gone (two would fight over the port)
iperf_server() {
	wait_for 10 sh -c "! pidof iperf3 > /dev/null"
	in_peer $IPERF3 -s -1 -D -p 5201
	sleep 0.5
}

# iperf_run NAME [iperf3 client options]: one 5 s TCP stream, B serving
iperf_run() {
	local name=$1 bps
	shift
	iperf_server
	if timeout 60 $IPERF3 -c "$ADDR_B" -p 5201 -t 5 -f m "$@" > /tmp/iperf.log 2>&1; then
		# the last receiver line: the stream's, or with -P the [SUM]
		bps=$(awk '/receiver/ {for (i = 2; i <= NF; i++)
			if ($i == "Mbits/sec") v = $(i - 1)} END {print v}' /tmp/iperf.log)
		echo "igbx-test: $name: ${bps:-?} Mbit/s"
		check "$name: iperf3 moved data" test -n "$bps"
	else
		cat /tmp/iperf.log
		fail "$name: iperf3 failed"
	fi
}

# nic_rx_b: frames port B's NIC accepted (its GPRC register, which both
# igb and igbx show as "rx_packets" in ethtool -S)
nic_rx_b() { nic_stat b rx_packets; }

# lost_b: every counter where port B's driver or NIC reports a lost frame
lost_b() {
	local c lost=0
	for c in rx_dropped rx_missed_errors rx_fifo_errors rx_errors rx_over_errors; do
		lost=$((lost + $(stat_b $c)))
	done
	echo $lost
}

# pktgen_flood NAME COUNT: 60-byte frames from A to B as fast as A can.
# QEMU's socket link itself drops frames when the receiving NIC pushes
# back (the in-tree igb loses as many there), and no NIC can count those;
# so the accounting is checked where it can be: A's driver sent every
# frame, and every frame B's NIC took in was delivered or counted lost.
pktgen_flood() {
	local name=$1 count=$2 sent nic_before nic got lost_before lost
	snapshot before
	nic_before=$(nic_rx_b)
	lost_before=$(lost_b)
	check "$name: pktgen finished" pktgen_send a "$count"
	sleep 3	# let the last frames drain and the counters settle
	snapshot after
	sent=$(delta before after a tx_packets)
	got=$(delta before after b rx_packets)
	nic=$(( $(nic_rx_b) - nic_before ))
	lost=$(( $(lost_b) - lost_before ))
	echo "igbx-test: $name: A sent $sent; B's NIC took $nic, its driver delivered $got and counted $lost lost; $((sent - nic)) vanished in QEMU's link"
	check "$name: A sent every pktgen frame" test "$sent" -ge "$count"
	check "$name: B's NIC took frames" test "$nic" -gt 0
	check_eq "$name: every frame B's NIC took was delivered or counted" \
		"$((got + lost))" "$nic"
}

# teardown: bring both ports down, remove igbx, nothing left behind
teardown() {
	$IP link set "$DEV_A" down
	in_peer $IP link set "$DEV_B" down
	$IP netns del "$NS"
	check "rmmod igbx" rmmod igbx
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
	check_wire "ping"
	# QEMU's 82576 counts a TSO frame once in GPTC/GOTC, before cutting it
	# into segments (the real NIC counts every segment it sends), so the
	# exact comparison with the NIC's counters runs with TSO off on the
	# igbx ports; then the same streams with TSO on.
	tso_igbx off "$peer"
	snapshot before
	iperf_run "iperf3 A->B, TSO off"
	iperf_run "iperf3 B->A, TSO off" -R
	check_nic "iperf3" a
	[ "$peer" = igbx ] && check_nic "iperf3" b
	[ "$peer" = igbx ] && report_wire_loss "iperf3"
	tso_igbx on "$peer"
	iperf_run "iperf3 A->B, TSO on"
	iperf_run "iperf3 B->A, TSO on" -R
	pktgen_flood "pktgen 64-byte flood" 100000
	teardown
}

# tso_igbx on|off PEER_DRIVER: TCP segmentation offload of the igbx ports
tso_igbx() {
	check "ethtool -K $DEV_A tso $1" $ETHTOOL -K "$DEV_A" tso "$1"
	[ "$2" = igbx ] && check "ethtool -K $DEV_B tso $1" in_peer $ETHTOOL -K "$DEV_B" tso "$1"
	return 0
}

# check_int_mode MODE: port A's probe line names the interrupt mode
check_int_mode() {
	check "port A uses $1" sh -c "dmesg | grep '$A' | grep -q ', $1, '"
}

# selftest_suite MODE: ethtool -t on port A, offline (interface up before
# and after, traffic resumes) and online, with A's interrupts in MODE
selftest_suite() {
	local mode=$1
	setup_pair igbx
	check_int_mode "$mode"
	$ETHTOOL -t "$DEV_A" offline > /tmp/selftest.txt 2>&1
	cat /tmp/selftest.txt
	check "ethtool -t offline: PASS" grep -q "The test result is PASS" /tmp/selftest.txt
	for t in "Register test" "Eeprom test" "Interrupt test" "Loopback test" "Link test"; do
		check "ethtool -t offline: $t reports 0" \
			sh -c "grep '$t' /tmp/selftest.txt | grep -q '[[:space:]]0\$'"
	done
	check "interface up again after the offline test" wait_for 15 carrier_a
	check "traffic resumes after the offline test" \
		sh -c "ping -c 3 -w 15 $ADDR_B | grep -q ' 0% packet loss'"
	$ETHTOOL -t "$DEV_A" online > /tmp/selftest.txt 2>&1
	check "ethtool -t online: PASS" grep -q "The test result is PASS" /tmp/selftest.txt
	check "ethtool -t online leaves the link up" carrier_a
	teardown
}
