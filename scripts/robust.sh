#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# robust.sh: the robustness lane. On the debug test kernel (KASAN,
# lockdep, DEBUG_ATOMIC_SLEEP, DMA-API debugging, kmemleak, UBSAN, fault
# injection; scripts/test-kernel-debug.config) it runs the KUnit suites
# and the scenarios scripts/guest/robust-*.sh, one boot each. Any
# KASAN, lockdep, UBSAN, DMA-API or other kernel warning in a console log
# fails that run, as does a kmemleak report with igbx on the stack; a
# failing check is reported with the scenario's name
# ("vm:NAME: not ok - ..."). Last line: "N passed, N failed".
set -u
. "$(dirname "$0")/lib.sh"

work="$IGBX_ROOT/.build"
mkdir -p "$work"
passed=0 failed=0

# add_counts LOG: add a sub-runner's closing "N passed, N failed" line
add_counts() {
	local line
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
	if [ -z "$line" ]; then
		echo "not ok - $(basename "$1" .log) produced no summary (see $1)"
		failed=$((failed + 1))
		return
	fi
	passed=$((passed + $(echo "$line" | sed 's/ passed.*//')))
	failed=$((failed + $(echo "$line" | sed 's/.*passed, \([0-9]*\) failed.*/\1/')))
}

echo "== debug kernel"
if ! "$IGBX_ROOT/scripts/build-kernel.sh" debug; then
	echo "not ok - debug test kernel builds"
	echo "$passed passed, $((failed + 1)) failed"
	exit 1
fi

echo "== kunit (debug kernel)"
"$IGBX_ROOT/scripts/kunit.sh" -f debug 2>&1 | tee "$work/kunit-debug.log"
add_counts "$work/kunit-debug.log"

echo "== scenarios (debug kernel)"
"$IGBX_ROOT/scripts/vm-test.sh" -f debug -p robust 2>&1 | tee "$work/robust.log"
add_counts "$work/robust.log"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
