#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# ksft.sh: the newest Debian kernel's own network driver selftests against
# igbx and against the in-tree igb, on that kernel's stock image, in two
# boots one after the other (scripts/guest/ksft-igbx.sh, ksft-igb.sh; the
# rig's side is described in scripts/README.md): side by side they slow
# each other down until the tests' fixed waits run out. Then every case
# igb passes is held against igbx's result (scripts/tests/ksft-compare.sh).
# Last line: "N passed, N failed".
set -u
. "$(dirname "$0")/../host-lib.sh"

work="$IGBX_ROOT/.build"
mkdir -p "$work"
passed=0 failed=0
start=$(date +%s)

"$IGBX_ROOT/scripts/tests/vm-test.sh" -S sid -j 1 ksft-igbx ksft-igb 2>&1 | tee "$work/ksft-vm.log"
add_counts "$work/ksft-vm.log"
"$IGBX_ROOT/scripts/tests/ksft-compare.sh" "$work/vm-stock-sid-ksft-igbx/results.txt" \
	"$work/vm-stock-sid-ksft-igb/results.txt" 2>&1 | tee "$work/ksft-compare.log"
add_counts "$work/ksft-compare.log"

echo "ksft: $(elapsed "$start")"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
