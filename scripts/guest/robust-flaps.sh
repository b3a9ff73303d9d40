# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 3: 20 link flaps of port A's cable end from QEMU's
# monitor (set_link n0 off/on) while a TCP stream runs: the carrier
# follows every flap, and after each "on" a ping gets through within 5 s.
# Recovery takes 0.9 to 1.8 s on the debug kernel under TCG; a first
# probe that is lost while the stack brings the link's queues back costs
# its whole 1 s timeout, and once in a CI run (2026-12-02) one flap of 20
# took 3.3 s, failing the 3 s this check had. 5 s is the bound issue 24's
# lifecycle tests use too; the slowest recovery is printed.
# vm-monitor: yes
# vm-long: yes
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh

no_carrier_a() { ! carrier_a; }
now_ms() { awk '{printf "%d\n", $1 * 1000}' /proc/uptime; }

setup_pair igb
iperf_server
timeout 900 $IPERF3 -c "$ADDR_B" -t 600 -i 1 --forceflush -f m > /tmp/iperf.log 2>&1 &
iperf=$!
sleep 2
down_seen=0 up_seen=0 resumed=0 worst=0
for i in $(seq 1 20); do
	host_cmd set_link n0 off
	wait_for 10 no_carrier_a && down_seen=$((down_seen + 1))
	sleep 0.5
	host_cmd set_link n0 on
	t0=$(now_ms)
	if wait_for 10 carrier_a; then
		up_seen=$((up_seen + 1))
		# ping once a second... in 0.2 s steps: the first answer counts
		wait_for 10 ping -c 1 -W 1 "$ADDR_B" > /dev/null
		dt=$(( $(now_ms) - t0 ))
		[ "$dt" -gt "$worst" ] && worst=$dt
		[ "$dt" -le 5000 ] && resumed=$((resumed + 1))
		echo "igbx-test: flap $i: traffic again $dt ms after link on"
	fi
	sleep 1
done
check_eq "carrier went off at every flap" "$down_seen" 20
check_eq "carrier came back at every flap" "$up_seen" 20
echo "igbx-test: slowest recovery $worst ms"
check_eq "ping answered within 5 s of link on, every time" "$resumed" 20
stream_moving flaps "$iperf"
kmemleak_check "after the flaps"
teardown
finish
