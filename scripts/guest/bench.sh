# SPDX-License-Identifier: GPL-2.0
# The guest half of "make bench": port A driven by $DRIVER_A (igbx or
# igb, from /test/bench.conf), port B by igb, B in its own namespace.
# Each measurement goes to the results port as "bench KEY VALUE".
. /test/lib.sh
. /test/lib-traffic.sh
. /test/bench.conf

out() { echo "bench $1 $2" > "$RESULTS"; echo "igbx-bench: $1 $2"; }
now() { awk '{print $1}' /proc/uptime; }

# Interrupts taken for port A, and CPU time in irq + softirq (ticks).
irqs_a() { grep -E " $DEV_A(-|\$)" /proc/interrupts |
	   awk '{for (i = 2; i <= NF && $i ~ /^[0-9]+$/; i++) s += $i} END {print s + 0}'; }
irq_ticks() { awk '/^cpu / {print $7 + $8}' /proc/stat; }

# pktgen_rate NAME FROM COUNT: pktgen from FROM; frames/s the other side's
# driver delivered, over pktgen's own run time
pktgen_rate() {
	local name=$1 from=$2 count=$3 to usec got irq0 tick0 irqs ticks
	to=$([ "$from" = a ] && echo b || echo a)
	[ "$DRIVER_A" = igbx ] && [ "$from" = a ] && db0=$(queue_sum doorbells)
	snapshot before
	irq0=$(irqs_a)
	tick0=$(irq_ticks)
	pktgen_send "$from" "$count" || return
	usec=$(sed -n 's/.*Result: OK: \([0-9]*\)(.*/\1/p' /tmp/pktgen.txt)
	sleep 1
	snapshot after
	got=$(delta before after "$to" rx_packets)
	out "$name" $((got * 1000000 / usec))
	if [ "$DRIVER_A" = igbx ] && [ "$from" = a ]; then
		# igbx counts its TDT writes; igb does not
		out "${name/_pps/}_frames_per_doorbell" "$(awk -v f="$(delta before after a tx_packets)" \
			-v d="$(( $(queue_sum doorbells) - db0 ))" 'BEGIN {printf "%.2f", f / d}')"
	fi
	# A's interrupts per frame it received or sent (TX completions), and
	# the guest's irq + softirq time per frame (both ports' drivers)
	if [ "$got" -gt 0 ]; then
		irqs=$(( $(irqs_a) - irq0 ))
		ticks=$(( $(irq_ticks) - tick0 ))
		# rx_pps -> rx_irqs_per_1k_frames, rx_pps_4q -> rx_4q_...
		out "${name/_pps/}_irqs_per_1k_frames" $((irqs * 1000 / got))
		# USER_HZ is 100: one tick is 10000 us
		out "${name/_pps/}_cpu_ns_per_frame" $((ticks * 10000000 / got))
	fi
}

# tcp NAME [iperf3 options]: Mbit/s the receiver saw (nothing reported,
# and iperf3's output shown, when the run failed)
tcp() {
	local name=$1 v
	shift
	iperf_server
	timeout 60 $IPERF3 -c "$ADDR_B" -t "$SECS" -f m "$@" > /tmp/iperf.log 2>&1
	v=$(awk '/receiver/ {for (i = 1; i <= NF; i++) if ($i == "Mbits/sec") v = $(i - 1)} END {print v}' /tmp/iperf.log)
	if [ -n "$v" ]; then out "$name" "$v"; else cat /tmp/iperf.log; fi
}

# latency COUNT: p50 and p99 of ping round trips, in microseconds
latency() {
	ping -c "$1" -i 0.05 "$ADDR_B" | sed -n 's/.*time=\([0-9.]*\) ms.*/\1/p' |
		awk '{print int($1 * 1000)}' | sort -n > /tmp/rtt.txt
	n=$(wc -l < /tmp/rtt.txt)
	[ "$n" -gt 0 ] || return
	out ping_p50_us "$(sed -n "$(( (n + 1) / 2 ))p" /tmp/rtt.txt)"
	out ping_p99_us "$(sed -n "$(( (n * 99 + 99) / 100 ))p" /tmp/rtt.txt)"
}

setup_driver_pair "$DRIVER_A"

if [ "$QUICK" = 1 ]; then FRAMES=30000 SECS=2 PINGS=20; else FRAMES=200000 SECS=5 PINGS=100; fi
pktgen_rate tx_pps a "$FRAMES"
# pktgen hands over 8 frames at a time, 7 of them with xmit_more set: a
# driver may then write the doorbell once per burst
PKTGEN_OPTS="burst 8"
pktgen_rate tx_pps_burst8 a "$FRAMES"
PKTGEN_OPTS=
pktgen_rate rx_pps b "$FRAMES"
tcp tcp_tx_mbps
tcp tcp_rx_mbps -R
tcp tcp_tx_4_mbps -P 4
tcp tcp_rx_4_mbps -R -P 4
latency "$PINGS"

# The same with four queue pairs on A: pktgen spreads A's frames over the
# four TX queues, and B's over 250 source addresses so that RSS spreads
# them over A's four RX queues.
$ETHTOOL -L "$DEV_A" combined 4
wait_for 15 carrier_a
PKTGEN_OPTS="flag QUEUE_MAP_RND
queue_map_min 0
queue_map_max 3"
pktgen_rate tx_pps_4q a "$FRAMES"
PKTGEN_OPTS="flag IPSRC_RND
src_min 10.0.1.1
src_max 10.0.1.250"
pktgen_rate rx_pps_4q b "$FRAMES"
PKTGEN_OPTS=
tcp tcp_tx_4_4q_mbps -P 4
tcp tcp_rx_4_4q_mbps -R -P 4
finish
