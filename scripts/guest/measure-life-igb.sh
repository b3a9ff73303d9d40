# SPDX-License-Identifier: GPL-2.0
# Not a test: the in-tree igb on port A through the lifecycle events of
# test-reset.sh and test-sleep.sh, under the same TCP stream, so that
# igbx's recovery times can be set beside igb's from the same rig
# (vm-test.sh -S 6.12 measure-life-igb). Each event prints its times as
# the tests do ("carrier after, ping after, TCP moving after"); the
# checks say how many events came back within the tests' bounds, and
# fail where igb does not.
# vm-monitor: yes
# vm-qemu: -global ICH9-LPC.disable_s3=0 -global pcie-root-port.x-speed=2_5
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh
. /test/guest-life.sh

set -- $(nic_bdfs)
A=$1 B=$2
modprobe igb
check "port A bound to igb" bind_to igb "$A"
check "port B bound to igb" bind_to igb "$B"
wire_pair
iperf_server
life_stream 900

back=0 LIFE_TCP=0
for i in $(seq 1 10); do
	t0=$(now_ms)
	echo 1 > "/sys/bus/pci/devices/$A/reset"
	life_back "igb FLR $i" "$t0" && back=$((back + 1))
done
check_eq "igb FLR: ping within 5 s of the carrier, 10 times of 10" "$back" 10
check_eq "igb FLR: TCP moving again within 30 s, 10 times of 10" "$LIFE_TCP" 10

[ -e /dev/aer_inject ] || modprobe aer_inject
for kind in non-fatal:4096:3 fatal:262144:2; do
	name=${kind%%:*} n=${kind##*:} st=$(echo "$kind" | cut -d: -f2)
	back=0 ok=0 LIFE_TCP=0
	for i in $(seq 1 "$n"); do
		r0=$(recovered)
		t0=$(now_ms)
		aer_inject "$A" "$st"
		wait_for 15 sh -c "[ \$(dmesg | grep -c 'AER: device recovery successful') -gt $r0 ]" &&
			ok=$((ok + 1))
		life_back "igb AER $name $i" "$t0" && back=$((back + 1))
	done
	check_eq "igb AER $name: recovery reported successful, $n times of $n" "$ok" "$n"
	check_eq "igb AER $name: ping within 5 s of the carrier, $n times of $n" "$back" "$n"
	check_eq "igb AER $name: TCP moving again within 30 s, $n times of $n" "$LIFE_TCP" "$n"
done

back=0 LIFE_TCP=0
for i in 1 2 3; do
	host_cmd later 5 system_wakeup
	t0=$(now_ms)
	echo mem > /sys/power/state
	life_back "igb S3 $i" "$t0" && back=$((back + 1))
done
check_eq "igb S3: ping within 5 s of the carrier, 3 times of 3" "$back" 3
check_eq "igb S3: TCP moving again within 30 s, 3 times of 3" "$LIFE_TCP" 3
finish
