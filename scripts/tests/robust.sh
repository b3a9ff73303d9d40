#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# robust.sh: the robustness lane. On the debug test kernel (KASAN,
# lockdep, DEBUG_ATOMIC_SLEEP, DMA-API debugging, kmemleak, UBSAN, fault
# injection; scripts/rig/test-kernel-debug.config) it runs the KUnit
# suites, the scenarios scripts/guest/robust-*.sh and the lifecycle tests
# (scripts/guest/test-reset.sh, test-sleep.sh), one boot each. Any
# KASAN, lockdep, UBSAN, DMA-API or other kernel warning with igbx on its
# stack fails that run, as does a kmemleak report with igbx on the stack;
# a failing check is reported with the scenario's name
# ("vm:debug:robust-NAME: not ok - ..."). Last line: "N passed, N failed".
set -u
. "$(dirname "$0")/../host-lib.sh"

work="$IGBX_ROOT/.build"
mkdir -p "$work"
passed=0 failed=0
start=$(date +%s)

echo "== debug kernel"
if ! "$IGBX_ROOT/scripts/rig/build-kernel.sh" debug; then
	result "debug test kernel builds" 1
	echo "$passed passed, $failed failed"
	exit 1
fi

echo "== kunit (debug kernel)"
"$IGBX_ROOT/scripts/tests/kunit.sh" -f debug 2>&1 | tee "$work/kunit-debug.log"
add_counts "$work/kunit-debug.log"

# The scenarios and the lifecycle tests share one queue of boots, two at
# a time, so that neither set's last boot runs with the other slot idle.
echo "== scenarios and lifecycle (debug kernel)"
boots=(test-reset test-sleep)
for f in "$IGBX_ROOT"/scripts/guest/robust-*.sh; do
	n=$(basename "$f" .sh)
	boots+=("${n#robust-}")
done
"$IGBX_ROOT/scripts/tests/vm-test.sh" -f debug -p robust "${boots[@]}" 2>&1 |
	tee "$work/robust.log"
add_counts "$work/robust.log"

echo "robust: $(elapsed "$start")"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
