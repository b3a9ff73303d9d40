#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kunit.sh [-f FLAVOUR]: build igbx.ko and igbx_kunit.ko against the test
# kernel (of FLAVOUR: default, or debug), boot the rig, run every suite (the
# device suite against port A), and parse the KTAP with the kernel tree's
# own kunit.py. Fails on a failed or crashed test, a missing suite, an
# oops/BUG/WARNING/KASAN/UBSAN report in the console log, or a timeout.
# Last line: "N passed, N failed" (", N skipped" when some were skipped).
set -eu
. "$(dirname "$0")/../host-lib.sh"

flavour=default
while getopts f: opt; do
	case $opt in
	f) flavour=$OPTARG ;;
	*) die "usage: kunit.sh [-f FLAVOUR]" ;;
	esac
done
tag=$([ "$flavour" = default ] && echo "" || echo "-$flavour")

suites="igbx_logic igbx_offload igbx_device igbx_datapath igbx_family igbx_phy igbx_ptp"
work="$IGBX_ROOT/.build"

kdir=$("$IGBX_ROOT/scripts/rig/build-kernel.sh" "$flavour")
"$IGBX_ROOT/scripts/rig/build-module.sh" "$kdir" "$work/modules$tag" >/dev/null
mods="$work/modules$tag/src"

out="$work/kunit$tag"
rc=0
"$IGBX_ROOT/scripts/rig/run-vm.sh" -k "$kdir" -s "$IGBX_ROOT/scripts/guest/kunit.sh" \
	-o "$out" -t 600 "$mods/module/igbx.ko" "$mods/kunit/igbx_kunit.ko" || rc=$?

problems=0
[ $rc = 0 ] || { echo "kunit: guest failed (status $rc)"; problems=$((problems + 1)); }

# One KTAP document out of the per-suite ones: a fresh header, each suite's
# body with its own two header lines dropped, its result line renumbered.
tr -d '\r' < "$out/results.log" > "$out/results.txt"
ktap="$out/ktap.txt"
n=$(grep -c '^igbx-ktap-begin' "$out/results.txt" || true)
{
	echo "KTAP version 1"
	echo "1..$n"
	awk '
	/^igbx-ktap-begin/ { inside = 1; skip = 2; i++; next }
	/^igbx-ktap-end/   { inside = 0; next }
	!inside            { next }
	skip > 0           { skip--; next }
	/^(not )?ok 1 /    { sub(/ok 1 /, "ok " i " "); print; next }
	{ print }' "$out/results.txt"
} > "$ktap"

for s in $suites; do
	if ! grep -q "^igbx-ktap-begin $s\$" "$out/results.txt"; then
		echo "kunit: suite $s missing from the results"
		problems=$((problems + 1))
	fi
done

if ! scan_reports "$out/console.log" 1; then
	echo "kunit: the kernel log shows a crash or warning (above)"
	problems=$((problems + 1))
fi

ksrc=$(kernel_src)
parse_rc=0
python3 "$ksrc/tools/testing/kunit/kunit.py" parse "$ktap" > "$out/parse.log" 2>&1 || parse_rc=$?
cat "$out/parse.log"
summary=$(grep "Testing complete" "$out/parse.log" | tail -n 1)
count() { echo "$summary" | sed -n "s/.*$1: \([0-9]*\).*/\1/p"; }
passed=$(count passed) failed=$(count failed) skipped=$(count skipped) crashed=$(count crashed)
passed=${passed:-0} failed=$((${failed:-0} + ${crashed:-0} + problems))
[ -n "$summary" ] || failed=$((failed + 1))
[ $parse_rc = 0 ] || [ "$failed" -gt 0 ] || failed=1

if [ -n "$skipped" ] && [ "$skipped" != 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" = 0 ]
