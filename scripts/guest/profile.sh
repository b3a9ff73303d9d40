# SPDX-License-Identifier: GPL-2.0
# The guest half of "make profile": port A driven by $DRIVER_A (igbx or
# igb, from /test/profile.conf), port B by igb in its own namespace. For
# each workload, perf samples every CPU (software clock, 999 Hz: TCG has
# no PMU) and the hottest symbols go to the results port (see profile()).
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/profile.conf

PERF=/opt/bin/perf
tar -xf /test/perf-bundle.tar -C /
echo 0 > /proc/sys/kernel/kptr_restrict
echo -1 > /proc/sys/kernel/perf_event_paranoid

# frames_a: frames port A sent and received so far
frames_a() { echo $(( $(stat_a tx_packets) + $(stat_a rx_packets) )); }

# uptime_ms: the guest's uptime in milliseconds
uptime_ms() { awk '{printf "%d", $1 * 1000}' /proc/uptime; }

# profile NAME COMMAND...: COMMAND under perf record -a, then the hottest
# symbols as "profile NAME SHARE% SYMBOL [MODULE] NS_PER_FRAME": the
# symbol's share of both CPUs' time over the run, per frame port A moved,
# which compares across drivers whose runs reached different rates (the
# sample count itself does not: under TCG the sampling timer fires far
# less often than asked)
profile() {
	local name=$1 pid f0 frames t0 ms
	shift
	f0=$(frames_a)
	t0=$(uptime_ms)
	$PERF record -a -F 999 -o "/tmp/$name.data" > /tmp/perf.log 2>&1 &
	pid=$!
	sleep 1
	"$@" > /dev/null
	kill -INT $pid
	wait $pid
	ms=$(( $(uptime_ms) - t0 ))
	frames=$(( $(frames_a) - f0 ))
	check "$name: perf recorded samples" test -s "/tmp/$name.data"
	echo "profile $name $frames frames in $ms ms" > "$RESULTS"
	# perf names the module of some symbols and not others: kallsyms does
	$PERF report -i "/tmp/$name.data" --stdio --no-children -n --sort sym \
		--percent-limit 0.8 2>/dev/null | grep -v -e '^#' -e '^$' |
	awk -v name="$name" -v frames="$frames" -v ms="$ms" '
	FILENAME == "/proc/kallsyms" { if (NF == 4) mod[$3] = $4; next }
	{
		sym = $4
		share = $1
		sub(/%/, "", share)
		printf "profile %s %7s %-32s %-10s %8.0f ns/frame\n", name, $1, sym,
			(sym in mod) ? mod[sym] : "[kernel]",
			frames ? share / 100 * ms * 2 * 1000000 / frames : 0
	}' /proc/kallsyms - > "$RESULTS"
}

setup_driver_pair "$DRIVER_A"
# loaded before perf starts, so that perf knows its symbols
modprobe pktgen

profile tx_pps pktgen_send a 200000
profile rx_pps pktgen_send b 200000
iperf_server
profile tcp_tx timeout 60 $IPERF3 -c "$ADDR_B" -t 5
finish
