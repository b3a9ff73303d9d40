# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 6: 100000 malformed frames from the wire. The host's
# frame relay (scripts/rig/frame-relay.py), standing in the cable, sends port
# A runts, oversize frames up to 16 KiB, random bytes, truncated headers,
# wrong IPv4 and TCP/UDP checksums and stacked VLAN tags, while the
# ordinary traffic between A and B passes through it. Nothing may crash;
# the runts must show in the NIC's undersize counter and the wrong sums in
# igbx's per-queue csum_err; normal traffic must flow afterwards.
# vm-relay: yes
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh

N=100000
# settled: A's NIC has taken no frame for 3 s
settled() {
	local a b
	a=$(nic_stat a rx_packets)
	sleep 3
	b=$(nic_stat a rx_packets)
	[ "$a" = "$b" ]
}

setup_pair igb
check "ping through the relay" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
ruc0=$(nic_stat a rx_short_length_errors) bad0=$(queue_sum csum_err) rx0=$(stat_a rx_packets)
host_cmd inject $N 7
sleep 5
check "the injection ends (A's NIC quiet for 3 s, within 10 min)" wait_for 600 settled
ruc=$(( $(nic_stat a rx_short_length_errors) - ruc0 ))
bad=$(( $(queue_sum csum_err) - bad0 ))
got=$(( $(stat_a rx_packets) - rx0 ))
echo "igbx-test: injected $N: undersize $ruc, checksum errors $bad, delivered to the stack $got"
$ETHTOOL -S "$DEV_A" | grep -E "errors|_err|drops|length" | grep -v ": 0$"
check "runts counted by the NIC (rx_short_length_errors)" test "$ruc" -gt 1000
check "wrong checksums counted (rx_queue_N_csum_err)" test "$bad" -gt 1000
check "frames were delivered to the stack" test "$got" -gt 1000
check "carrier on" carrier_a
check "ping after the injection" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
iperf_run "TCP A->B after the injection"
iperf_run "TCP B->A after the injection" -R
kmemleak_check "after malformed frames"
teardown
finish
