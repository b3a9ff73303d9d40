# SPDX-License-Identifier: GPL-2.0
# VM test: igbx loads beside the in-tree igb, takes ports over through
# driver_override, reports the right MAC addresses, comes up with a
# carrier, and unloads cleanly (while up), twice; the ports then go back
# to igb.
. /test/guest-lib.sh

set -- $(nic_bdfs)
A=$1 B=$2
check_eq "two 82576 ports present" "$#" 2

modprobe igb
check "igb binds port A" wait_for 10 bound_to igb "$A"
check "igb binds port B" wait_for 10 bound_to igb "$B"

check "insmod igbx.ko" insmod /test/igbx.ko
check_eq "igbx leaves ports bound to igb alone" "$(driver_of "$A")" igb

both_on() { [ "$(driver_of "$A")" = "$1" ] && [ "$(driver_of "$B")" = "$1" ]; }

# expect_port NAME BDF MAC: bound to igbx, interface with that address
expect_port() {
	local dev
	dev=$(netdev_of "$2")
	check_eq "$1: driver" "$(driver_of "$2")" igbx
	check_eq "$1: MAC address" "$(cat "/sys/class/net/$dev/address" 2>/dev/null)" "$3"
	check_eq "$1: permanent address" \
		"$($ETHTOOL -P "$dev" 2>/dev/null | awk '{print $3}')" "$3"
	check_eq "$1: ethtool -i driver" \
		"$($ETHTOOL -i "$dev" | sed -n 's/^driver: //p')" igbx
	check_eq "$1: ethtool -i bus-info" \
		"$($ETHTOOL -i "$dev" | sed -n 's/^bus-info: //p')" "$2"
	check "$1: ethtool -i firmware-version" \
		sh -c "$ETHTOOL -i $dev | grep -Eq '^firmware-version: [0-9]+\.[0-9]+'"
}

for round in 1 2; do
	if [ $round = 1 ]; then
		check "round 1: driver_override moves port A to igbx" bind_to igbx "$A"
		check_eq "round 1: port B still on igb" "$(driver_of "$B")" igb
		check "round 1: driver_override moves port B to igbx" bind_to igbx "$B"
	else
		check "round 2: insmod igbx.ko" insmod /test/igbx.ko
		check "round 2: igbx binds both overridden ports" \
			wait_for 10 both_on igbx
	fi
	expect_port "round $round: port A" "$A" "$MAC_A"
	expect_port "round $round: port B" "$B" "$MAC_B"

	dev=$(netdev_of "$A")
	check "round $round: ip link set up" $IP link set "$dev" up
	check "round $round: carrier comes up" \
		wait_for 15 has_carrier "$dev"
	check "round $round: one MSI-X vector per queue pair" \
		grep -q "$dev-TxRx-0" /proc/interrupts

	check "round $round: rmmod igbx" rmmod igbx
	check_eq "round $round: no igbx module left" \
		"$(grep -c '^igbx ' /proc/modules)" 0
	check "round $round: driver directory gone" test ! -e /sys/bus/pci/drivers/igbx
	check_eq "round $round: port A has no interface" "$(netdev_of "$A")" ""
	check_eq "round $round: port B has no interface" "$(netdev_of "$B")" ""
done

# Hand the ports back to igb.
for bdf in "$A" "$B"; do
	echo > "/sys/bus/pci/devices/$bdf/driver_override"
	echo "$bdf" > /sys/bus/pci/drivers_probe
done
check "igb takes port A back" wait_for 10 bound_to igb "$A"
check_eq "igb reads the same MAC on port A" \
	"$(cat "/sys/class/net/$(netdev_of "$A")/address")" "$MAC_A"

# A distribution kernel that checks module signatures says once that
# igbx (built here, unsigned) taints it: that line is expected.
check "no igbx warnings in the kernel log" \
	sh -c "! dmesg | grep -v 'module verification failed' |
	       grep -iE 'igbx.*(warn|error|fail)|WARNING:|BUG:'"
finish
