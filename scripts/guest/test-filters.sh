# SPDX-License-Identifier: GPL-2.0
# VM test: receive filters of port A. Port B sends slow pktgen bursts to
# a foreign unicast address, to multicast groups and to secondary unicast
# addresses; A must take exactly what its filters allow: promiscuous
# on/off, joined/unjoined groups, all-multicast, secondary addresses in
# RAR entries and the promiscuous fallback when they run out, a MAC
# address changed while up.
. /test/guest-lib.sh
. /test/guest-traffic.sh

FOREIGN=02:00:00:00:00:99
GROUP=01:00:5e:01:02:03
OTHER_GROUP=01:00:5e:7f:00:42
N=200

# got_from_b DST_MAC: frames A's driver delivered out of N sent to DST_MAC
got_from_b() {
	local before after
	before=$(stat_a rx_packets)
	pktgen_send b "$N" "$1" 200000 > /dev/null
	sleep 1
	after=$(stat_a rx_packets)
	echo $((after - before))
}

setup_pair igbx
check_eq "foreign unicast: dropped by the filter" "$(got_from_b $FOREIGN)" 0
check "promiscuous on" $IP link set "$DEV_A" promisc on
check_eq "foreign unicast: taken in promiscuous mode" "$(got_from_b $FOREIGN)" "$N"
check "promiscuous off" $IP link set "$DEV_A" promisc off
check_eq "foreign unicast: dropped again" "$(got_from_b $FOREIGN)" 0

check_eq "multicast group not joined: dropped" "$(got_from_b $GROUP)" 0
check "join the group" $IP maddr add "$GROUP" dev "$DEV_A"
check_eq "joined multicast group: taken" "$(got_from_b $GROUP)" "$N"
check_eq "a group with another hash: still dropped" "$(got_from_b $OTHER_GROUP)" 0
check "all-multicast on" $IP link set "$DEV_A" allmulticast on
check_eq "all-multicast: any group taken" "$(got_from_b $OTHER_GROUP)" "$N"
check "all-multicast off" $IP link set "$DEV_A" allmulticast off
check "leave the group" $IP maddr del "$GROUP" dev "$DEV_A"
check_eq "left multicast group: dropped" "$(got_from_b $GROUP)" 0

# Secondary unicast addresses: a VLAN device with an address of its own
# puts it on A's unicast list (the test kernel has no macvlan). One RAR
# entry each, 15 free; one more and A falls back to unicast promiscuous
# mode. The addresses' multicast-table hashes (igbx_mta_hash()) are 0xA0Y,
# clear of the groups A has joined: QEMU's model also takes a unicast
# frame whose hash bit is set in the MTA.
promisc_bit() { bit $RCTL 3; }
MV=02:00:00:00:a0
add_uc() {
	$IP link add link "$DEV_A" name "uc$1" address "$MV:$1" type vlan id "$((10#$1))" &&
		$IP link set "uc$1" up
}
check "secondary address 1 (VLAN device uc01)" add_uc 01
check_eq "secondary address: taken" "$(got_from_b $MV:01)" "$N"
check_eq "secondary address: in a RAR entry, not promiscuous" "$(promisc_bit)" 0
check_eq "foreign unicast: still dropped" "$(got_from_b $FOREIGN)" 0
ok=0
for i in 02 03 04 05 06 07 08 09 10 11 12 13 14 15; do
	add_uc $i && ok=$((ok + 1))
done
check_eq "14 more VLAN devices" "$ok" 14
check_eq "15 secondary addresses: all in RAR entries" "$(promisc_bit)" 0
check_eq "the 15th: taken" "$(got_from_b $MV:15)" "$N"
check_eq "an address never added: dropped" "$(got_from_b $MV:16)" 0
check "a 16th secondary address" add_uc 16
check_eq "16 secondary addresses: more than RAR holds, promiscuous" "$(promisc_bit)" 1
check_eq "overflow: foreign unicast taken" "$(got_from_b $FOREIGN)" "$N"
for i in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16; do
	$IP link del "uc$i"
done
check_eq "VLAN devices gone: promiscuous off again" "$(promisc_bit)" 0
check_eq "VLAN devices gone: foreign unicast dropped" "$(got_from_b $FOREIGN)" 0
check_eq "VLAN devices gone: a former secondary address dropped" "$(got_from_b $MV:01)" 0

# A new MAC address while the interface is up: RAR0 follows it.
NEW=02:00:00:00:02:02
check "ip link set address $NEW (up)" $IP link set "$DEV_A" address "$NEW"
check_eq "RAL0/RAH0 hold the new address, valid" "$(reg $RAL0) $(reg $RAH0)" \
	"$((0x00000002)) $((0x80000202))"
# (B may add an ARP request of its own to the burst)
n=$(got_from_b $NEW)
check "frames to the new address: taken ($n)" test "$n" -ge "$N" -a "$n" -le $((N + 3))
check_eq "frames to the old address: dropped" "$(got_from_b $MAC_A)" 0
in_peer $IP neigh flush dev "$DEV_B"
check "ping with the new address" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
check "old address back" $IP link set "$DEV_A" address "$MAC_A"
teardown
finish
