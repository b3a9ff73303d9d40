# SPDX-License-Identifier: GPL-2.0
# The guest half of "make demo": load igbx, bind both ports, show them.
. /test/lib.sh

run() {
	echo
	echo "# $*"
	"$@" 2>&1
}

run insmod /test/igbx.ko
for bdf in $(nic_bdfs); do
	bind_to igbx "$bdf"
done
sleep 1
run $IP -br link
for bdf in $(nic_bdfs); do
	dev=$(netdev_of "$bdf")
	run $ETHTOOL -i "$dev"
	run $ETHTOOL -P "$dev"
done
dev=$(netdev_of "$(nic_bdfs | head -n 1)")
echo
echo "# The packet path (rings, interrupts, NAPI) is not written yet:"
run $IP link set "$dev" up
run rmmod igbx
run $IP -br link
exit 0
