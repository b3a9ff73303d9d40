#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# check.sh [--all]: the test tiers, each step counted as tests.
#
# make check (this script): what a developer runs after every change
#   build     igbx with W=1 against the test kernel and against Debian's
#             stock 6.12 and 6.1 headers, zero warnings each
#   style     checkpatch.pl --strict on every C source and header, and
#             kernel-doc -Wall on their kernel-doc comments
#   sparse    a sparse pass (C=2) against the test kernel, zero reports
#   kunit     the KUnit suites in the rig (scripts/tests/kunit.sh)
#   vm        the VM tests, two guests at a time (scripts/tests/vm-test.sh);
#             test-xdp.sh on Debian's stock 6.12 (xdp-tools need kernel BTF)
# make check-all (--all): all of the above, then
#   robust    the robustness lane (scripts/tests/robust.sh): KUnit and the
#             robust-*.sh scenarios on the debug kernel (KASAN, lockdep,
#             DMA-API debugging, kmemleak, UBSAN, fault injection)
#   kernels   the kernel matrix (scripts/tests/kernels.sh): a build
#             against the newest Debian kernel, the VM tests on Debian's
#             own 6.1 and newest kernels, DKMS
#   ksft      the newest kernel's own drivers/net selftests, igbx held
#             against the in-tree igb (scripts/tests/ksft.sh; igb's
#             results come from the cache while nothing they rest on
#             changed)
#   bench     one short round of make bench: it must produce numbers for
#             every workload and both drivers (no thresholds)
# check-all starts scripts/rig/prefetch.sh in the background first: the
# downloads it needs later go on while the test kernel compiles.
# Every step prints its time. Last line: "N passed, N failed".
set -u
. "$(dirname "$0")/host-lib.sh"

all=0
[ "${1:-}" = --all ] && all=1
work="$IGBX_ROOT/.build"
mkdir -p "$work"
passed=0 failed=0
RESULTS_LOG="$work/check-results.log"
: > "$RESULTS_LOG"
start=$(date +%s)

# step NAME: start a step, printing the previous one's time
step_start=""
step() {
	[ -z "$step_start" ] || echo "   ($(elapsed "$step_start"))"
	echo "== $1"
	step_start=$(date +%s)
}

# check-all: the downloads of its later steps run beside the kernel build
prefetch=""
if [ $all = 1 ]; then
	"$IGBX_ROOT/scripts/rig/prefetch.sh" > "$work/prefetch.log" 2>&1 &
	prefetch=$!
fi

step "test kernel"
if ! kdir=$("$IGBX_ROOT/scripts/rig/build-kernel.sh"); then
	result "test kernel builds" 1
	echo "$passed passed, $failed failed"
	exit 1
fi
echo "$kdir"

step "build"
rc=0
"$IGBX_ROOT/scripts/rig/build-module.sh" "$kdir" "$work/modules" >/dev/null || rc=$?
result "W=1 build against the test kernel, no warnings" $rc
for series in 6.12 6.1; do
	stock=$(ls -d /usr/src/linux-headers-"$series".[0-9]*-amd64 2>/dev/null |
		sort -V | tail -n 1)
	if [ -z "$stock" ]; then
		result "Debian's $series headers installed (scripts/install-deps.sh)" 1
		continue
	fi
	rc=0
	"$IGBX_ROOT/scripts/rig/build-module.sh" "$stock" "$work/modules-stock-$series" \
		>/dev/null || rc=$?
	result "W=1 build against $(basename "$stock"), no warnings" $rc
done

step "style"
# checkpatch runs against the kernel tree (not --no-tree) so that it knows
# the kernel's own CamelCase names, such as the IEEE 802.3 counters in
# struct ethtool_eth_mac_stats; from a directory without .git, where it
# skips the SPDX check that would need python3-ply.
ksrc=$(kernel_src)
sources=$(cd "$IGBX_ROOT" && git ls-files -co --exclude-standard -- '*.c' '*.h')
for f in $sources; do
	rc=0
	(cd "$work" && perl "$ksrc/scripts/checkpatch.pl" --root="$ksrc" --strict \
		--quiet --show-types -f "$IGBX_ROOT/$f") > "$work/checkpatch.log" 2>&1 || rc=$?
	[ $rc = 0 ] || cat "$work/checkpatch.log"
	result "checkpatch --strict $f" $rc
done

# kernel-doc's own checks of every kernel-doc comment (-Wall: missing
# parameters, members, enum values and Return: sections)
rc=0
# shellcheck disable=SC2086
(cd "$IGBX_ROOT" && perl "$ksrc/scripts/kernel-doc" -none -Wall $sources) \
	> "$work/kernel-doc.log" 2>&1 || rc=$?
[ $rc = 0 ] && [ ! -s "$work/kernel-doc.log" ] || { cat "$work/kernel-doc.log"; rc=1; }
result "kernel-doc -Wall reports nothing" $rc

step "sparse"
rc=0
make -s -C "$kdir" M="$work/modules/src" C=2 W=1 modules > "$work/sparse.log" 2>&1 || rc=$?
if [ $rc = 0 ] && grep -E "warning:|error:" "$work/sparse.log"; then
	rc=1
fi
result "sparse (C=2) reports nothing" $rc

# run_part TITLE NAME COMMAND...: a step whose runner ends in its own
# "N passed, N failed", logged to .build/NAME.log and added to the totals
logs=("$RESULTS_LOG")
run_part() {
	local log="$work/$2.log"
	step "$1"
	shift 2
	"$@" 2>&1 | tee "$log"
	add_counts "$log"
	logs+=("$log")
}

run_part "kunit" kunit "$IGBX_ROOT/scripts/tests/kunit.sh"
run_part "vm" vm "$IGBX_ROOT/scripts/tests/vm-test.sh"
# XDP's VM test uses xdp-tools, whose programs need the kernel's BTF: it
# runs on Debian's 6.12 (its "# vm-series:" line), not the test kernel
run_part "vm, XDP on Debian's 6.12" vm-xdp "$IGBX_ROOT/scripts/tests/vm-test.sh" -S 6.12 xdp
if [ $all = 1 ]; then
	run_part "robustness lane (debug kernel)" robust-lane \
		"$IGBX_ROOT/scripts/tests/robust.sh"
	run_part "kernel matrix (Debian's 6.1 and newest kernels, DKMS)" kernels \
		"$IGBX_ROOT/scripts/tests/kernels.sh"
	run_part "the newest kernel's drivers/net selftests, igbx against igb" ksft \
		"$IGBX_ROOT/scripts/tests/ksft.sh"
	run_part "bench (smoke run, numbers only)" bench \
		"$IGBX_ROOT/scripts/bench/bench.sh" --quick
fi
step "done"
[ -z "$prefetch" ] || wait "$prefetch" || true

# Repeat every failure just above the summary, so that the tail of the
# output (all a CI page may show) names what failed, and for a KUnit case
# the expectation that failed with its values (kunit.py prints the three
# lines after it).
if [ "$failed" != 0 ]; then
	echo "== failures"
	grep -hE "(^|: )not ok - |\[FAILED\]|\[CRASHED\]" "${logs[@]}" 2>/dev/null
	grep -hE -A3 "(EXPECTATION|ASSERTION) FAILED" "${logs[@]}" 2>/dev/null
fi
echo "check$([ $all = 1 ] && echo -all): $(elapsed "$start")"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
