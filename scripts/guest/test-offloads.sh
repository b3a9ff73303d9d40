# SPDX-License-Identifier: GPL-2.0
# VM test: offloads and multiple queues against the in-tree igb on the
# other end of the cable. ethtool -k shows them on; TCP runs with them on
# (the NIC segments and sums: counters prove it) and off; every -K toggle
# reaches the NIC's registers (read back with ethtool -d); VLAN 100 pings
# across, with the tag inserted and stripped by the NIC or by the stack;
# the VLAN filter drops other VLANs until it is turned off; MTU 9000 with
# 8000-byte pings and a TCP stream (RX buffers whole pages then, half
# pages at 1500); 4 streams spread over the queues.
# vm-long: yes
. /test/guest-lib.sh
. /test/guest-traffic.sh

feature() { $ETHTOOL -k "$DEV_A" | awk -v k="$1:" '$1 == k {print $2}'; }
# bytes of page each RX buffer of queue 0 owns (debugfs ring view)
rx_buffer_bytes() {
	sed -n 's/^buffers \([0-9]*\) bytes.*/\1/p' "/sys/kernel/debug/igbx/$A/rx_ring_0"
}

setup_pair igb

$ETHTOOL -k "$DEV_A" | grep -E "^(rx-|tx-|scatter|tcp-seg|receive-hashing|generic)" | grep -v fixed
for f in rx-checksumming tx-checksumming scatter-gather tcp-segmentation-offload \
	 rx-vlan-offload tx-vlan-offload rx-vlan-filter receive-hashing; do
	check_eq "ethtool -k: $f on" "$(feature $f)" on
done
check_eq "NIC: RXCSUM checks IPv4 and TCP/UDP sums, hash in the descriptor" \
	"$(( $(reg $RXCSUM) & 0x2300 ))" $((0x2300))
check_eq "NIC: CTRL.VME (strip VLAN tags)" "$(bit $CTRL 30)" 1
check_eq "NIC: RCTL.VFE (VLAN filter)" "$(bit $RCTL 18)" 1

# TCP with every offload on: TSO segments what A sends, A's NIC verifies
# what it receives.
tso0=$(queue_sum tso_packets) good0=$(queue_sum csum_good)
iperf_run "TCP A->B, offloads on"
iperf_run "TCP B->A, offloads on" -R
tso1=$(queue_sum tso_packets) good1=$(queue_sum csum_good)
echo "igbx-test: TSO skbs $((tso1 - tso0)), RX checksums verified $((good1 - good0))"
check "TSO used for A's stream" test $((tso1 - tso0)) -gt 10
check "RX checksums verified by the NIC" test $((good1 - good0)) -gt 1000
check_eq "no checksum errors" "$(queue_sum csum_err)" 0

# Eight parallel streams each way (16 flows per check, so that all of them
# hashing to one queue is out of the question): RSS on receive and the stack's queue
# choice on transmit use more than one queue pair.
snapq() { for q in 0 1; do for d in tx rx; do
	eval "${1}_${d}$q=\$($ETHTOOL -S $DEV_A | awk '\$1 == \"${d}_queue_${q}_packets:\" {print \$2}')"
done; done; }
snapq q0
iperf_run "8 TCP streams A->B" -P 8
iperf_run "8 TCP streams B->A" -P 8 -R
snapq q1
for q in 0 1; do
	for d in tx rx; do
		n=$(eval "echo \$((q1_${d}$q - q0_${d}$q))")
		echo "igbx-test: ${d}_queue_$q: $n frames"
		check "8 streams: ${d} queue $q carried traffic" test "$n" -gt 100
	done
done

# Queue pairs: ethtool -l/-L, changed one by one under a TCP stream.
chan() { $ETHTOOL -l "$DEV_A" | awk -v k="$1:" '$1 == k {v = $2} END {print v}'; }
$ETHTOOL -l "$DEV_A"
check_eq "ethtool -l: 8 combined channels at most (82576)" \
	"$($ETHTOOL -l "$DEV_A" | awk '$1 == "Combined:" {print $2; exit}')" 8
check_eq "ethtool -l: one per CPU in use" "$(chan Combined)" 2
check_eq "ethtool -l: one other (link) vector" "$(chan Other)" 1
check "ethtool -L combined 9 is refused" sh -c "! $ETHTOOL -L $DEV_A combined 9 2>/dev/null"
iperf_server
# The stream is only as long as the changes take (about 20 s under TCG):
# it must still be running when the last one is applied.
timeout 120 $IPERF3 -c "$ADDR_B" -t 25 -f m > /tmp/iperf-l.log 2>&1 &
iperf=$!
sleep 2
ok=0
for n in 1 2 3 4 5 6 7 8 4; do
	$ETHTOOL -L "$DEV_A" combined "$n" && [ "$(chan Combined)" = "$n" ] &&
		[ "$(ls /sys/class/net/$DEV_A/queues | grep -c rx-)" = "$n" ] && ok=$((ok + 1))
	sleep 1
done
check_eq "nine channel changes under traffic applied (queues in sysfs too)" "$ok" 9
check "the TCP stream was still running at the last channel change" kill -0 "$iperf"
check "TCP stream survived the channel changes" wait "$iperf"
grep -E "receiver|error" /tmp/iperf-l.log
check "carrier on after the channel changes" wait_for 15 carrier_a

# Threaded NAPI switched on and off under a TCP stream, with queue pair
# changes between, as the kernel's napi_threaded.py does. Only the pairs
# in use have a NAPI context, so there is one NAPI thread per pair. A
# write runs in the background: one that never returns fails its check,
# not the whole boot.
sysfs_write() {
	rm -f /tmp/written
	(echo "$1" > "$2" && touch /tmp/written) &
	wait_for 20 test -f /tmp/written
}
napi_threads() { grep -l "^napi/$DEV_A-" /proc/[0-9]*/comm 2>/dev/null | wc -l; }
threaded=/sys/class/net/$DEV_A/threaded
iperf_server
timeout 120 $IPERF3 -c "$ADDR_B" -t 15 -f m > /tmp/iperf-t.log 2>&1 &
iperf=$!
sleep 2
on=0 threads=0 off=0
for n in 1 2 4; do
	sysfs_write 1 "$threaded" && [ "$(cat "$threaded")" = 1 ] && on=$((on + 1))
	[ "$(napi_threads)" = "$(chan Combined)" ] && threads=$((threads + 1))
	$ETHTOOL -L "$DEV_A" combined "$n"
	sysfs_write 0 "$threaded" && [ "$(cat "$threaded")" = 0 ] && off=$((off + 1))
	sleep 1
done
check "the TCP stream was still running at the last threaded NAPI change" kill -0 "$iperf"
check_eq "threaded NAPI switched on three times under traffic" "$on" 3
check_eq "one NAPI thread per queue pair in use" "$threads" 3
check_eq "threaded NAPI switched off three times, ethtool -L between" "$off" 3
check "TCP stream survived the threaded NAPI changes" wait "$iperf"
grep -E "receiver|error" /tmp/iperf-t.log
check_eq "4 queue pairs after the threaded NAPI changes" "$(chan Combined)" 4

# RSS: the table spreads over the 4 queue pairs; -X moves every flow to
# queue 0, and the NIC follows.
$ETHTOOL -x "$DEV_A" > /tmp/rss.txt
head -n 3 /tmp/rss.txt
indir_queues() { awk '/^ *[0-9]+:/ {for (i = 2; i <= NF; i++) print $i}' /tmp/rss.txt | sort -u | tr '\n' ' '; }
check_eq "ethtool -x: 128 entries over queues 0-3" "$(indir_queues)" "0 1 2 3 "
check "ethtool -x: a 40-byte key" \
	sh -c "sed -n '/hash key/{n;p}' /tmp/rss.txt | awk -F: '{exit !(NF == 40)}'"
check "ethtool -n rx-flow-hash tcp4: addresses and ports" \
	sh -c "$ETHTOOL -n $DEV_A rx-flow-hash tcp4 | grep -q 'L4 bytes 2 & 3'"
rxq() { $ETHTOOL -S "$DEV_A" | awk -v k="rx_queue_$1_packets:" '$1 == k {print $2}'; }
check "ethtool -X weight 1 0 0 0" $ETHTOOL -X "$DEV_A" weight 1 0 0 0
$ETHTOOL -x "$DEV_A" > /tmp/rss.txt
check_eq "ethtool -x: every entry queue 0" "$(indir_queues)" "0 "
r0=$(rxq 0) r1=$(rxq 1) r2=$(rxq 2) r3=$(rxq 3)
iperf_run "8 TCP streams B->A, all to queue 0" -P 8 -R
echo "igbx-test: RX queues 0-3: $(($(rxq 0) - r0)) $(($(rxq 1) - r1)) $(($(rxq 2) - r2)) $(($(rxq 3) - r3))"
check "queue 0 took the streams" test $(($(rxq 0) - r0)) -gt 1000
check_eq "queues 1-3 took none of them" $(( $(rxq 1) - r1 + $(rxq 2) - r2 + $(rxq 3) - r3 )) 0
check "ethtool -X weight 0 0 0 1" $ETHTOOL -X "$DEV_A" weight 0 0 0 1
check "ethtool -L combined 2 refused while the table names queue 3" \
	sh -c "! $ETHTOOL -L $DEV_A combined 2 2>/dev/null"
check "ethtool -X default" $ETHTOOL -X "$DEV_A" default
r0=$(rxq 0) r1=$(rxq 1) r2=$(rxq 2) r3=$(rxq 3)
iperf_run "8 TCP streams B->A, default table" -P 8 -R
spread=0
for q in 0 1 2 3; do
	eval "d=\$((\$(rxq $q) - r$q))"
	[ "$d" -gt 100 ] && spread=$((spread + 1))
done
check "default table: at least 2 of the 4 RX queues took streams" test "$spread" -ge 2
check "ethtool -L combined 2" $ETHTOOL -L "$DEV_A" combined 2

# Every toggle reaches the hardware, and TCP works with the offloads off.
check "ethtool -K rx off" $ETHTOOL -K "$DEV_A" rx off
check_eq "rx off: RXCSUM.IPOFL/TUOFL cleared, PCSD kept" \
	"$(( $(reg $RXCSUM) & 0x2300 ))" $((0x2000))
check "ethtool -K tx off sg off tso off" $ETHTOOL -K "$DEV_A" tx off sg off tso off
check_eq "ethtool -k: tcp-segmentation-offload off" "$(feature tcp-segmentation-offload)" off
tso0=$(queue_sum tso_packets) good0=$(queue_sum csum_good)
iperf_run "TCP A->B, offloads off"
iperf_run "TCP B->A, offloads off" -R
check_eq "offloads off: no TSO" "$(queue_sum tso_packets)" "$tso0"
check_eq "offloads off: no RX checksum reported" "$(queue_sum csum_good)" "$good0"
check "ethtool -K rx on tx on sg on tso on" $ETHTOOL -K "$DEV_A" rx on tx on sg on tso on
check_eq "rx on: RXCSUM bits back" "$(( $(reg $RXCSUM) & 0x2300 ))" $((0x2300))

# VLAN 100 across the cable: tags inserted and stripped by A's NIC, then
# by the stack with those offloads off.
$IP link add link "$DEV_A" name vlan100 type vlan id 100
in_peer $IP link add link "$DEV_B" name vlan100 type vlan id 100
$IP addr add 10.0.100.1/24 dev vlan100
in_peer $IP addr add 10.0.100.2/24 dev vlan100
$IP link set vlan100 up
in_peer $IP link set vlan100 up
check "VLAN 100: ping with tag offloads on" \
	sh -c "ping -c 5 -w 15 10.0.100.2 | grep -q ' 0% packet loss'"
check "ethtool -K rxvlan off txvlan off" $ETHTOOL -K "$DEV_A" rxvlan off txvlan off
check_eq "rxvlan off: CTRL.VME cleared" "$(bit $CTRL 30)" 0
check "VLAN 100: ping with tag offloads off" \
	sh -c "ping -c 5 -w 15 10.0.100.2 | grep -q ' 0% packet loss'"
check "ethtool -K rxvlan on txvlan on" $ETHTOOL -K "$DEV_A" rxvlan on txvlan on
check_eq "rxvlan on: CTRL.VME set" "$(bit $CTRL 30)" 1

# The VLAN filter: B pings on VLAN 200, which A has not joined: its ARP
# requests must not get past A's NIC; with the filter off they do.
in_peer $IP link add link "$DEV_B" name vlan200 type vlan id 200
in_peer $IP addr add 10.0.200.2/24 dev vlan200
in_peer $IP link set vlan200 up
vlan200_frames() {	# frames A's NIC took while B pinged on VLAN 200
	local before
	before=$(nic_stat a rx_packets)
	in_peer ping -c 4 -w 4 10.0.200.1 > /dev/null 2>&1
	echo $(( $(nic_stat a rx_packets) - before ))
}
check_eq "VLAN filter on: VLAN 200 frames dropped by the NIC" "$(vlan200_frames)" 0
check "ethtool -K rx-vlan-filter off" $ETHTOOL -K "$DEV_A" rx-vlan-filter off
check_eq "rx-vlan-filter off: RCTL.VFE cleared" "$(bit $RCTL 18)" 0
check "VLAN filter off: VLAN 200 frames reach A's NIC" test "$(vlan200_frames)" -gt 0
check "ethtool -K rx-vlan-filter on" $ETHTOOL -K "$DEV_A" rx-vlan-filter on
check "promiscuous on" $IP link set "$DEV_A" promisc on
check_eq "promiscuous: RCTL.VFE cleared" "$(bit $RCTL 18)" 0
check "promiscuous off" $IP link set "$DEV_A" promisc off
check_eq "promiscuous off: RCTL.VFE back" "$(bit $RCTL 18)" 1
check "VLAN 100 still pings" sh -c "ping -c 3 -w 10 10.0.100.2 | grep -q ' 0% packet loss'"
$IP link del vlan100
in_peer $IP link del vlan100
in_peer $IP link del vlan200

# Jumbo frames: MTU 9000 on both ends, changed while up. A half-page RX
# buffer has no room for a 9000-byte frame's first 2 KiB beside the
# headroom and skb_shared_info, so A's rings are rebuilt with whole pages.
check_eq "MTU 1500: A's RX buffers are half pages" "$(rx_buffer_bytes)" 2048
check "MTU 9000 on A" $IP link set "$DEV_A" mtu 9000
check_eq "MTU 9000: A's RX buffers are whole pages" "$(rx_buffer_bytes)" 4096
check "MTU 9000 on B" in_peer $IP link set "$DEV_B" mtu 9000
check "MTU 9216 accepted" $IP link set "$DEV_A" mtu 9216
check "MTU 9217 refused" sh -c "! $IP link set $DEV_A mtu 9217 2>/dev/null"
check "MTU back to 9000" $IP link set "$DEV_A" mtu 9000
rx0=$(stat_b rx_packets) by0=$(stat_b rx_bytes)
check "ping with 8000-byte payloads" \
	sh -c "ping -c 5 -s 8000 -w 15 $ADDR_B | grep -q ' 0% packet loss'"
rx1=$(stat_b rx_packets) by1=$(stat_b rx_bytes)
echo "igbx-test: B received $((rx1 - rx0)) frames, $((by1 - by0)) bytes"
check "8000-byte pings crossed unfragmented (<= 2 frames each incl. ARP)" \
	test $((rx1 - rx0)) -ge 5 -a $((rx1 - rx0)) -le 8 -a $((by1 - by0)) -ge 40000
iperf_run "TCP A->B at MTU 9000"
iperf_run "TCP B->A at MTU 9000" -R
check "MTU 1500 on A" $IP link set "$DEV_A" mtu 1500
check_eq "MTU 1500 again: A's RX buffers are half pages" "$(rx_buffer_bytes)" 2048
check "8000-byte pings from B no longer arrive whole" \
	sh -c "! in_peer ping -c 2 -s 8000 -w 4 $ADDR_A > /dev/null 2>&1"
check "ping at MTU 1500" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
in_peer $IP link set "$DEV_B" mtu 1500
teardown
finish
