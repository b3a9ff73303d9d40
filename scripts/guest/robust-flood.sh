# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 7: a flood of 64-byte frames into the smallest RX
# ring (80 descriptors) while the receiver is stalled: A's NAPI runs in a
# kernel thread (threaded NAPI), pinned to CPU 1 at nice 19 beside a busy
# loop at nice -20 for 10 s, so it gets a time slice only every few
# seconds; the ring fills between them and each slice's polls use their
# whole budget. (Throttling the vector with rx-usecs is not enough on the
# debug kernel: the sender there is too slow to fill 80 descriptors in
# 8 ms.) Afterwards the receiver recovers, and with the interface down
# every page and DMA mapping is back (debugfs "buffers": pages_in =
# pages_out, maps = unmaps).
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh

# napi_threads: pids of A's NAPI kernel threads ("napi/<dev>-<id>")
napi_threads() {
	local p
	for p in /proc/[0-9]*; do
		case "$(cat "$p/comm" 2>/dev/null)" in
		"napi/$DEV_A-"*) echo "${p#/proc/}" ;;
		esac
	done
}

setup_pair igb
check "ethtool -G rx 80" $ETHTOOL -G "$DEV_A" rx 80
check "carrier back" wait_for 15 carrier_a
check "threaded NAPI on" sh -c "echo 1 > /sys/class/net/$DEV_A/threaded"
threads=$(napi_threads)
check "A's NAPI threads found" test -n "$threads"
for t in $threads; do
	taskset -p 2 "$t" > /dev/null
	renice -n 19 -p "$t" > /dev/null
done
taskset 2 sh -c 'while :; do :; done' &
hog=$!
renice -n -20 -p $hog > /dev/null
(sleep 10; kill $hog) &
full0=$(nic_stat a napi_polls_budget_exhausted)
check "pktgen flood from B" pktgen_send b 20000
wait
full1=$(nic_stat a napi_polls_budget_exhausted)
echo "igbx-test: polls that used their whole budget: $((full1 - full0))"
check "the flood exhausted NAPI budgets" test "$full1" -gt "$full0"
for t in $threads; do
	renice -n 0 -p "$t" > /dev/null
done
check "threaded NAPI off" sh -c "echo 0 > /sys/class/net/$DEV_A/threaded"
check "ping after the flood" sh -c "ping -c 3 -w 15 $ADDR_B | grep -q ' 0% packet loss'"
iperf_run "TCP B->A after the flood" -R
$IP link set "$DEV_A" down
check_buffers_back
$IP link set "$DEV_A" up
kmemleak_check "after the flood"
teardown
finish
