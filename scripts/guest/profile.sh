# SPDX-License-Identifier: GPL-2.0
# The guest half of "make profile": port A driven by $DRIVER_A (igbx or
# igb, from /test/profile.conf), port B by igb in its own namespace. For
# each workload, perf samples every CPU (software clock, 999 Hz: TCG has
# no PMU) and the flat profile goes to the results port as
# "profile WORKLOAD LINE" lines: first the split by object (kernel,
# igbx, igb), then the hottest symbols.
. /test/lib.sh
. /test/lib-traffic.sh
. /test/profile.conf

PERF=/opt/bin/perf
tar -xf /test/perf-bundle.tar -C /
echo 0 > /proc/sys/kernel/kptr_restrict
echo -1 > /proc/sys/kernel/perf_event_paranoid

# profile NAME COMMAND...: COMMAND under perf record -a, then its report
profile() {
	local name=$1 pid
	shift
	$PERF record -a -F 999 -o "/tmp/$name.data" > /tmp/perf.log 2>&1 &
	pid=$!
	sleep 1
	"$@" > /dev/null
	kill -INT $pid
	wait $pid
	check "$name: perf recorded samples" test -s "/tmp/$name.data"
	{
		$PERF report -i "/tmp/$name.data" --stdio --no-children \
			--sort dso --percent-limit 1
		$PERF report -i "/tmp/$name.data" --stdio --no-children \
			--sort dso,sym --percent-limit 0.8
	} 2>/dev/null | grep -v -e '^#' -e '^$' | sed "s/^/profile $name /" > "$RESULTS"
}

set -- $(nic_bdfs)
A=$1 B=$2
modprobe igb
if [ "$DRIVER_A" = igbx ]; then
	insmod /test/igbx.ko
	bind_to igbx "$A"
fi
check "port A on $DRIVER_A" bound_to "$DRIVER_A" "$A"
check "port B on igb" bound_to igb "$B"
wire_pair > /dev/null

profile tx_pps pktgen_send a 200000
profile rx_pps pktgen_send b 200000
iperf_server
profile tcp_tx timeout 60 $IPERF3 -c "$ADDR_B" -t 5
finish
