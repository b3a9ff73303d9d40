# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 5: allocation failures injected into igbx's own
# allocations (failslab and fail_page_alloc behind a stack-trace filter
# on igbx's code): the 1st, 2nd, ... allocation of "ip link set up",
# "ethtool -G" and "ethtool -L" fails in turn, and 5 % of those in the
# RX refill (NAPI, softirq) fail for a while under traffic. Each failure
# must be a clean ENOMEM or a counted allocation failure, and the port
# must work again once injection stops, without leaks.
. /test/lib.sh
. /test/lib-traffic.sh
. /test/lib-robust.sh

alive() {	# alive NAME: carrier and a ping, injection off
	check "$1: carrier" wait_for 15 carrier_a
	check "$1: ping" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
}

setup_pair igb
fault_setup

# ip link set up: rings, page pools, RX pages, IRQs
$IP link set "$DEV_A" down
set -- $(fault_sweep "ip link set up" 80 "$IP link set $DEV_A down" $IP link set "$DEV_A" up)
check "ip link set up: injected failures returned ENOMEM" test "$1" -gt 0
check_eq "ip link set up: no failure other than ENOMEM" "$2" 0
check "ip link set up without injection" $IP link set "$DEV_A" up
alive "after failed opens"

# ethtool -G while up: the new rings are allocated first; a failure keeps
# the old ones running
set -- $(fault_sweep "ethtool -G" 80 "$ETHTOOL -G $DEV_A rx 256 tx 256" \
	$ETHTOOL -G "$DEV_A" rx 512 tx 512)
check "ethtool -G: injected failures returned ENOMEM" test "$1" -gt 0
check_eq "ethtool -G: no failure other than ENOMEM" "$2" 0
alive "after failed resizes"

# ethtool -L while up: stop, new pair count, start; a failure goes back
# to the old count
set -- $(fault_sweep "ethtool -L" 80 "$ETHTOOL -L $DEV_A combined 2" \
	$ETHTOOL -L "$DEV_A" combined 4)
check "ethtool -L: injected failures returned ENOMEM" test "$1" -gt 0
check_eq "ethtool -L: no failure other than ENOMEM" "$2" 0
check_eq "ethtool -L: the old count back after failures" \
	"$($ETHTOOL -l "$DEV_A" | awk '$1 == "Combined:" {v = $2} END {print v}')" 2
alive "after failed channel changes"

# RX refill in NAPI: 5 % of igbx's allocations fail for 10 s of traffic
af0=$(queue_sum alloc_failed)
for f in failslab fail_page_alloc; do
	echo N > "$DBG/$f/task-filter"
	echo 5 > "$DBG/$f/probability"
	echo 1 > "$DBG/$f/interval"
done
iperf_run "TCP B->A with RX allocations failing" -R -t 10
for f in failslab fail_page_alloc; do
	echo 0 > "$DBG/$f/probability"
done
af1=$(queue_sum alloc_failed)
echo "igbx-test: RX allocation failures counted: $((af1 - af0))"
check "RX refill: failed allocations counted (rx_queue_N_alloc_failed)" test "$af1" -gt "$af0"
alive "after failed RX refills"
iperf_run "TCP B->A after injection stopped" -R

kmemleak_check "after injected allocation failures"
teardown
finish
