#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# ksft.sh: the newest Debian kernel's own network driver selftests against
# igbx and against the in-tree igb, on that kernel's stock image, in one
# boot per driver (scripts/guest/ksft-igbx.sh, ksft-igb.sh; the rig's side
# is described in scripts/README.md), one after the other when both run:
# side by side they slow each other down until the tests' fixed waits run
# out. igb's boot is often not needed (below). Then every case
# igb passes is held against igbx's result (scripts/tests/ksft-compare.sh).
#
# igb's results do not depend on igbx, only on the kernel, the selftests
# and the rig: they are kept under a key of exactly those (the stock
# kernel, the selftests' build marker, the guest scripts and run-vm.sh),
# in the cache and in results/ (committed, so that a fresh clone on an
# empty cache has them too), and igb's boot runs only when neither has
# the key, or always with KSFT_REF=fresh. KSFT_REF=only runs igb's boot
# alone, to renew the reference after a change to one of those scripts,
# and compares nothing. A reference is kept only from a boot whose own
# checks all passed.
# Last line: "N passed, N failed".
set -u
. "$(dirname "$0")/../host-lib.sh"

work="$IGBX_ROOT/.build"
mkdir -p "$work"
passed=0 failed=0
start=$(date +%s)

kdir=$("$IGBX_ROOT/scripts/rig/stock-kernel.sh" sid) || die "no stock sid kernel"
sid=$(ksft_root) || die "no sid root with the selftests"
key=$({
	basename "$(readlink -f "$kdir")"
	cat "$sid/opt/igbx-ksft/.igbx-built"
	cd "$IGBX_ROOT/scripts" && cat guest/guest-lib.sh guest/guest-ksft.sh \
		guest/ksft-igb.sh rig/run-vm.sh
} | sha256sum | cut -c1-12)
ref="$IGBX_CACHE/ksft-igb-$key.txt"
kept="$IGBX_ROOT/results/ksft-igb-$key.txt"
names=(ksft-igbx)
if [ "${KSFT_REF:-}" = only ]; then
	names=(ksft-igb)
elif [ "${KSFT_REF:-}" = fresh ]; then
	names+=(ksft-igb)
elif [ -s "$ref" ]; then
	echo "ksft: igb's reference from the cache ($ref)"
elif [ -s "$kept" ]; then
	echo "ksft: igb's reference from results/ ($kept)"
	ref=$kept
else
	names+=(ksft-igb)
fi

"$IGBX_ROOT/scripts/tests/vm-test.sh" -S sid -j 1 "${names[@]}" 2>&1 | tee "$work/ksft-vm.log"
add_counts "$work/ksft-vm.log"
if [ "${names[-1]}" = ksft-igb ]; then
	ref_run="$work/vm-stock-sid-ksft-igb/results.txt"
	if ! grep -q '^not ok' "$ref_run" && grep -q '^ok - port A answers after the suite' "$ref_run"; then
		cp "$ref_run" "$ref.$$" && mv "$ref.$$" "$ref"
		mkdir -p "$IGBX_ROOT/results"
		cp "$ref_run" "$kept"
		echo "ksft: igb's reference kept in $kept: commit it"
	else
		ref=$ref_run
	fi
fi
if [ "${names[0]}" = ksft-igbx ]; then
	"$IGBX_ROOT/scripts/tests/ksft-compare.sh" "$work/vm-stock-sid-ksft-igbx/results.txt" \
		"$ref" 2>&1 | tee "$work/ksft-compare.log"
	add_counts "$work/ksft-compare.log"
fi

echo "ksft: $(elapsed "$start")"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
