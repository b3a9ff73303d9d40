# SPDX-License-Identifier: GPL-2.0
# VM test: scripts/hw-check.sh, the script users run on a real test box,
# run here as a user would on QEMU's 82576. Both ports start on the
# in-tree igb, B in the peer namespace. hw-check.sh takes port A over
# with igbx and back; its report must count every check, and a ping to
# an address nobody has must make it fail. It refuses to start without
# -y or on an interface that is not an Intel PCI port.
# vm-files: scripts/hw-check.sh
. /test/guest-lib.sh
. /test/guest-traffic.sh

HWC=/test/hw-check.sh
export PATH=/opt/bin:$PATH

set -- $(nic_bdfs)
A=$1 B=$2
modprobe igb
check "port A on igb" wait_for 10 bound_to igb "$A"
check "port B on igb" wait_for 10 bound_to igb "$B"
DEV_A=$(netdev_of "$A") DEV_B=$(netdev_of "$B")
mkdir -p /var/run/netns
$IP netns add "$NS"
$IP link set "$DEV_B" netns "$NS"
in_peer $IP addr add "$ADDR_B/24" dev "$DEV_B"
in_peer $IP link set "$DEV_B" up

# refusals, before anything is touched: status 2, A still on igb
rc=0
$HWC "$DEV_A" > /tmp/hwc-noy.txt 2>&1 || rc=$?
cat /tmp/hwc-noy.txt
check_eq "without -y: refused (status 2)" "$rc" 2
check "without -y: it says why" grep -q "give -y" /tmp/hwc-noy.txt
check "without -y: port A still on igb" bound_to igb "$A"
rc=0
$HWC -y lo > /tmp/hwc-lo.txt 2>&1 || rc=$?
check_eq "lo: refused (status 2)" "$rc" 2
check "lo: not a PCI device" grep -q "not a network interface on a PCI device" /tmp/hwc-lo.txt

# the full run, offline self-test included
rc=0
$HWC -y -m /test/igbx.ko -a "$ADDR_A/24" -p "$ADDR_B" -o -r /tmp/hwc.txt "$DEV_A" ||
	rc=$?
cat /tmp/hwc.txt
check_eq "hw-check: status 0" "$rc" 0
last=$(tail -n 1 /tmp/hwc.txt)
check "hw-check: last line 'N passed, 0 failed' ($last)" \
	sh -c "echo '$last' | grep -qE '^[0-9]+ passed, 0 failed$'"
n=${last%% passed*}
check "hw-check: at least 14 checks passed ($n)" test "${n:-0}" -ge 14
for c in "igbx binds $A" "driver igbx, bus $A" "link up within 15 s" \
	"ping $ADDR_B: 5 of 5 answered" "self-test passes" "the port is back on igb" \
	"rmmod igbx"; do
	check "hw-check: '$c' passed" sh -c "grep '^ok - ' /tmp/hwc.txt | grep -qF '$c'"
done
check "hw-check: the report holds the register-dump check and ethtool -S" \
	sh -c "grep -q 'ethtool -d' /tmp/hwc.txt && grep -q -- '---- ethtool -S' /tmp/hwc.txt"
check "hw-check: igbx loaded without untested_families" \
	grep -q "^# igbx untested_families=N" /tmp/hwc.txt
check "afterwards: port A on igb again" bound_to igb "$A"
check "afterwards: igbx unloaded" test ! -d /sys/module/igbx

# it can fail: a peer nobody has; -k keeps igbx; -u loads it with
# untested_families=1, which still binds the 82576
DEV_A=$(netdev_of "$A")
rc=0
$HWC -y -k -u -m /test/igbx.ko -a "$ADDR_A/24" -p 10.0.0.99 -r /tmp/hwc-bad.txt "$DEV_A" \
	> /dev/null 2>&1 || rc=$?
check_eq "hw-check with an absent peer: status 1" "$rc" 1
check "hw-check with an absent peer: the ping is 'not ok'" \
	grep -q "^not ok - ping 10.0.0.99" /tmp/hwc-bad.txt
check "-u: insmod with untested_families=1" \
	grep -q "^ok - insmod /test/igbx.ko untested_families=1" /tmp/hwc-bad.txt
check "-u: the parameter is on" \
	grep -q "^# igbx untested_families=Y" /tmp/hwc-bad.txt
check "-k: port A kept on igbx" bound_to igbx "$A"
finish
