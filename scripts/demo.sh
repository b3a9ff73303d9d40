#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# demo.sh: from a fresh machine to igbx driving two emulated 82576 ports.
# Installs what is missing (when root), builds (or reuses) the test kernel
# and the module, boots the rig and shows what igbx does today.
set -eu
. "$(dirname "$0")/lib.sh"

if [ "$(id -u)" = 0 ]; then
	"$IGBX_ROOT/scripts/install-deps.sh"
else
	echo "demo: not root, assuming the packages of scripts/install-deps.sh are there"
fi

echo "demo: test kernel (cached after the first build, about 5 minutes)"
kdir=$("$IGBX_ROOT/scripts/build-kernel.sh")
echo "demo: building igbx.ko against it"
"$IGBX_ROOT/scripts/build-module.sh" "$kdir" "$IGBX_ROOT/.build/test-kernel" >/dev/null
echo "demo: booting QEMU (q35, TCG, two 82576 cabled back to back)"
out="$IGBX_ROOT/.build/demo"
rc=0
"$IGBX_ROOT/scripts/run-vm.sh" -k "$kdir" -s "$IGBX_ROOT/scripts/guest/demo.sh" \
	-o "$out" -t 300 "$IGBX_ROOT/.build/test-kernel/src/module/igbx.ko" || rc=$?
# Show the guest's part of the console: from the first line the script wrote.
sed -n '/igbx-guest: kernel/,$p' "$out/console.log" | tr -d '\r'
echo "demo: full console log in $out/console.log"
exit $rc
