# SPDX-License-Identifier: GPL-2.0
# KUnit in the guest: bind both ports to igbx, load the test module, and
# write every suite's KTAP results (from debugfs) to the results port
# between markers for the host to parse.
. /test/guest-lib.sh

set -- $(nic_bdfs)
A=$1
insmod /test/igbx.ko || exit 1
for bdf in "$@"; do
	bind_to igbx "$bdf" || echo "igbx-guest: could not bind $bdf"
done

insmod /test/igbx_kunit.ko pci="$A" mac="$MAC_A" require_device=1 || exit 1

for f in /sys/kernel/debug/kunit/*/results; do
	echo "igbx-ktap-begin $(basename "$(dirname "$f")")" > "$RESULTS"
	cat "$f" > "$RESULTS"
	echo "igbx-ktap-end" > "$RESULTS"
done
rmmod igbx_kunit && rmmod igbx
