#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run-vm.sh: boot a rig kernel (a test kernel, or Debian's stock image:
# scripts/host-lib.sh says what a rig kernel directory holds) under QEMU
# (q35, TCG) with two emulated 82576 NICs cabled back to back, run a
# guest script, return its status.
#
#   run-vm.sh -k KERNEL_DIR -s GUEST_SCRIPT -o OUT_DIR [options] [FILE...]
#     -a ARGS     extra kernel command line (e.g. pci=nomsi)
#     -t SECONDS  hard timeout for the whole VM (default 300)
#     -M          run on QEMU's monitor (OUT_DIR/monitor.sock, always
#                 open: the stall check below uses it) every command the
#                 guest asks for with a line
#                 "igbx-host: COMMAND" on the results port (set_link n0
#                 off, device_del nic0, ...), or "igbx-host: later
#                 SECONDS COMMAND" to run it that much later, or
#                 "igbx-host: wake SECONDS" to send system_wakeup once
#                 SECONDS have passed and the guest is in S3 (a guest
#                 about to suspend asks for its own wakeup); they are
#                 logged in OUT_DIR/monitor.log
#     -R          put scripts/rig/frame-relay.py in the cable between the two
#                 NICs; the guest's "igbx-host: inject N SEED" lines make
#                 it send N malformed frames to port A (OUT_DIR/relay.log)
#     -9 DIR      share the host's DIR read-only with the guest over 9p
#                 (virtio, mount tag "host")
#     -P PLUGIN   load a TCG plugin into QEMU: "FILE.so,ARG=VALUE,..."
#                 (the bench's counted rows: scripts/bench/count-plugin.c)
#     -Q ARGS     more QEMU arguments, split at blanks (S3 for the
#                 lifecycle tests: -global ICH9-LPC.disable_s3=0)
#     -I ARCHIVE  one more cpio archive unpacked over the base one (the
#                 DPDK userland: mkinitramfs.sh --dpdk)
#     FILE...     copied into the guest's /test/ next to run.sh
#
# The guest sees:   NIC A: 52:54:00:12:34:01 behind root port rp1 (id nic0)
#                   NIC B: 52:54:00:12:34:02 behind root port rp2 (id nic1)
# and the two are joined by a QEMU socket netdev on a free loopback port.
#
# Output: OUT_DIR/console.log (ttyS0: kernel and script output) and
# OUT_DIR/results.log (ttyS1: what the guest reports, ending with
# "igbx-guest-exit N"). Exit status: the guest's, 124 on timeout, 125 if
# QEMU ended without the guest reporting, 126 if a vCPU stalled (TCG).
set -eu
. "$(dirname "$0")/../host-lib.sh"

kdir="" script="" out="" append="" timeout=300 monitor=0 relay=0 plugin=() share=() extra=() more=()
while getopts "k:s:o:a:t:MRP:9:Q:I:" opt; do
	case $opt in
	k) kdir=$OPTARG ;;
	s) script=$OPTARG ;;
	o) out=$OPTARG ;;
	a) append=$OPTARG ;;
	t) timeout=$OPTARG ;;
	M) monitor=1 ;;
	R) relay=1 ;;
	P) plugin=(-plugin "$OPTARG") ;;
	Q) read -r -a extra <<< "$OPTARG" ;;
	I) more+=("$OPTARG") ;;
	9) share=(-fsdev "local,id=fs0,path=$OPTARG,security_model=none,readonly=on"
		  -device virtio-9p-pci,fsdev=fs0,mount_tag=host) ;;
	*) die "bad option (see the comment at the top)" ;;
	esac
done
shift $((OPTIND - 1))
[ -n "$kdir" ] && [ -n "$script" ] && [ -n "$out" ] || die "need -k, -s and -o"
[ -f "$kdir/.igbx-built" ] || die "$kdir is not a rig kernel"

base=$("$IGBX_ROOT/scripts/rig/mkinitramfs.sh" "$kdir")
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out/console.log" "$out/results.log" "$out/monitor.sock" "$out/tcg-stall"

# The per-run archive: /test/run.sh, the guest library and the extra files.
stage=$(mktemp -d)
rpid=""
trap 'rm -rf "$stage"; [ -z "$rpid" ] || kill "$rpid" 2>/dev/null' EXIT
mkdir -p "$stage/root/test"
cp "$script" "$stage/root/test/run.sh"
cp "$IGBX_ROOT"/scripts/guest/guest-*.sh "$stage/root/test/"
for f in "$@"; do
	cp "$f" "$stage/root/test/"
done
(cd "$stage/root" && find . | cpio -o -H newc --quiet | gzip -1) > "$stage/run.cpio.gz"
cat "$base" "${more[@]}" "$stage/run.cpio.gz" > "$out/initramfs.cpio.gz"

# The monitor socket is always open, for timer_stuck() below. With -M,
# hot-unplug is wanted: q35 would hand the root ports' hotplug to ACPI
# (the guest has no acpiphp); native PCIe hotplug (pciehp) instead.
mon=(-monitor "unix:$out/monitor.sock,server,nowait")
[ $monitor = 1 ] && mon+=(-global ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off)

# The CPU model is "max" without 5-level paging: with LA57 the kernel
# re-reads its CPU features in identify_cpu(), and an interrupt in that
# window makes KASAN (debug kernel) see the direct map as a wild address;
# its one report then switches lockdep off for the rest of the boot.
# On a KASAN kernel every report is printed (kasan_multi_shot), not only
# the first.
cpu=max,la57=off
grep -qs '^CONFIG_KASAN=y' "$kdir/.config" && append="kasan_multi_shot $append"

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# boot: start QEMU in the background (its pid in $qpid), cabling the two
# NICs through a free loopback port (or two, with the relay between them).
boot() {
	local port bport n
	port=$(free_port)
	bport=$port
	rm -f "$out/console.log" "$out/results.log" "$out/monitor.sock"
	if [ $relay = 1 ]; then
		[ -z "$rpid" ] || kill "$rpid" 2>/dev/null
		bport=$(free_port)
		: > "$out/relay.cmd"
		: > "$out/relay.log"
		python3 "$IGBX_ROOT/scripts/rig/frame-relay.py" "$port" "$bport" \
			"$out/relay.cmd" "$out/relay.log" 2>> "$out/relay.log" &
		rpid=$!
		n=0
		until grep -q listening "$out/relay.log" || [ $n -ge 50 ]; do
			sleep 0.1
			n=$((n + 1))
		done
	fi
	timeout -k 10 "$timeout" qemu-system-x86_64 \
		-M q35 -accel tcg -cpu "$cpu" -smp 2 -m 1536 \
		-display none -no-reboot "${mon[@]}" "${plugin[@]}" "${share[@]}" "${extra[@]}" \
		-kernel "$kdir/vmlinuz" \
		-initrd "$out/initramfs.cpio.gz" \
		-append "console=ttyS0,115200 panic=-1 rdinit=/init $append" \
		-serial "file:$out/console.log" -serial "file:$out/results.log" \
		-device pcie-root-port,id=rp1,chassis=1 \
		-device pcie-root-port,id=rp2,chassis=2 \
		-netdev "socket,id=n0,listen=127.0.0.1:$port" \
		-device igb,netdev=n0,mac=52:54:00:12:34:01,bus=rp1,id=nic0 \
		-netdev "socket,id=n1,connect=127.0.0.1:$bport" \
		-device igb,netdev=n1,mac=52:54:00:12:34:02,bus=rp2,id=nic1 \
		> "$out/qemu.log" 2>&1 &
	qpid=$!
}

# booted: did the guest reach /init within $BOOT_LIMIT seconds? (Under TCG
# a boot takes 2-10 s; rarely a vCPU stops getting timer interrupts at
# boot, an RCU stall before any test runs, and once QEMU 10 itself died
# of an assertion in its TCG memory map while the kernel enumerated PCI.
# Both happen before any igbx code runs; such a boot is retried, up to
# three attempts: the QEMU assertion struck twice in a row once.)
BOOT_LIMIT=${BOOT_LIMIT:-120}
booted() {
	local n=0
	while [ $n -lt "$BOOT_LIMIT" ]; do
		grep -q "igbx-guest: kernel" "$out/console.log" 2>/dev/null && return 0
		# QEMU ended before the guest's /init ran: a failed boot
		kill -0 "$qpid" 2>/dev/null || return 1
		sleep 1
		n=$((n + 1))
	done
	return 1
}

# stalled: the TCG fault that strikes at boot (above) can also strike
# later: an idle vCPU stops getting timer interrupts for good, and RCU
# reports its grace-period kthread's timer wakeup as missing while the
# stalled CPU sits idle (a CPU hung by a driver is busy, not idle, in
# that backtrace). The guest never recovers from it.
stalled() {
	[ -e "$out/tcg-stall" ] ||
		{ grep -q "timer wakeup didn't happen" "$out/console.log" 2>/dev/null &&
		  grep -q "NMI backtrace for cpu [0-9]* skipped: idling" "$out/console.log"; }
}

# timer_stuck: the same fault when nothing is left to report it, as seen
# in S3 cycles (2026-12-03): every vCPU halted, and one with its local
# timer's vector in service (LAPIC ISR) and pending again (IRR) - the
# timer interrupt was taken and never ended, so that CPU gets none again
# and the other, tickless, waits for it. Read from QEMU's monitor (-M).
timer_stuck() {
	local c n vec lapic
	n=$(to_monitor "info cpus" | grep -c 'CPU #')
	[ "$n" -gt 0 ] || return 1
	for c in $(seq 0 $((n - 1))); do
		printf 'cpu %s\ninfo registers\n' "$c" | socat - "UNIX-CONNECT:$out/monitor.sock" \
			2>/dev/null | grep -q 'HLT=1' || return 1
	done
	for c in $(seq 0 $((n - 1))); do
		lapic=$(to_monitor "info lapic $c")
		vec=$(echo "$lapic" | sed -n 's/^LVTT.*(vec \([0-9]*\)).*/\1/p')
		[ -n "$vec" ] || continue
		echo "$lapic" | grep -Eq "^ISR.* $vec( |\r|$)" &&
			echo "$lapic" | grep -Eq "^IRR.* $vec( |\r|$)" && return 0
	done
	return 1
}

# to_monitor COMMAND: one command on QEMU's monitor; its answer on stdout,
# errors in monitor.log
to_monitor() {
	echo "$*" | socat - "UNIX-CONNECT:$out/monitor.sock" 2>> "$out/monitor.log"
}

# wake_when_suspended SEQ: system_wakeup once QEMU says the guest is in
# S3, polling every half second. Sent before the guest got there, the
# wakeup would be refused and the guest would sleep until the VM's time
# limit: on a loaded host, entering S3 can take longer than the delay
# asked for. The guest may also be woken by something else first; so the
# poll ends when a later "wake" request (SEQ is this one's number in
# wake.seq) replaces it, when QEMU has ended, or after 120 s.
wake_when_suspended() {
	local n=0
	while [ $n -lt 240 ] && [ "$(cat "$out/wake.seq")" = "$1" ] &&
	      kill -0 "$qpid" 2>/dev/null; do
		if to_monitor "info status" | grep -q "(suspended)"; then
			echo "$(date +%T.%N) system_wakeup (the guest is in S3)" >> "$out/monitor.log"
			to_monitor system_wakeup > /dev/null
			return
		fi
		sleep 0.5
		n=$((n + 1))
	done
	[ $n -lt 240 ] ||
		echo "$(date +%T.%N) wake $1: the guest was not seen in S3 in 120 s" >> "$out/monitor.log"
}

# host_agent: while QEMU runs, pass each "igbx-host: COMMAND" line the
# guest writes to its results port on, in order: "inject ..." to the
# relay, anything else to QEMU's monitor.
host_agent() {
	local handled=0 wakes=0 n cmd
	: > "$out/monitor.log"
	while kill -0 "$qpid" 2>/dev/null; do
		n=$(grep -c '^igbx-host: ' "$out/results.log" 2>/dev/null || true)
		while [ "$handled" -lt "${n:-0}" ]; do
			handled=$((handled + 1))
			cmd=$(tr -d '\r' < "$out/results.log" | grep '^igbx-host: ' |
			      sed -n "${handled}s/^igbx-host: //p")
			echo "$(date +%T.%N) $cmd" >> "$out/monitor.log"
			case $cmd in
			inject\ *) echo "$cmd" >> "$out/relay.cmd" ;;
			later\ *)
				set -- $cmd
				(sleep "$2"; shift 2; echo "$(date +%T.%N) $* (asked earlier)" >> "$out/monitor.log"
				 to_monitor "$*" > /dev/null) &
				;;
			wake\ *)
				set -- $cmd
				wakes=$((wakes + 1))
				echo "$wakes" > "$out/wake.seq"
				(sleep "$2"; wake_when_suspended "$wakes") &
				;;
			*) to_monitor "$cmd" > /dev/null ;;
			esac
		done
		sleep 0.1
	done
}

set +e
for attempt in 1 2 3; do
	boot
	booted && break
	echo "run-vm: no guest userland after ${BOOT_LIMIT}s or QEMU ended (attempt $attempt, see $out/console.log.stalled)" >&2
	cp "$out/console.log" "$out/console.log.stalled"
	cp "$out/qemu.log" "$out/qemu.log.stalled"
	kill "$qpid" 2>/dev/null
	wait "$qpid" 2>/dev/null
	sleep 2
done
agent=""
if [ $monitor = 1 ] || [ $relay = 1 ]; then
	host_agent &
	agent=$!
fi
# A guest that went through S3 does not end QEMU with its poweroff: ACPI's
# S5 fails, and 10 s later the kernel warns as poweroff's process exits.
# So QEMU is ended once the guest has reported its exit status and its
# kernel has printed "reboot: Power down", 2 to 4 s after the report at
# the earliest: the drivers' shutdown, which a test may look for on the
# console, comes before that line, and on the debug kernel it can take
# longer than those seconds. Without the line, 30 s after the report.
stall=0 ended=0 quiet=0 size=0
while kill -0 "$qpid" 2>/dev/null; do
	# a console silent for a minute: is the guest stuck by the TCG fault
	# (twice, 2 s apart)? On every boot, not only the monitor's (-M):
	# the debug kernel's reset test, a boot without the monitor, once
	# went silent for 1070 s between two AER recoveries with nothing in
	# its log (2026-12-03), and without the monitor there was no telling
	# whether it was this fault.
	n=$(stat -c %s "$out/console.log" 2>/dev/null || echo 0)
	if [ "$n" != "$size" ]; then
		size=$n quiet=0
	else
		quiet=$((quiet + 1))
	fi
	if [ $quiet -ge 30 ] && timer_stuck; then
		sleep 2
		if timer_stuck; then
			{ echo "$(date +%T.%N) a vCPU's timer interrupt stuck in service, all vCPUs halted:"
			  for c in 0 1; do to_monitor "info lapic $c" | grep -E '^(LVTT|Timer|ISR|IRR)'; done
			} >> "$out/monitor.log"
			: > "$out/tcg-stall"
		fi
	fi
	if stalled; then
		stall=1
		kill "$qpid"
		break
	fi
	if grep -q '^igbx-guest-exit' "$out/results.log" 2>/dev/null; then
		ended=$((ended + 1))
		if [ $ended -ge 15 ] || { [ $ended -ge 2 ] &&
			grep -q 'reboot: Power down' "$out/console.log" 2>/dev/null; }; then
			kill "$qpid"
			break
		fi
	fi
	sleep 2
done
wait "$qpid"
qrc=$?
[ -z "$agent" ] || { kill "$agent" 2>/dev/null; wait "$agent" 2>/dev/null; }
set -e

if [ $stall = 1 ]; then
	echo "run-vm: a vCPU stopped getting timer interrupts (TCG), guest ended (see $out/console.log)" >&2
	exit 126
fi
if [ $qrc = 124 ] || [ $qrc = 137 ]; then
	echo "run-vm: timed out after ${timeout}s (see $out/console.log)" >&2
	exit 124
fi
rc=$(sed -n 's/^igbx-guest-exit \([0-9]*\).*/\1/p' "$out/results.log" | tail -n 1)
if [ -z "$rc" ]; then
	echo "run-vm: guest ended without reporting (qemu exit $qrc, see $out/console.log, $out/qemu.log)" >&2
	exit 125
fi
exit "$rc"
