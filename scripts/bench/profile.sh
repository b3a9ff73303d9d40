#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# profile.sh: where the guest's CPU time goes, with igbx and with the
# in-tree igb on port A (one boot each; igb drives port B). The guest
# runs perf record -a over pktgen TX, pktgen RX and one iperf3 stream
# (scripts/guest/profile.sh); the hottest symbols, each with its module
# and CPU time per frame, are printed and kept in
# results/profile-<date>.txt. perf and
# its libraries come from the host (Debian's linux-perf) in a tar file
# the guest unpacks. Numbers only, no pass or fail on them.
set -eu
. "$(dirname "$0")/../host-lib.sh"

work="$IGBX_ROOT/.build"
kdir=$("$IGBX_ROOT/scripts/rig/build-kernel.sh")
"$IGBX_ROOT/scripts/rig/build-module.sh" "$kdir" "$work/modules" >/dev/null
ko="$work/modules/src/module/igbx.ko"

perf=$(command -v perf) || die "perf missing (apt-get install linux-perf)"
bundle="$work/profile/perf-bundle.tar"
mkdir -p "$work/profile"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/opt/bin"
copy_with_libs "$perf" "$stage" /opt/bin/perf
tar -cf "$bundle" -C "$stage" .

report="$IGBX_ROOT/results/profile-$(date +%Y%m%d-%H%M%S).txt"
mkdir -p "$IGBX_ROOT/results"
for drv in igbx igb; do
	out="$work/profile/$drv"
	mkdir -p "$out"
	echo "DRIVER_A=$drv" > "$out/profile.conf"
	echo "profile: port A on $drv" >&2
	"$IGBX_ROOT/scripts/rig/run-vm.sh" -k "$kdir" -s "$IGBX_ROOT/scripts/guest/profile.sh" \
		-o "$out" -t 900 -a dma_debug=off "$ko" "$bundle" "$out/profile.conf" || true
	echo "== port A on $drv"
	tr -d '\r' < "$out/results.log" | sed -n 's/^profile //p'
done | tee "$report"
echo "profile: kept in $report" >&2
