# SPDX-License-Identifier: GPL-2.0
# Lifecycle: system sleep under a TCP stream through port A (igbx; port B
# on the in-tree igb, which sleeps too). Three S3 cycles: the guest writes
# "mem" to /sys/power/state after asking the host to wake it from QEMU's
# monitor once it is in S3, 5 s later at the earliest (system_wakeup;
# QEMU resets every device on the way out of S3). Then three hibernation
# cycles in the kernel's test mode (pm_test "devices": freeze and thaw
# every device, nothing written: the rig has no disk for an image). After
# each, ping answers within 5 s of the carrier and TCP moves again within
# 30 s. At the end every setting is as before, nothing leaked, and igbx
# unloads. A kernel without CONFIG_SUSPEND fails; one without
# CONFIG_HIBERNATION (the test kernels) skips the second part. The
# consoles stay on through suspend and resume (no_console_suspend), so
# that a guest that never comes back shows how far it got.
# vm-monitor: yes
# vm-append: no_console_suspend
# vm-qemu: -global ICH9-LPC.disable_s3=0
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh
. /test/guest-life.sh

life_begin
life_s3 ""

# Debian's kernels hibernate; the test kernels, with no block layer, do not
if grep -qw disk /sys/power/state; then
	back=0 froze=0 LIFE_TCP=0
	echo devices > /sys/power/pm_test
	for i in 1 2 3; do
		t0=$(now_ms)
		echo disk > /sys/power/state && froze=$((froze + 1))
		life_back "hibernation test $i" "$t0" && back=$((back + 1))
	done
	echo none > /sys/power/pm_test
	check_eq "hibernation (pm_test devices): froze and thawed, 3 times of 3" "$froze" 3
	check_eq "hibernation: ping within 5 s of the carrier, 3 times of 3" "$back" 3
	check_eq "hibernation: TCP moving again within 30 s, 3 times of 3" "$LIFE_TCP" 3
else
	echo "igbx-test: this kernel cannot hibernate: freeze and thaw not tested here"
fi
dmesg | grep -i "igbx\|PM:" | tail -n 30
life_end "suspend and hibernation cycles"
finish
