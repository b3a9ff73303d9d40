# SPDX-License-Identifier: GPL-2.0
# Guest-side helpers for igbx VM tests; sourced by /test/run.sh.
#
# Results go to the results port (ttyS1) as "ok - NAME" / "not ok - NAME:
# why" lines, which the host counts; everything else goes to the console.

IP=/opt/bin/ip
ETHTOOL=/opt/bin/ethtool
IPERF3=/opt/bin/iperf3
RESULTS=/dev/ttyS1
MAC_A=52:54:00:12:34:01
MAC_B=52:54:00:12:34:02
FAILED=0

report() {
	echo "$*" > "$RESULTS"
	echo "igbx-test: $*"
}

pass() { report "ok - $1"; }

fail() {
	report "not ok - $1${2:+: $2}"
	FAILED=$((FAILED + 1))
}

# check NAME COMMAND...: pass when COMMAND succeeds
check() {
	local name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name" "command failed: $*"; fi
}

# check_eq NAME GOT WANT
check_eq() {
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got '$2', want '$3'"; fi
}

# The emulated 82576 ports, in PCI order (port A first).
nic_bdfs() {
	local d
	for d in /sys/bus/pci/devices/*; do
		[ "$(cat "$d/vendor")" = 0x8086 ] && [ "$(cat "$d/device")" = 0x10c9 ] &&
			basename "$d"
	done
}

driver_of() {
	local l
	l=$(readlink "/sys/bus/pci/devices/$1/driver" 2>/dev/null) || { echo none; return; }
	basename "$l"
}

# bound_to DRIVER BDF: is the port bound to DRIVER right now?
bound_to() { [ "$(driver_of "$2")" = "$1" ]; }

# has_carrier DEV: is the interface's carrier on right now?
has_carrier() { [ "$(cat "/sys/class/net/$1/carrier" 2>/dev/null)" = 1 ]; }

netdev_of() {
	ls "/sys/bus/pci/devices/$1/net/" 2>/dev/null | head -n 1
}

# wait_for SECONDS COMMAND...: poll COMMAND every 0.2 s
wait_for() {
	local n=$(($1 * 5))
	shift
	while [ $n -gt 0 ]; do
		"$@" && return 0
		sleep 0.2
		n=$((n - 1))
	done
	return 1
}

# bind_to DRIVER BDF: hand a port to DRIVER through driver_override
bind_to() {
	local drv=$1 bdf=$2 cur
	echo "$drv" > "/sys/bus/pci/devices/$bdf/driver_override"
	cur=$(driver_of "$bdf")
	[ "$cur" = none ] || echo "$bdf" > "/sys/bus/pci/drivers/$cur/unbind"
	echo "$bdf" > /sys/bus/pci/drivers_probe
	wait_for 10 bound_to "$drv" "$bdf"
}

# host_cmd COMMAND: have the host run COMMAND on QEMU's monitor (the test
# script needs a "# vm-monitor: yes" line); returns at once
host_cmd() {
	echo "igbx-host: $*" > "$RESULTS"
	echo "igbx-test: asked the host: $*"
}

# finish: the script's exit status is the number of failed checks
finish() {
	echo "igbx-test: $FAILED failed"
	exit "$FAILED"
}
