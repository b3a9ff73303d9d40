# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 4: port A is hot-unplugged (QEMU device_del, the
# guest's pciehp removes it) while a TCP stream runs through it: igbx's
# remove runs under traffic, the interface goes away, nothing crashes or
# leaks, and igbx unloads cleanly afterwards.
# vm-monitor: yes
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh

a_gone() { [ ! -e "/sys/bus/pci/devices/$A" ]; }

# pciehp's removal path draws a lockdep report of its own in 6.12 (see the
# end of this file), which switches lockdep off
LOCKDEP_OFF_NOTE="pciehp's own report on hot-unplug"
setup_pair igb
iperf_server
timeout 120 $IPERF3 -c "$ADDR_B" -t 30 -f m > /tmp/iperf.log 2>&1 &
iperf=$!
sleep 3
host_cmd device_del nic0
check "port A removed by pciehp" wait_for 30 a_gone
check "interface $DEV_A gone" sh -c "! $IP link show $DEV_A > /dev/null 2>&1"
# an iperf3 client whose interface vanished waits for its server forever
kill "$iperf" 2>/dev/null
wait "$iperf"
check_eq "igbx still loaded, bound to nothing" \
	"$(ls /sys/bus/pci/drivers/igbx/ | grep -c '^0000:')" 0
kmemleak_check "after hot-unplug"
in_peer $IP link set "$DEV_B" down
$IP netns del "$NS"
check "rmmod igbx" rmmod igbx
# the host scans the kernel log: pciehp itself draws a lockdep report on
# unplug in 6.12, which must not count against igbx
finish
