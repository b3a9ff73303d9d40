#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# hw-check.sh: try igbx on one port of a real test box and write a report
# that can be attached to an issue.
#
#   scripts/hw-check.sh -y [-m IGBX_KO] [-u] [-a ADDR/PREFIX -p PEER] [-o]
#                       [-n] [-k] [-r REPORT] IFACE
#
#   -y   required: the port is taken from its driver for the run, so
#        whatever runs over it (an SSH session, say) loses it meanwhile
#   -m   the igbx.ko to load (default: modprobe igbx, after DKMS say)
#   -u   load igbx with untested_families=1, for an 82575, 82580, I350,
#        I210 or I211 copper port (tested against register models only)
#   -a   an address for the port while igbx has it, and
#   -p   a peer that answers ping on that link: then ping it
#   -o   also run the offline self-test (loopbacks; the link drops)
#   -n   no cable: a missing link is noted, not failed
#   -k   keep igbx bound afterwards (default: the port goes back to the
#        driver it had, and igbx is unloaded if this script loaded it)
#   -r   the report's path (default ./hw-check-HOST-DATE.txt)
#
# Each check prints "ok - ..." or "not ok - ..."; the last line is
# "N passed, N failed", and the exit status is 0 only when nothing
# failed (2 for a usage error, before anything was touched). A device
# igbx does not drive is refused by igbx's probe, and the report says so.
# The rig runs this script on QEMU's 82576 (scripts/guest/test-hwcheck.sh),
# whose guest has busybox's shell: so POSIX sh (with "local", as dash and
# busybox have it), not bash.
set -u

usage() {
	sed -n '7,22s/^# \{0,1\}//p' "$0" >&2
	exit 2
}

ko="" addr="" peer="" offline=0 nocable=0 keep=0 yes=0 report="" param=""
while getopts ym:ua:p:onkr: opt; do
	case $opt in
	y) yes=1 ;;
	m) ko=$OPTARG ;;
	u) param=untested_families=1 ;;
	a) addr=$OPTARG ;;
	p) peer=$OPTARG ;;
	o) offline=1 ;;
	n) nocable=1 ;;
	k) keep=1 ;;
	r) report=$OPTARG ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# = 1 ] || usage
iface=$1

die() { echo "hw-check: $*" >&2; exit 2; }
[ "$(id -u)" = 0 ] || die "run as root (it rebinds the port)"
dev=/sys/class/net/$iface/device
[ -e "$dev" ] || die "$iface is not a network interface on a PCI device"
bdf=$(basename "$(readlink -f "$dev")")
pdev=/sys/bus/pci/devices/$bdf
[ -f "$pdev/vendor" ] || die "$iface ($bdf) is not a PCI device"
[ "$(cat "$pdev/vendor")" = 0x8086 ] || die "$iface ($bdf) is not an Intel device"
[ -z "$addr" ] || [ -n "$peer" ] || die "-a needs -p: the address is only for the ping"
[ -z "$peer" ] || [ -n "$addr" ] || die "-p needs -a: the port comes back without addresses"
[ $yes = 1 ] || die "$iface ($bdf) would leave its driver for the run: give -y"
[ -z "$ko" ] || [ -f "$ko" ] || die "no module $ko"
id=$(sed 's/^0x//' "$pdev/vendor"):$(sed 's/^0x//' "$pdev/device")
report=${report:-./hw-check-$(hostname)-$(date +%Y%m%d-%H%M%S).txt}
: > "$report" || die "cannot write $report"

passed=0 failed=0
log() { echo "$*" | tee -a "$report"; }
pass() { log "ok - $1"; passed=$((passed + 1)); }
fail() { log "not ok - $1${2:+: $2}"; failed=$((failed + 1)); }
check() {
	local name="$1"
	shift
	if "$@" >> "$report" 2>&1; then pass "$name"; else fail "$name" "$*"; fi
}
# section TITLE COMMAND...: a command's output, into the report only
section() {
	local title="$1"
	shift
	{ echo "---- $title"; "$@" 2>&1; echo; } >> "$report"
}
driver_of() {
	local l
	l=$(readlink "$pdev/driver" 2>/dev/null) && basename "$l" || echo none
}
# wait_for SECONDS COMMAND...: until COMMAND succeeds, at most SECONDS
wait_for() {
	local n="$(($1 * 5))"
	shift
	until "$@"; do
		n=$((n - 1))
		[ $n -gt 0 ] || return 1
		sleep 0.2
	done
}
netdev() { ls "$pdev/net" 2>/dev/null | head -n 1; }
has_netdev() { [ -n "$(netdev)" ]; }
has_carrier() { [ "$(cat "/sys/class/net/$1/carrier" 2>/dev/null)" = 1 ]; }
is_bound() { [ "$(driver_of)" = "$1" ]; }
# bind DRIVER: move the port to DRIVER, through driver_override (which
# igbx's probe still checks against its own table)
bind() {
	local cur
	echo "$1" > "$pdev/driver_override"
	cur=$(driver_of)
	[ "$cur" = none ] || echo "$bdf" > "/sys/bus/pci/drivers/$cur/unbind"
	echo "$bdf" > /sys/bus/pci/drivers_probe 2>/dev/null
	wait_for 10 is_bound "$1"
}

orig=$(driver_of)
log "# hw-check: $iface, PCI $bdf, device $id, driver $orig"
log "# kernel $(uname -r), $(date -u '+%Y-%m-%d %H:%M UTC')"
if command -v lspci > /dev/null; then
	section "lspci" lspci -nn -vv -s "$bdf"
fi

# the kernel's messages from here on are igbx's probe and run
mark="hw-check: start $bdf $$"
echo "$mark" > /dev/kmsg

loaded=0
if [ ! -d /sys/module/igbx ]; then
	if [ -n "$ko" ]; then
		check "insmod $ko${param:+ $param}" insmod "$ko" $param
	else
		check "modprobe igbx${param:+ $param}" modprobe igbx $param
	fi
	loaded=1
fi
[ -d /sys/module/igbx ] || { log "$passed passed, $failed failed"; exit 1; }
log "# igbx untested_families=$(cat /sys/module/igbx/parameters/untested_families)"

bind igbx
if [ "$(driver_of)" != igbx ]; then
	fail "igbx binds $bdf ($id)" \
		"igbx refused it (see the kernel's messages below); README's families table says which devices igbx drives"
else
	pass "igbx binds $bdf ($id)"
	check "the port's interface appears" wait_for 10 has_netdev
	new=$(netdev)
	log "# interface under igbx: ${new:-none}"
fi

if [ "$(driver_of)" = igbx ] && [ -n "${new:-}" ]; then
	section "ethtool -i" ethtool -i "$new"
	check "ethtool -i: driver igbx, bus $bdf" \
		sh -c "ethtool -i '$new' | grep -qx 'driver: igbx' &&
		       ethtool -i '$new' | grep -qx 'bus-info: $bdf'"
	check "ip link set up" ip link set "$new" up
	if wait_for 15 has_carrier "$new"; then
		pass "link up within 15 s"
		section "ethtool (link)" ethtool "$new"
		check "ethtool: a speed and full duplex" \
			sh -c "ethtool '$new' | grep -qE 'Speed: (10|100|1000)Mb/s' &&
			       ethtool '$new' | grep -q 'Duplex: Full'"
	elif [ $nocable = 1 ]; then
		log "# no link within 15 s (-n: no cable)"
	else
		fail "link up within 15 s" "no carrier: a cable and a link partner? (-n if none)"
	fi
	section "ethtool -k" ethtool -k "$new"
	section "ethtool -g, -l, -c" sh -c "ethtool -g '$new'; ethtool -l '$new'; ethtool -c '$new'"
	check "ethtool -S: counters readable" sh -c "ethtool -S '$new' | grep -q 'rx_packets:'"
	check "ethtool -d: register dump readable" sh -c "ethtool -d '$new' > /dev/null"
	section "ethtool -T" ethtool -T "$new"
	if [ -n "$peer" ] && has_carrier "$new"; then
		check "ip addr add $addr" ip addr add "$addr" dev "$new"
		sleep 1
		check "ping $peer: 5 of 5 answered" sh -c "ping -c 5 -W 2 '$peer' | grep -q ' 0% packet loss'"
	fi
	check "ethtool -t online: self-test passes" ethtool -t "$new" online
	if [ $offline = 1 ]; then
		check "ethtool -t offline: self-test passes" ethtool -t "$new" offline
		wait_for 15 has_carrier "$new" || [ $nocable = 1 ] ||
			fail "link back within 15 s of the offline self-test"
	fi
	section "ethtool -S" ethtool -S "$new"
fi

# igbx's own complaints, and any kernel warning, since the mark
dmesg | sed -n "/$mark/,\$p" > /tmp/hw-check-kmsg.$$
section "kernel messages" cat /tmp/hw-check-kmsg.$$
bad=$(grep -E "WARNING|BUG|Call Trace|igbx.*(error|failed|timed out)" /tmp/hw-check-kmsg.$$ |
	grep -v "hw-check:")
rm -f /tmp/hw-check-kmsg.$$
if [ -z "$bad" ]; then
	pass "no kernel warning and no igbx error"
else
	fail "no kernel warning and no igbx error" "$(echo "$bad" | head -n 3 | tr '\n' ' ')"
fi

if [ $keep = 0 ]; then
	if [ "$orig" != none ]; then
		bind "$orig"
		check "the port is back on $orig" is_bound "$orig"
	elif is_bound igbx; then
		echo "$bdf" > /sys/bus/pci/drivers/igbx/unbind
	fi
	echo > "$pdev/driver_override"
	[ $loaded = 0 ] || check "rmmod igbx" rmmod igbx
else
	echo > "$pdev/driver_override"
fi
log "# report: $report"
log "$passed passed, $failed failed"
[ $failed = 0 ]
