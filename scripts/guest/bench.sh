# SPDX-License-Identifier: GPL-2.0
# The guest half of "make bench": port A driven by $DRIVER_A (igbx or
# igb, from /test/bench.conf), port B by igb, B in its own namespace.
# Each measurement goes to the results port as "bench KEY VALUE".
#
# With PAIRS=N in bench.conf (and DRIVER_A=igbx, which loads both
# drivers) the boot runs N pairs of turns instead: port A handed from one
# driver to the other within a pair, the order swapped every pair, each
# turn pktgen TX (twice: to B, and to an address B filters out) and RX,
# ping, the four TCP runs, and B's pktgen into an XDP program on A
# that drops every frame or bounces it back (xdp_turn), each result
# reported as "bench KEY VALUE PAIR DRIVER". Rates under TCG drift
# within a boot and differ between boots by more than the two drivers
# differ; runs next to each other in one boot share both.
#
# UNPINNED=1 with PAIRS: the vectors stay where the kernel puts them (a
# user's default), and the rows are "unpinned_" instead of "paired_"
# (no XDP rows there).
# IGBX_COALESCE, if set, is given to ethtool -C each time igbx takes port
# A ("adaptive-rx off rx-usecs 162": the fixed rate igbx had before DIM).
#
# With COUNT=N (QEMU running scripts/bench/count-plugin.c) the boot runs N pairs
# of counted turns: see counted() below.
#
# With XSK=N (the newest Debian kernel, whose igb has AF_XDP zero-copy,
# and DPDK's testpmd in the image) the boot runs N pairs of AF_XDP turns:
# see xsk_turn below.
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-xsk.sh
. /test/bench.conf

# out KEY VALUE: one measurement ($PAIR and $DRIVER_A tag a paired run's)
out() {
	echo "bench $1 $2 ${PAIR:-}${PAIR:+ $DRIVER_A}" > "$RESULTS"
	echo "igbx-bench: $1 $2 ${PAIR:-}${PAIR:+ $DRIVER_A}"
}
now() { awk '{print $1}' /proc/uptime; }

# Interrupts taken for port A
irqs_a() { interrupt_lines "$A" |
	   awk '{for (i = 2; i <= NF && $i ~ /^[0-9]+$/; i++) s += $i} END {print s + 0}'; }

# The CPU every interrupt vector is pinned to (pin), whose time irq_ticks
# reads; pktgen's thread runs on CPU 0
IRQ_CPU=1

# irq_ticks: CPU 1's time in hard and soft interrupts so far, in USER_HZ
# ticks (10 ms). Every vector of both ports is pinned to CPU 1 (pin
# below) and pktgen runs on CPU 0, so in a pktgen window this is the
# guest's interrupt work. Not /proc/stat's irq + softirq columns: the
# test kernel fills those by sampling at the tick (no
# CONFIG_IRQ_TIME_ACCOUNTING), and an idle CPU's tick is stopped
# (NO_HZ_IDLE), so an interrupt that wakes CPU 1, and the NAPI poll it
# runs, goes unsampled (in a probe boot the columns held 7 to 47 % of
# it). Idle time is measured, not sampled, and task time is sampled
# while the tick runs: the rest of CPU 1's time is interrupt time,
# uptime - idle - iowait - user - nice - system - steal. (Not so on
# CPU 0: never idle under pktgen, its tick runs, but under TCG it often
# comes late, the periods it missed go unaccounted, and the remainder
# there would be mostly that loss.)
irq_ticks() {
	awk -v cpu="cpu$IRQ_CPU" 'FILENAME == "/proc/uptime" {up = $1 * 100; next}
	     $1 == cpu {printf "%d", up - ($2 + $3 + $4 + $5 + $6 + $9)}' \
		/proc/uptime /proc/stat
}

# pin_to CPU BDF...: every interrupt vector of these PCI functions to CPU,
# whichever driver has them; again after each (re)bind and queue change.
# pin BDF...: to CPU 1. pktgen's thread (kpktgend_0) runs on CPU 0 on
# both ports. Where the vectors land otherwise is the kernel's choice at
# each request_irq, and a single flow's RX rate follows it (about 49k
# frames/s with A's vector on CPU 1 against 27-35k on CPU 0, for either
# driver): unpinned, the rates compare placements, not drivers. A vector
# moves at its next interrupt; vector_cpus shows where they ended up.
pin_to() {
	local cpu=$1 irq
	shift
	for irq in $(for f in "$@"; do vectors_of "$f"; done); do
		echo "$cpu" > "/proc/irq/$irq/smp_affinity_list" ||
			echo "igbx-bench: could not pin irq $irq"
	done
}
pin() { [ "${UNPINNED:-}" = 1 ] || pin_to "$IRQ_CPU" "$@"; }
# interrupt_lines BDF: the function's lines of /proc/interrupts, one per
# vector its driver has requested (the chip column names the function)
interrupt_lines() { awk -v d="-$1 " 'index($0, d)' /proc/interrupts; }
# vectors_of BDF: their interrupt numbers
vectors_of() { interrupt_lines "$1" | awk '{sub(":", "", $1); print $1}'; }
# vector_cpus BDF: "IRQ:CPU ..." for each of them
vector_cpus() {
	local irq
	for irq in $(vectors_of "$1"); do
		printf '%s:%s ' "$irq" "$(cat "/proc/irq/$irq/effective_affinity_list")"
	done
}

# sample: the counters a pktgen window needs, as close together as the
# guest allows: uptime (s); from one ethtool -S of A, its NIC's frames
# sent, igbx's TDT writes (none under igb) and its NIC's frames received
# (GPRC); A's driver's frames received; A's interrupts; CPU 1's
# interrupt time (irq_ticks); B's NIC's frames received
sample() {
	echo "$(now)" \
	     "$($ETHTOOL -S "$DEV_A" | awk '$1 == "tx_packets:" {tx = $2}
		$1 == "rx_packets:" {rx = $2}
		$1 ~ /^tx_queue_[0-9]+_doorbells:$/ {db += $2} END {print tx, db + 0, rx}')" \
	     "$(stat_a rx_packets) $(irqs_a) $(irq_ticks) $(nic_stat b rx_packets)"
}

# pktgen_rate NAME FROM [DST_MAC [COUNTED]]: pktgen from FROM (a or b)
# without end; after a second to settle, counts over $SECS s what port A
# moved: the frames its NIC sent (from a) or its driver received (from
# b), per second. DST_MAC sends A's frames to that address instead of
# B's. COUNTED counts other frames (the XDP rows): nic_a, those A's NIC
# received (its GPRC register, ethtool -S rx_packets under either
# driver); nic_b, those B's NIC received.
# Why a window in the steady state and not a fixed count of frames:
# when the receiver cannot keep up, QEMU queues the sender's frames in
# the emulated cable and drops what does not fit (no NIC counts them),
# so a fixed count measures that queue, not either driver.
pktgen_rate() {
	local name=$1 from=$2 mac=${3:-} counted=${4:-} t0 t1 txa0 txa1 rxa0 rxa1 rxb0 rxb1
	local irq0 irq1 tick0 tick1 db0 db1 nic0 nic1 frames ms pg
	pktgen_send "$from" 0 "$mac" > /dev/null &
	pg=$!
	sleep 1
	set -- $(sample)
	t0=$1 txa0=$2 db0=$3 nic0=$4 rxa0=$5 irq0=$6 tick0=$7 rxb0=$8
	sleep "$SECS"
	set -- $(sample)
	t1=$1 txa1=$2 db1=$3 nic1=$4 rxa1=$5 irq1=$6 tick1=$7 rxb1=$8
	on "$from" sh -c 'echo stop > /proc/net/pktgen/pgctrl'
	# (pktgen alone: an AF_XDP row's testpmd runs on in the background)
	wait "$pg"
	echo "igbx-bench: $name: vectors of A $(vector_cpus "$A")of B $(vector_cpus "$B")"
	ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%d", (b - a) * 1000}')
	if [ "$counted" = nic_a ]; then
		frames=$((nic1 - nic0))
	elif [ "$counted" = nic_b ]; then
		frames=$((rxb1 - rxb0))
	elif [ "$from" = a ]; then
		frames=$((txa1 - txa0))
		# what B's NIC received of them (QEMU's cable drops the rest)
		[ -n "$mac" ] || out "${name}_at_b" $(( (rxb1 - rxb0) * 1000 / ms ))
	else
		frames=$((rxa1 - rxa0))
	fi
	out "$name" $((frames * 1000 / ms))
	[ "$frames" -gt 0 ] || return
	# rx_pps -> rx_irqs_per_1k_frames, tx_pps_4q -> tx_4q_..., per
	# frame port A moved; CPU time is CPU 1's interrupt time (both ports')
	out "${name/_pps/}_irqs_per_1k_frames" $(( (irq1 - irq0) * 1000 / frames ))
	# USER_HZ is 100: one tick is 10000 us
	out "${name/_pps/}_cpu_ns_per_frame" $(( (tick1 - tick0) * 10000000 / frames ))
	# igbx counts its TDT writes; igb does not
	[ "$DRIVER_A" = igbx ] && [ "$from" = a ] &&
		out "${name/_pps/}_frames_per_doorbell" \
		    "$(awk -v f="$frames" -v d="$((db1 - db0))" 'BEGIN {printf "%.2f", f / d}')"
	return 0
}

# tcp NAME [iperf3 options]: Mbit/s the receiver saw (nothing reported,
# and iperf3's output shown, when the run failed), and port A's
# interrupts per MB moved: tcp_tx_mbps -> tcp_tx_irqs_per_mb
tcp() {
	local name=$1 v irq0 per_mb
	shift
	iperf_server
	irq0=$(irqs_a)
	timeout 60 $IPERF3 -c "$ADDR_B" -t "$SECS" -f m "$@" > /tmp/iperf.log 2>&1
	v=$(awk '/receiver/ {for (i = 1; i <= NF; i++) if ($i == "Mbits/sec") v = $(i - 1)} END {print v}' /tmp/iperf.log)
	if [ -z "$v" ]; then
		cat /tmp/iperf.log
		return
	fi
	out "$name" "$v"
	per_mb=$(awk -v i="$(($(irqs_a) - irq0))" -v m="$v" -v s="$SECS" \
		'BEGIN {if (m > 0) printf "%.1f", i / (m * s / 8)}')
	[ -z "$per_mb" ] || out "${name%_mbps}_irqs_per_mb" "$per_mb"
}

# latency COUNT [PREFIX]: p50 and p99 of ping round trips, in
# microseconds, as PREFIXping_p50_us and PREFIXping_p99_us
latency() {
	ping -c "$1" -i 0.05 "$ADDR_B" | sed -n 's/.*time=\([0-9.]*\) ms.*/\1/p' |
		awk '{print int($1 * 1000)}' | sort -n > /tmp/rtt.txt
	n=$(wc -l < /tmp/rtt.txt)
	[ "$n" -gt 0 ] || return
	out "${2:-}ping_p50_us" "$(sed -n "$(( (n + 1) / 2 ))p" /tmp/rtt.txt)"
	out "${2:-}ping_p99_us" "$(sed -n "$(( (n * 99 + 99) / 100 ))p" /tmp/rtt.txt)"
}

# loaded_latency COUNT PREFIX: latency while a TCP stream runs from B to
# A, the other way from the pings: their replies reach A among the
# stream's frames, and wait for A's interrupt as those do
loaded_latency() {
	local stream
	iperf_server
	timeout 60 $IPERF3 -c "$ADDR_B" -R -t 60 > /dev/null 2>&1 &
	stream=$!
	sleep 1
	latency "$1" "${2:-}loaded_"
	kill "$stream" 2>/dev/null
	wait "$stream"
}

# coalesce_a: port A's interrupt moderation as the boot asks, under igbx
coalesce_a() {
	[ "$DRIVER_A" = igbx ] && [ -n "${IGBX_COALESCE:-}" ] || return 0
	# shellcheck disable=SC2086
	$ETHTOOL -C "$DEV_A" $IGBX_COALESCE ||
		echo "igbx-bench: ethtool -C $IGBX_COALESCE failed"
}

# rebind_a DRIVER: hand port A to DRIVER and bring it up again, addressed
rebind_a() {
	DRIVER_A=$1
	bind_to "$1" "$A" || return
	up_a
	wait_for 15 carrier_a || return
	pin "$A"
	coalesce_a
}

# in_pairs COUNT TURN: COUNT pairs of turns, port A handed to igbx and to
# igb within a pair (the order swapped every pair), TURN run after each
# handover ($PAIR and $DRIVER_A say whose turn it is)
in_pairs() {
	local order
	for PAIR in $(seq 1 "$1"); do
		order="igbx igb"
		[ $((PAIR % 2)) = 1 ] || order="igb igbx"
		for drv in $order; do
			rebind_a "$drv" || { echo "igbx-bench: port A would not bind to $drv"; continue; }
			"$2"
		done
	done
}

# A MAC address no port has: B's NIC filters frames sent to it, so the
# guest does no work for B
NOBODY_MAC=52:54:00:12:34:99

# The XDP rows' programs, built by the host from scripts/bench/xdp-bench.c:
# every frame dropped, or sent back out of A with its MACs swapped
XDP_DROP_OBJ=/test/xdp-drop.o
XDP_TX_OBJ=/test/xdp-tx.o

# xdp_attach OBJ: OBJ's program on A in native (driver) mode, replacing
# any there. Attaching the first program makes either driver rebuild A's
# RX buffers and takes the carrier away (igb closes and opens the port,
# its vectors requested anew: pinned again), so frames sent before the
# carrier is back at both ends would be lost.
xdp_attach() {
	$IP -force link set dev "$DEV_A" xdpdrv obj "$1" sec xdp || return
	wait_for 15 carrier_a && wait_for 15 carrier_b || return
	pin "$A"
}

# xdp_detach: the program off A (the next handover, or the next
# attach, waits for the carrier)
xdp_detach() { $IP link set dev "$DEV_A" xdpdrv off; }

# xdp_turn: the XDP rows of a paired turn. B's pktgen floods A; A's
# program drops every frame (xdp_drop_pps: frames A's NIC received, per
# second, from its GPRC: igb counts XDP's frames in rx_packets, igbx did
# not when this was written, so the NIC's count is the one both share),
# then bounces every frame back to B (xdp_tx_pps: frames B's NIC got
# back, per second)
xdp_turn() {
	local p=$ROWS t0
	t0=$(now)
	if ! xdp_attach "$XDP_DROP_OBJ"; then
		echo "igbx-bench: no XDP_DROP program on port A under $DRIVER_A"
		return
	fi
	pktgen_rate "${p}_xdp_drop_pps" b "" nic_a
	if xdp_attach "$XDP_TX_OBJ"; then
		pktgen_rate "${p}_xdp_tx_pps" b "" nic_b
	else
		echo "igbx-bench: no XDP_TX program on port A under $DRIVER_A"
	fi
	[ "$DRIVER_A" != igbx ] ||
		echo "igbx-bench: igbx's verdicts so far: xdp_drop $(queue_sum xdp_drop), xdp_tx $(queue_sum xdp_tx), xdp_aborted $(queue_sum xdp_aborted)"
	xdp_detach
	echo "igbx-bench: XDP rows under $DRIVER_A took $(awk -v a="$t0" -v b="$(now)" 'BEGIN {print b - a}') s"
}

# xsk_rate NAME PMD_ARGS: B's pktgen floods A while DPDK's testpmd
# (guest-xsk.sh) takes every frame from all of A's queues through its
# AF_XDP sockets and frees it (rxonly), the PMD's options PMD_ARGS
# (",force_copy=1": copy mode; none: zero-copy where the driver has it).
# NAME (frames per second A's NIC received, as xdp_drop_pps counts) with
# its interrupt and CPU rows, from pktgen_rate; and NAME's
# lost_per_1k_frames: of the frames A's NIC received while testpmd ran,
# those testpmd did not get, per 1000 (a driver that dropped frames on
# their way to the socket would look fast on the NIC's count alone).
# A zero-copy NAME is reported only if ss shows every socket zero-copy.
xsk_rate() {
	local name=$1 args=$2 nic0 nic1 rx zc=""
	nic0=$(nic_stat a rx_packets)
	TESTPMD_MODE=rxonly testpmd_start "$args"
	if ! xdp_on; then
		echo "igbx-bench: $name: testpmd attached no program under $DRIVER_A"
		kill -KILL "$pmd" 2>/dev/null
		wait "$pmd"
		tail -20 /tmp/testpmd.log
		return
	fi
	wait_for 15 carrier_a && wait_for 15 carrier_b
	pin "$A"
	# the sockets bind after the program attaches
	if [ -z "$args" ]; then
		wait_for 10 xsk_zero_copy || zc=no
	else
		xsk_zero_copy
	fi
	echo "igbx-bench: $name under $DRIVER_A: sockets $(grep -o 'qid:[0-9]*,zc:[0-9]' /tmp/ss-xdp.txt | tr '\n' ' ')"
	if [ -z "$zc" ]; then
		pktgen_rate "$name" b "" nic_a
	else
		echo "igbx-bench: $name: a socket is not zero-copy under $DRIVER_A: no row"
	fi
	kill -INT "$pmd" 2>/dev/null
	wait "$pmd"
	nic1=$(nic_stat a rx_packets)
	rx=$(testpmd_stat RX-packets)
	echo "igbx-bench: $name under $DRIVER_A: A's NIC received $((nic1 - nic0)), testpmd ${rx:-none}"
	[ -n "$zc" ] || [ -z "$rx" ] || [ $((nic1 - nic0)) = 0 ] ||
		out "${name/_pps/}_lost_per_1k_frames" $(( (nic1 - nic0 - rx) * 1000 / (nic1 - nic0) ))
	# the PMD detached its program as it closed; the next turn's
	# handover waits for the carrier
	wait_for 10 xdp_off || $IP link set dev "$DEV_A" xdp off
}

# xsk_turn: a turn of the AF_XDP boot, copy mode then zero-copy
xsk_turn() {
	xsk_rate xsk_copy_rx_pps ",force_copy=1"
	xsk_rate xsk_zc_rx_pps ""
}

# paired_turn: one turn of the paired boot (see the top). The second TX
# window sends to $NOBODY_MAC: its CPU time per frame is then port A's
# alone (interrupts, polls, completions); the first one's includes B's
# igb receiving A's frames on the same CPU.
paired_turn() {
	local p=$ROWS
	pktgen_rate ${p}_tx_pps a
	pktgen_rate ${p}_tx_alone_pps a "$NOBODY_MAC"
	pktgen_rate ${p}_rx_pps b
	latency "$PINGS" ${p}_
	loaded_latency "$PINGS" ${p}_
	tcp ${p}_tcp_tx_mbps
	tcp ${p}_tcp_rx_mbps -R
	tcp ${p}_tcp_tx_4_mbps -P 4
	tcp ${p}_tcp_rx_4_mbps -R -P 4
	# XDP in the pinned boot only
	[ "$p" != paired ] || xdp_turn
}
ROWS=paired
[ "${UNPINNED:-}" != 1 ] || ROWS=unpinned

# The counted boot (COUNT=N in bench.conf): QEMU runs
# scripts/bench/count-plugin.c, which counts the instructions the guest executes
# and the MMIO accesses of module code, and writes the counts out at each
# mark that /test/count-mark sets. Each turn moves a fixed number of
# frames ($FRAMES) between two marks and reports "count NAME PAIR DRIVER
# FIRST_MARK LAST_MARK FRAMES"; the host (scripts/bench/count-report.py) turns
# the counts between the two marks into instructions and register accesses
# per frame port A moved. Port A's vectors are on CPU 1, B's on CPU 0 with
# pktgen: in the RX workload CPU 1 does port A's work and nothing else. In
# the TX workloads A's frames carry a destination MAC address that B's NIC
# filters out, so that the guest does nothing for B. (Not B down: QEMU
# then stops reading the cable, and a vCPU blocks in the socket send with
# QEMU's global lock held, hanging the whole VM.)
MARKS=0
mark() { /test/count-mark && MARKS=$((MARKS + 1)); }

# counted NAME FROM [DST_MAC [nic_a]]: $FRAMES frames from pktgen on FROM
# (a or b); counted as A's driver sent or received them, or with nic_a as
# A's NIC received them (XDP: igbx does not count its verdicts' frames in
# rx_packets)
counted() {
	local name=$1 from=$2 m0 n0
	pktgen_setup "$from" "$FRAMES" "${3:-}"
	n0=$(frames_a "$from" "${4:-}")
	mark
	m0=$MARKS
	pktgen_start "$from"
	# time for A to complete the last frames (or receive what QEMU queued)
	sleep 0.5
	mark
	echo "count $name $PAIR $DRIVER_A $m0 $MARKS $(($(frames_a "$from" "${4:-}") - n0))" > "$RESULTS"
}

# frames_a FROM [nic_a]: the count counted() takes
frames_a() {
	if [ "${2:-}" = nic_a ]; then
		nic_stat a rx_packets
	elif [ "$1" = a ]; then
		stat_a tx_packets
	else
		stat_a rx_packets
	fi
}

# counted_turn: TX, TX in bursts of 8, RX, and RX into an XDP program
# that drops every frame, then into one that sends every frame back
# (XDP_TX: A's TX completions run in the same vector, on CPU 1; B's igb
# takes the bounced frames on CPU 0), with the driver on port A
counted_turn() {
	local t0
	counted tx a "$NOBODY_MAC"
	PKTGEN_OPTS="burst 8"
	counted tx_burst8 a "$NOBODY_MAC"
	PKTGEN_OPTS=
	counted rx b
	t0=$(now)
	if xdp_attach "$XDP_DROP_OBJ"; then
		counted xdp_drop b "" nic_a
		if xdp_attach "$XDP_TX_OBJ"; then
			counted xdp_tx b "" nic_a
		else
			echo "igbx-bench: no XDP_TX program on port A under $DRIVER_A"
		fi
		xdp_detach
		echo "igbx-bench: counted XDP_DROP and XDP_TX under $DRIVER_A took $(awk -v a="$t0" -v b="$(now)" 'BEGIN {print b - a}') s"
	else
		echo "igbx-bench: no XDP_DROP program on port A under $DRIVER_A"
	fi
}

# counted_layout: where port A's registers and the drivers' code lie,
# for the host to tell whose counts are whose
counted_layout() {
	echo "count-bar $(head -n 1 "/sys/bus/pci/devices/$A/resource" | cut -d ' ' -f 1,2)" > "$RESULTS"
	awk '$1 == "igbx" || $1 == "igb" {print "count-module", $1, $6, $2}' /proc/modules > "$RESULTS"
	awk '$2 ~ /^[tT]$/ && ($4 == "[igbx]" || $4 == "[igb]") {print "count-sym", $1, $3, $4}' \
		/proc/kallsyms > "$RESULTS"
}

setup_driver_pair "$DRIVER_A"
pin "$A" "$B"
coalesce_a
# TCP remembers a peer's ssthresh and RTT from a closed connection and
# starts the next one from them: one run's losses would shape the next
# run's rate, the other driver's within a pair. Each run starts afresh.
for p in a b; do
	on "$p" sh -c 'echo 1 > /proc/sys/net/ipv4/tcp_no_metrics_save'
done

if [ "$QUICK" = 1 ]; then SECS=2 PINGS=20 FRAMES=10000; else SECS=5 PINGS=100 FRAMES=50000; fi
if [ -n "${PAIRS:-}" ]; then
	in_pairs "$PAIRS" paired_turn
	finish
fi
if [ -n "${XSK:-}" ]; then
	# pktgen's module starts a thread bound to each CPU and waits for it
	# to run: loaded now, before testpmd polls on CPU 1
	modprobe pktgen
	in_pairs "$XSK" xsk_turn
	finish
fi
if [ -n "${COUNT:-}" ]; then
	pin_to 0 "$B"
	in_pairs "$COUNT" counted_turn
	counted_layout
	finish
fi
pktgen_rate tx_pps a
# pktgen hands over 8 frames at a time, 7 of them with xmit_more set: a
# driver may then write the doorbell once per burst
PKTGEN_OPTS="burst 8"
pktgen_rate tx_pps_burst8 a
PKTGEN_OPTS=
pktgen_rate rx_pps b
tcp tcp_tx_mbps
tcp tcp_rx_mbps -R
tcp tcp_tx_4_mbps -P 4
tcp tcp_rx_4_mbps -R -P 4
latency "$PINGS"
loaded_latency "$PINGS"

# The same with four queue pairs on A: pktgen spreads A's frames over the
# four TX queues, and B's over 250 source addresses so that RSS spreads
# them over A's four RX queues.
$ETHTOOL -L "$DEV_A" combined 4
wait_for 15 carrier_a
pin "$A"
PKTGEN_OPTS="flag QUEUE_MAP_RND
queue_map_min 0
queue_map_max 3"
pktgen_rate tx_pps_4q a
PKTGEN_OPTS="flag IPSRC_RND
src_min 10.0.1.1
src_max 10.0.1.250"
pktgen_rate rx_pps_4q b
PKTGEN_OPTS=
tcp tcp_tx_4_4q_mbps -P 4
tcp tcp_rx_4_4q_mbps -R -P 4
finish
