#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# vm-test.sh [NAME...]: run guest tests scripts/guest/test-NAME.sh (all of
# them by default), each in a fresh boot of the rig with igbx.ko built
# against the test kernel. Counts the guest's "ok"/"not ok" lines; a guest
# that dies, times out, or leaves an oops/BUG/WARNING in the console counts
# as one more failure. Last line: "N passed, N failed".
set -eu
. "$(dirname "$0")/lib.sh"

work="$IGBX_ROOT/.build"
names=("$@")
if [ ${#names[@]} = 0 ]; then
	for f in "$IGBX_ROOT"/scripts/guest/test-*.sh; do
		n=$(basename "$f" .sh)
		names+=("${n#test-}")
	done
fi

kdir=$("$IGBX_ROOT/scripts/build-kernel.sh")
"$IGBX_ROOT/scripts/build-module.sh" "$kdir" "$work/test-kernel" >/dev/null
ko="$work/test-kernel/src/module/igbx.ko"

passed=0 failed=0
for name in "${names[@]}"; do
	script="$IGBX_ROOT/scripts/guest/test-$name.sh"
	[ -f "$script" ] || die "no guest test $script"
	out="$work/vm-$name"
	rc=0
	# A "# vm-append: ARGS" line in the script adds to the kernel command line.
	append=$(sed -n 's/^# vm-append: //p' "$script")
	"$IGBX_ROOT/scripts/run-vm.sh" -k "$kdir" -s "$script" -o "$out" -t 600 \
		-a "$append" "$ko" || rc=$?
	tr -d '\r' < "$out/results.log" > "$out/results.txt"
	sed -n 's/^\(not ok\|ok\) - /vm:'"$name"': \1 - /p' "$out/results.txt"
	p=$(grep -c '^ok - ' "$out/results.txt" || true)
	f=$(grep -c '^not ok - ' "$out/results.txt" || true)
	if [ $rc != 0 ] && [ "$f" = 0 ]; then
		echo "vm:$name: not ok - guest ended with status $rc (see $out/console.log)"
		f=1
	fi
	if grep -nE "Oops|BUG:|WARNING:|Kernel panic|general protection" "$out/console.log"; then
		echo "vm:$name: not ok - crash or warning in the kernel log"
		f=$((f + 1))
	fi
	passed=$((passed + p))
	failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
