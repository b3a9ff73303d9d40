# SPDX-License-Identifier: GPL-2.0
# Guest-side helpers for the robustness scenarios (scripts/guest/robust-*.sh,
# run on the debug kernel by scripts/tests/robust.sh): fault injection
# scoped to igbx's code, and kmemleak. Sourced after guest-lib.sh and
# guest-traffic.sh.

DBG=/sys/kernel/debug

# igbx_text_range: first and last address of igbx's code, from kallsyms
igbx_text_range() {
	awk '$4 == "[igbx]" && ($2 == "t" || $2 == "T") {print $1}' /proc/kallsyms |
		sort | sed -n '1p;$p'
}

# fault_setup: failslab and fail_page_alloc may fail only allocations with
# igbx's code on the stack (the stack-trace filter), sleeping ones and
# single pages included; nothing fails until fail-nth or a probability
# says so
fault_setup() {
	local first last end f
	set -- $(igbx_text_range)
	first=$1 last=$2
	# kernel addresses do not fit the shell's signed arithmetic: add to
	# the low 32 bits (a module's code never straddles a 4 GiB boundary)
	end=$(printf '%s%08x' "${last%????????}" $((0x${last#????????} + 0x1000)))
	for f in failslab fail_page_alloc; do
		echo "0x$first" > "$DBG/$f/require-start"
		echo "0x$end" > "$DBG/$f/require-end"
		echo 32 > "$DBG/$f/stacktrace-depth"
		echo N > "$DBG/$f/ignore-gfp-wait"
		echo 0 > "$DBG/$f/probability"
		echo 0 > "$DBG/$f/verbose"
		echo -1 > "$DBG/$f/times"
	done
	echo 0 > "$DBG/fail_page_alloc/min-order"
	echo N > "$DBG/fail_page_alloc/ignore-gfp-highmem"
	echo "igbx-test: fault injection limited to 0x$first-0x$end"
}

# fault_reject ATTR FUNCTION: no failure from ATTR (failslab or
# fail_page_alloc), and no count toward fail-nth, for allocations made
# under igbx's FUNCTION, whose code runs from its kallsyms address to the
# next igbx symbol's; "fault_reject ATTR none" ends it
fault_reject() {
	local attr=$1 start=0 end=0
	if [ "$2" != none ]; then
		set -- "$2" $(awk '$4 == "[igbx]" && ($2 == "t" || $2 == "T") {print $1, $3}' \
			/proc/kallsyms | sort | awk -v fn="$2" 'found {print $1; exit}
				$2 == fn {print $1; found = 1}')
		[ $# = 3 ] || { echo "igbx-test: no igbx function $1" >&2; return 1; }
		start=0x$2 end=0x$3
	fi
	echo "$start" > "$DBG/$attr/reject-start" &&
		echo "$end" > "$DBG/$attr/reject-end"
}

# with_fail_nth N COMMAND...: run COMMAND with its N-th allocation from
# igbx's code failing (/proc/self/fail-nth survives the exec)
with_fail_nth() {
	local n=$1
	shift
	sh -c 'echo "$0" > /proc/self/fail-nth && exec "$@"' "$n" "$@"
}

# fault_sweep NAME MAX UNDO COMMAND...: run COMMAND with its 1st, 2nd, ...
# allocation from igbx failing, running UNDO after each try, until it
# succeeds twenty times in a row (no allocation left whose failure shows:
# some are absorbed on purpose, kvmalloc falling back to vmalloc, whose
# bulk page allocation falls back to single pages, an RX page counted and
# retried later; on the slim test kernel ten such absorbed failures in a
# row came before the first of a ring's DMA memory in "ethtool -L") or
# MAX tries. Every failure must be ENOMEM. Prints how many tries failed,
# and otherwise.
fault_sweep() {
	local name=$1 max=$2 undo=$3 n=1 ok_run=0 failed=0 other=0 seq=""
	shift 3
	while [ $n -le "$max" ] && [ $ok_run -lt 20 ]; do
		if with_fail_nth "$n" "$@" > /tmp/fault.out 2>&1; then
			ok_run=$((ok_run + 1))
			seq="${seq}."
		else
			ok_run=0
			if grep -q "Cannot allocate memory" /tmp/fault.out; then
				failed=$((failed + 1))
				seq="${seq}E"
			else
				other=$((other + 1))
				seq="${seq}?"
				cat /tmp/fault.out >&2
			fi
		fi
		$undo > /dev/null 2>&1
		n=$((n + 1))
	done
	echo "igbx-test: $name: $((n - 1)) tries ($seq: . worked, E ENOMEM, ? other), $failed failed with ENOMEM, $other otherwise" >&2
	[ "$other" = 0 ] || echo "igbx-test: $name: $other failures were not ENOMEM" >&2
	echo "$failed $other"
}

# stream_moved N0: the iperf3 log has two more intervals than its first
# N0, and the newest of them moved data
stream_moved() {
	grep 'bits/sec' /tmp/iperf.log | awk -v n0="$1" '
	NR > n0 { new++; zero = / 0\.00 [KMG]*bits\/sec/ }
	END { exit !(new >= 2 && !zero) }'
}

# stream_moving NAME PID: the background iperf3 client PID (-i 1
# --forceflush, output in /tmp/iperf.log) still runs, and within 20 s
# reports intervals again, the newest moving data (after many resets or
# flaps TCP backs off for seconds on the debug kernel); then it is stopped
stream_moving() {
	local n0
	n0=$(grep -c 'bits/sec' /tmp/iperf.log)
	check "iperf3 stream still running after the $1" kill -0 "$2"
	check "iperf3 stream moving data after the $1" wait_for 20 stream_moved "$n0"
	grep 'bits/sec' /tmp/iperf.log | tail -n 3
	kill -INT "$2" 2>/dev/null
	wait "$2"
}

# lockdep_check NAME: lockdep is still watching at the end of a scenario.
# Any report (lockdep's own, KASAN's) switches it off for the rest of the
# boot, and a scenario that ran with it off proved nothing about locking.
# $LOCKDEP_OFF_NOTE, when set, explains an expected earlier report: the
# scenario then notes lockdep being off instead of failing.
lockdep_check() {
	local on
	on=$(awk '$1 == "debug_locks:" {print $2}' /proc/lockdep_stats 2>/dev/null)
	if [ "$on" != 1 ] && [ -n "${LOCKDEP_OFF_NOTE:-}" ]; then
		echo "igbx-test: $1: lockdep is off ($LOCKDEP_OFF_NOTE)"
		return
	fi
	check_eq "$1: lockdep still on (no report switched it off)" "$on" 1
}

# kmemleak_check NAME: two kmemleak scans (an object must stay unreferenced
# for 5 s to count); fails when a reported leak has igbx on its stack.
# Then lockdep_check.
kmemleak_check() {
	local n
	[ -w "$DBG/kmemleak" ] || { fail "$1: kmemleak" "no $DBG/kmemleak"; return; }
	echo scan > "$DBG/kmemleak"
	sleep 6
	echo scan > "$DBG/kmemleak"
	cat "$DBG/kmemleak" > /tmp/kmemleak.txt
	n=$(awk '/^unreferenced object/ {if (hit) count++; hit = 0; next}
		 /igbx/ {hit = 1}
		 END {if (hit) count++; print count + 0}' /tmp/kmemleak.txt)
	echo "igbx-test: $1: kmemleak reports $(grep -c '^unreferenced object' /tmp/kmemleak.txt) objects, $n with igbx on the stack"
	[ "$n" = 0 ] || cat /tmp/kmemleak.txt
	check_eq "$1: no leak with igbx on the stack (kmemleak)" "$n" 0
	lockdep_check "$1"
}
