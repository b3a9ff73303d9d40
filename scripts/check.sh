#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# check.sh: everything "make check" runs, each step counted as tests:
#   build     igbx with W=1 against the test kernel and against Debian's
#             stock 6.12 headers, zero warnings each
#   style     checkpatch.pl --strict on every C source and header
#   sparse    a sparse pass (C=2) against the test kernel, zero reports
#   kunit     the KUnit suites in the rig (scripts/kunit.sh)
#   vm        the VM tests (scripts/vm-test.sh)
#   bench     one short round of make bench: it must produce numbers for
#             every workload and both drivers (no thresholds)
#   robust    the robustness lane (scripts/robust.sh): KUnit and the
#             robust-*.sh scenarios on the debug kernel (KASAN, lockdep,
#             DMA-API debugging, kmemleak, UBSAN, fault injection)
# Last line: "N passed, N failed".
set -u
. "$(dirname "$0")/lib.sh"

work="$IGBX_ROOT/.build"
mkdir -p "$work"
passed=0 failed=0
: > "$work/check-results.log"

result() {	# result NAME STATUS [DETAIL]
	if [ "$2" = 0 ]; then
		echo "ok - $1"
		passed=$((passed + 1))
	else
		echo "not ok - $1${3:+: $3}" | tee -a "$work/check-results.log"
		failed=$((failed + 1))
	fi
}

# add_counts LOG: add a sub-runner's closing "N passed, N failed" line
add_counts() {
	local line p f
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
	if [ -z "$line" ]; then
		result "$(basename "$1" .log) produced a summary" 1 "see $1"
		return
	fi
	p=$(echo "$line" | sed 's/ passed.*//')
	f=$(echo "$line" | sed 's/.*passed, \([0-9]*\) failed.*/\1/')
	passed=$((passed + p))
	failed=$((failed + f))
}

echo "== test kernel"
if ! kdir=$("$IGBX_ROOT/scripts/build-kernel.sh"); then
	result "test kernel builds" 1
	echo "$passed passed, $failed failed"
	exit 1
fi
echo "$kdir"

echo "== build"
rc=0
"$IGBX_ROOT/scripts/build-module.sh" "$kdir" "$work/test-kernel" >/dev/null || rc=$?
result "W=1 build against the test kernel, no warnings" $rc
stock=$(ls -d /usr/src/linux-headers-6.12.*-amd64 2>/dev/null | sort -V | tail -n 1)
if [ -n "$stock" ]; then
	rc=0
	"$IGBX_ROOT/scripts/build-module.sh" "$stock" "$work/stock" >/dev/null || rc=$?
	result "W=1 build against $(basename "$stock"), no warnings" $rc
else
	result "stock headers installed (linux-headers-6.12-amd64)" 1
fi

echo "== style"
# checkpatch runs against the kernel tree (not --no-tree) so that it knows
# the kernel's own CamelCase names, such as the IEEE 802.3 counters in
# struct ethtool_eth_mac_stats; from a directory without .git, where it
# skips the SPDX check that would need python3-ply.
ksrc="$IGBX_CACHE/src-$(ksrc_version)"
for f in $(cd "$IGBX_ROOT" && git ls-files -co --exclude-standard -- '*.c' '*.h'); do
	rc=0
	(cd "$work" && perl "$ksrc/scripts/checkpatch.pl" --root="$ksrc" --strict \
		--quiet --show-types -f "$IGBX_ROOT/$f") > "$work/checkpatch.log" 2>&1 || rc=$?
	[ $rc = 0 ] || cat "$work/checkpatch.log"
	result "checkpatch --strict $f" $rc
done

echo "== sparse"
if command -v sparse >/dev/null; then
	rc=0
	make -s -C "$kdir" M="$work/test-kernel/src" C=2 W=1 modules \
		> "$work/sparse.log" 2>&1 || rc=$?
	if [ $rc = 0 ] && grep -E "warning:|error:" "$work/sparse.log"; then
		rc=1
	fi
	result "sparse (C=2) reports nothing" $rc
fi

echo "== kunit"
"$IGBX_ROOT/scripts/kunit.sh" 2>&1 | tee "$work/kunit.log"
add_counts "$work/kunit.log"

echo "== vm"
"$IGBX_ROOT/scripts/vm-test.sh" 2>&1 | tee "$work/vm.log"
add_counts "$work/vm.log"

echo "== bench (smoke run, numbers only)"
"$IGBX_ROOT/scripts/bench.sh" --quick 2>&1 | tee "$work/bench.log"
add_counts "$work/bench.log"

echo "== robustness lane (debug kernel)"
"$IGBX_ROOT/scripts/robust.sh" 2>&1 | tee "$work/robust-lane.log"
add_counts "$work/robust-lane.log"

# Repeat every failure just above the summary, so that the tail of the
# output (all a CI page may show) names what failed.
if [ "$failed" != 0 ]; then
	echo "== failures"
	grep -h "not ok" "$work/check-results.log" "$work/kunit.log" \
		"$work/vm.log" "$work/bench.log" "$work/robust-lane.log" 2>/dev/null
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
