# SPDX-License-Identifier: GPL-2.0
# The guest half of "make demo": load igbx, bind both ports, put port B in
# its own namespace, and show a frame's whole path working: link, ping,
# a short iperf3 stream, the counters on both sides.
. /test/guest-lib.sh
. /test/guest-traffic.sh

run() {
	echo
	echo "# $*"
	"$@" 2>&1
}

setup_pair igbx > /dev/null
run $IP -br link
run $ETHTOOL -i "$DEV_A"
run grep -E "$DEV_A|$DEV_B" /proc/interrupts
run ping -c 3 "$ADDR_B"
in_peer $IPERF3 -s -1 -D
sleep 0.5
run timeout 30 $IPERF3 -c "$ADDR_B" -t 3 -f m
run $IP -s link show "$DEV_A"
run in_peer $IP -s link show "$DEV_B"
run dmesg | grep igbx | tail -n 8
exit 0
