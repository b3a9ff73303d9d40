# SPDX-License-Identifier: GPL-2.0
# VM test: receive filters of port A. Port B sends slow pktgen bursts to
# a foreign unicast address and to multicast groups; A must take exactly
# what its filters allow: promiscuous on/off, joined/unjoined groups,
# all-multicast.
. /test/lib.sh
. /test/lib-traffic.sh

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
teardown
finish
