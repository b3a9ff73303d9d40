#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# vm-test.sh [-f FLAVOUR | -S SERIES] [-m KO] [-p PREFIX] [-j JOBS] [NAME...]: run
# guest tests scripts/guest/PREFIX-NAME.sh (PREFIX "test" by default; all
# of them when no NAME is given; a NAME with no such script may name one
# of another prefix in full, "ksft-igbx"), each in a fresh boot of the rig, with
# igbx.ko built against the test kernel of FLAVOUR ("default", or
# "debug": KASAN, lockdep, UBSAN, kmemleak, fault injection), or against
# Debian's stock kernel of SERIES (scripts/rig/stock-kernel.sh: 6.12, 6.1,
# sid), or the igbx.ko given with -m (one that DKMS built, say). Up to
# JOBS guests run at a time ($IGBX_JOBS, default 2: one per host core).
# Counts the guest's "ok"/"not ok" lines; a guest that dies, times out,
# or leaves an oops/BUG/WARNING/UBSAN report in the console counts as one
# more failure. Last line: "N passed, N failed".
set -eu
. "$(dirname "$0")/../host-lib.sh"

flavour=default series="" given="" prefix=test jobs=${IGBX_JOBS:-2}
while getopts f:S:m:p:j: opt; do
	case $opt in
	f) flavour=$OPTARG ;;
	S) series=$OPTARG ;;
	m) given=$(readlink -f "$OPTARG") ;;
	p) prefix=$OPTARG ;;
	j) jobs=$OPTARG ;;
	*) die "usage: vm-test.sh [-f FLAVOUR | -S SERIES] [-m KO] [-p PREFIX] [-j JOBS] [NAME...]" ;;
	esac
done
shift $((OPTIND - 1))

work="$IGBX_ROOT/.build"
names=("$@")

# script_of NAME: the guest script NAME stands for
script_of() {
	local f="$IGBX_ROOT/scripts/guest/$prefix-$1.sh"
	[ -f "$f" ] || [ ! -f "$IGBX_ROOT/scripts/guest/$1.sh" ] || f="$IGBX_ROOT/scripts/guest/$1.sh"
	echo "$f"
}
# Every script of PREFIX when no NAME is given. Those marked "# vm-long:
# yes" start first, so that the longest boots do not start last and
# leave one job slot idle at the end. A script marked "# vm-series:
# SERIES" needs Debian's stock kernel of SERIES (test-xdp.sh: xdp-tools
# need the kernel's BTF, which the test kernel lacks) and is left out of
# a run on any other kernel unless named; check.sh runs it on its series.
if [ ${#names[@]} = 0 ]; then
	for f in "$IGBX_ROOT"/scripts/guest/"$prefix"-*.sh; do
		want=$(sed -n 's/^# vm-series: //p' "$f")
		[ -z "$want" ] || [ "$want" = "$series" ] || continue
		n=$(basename "$f" .sh)
		names+=("${n#"$prefix"-}")
	done
fi
ordered=()
for long in yes no; do
	for n in "${names[@]}"; do
		if grep -q '^# vm-long: yes' "$(script_of "$n")"; then
			[ $long = yes ] && ordered+=("$n")
		else
			[ $long = no ] && ordered+=("$n")
		fi
	done
done
names=("${ordered[@]}")

if [ -n "$series" ]; then
	kdir=$("$IGBX_ROOT/scripts/rig/stock-kernel.sh" "$series")
	tag=-stock-$series
else
	kdir=$("$IGBX_ROOT/scripts/rig/build-kernel.sh" "$flavour")
	tag=$([ "$flavour" = default ] && echo "" || echo "-$flavour")
fi
if [ -n "$given" ]; then
	[ -f "$given" ] || die "no module $given"
	ko=$given
	tag=$tag-given
else
	"$IGBX_ROOT/scripts/rig/build-module.sh" "$kdir" "$work/modules$tag" >/dev/null
	ko="$work/modules$tag/src/module/igbx.ko"
fi
# both guests of a pair share the base initramfs: make it before they start
"$IGBX_ROOT/scripts/rig/mkinitramfs.sh" "$kdir" >/dev/null
ksft="" dpdk=""
for name in "${names[@]}"; do
	if grep -qs '^# vm-dpdk: yes' "$(script_of "$name")"; then
		dpdk=$("$IGBX_ROOT/scripts/rig/mkinitramfs.sh" --dpdk)
		break
	fi
done
for name in "${names[@]}"; do
	if grep -qs '^# vm-share: ksft' "$(script_of "$name")"; then
		ksft=$(ksft_root)
		break
	fi
done

# A boot's time limit: the debug kernel runs several times slower.
default_limit=$([ "$flavour" = debug ] && echo 1200 || echo 600)
# On the debug kernel only reports with igbx on their stack fail a test
# (lockdep's known complaint about pciehp's locks on hot-unplug does not).
strict=$([ "$flavour" = debug ] && echo 0 || echo 1)

# run_one NAME: one boot; its result lines go to $out/summary.txt, the
# last of them "P F" (passed, failed)
run_one() {
	local name=$1 script out label rc=0 append p f t0 opts=() limit attempt q files
	script=$(script_of "$name")
	# (a test-*.sh script named in full, "test-reset" in a run of
	# another prefix, is named as in a run of its own: "reset")
	out="$work/vm$tag-${name#test-}"
	# failures are named after the script and the kernel: "vm:ethtool",
	# "vm:debug:robust-flaps", "vm:stock-6.1:load"
	label=$(basename "$script" .sh)
	label=${label#test-}
	label=${tag#-}${tag:+:}$label
	mkdir -p "$out"
	rm -f "$out/summary.txt"
	# A "# vm-append: ARGS" line in the script adds to the kernel command
	# line; "# vm-monitor: yes" lets the guest drive QEMU's monitor,
	# "# vm-relay: yes" puts the frame relay in the cable, "# vm-share:
	# ksft" shares the selftests' root (scripts/rig/ksft-root.sh) over 9p,
	# "# vm-limit: SECONDS" sets another time limit for the boot, "#
	# vm-qemu: ARGS" adds QEMU arguments, "# vm-console: REGEX" is one
	# more check, on the console (below), "# vm-files: PATH..." copies
	# files of the tree (relative to its top) into the guest's /test/,
	# "# vm-dpdk: yes" adds DPDK's testpmd (mkinitramfs.sh --dpdk).
	append=$(sed -n 's/^# vm-append: //p' "$script")
	grep -q '^# vm-monitor: yes' "$script" && opts+=(-M)
	grep -q '^# vm-relay: yes' "$script" && opts+=(-R)
	grep -q '^# vm-share: ksft' "$script" && opts+=(-9 "$ksft")
	grep -q '^# vm-dpdk: yes' "$script" && opts+=(-I "$dpdk")
	q=$(sed -n 's/^# vm-qemu: //p' "$script")
	[ -z "$q" ] || opts+=(-Q "$q")
	files=()
	for f in $(sed -n 's/^# vm-files: //p' "$script"); do
		files+=("$IGBX_ROOT/$f")
	done
	limit=$(sed -n 's/^# vm-limit: //p' "$script")
	limit=${limit:-$default_limit}
	t0=$(date +%s)
	: > "$out/run-vm.log"
	# A vCPU that QEMU's TCG stopped giving timer interrupts (run-vm.sh's
	# status 126) is the emulator's fault: the boot runs once more.
	for attempt in 1 2; do
		rc=0
		"$IGBX_ROOT/scripts/rig/run-vm.sh" -k "$kdir" -s "$script" -o "$out" -t "$limit" \
			-a "$append" "${opts[@]}" "$ko" "${files[@]}" >> "$out/run-vm.log" 2>&1 || rc=$?
		[ $rc = 126 ] && [ $attempt = 1 ] || break
		cp "$out/console.log" "$out/console.log.vcpu-stall"
	done
	touch "$out/results.log" "$out/console.log"
	{
		cat "$out/run-vm.log"
		tr -d '\r' < "$out/results.log" > "$out/results.txt"
		# "# vm-console: REGEX": the console must match REGEX, say
		# what the kernel prints at shutdown, after the script ended
		sed -n 's/^# vm-console: //p' "$script" | while read -r re; do
			if grep -qE "$re" "$out/console.log"; then
				echo "ok - the console shows /$re/"
			else
				echo "not ok - the console shows /$re/"
			fi
		done >> "$out/results.txt"
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
		echo "vm:$label: $p passed, $f failed in $(elapsed "$t0")"
		echo "$p $f"
	} > "$out/summary.txt"
}

for name in "${names[@]}"; do
	[ -f "$(script_of "$name")" ] || die "no guest test scripts/guest/$prefix-$name.sh"
done

start=$(date +%s)
running=0
for name in "${names[@]}"; do
	if [ "$running" -ge "$jobs" ]; then
		wait -n || true
		running=$((running - 1))
	fi
	run_one "$name" &
	running=$((running + 1))
done
wait

passed=0 failed=0
for name in "${names[@]}"; do
	s="$work/vm$tag-${name#test-}/summary.txt"
	if [ ! -f "$s" ]; then
		echo "vm:${tag#-}${tag:+:}$name: not ok - no result"
		failed=$((failed + 1))
		continue
	fi
	sed '$d' "$s"
	read -r p f < <(tail -n 1 "$s")
	passed=$((passed + p))
	failed=$((failed + f))
done
echo "vm: ${#names[@]} boots, $jobs at a time, in $(elapsed "$start")"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
