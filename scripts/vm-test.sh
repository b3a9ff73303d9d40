#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# vm-test.sh [-f FLAVOUR] [-p PREFIX] [NAME...]: run guest tests
# scripts/guest/PREFIX-NAME.sh (PREFIX "test" by default; all of them when
# no NAME is given), each in a fresh boot of the rig with igbx.ko built
# against the test kernel of FLAVOUR ("default", or "debug": KASAN,
# lockdep, UBSAN, kmemleak, fault injection). Counts the guest's
# "ok"/"not ok" lines; a guest that dies, times out, or leaves an
# oops/BUG/WARNING/UBSAN report in the console counts as one more
# failure. Last line: "N passed, N failed".
set -eu
. "$(dirname "$0")/lib.sh"

flavour=default prefix=test
while getopts f:p: opt; do
	case $opt in
	f) flavour=$OPTARG ;;
	p) prefix=$OPTARG ;;
	*) die "usage: vm-test.sh [-f FLAVOUR] [-p PREFIX] [NAME...]" ;;
	esac
done
shift $((OPTIND - 1))

work="$IGBX_ROOT/.build"
tag=$([ "$flavour" = default ] && echo "" || echo "-$flavour")
names=("$@")
if [ ${#names[@]} = 0 ]; then
	for f in "$IGBX_ROOT"/scripts/guest/"$prefix"-*.sh; do
		n=$(basename "$f" .sh)
		names+=("${n#"$prefix"-}")
	done
fi

kdir=$("$IGBX_ROOT/scripts/build-kernel.sh" "$flavour")
"$IGBX_ROOT/scripts/build-module.sh" "$kdir" "$work/test-kernel$tag" >/dev/null
ko="$work/test-kernel$tag/src/module/igbx.ko"

# A boot's time limit: the debug kernel runs several times slower (the
# fault-injection sweeps there take 10 to 12 minutes).
limit=$([ "$flavour" = debug ] && echo 1200 || echo 600)
# On the debug kernel only reports with igbx on their stack fail a test
# (lockdep's known complaint about pciehp's locks on hot-unplug does not).
strict=$([ "$flavour" = debug ] && echo 0 || echo 1)

passed=0 failed=0
for name in "${names[@]}"; do
	script="$IGBX_ROOT/scripts/guest/$prefix-$name.sh"
	[ -f "$script" ] || die "no guest test $script"
	out="$work/vm$tag-$name"
	# failures are named after the script: "vm:ethtool", "vm:robust-flaps"
	label=$([ "$prefix" = test ] && echo "$name" || echo "$prefix-$name")
	rc=0
	# A "# vm-append: ARGS" line in the script adds to the kernel command
	# line; "# vm-monitor: yes" lets the guest drive QEMU's monitor,
	# "# vm-relay: yes" puts the frame relay in the cable.
	append=$(sed -n 's/^# vm-append: //p' "$script")
	opts=()
	t0=$(date +%s)
	grep -q '^# vm-monitor: yes' "$script" && opts+=(-M)
	grep -q '^# vm-relay: yes' "$script" && opts+=(-R)
	"$IGBX_ROOT/scripts/run-vm.sh" -k "$kdir" -s "$script" -o "$out" -t "$limit" \
		-a "$append" "${opts[@]}" "$ko" || rc=$?
	tr -d '\r' < "$out/results.log" > "$out/results.txt"
	sed -n 's/^\(not ok\|ok\) - /vm:'"$label"': \1 - /p' "$out/results.txt"
	p=$(grep -c '^ok - ' "$out/results.txt" || true)
	f=$(grep -c '^not ok - ' "$out/results.txt" || true)
	if [ $rc != 0 ] && [ "$f" = 0 ]; then
		echo "vm:$label: not ok - guest ended with status $rc (see $out/console.log)"
		f=1
	fi
	if ! scan_reports "$out/console.log" "$strict"; then
		echo "vm:$label: not ok - crash or warning in the kernel log"
		f=$((f + 1))
	fi
	echo "vm:$label: $p passed, $f failed in $(($(date +%s) - t0)) s"
	passed=$((passed + p))
	failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
