# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 7: a flood of 64-byte frames into the smallest RX
# ring (80 descriptors) while the receiver is held back: its vector may
# interrupt only every 8 ms (rx-usecs 8191), so the ring fills between
# polls and polls use their whole budget. Afterwards the receiver
# recovers, and with the interface down every page and DMA mapping is
# back (debugfs "buffers": pages_in = pages_out, maps = unmaps).
. /test/lib.sh
. /test/lib-traffic.sh
. /test/lib-robust.sh


setup_pair igb
check "ethtool -G rx 80" $ETHTOOL -G "$DEV_A" rx 80
check "ethtool -C rx-usecs 8191 (the receiver held back)" $ETHTOOL -C "$DEV_A" rx-usecs 8191
check "carrier back" wait_for 15 carrier_a
full0=$(nic_stat a napi_polls_budget_exhausted)
check "pktgen flood from B" pktgen_send b 50000
full1=$(nic_stat a napi_polls_budget_exhausted)
echo "igbx-test: polls that used their whole budget: $((full1 - full0))"
check "the flood exhausted NAPI budgets" test "$full1" -gt "$full0"
check "ethtool -C rx-usecs 162" $ETHTOOL -C "$DEV_A" rx-usecs 162
check "ping after the flood" sh -c "ping -c 3 -w 15 $ADDR_B | grep -q ' 0% packet loss'"
iperf_run "TCP B->A after the flood" -R
$IP link set "$DEV_A" down
buffers=/sys/kernel/debug/igbx/$A/buffers
cat "$buffers"
check "interface down: every TX mapping undone" \
	sh -c "awk '\$5 != \$7 {bad = 1} END {exit bad}' $buffers"
check "interface down: every RX page back" \
	sh -c "awk '\$10 != \$12 {bad = 1} END {exit bad}' $buffers"
$IP link set "$DEV_A" up
kmemleak_check "after the flood"
teardown
finish
