#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# demo.sh: from a fresh machine to igbx driving two emulated 82576 ports,
# on Debian's own 6.12 kernel: no kernel is built. Installs what the demo
# needs (when root), fetches the stock kernel image that matches the
# installed headers (scripts/rig/stock-kernel.sh), builds igbx against
# those headers, boots the rig and shows what igbx does.
set -eu
. "$(dirname "$0")/host-lib.sh"

start=$(date +%s)
if [ "$(id -u)" = 0 ]; then
	"$IGBX_ROOT/scripts/install-deps.sh" --demo
else
	echo "demo: not root, assuming the packages of scripts/install-deps.sh --demo are there"
fi

kdir=$("$IGBX_ROOT/scripts/rig/stock-kernel.sh")
echo "demo: building igbx.ko against $(readlink "$kdir/build")"
"$IGBX_ROOT/scripts/rig/build-module.sh" "$kdir" "$IGBX_ROOT/.build/stock" >/dev/null
echo "demo: booting QEMU (q35, TCG, two 82576 cabled back to back) on $(basename "$kdir")"
out="$IGBX_ROOT/.build/demo"
rc=0
"$IGBX_ROOT/scripts/rig/run-vm.sh" -k "$kdir" -s "$IGBX_ROOT/scripts/guest/demo.sh" \
	-o "$out" -t 300 "$IGBX_ROOT/.build/stock/src/module/igbx.ko" || rc=$?
# Show the guest's part of the console: from the first line the script wrote.
sed -n '/igbx-guest: kernel/,$p' "$out/console.log" | tr -d '\r'
echo "demo: full console log in $out/console.log"
echo "demo: $(elapsed "$start") from start to the end of the demo"
exit $rc
