# SPDX-License-Identifier: GPL-2.0
# Data integrity: 16 MiB of random bytes cross the cable over TCP in each
# direction at MTU 1500, 9000 and 1280, with every offload on (TSO, RX
# checksum: a corrupting driver would not be caught by TCP's checksum
# then, since the NIC vouched for the bytes it saw); the MD5 of what
# arrives must equal the MD5 of what was sent.
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh

dd if=/dev/urandom of=/tmp/data bs=1M count=16 2> /dev/null
sum=$(md5sum < /tmp/data)

# transfer FROM NAME: FROM (a or b) serves the file, the other side fetches it
transfer() {
	local from=$1 name=$2 to addr
	if [ "$from" = a ]; then to=b addr=$ADDR_A; else to=a addr=$ADDR_B; fi
	rm -f /tmp/recv
	on "$from" nc -l -p 5000 -e cat /tmp/data &
	sleep 1
	on "$to" timeout 120 nc "$addr" 5000 > /tmp/recv
	wait
	check_eq "$name: 16 MiB arrived" "$(wc -c < /tmp/recv)" $((16 * 1024 * 1024))
	check_eq "$name: MD5 of what arrived = MD5 of what was sent" "$(md5sum < /tmp/recv)" "$sum"
}

setup_pair igb
for mtu in 1500 9000 1280; do
	$IP link set "$DEV_A" mtu "$mtu"
	in_peer $IP link set "$DEV_B" mtu "$mtu"
	wait_for 15 carrier_a
	transfer a "MTU $mtu, A->B"
	transfer b "MTU $mtu, B->A"
done
kmemleak_check "after the transfers"
teardown
finish
