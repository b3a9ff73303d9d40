# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 1: 20 load/unload cycles of igbx with traffic in
# between (port B on igb in the peer namespace throughout); then kmemleak.
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh

CYCLES=20
setup_pair igb
check "TCP through igbx before the cycles" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
check "rmmod igbx" rmmod igbx

ok=0
for i in $(seq 1 $CYCLES); do
	insmod /test/igbx.ko || { echo "igbx-test: cycle $i: insmod failed"; continue; }
	bind_to igbx "$A" || { echo "igbx-test: cycle $i: bind failed"; rmmod igbx; continue; }
	up_a
	if wait_for 15 carrier_a && ping -c 2 -w 10 "$ADDR_B" > /dev/null; then
		ok=$((ok + 1))
	else
		echo "igbx-test: cycle $i: no traffic"
	fi
	# every other cycle unloads with the interface up
	[ $((i % 2)) = 0 ] && $IP link set "$DEV_A" down
	rmmod igbx || echo "igbx-test: cycle $i: rmmod failed"
done
check_eq "$CYCLES load/traffic/unload cycles" "$ok" "$CYCLES"
check "igbx gone" sh -c "! grep -q '^igbx ' /proc/modules"

# Leaks of an unloaded module have no symbols left: load it once more and
# look while its code is there again is not possible, so scan for objects
# allocated from module addresses that no module owns any more.
insmod /test/igbx.ko
bind_to igbx "$A"
DEV_A=$(netdev_of "$A")
kmemleak_check "after $CYCLES cycles"
unresolved=$(awk '/^ *\[<ffffffffc[0-9a-f]*>\] 0xffffffffc/' /tmp/kmemleak.txt | wc -l)
check_eq "no leaked object allocated from unloaded module code" "$unresolved" 0
in_peer $IP link set "$DEV_B" down
$IP netns del "$NS"
check "rmmod igbx" rmmod igbx
finish
