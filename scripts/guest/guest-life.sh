# SPDX-License-Identifier: GPL-2.0
# Guest-side helpers for the lifecycle tests (scripts/guest/test-reset.sh and test-sleep.sh:
# suspend and resume, function-level reset, PCIe error recovery), each run
# with a TCP stream through port A. Sourced after guest-lib.sh,
# guest-traffic.sh and guest-robust.sh.

now_ms() { awk '{printf "%d\n", $1 * 1000}' /proc/uptime; }

# life_settings: port A set up away from its defaults, so that a restore
# that forgets one shows: ring sizes, queue pairs, fixed coalescing, MTU,
# pause, an offload off, a VLAN, Wake-on-LAN
life_settings() {
	check "ethtool -G rx 512 tx 512" $ETHTOOL -G "$DEV_A" rx 512 tx 512
	check "ethtool -L combined 2" $ETHTOOL -L "$DEV_A" combined 2
	check "ethtool -C rx-usecs 40" $ETHTOOL -C "$DEV_A" rx-usecs 40
	check "ethtool -A rx off" $ETHTOOL -A "$DEV_A" autoneg off rx off tx on
	check "ethtool -K gro off" $ETHTOOL -K "$DEV_A" gro off
	check "mtu 1400" $IP link set "$DEV_A" mtu 1400
	check "vlan 5 on port A" $IP link add link "$DEV_A" name "$DEV_A.5" type vlan id 5
	check "ethtool -s wol g" $ETHTOOL -s "$DEV_A" wol g
	# WUC and WUFC stay clear while the port runs: they are armed only
	# on the way into sleep or shutdown
	check_eq "WUFC (dump word 43) clear while running" "$(reg 43)" 0
}

# life_regs: the configuration registers of port A, from its register
# dump (module/regdump.c's words): RCTL, RXCSUM, RLPML, MRQC, TCTL, the
# first four queues' SRRCTL and ring lengths, the first three vectors'
# EITR and the 16 receive addresses. Not the ring pointers or anything
# that counts.
life_regs() {
	$ETHTOOL -d "$DEV_A" raw on | od -An -v -tx4 | tr -s ' ' '\n' | grep -v '^$' | awk '
	BEGIN {
		n = split("32 33 34 36 38 121 122 123 124 137 138 139 140 153 154 155 219 220 221 222", w, " ")
		for (i = 1; i <= n; i++)
			want[w[i]] = 1
		for (i = 179; i <= 210; i++)
			want[i] = 1
	}
	(NR - 1) in want { print "dump word " NR - 1 ": " $1 }'
}

# life_snapshot: what the user set on port A, as the tools show it, and
# how it is programmed into the MAC
life_snapshot() {
	life_regs
	$ETHTOOL -g "$DEV_A"
	$ETHTOOL -l "$DEV_A"
	$ETHTOOL -c "$DEV_A"
	$ETHTOOL -a "$DEV_A"
	$ETHTOOL -k "$DEV_A" | grep -v fixed
	$ETHTOOL "$DEV_A" | grep -i "wake-on"
	$ETHTOOL -x "$DEV_A"
	$IP -d link show "$DEV_A" | sed 's/state [A-Z]* //;s/qdisc [a-z_]* //'
	$IP -d link show "$DEV_A.5" | sed 's/state [A-Z]* //;s/qdisc [a-z_]* //'
}

# life_back NAME T0: after an event at T0 (now_ms), port A has its carrier
# within 20 s and answers a ping within 5 s of it (return 0 then), and the
# TCP stream moves again within 30 s of the ping (LIFE_TCP counts those);
# prints the milliseconds
LIFE_TCP=0
life_back() {
	local t1 t2 dt n0 tcp="no"
	wait_for 20 carrier_a || { echo "igbx-test: $1: no carrier in 20 s"; return 1; }
	t1=$(now_ms)
	wait_for 10 ping -c 1 -W 1 "$ADDR_B" > /dev/null
	t2=$(now_ms)
	dt=$((t2 - t1))
	n0=$(grep -c 'bits/sec' /tmp/iperf.log)
	if wait_for 30 stream_moved "$n0"; then
		LIFE_TCP=$((LIFE_TCP + 1))
		tcp="after $(( $(now_ms) - t2 )) ms more"
	else
		life_stall_dump "$1"
	fi
	echo "igbx-test: $1: carrier after $((t1 - $2)) ms, ping after $dt ms more, TCP moving $tcp"
	[ "$dt" -le 5000 ]
}

# life_stall_dump NAME: the first time the stream does not move again,
# what might hold it: the TCP sockets, each TX queue's BQL state (where
# the kernel has BQL), the qdiscs' backlog, port A's rings (debugfs) and
# per-queue counters
LIFE_DUMPED=0
life_stall_dump() {
	local q
	[ $LIFE_DUMPED = 0 ] || return 0
	LIFE_DUMPED=1
	echo "igbx-test: $1: the stream did not move again; state follows"
	tail -n 5 /tmp/iperf.log
	cat /proc/net/tcp
	for q in /sys/class/net/"$DEV_A"/queues/tx-*/byte_queue_limits; do
		[ -r "$q/inflight" ] && echo "$q: inflight $(cat "$q/inflight") limit $(cat "$q/limit")"
	done
	$IP -s -d qdisc show dev "$DEV_A"
	cat /sys/kernel/debug/igbx/*/tx_ring_* 2>/dev/null | head -n 60
	$ETHTOOL -S "$DEV_A" | grep -i "queue\|timeout\|restart\|busy"
}

# life_stream SECONDS: a TCP stream to port B in the background ($iperf)
life_stream() {
	timeout $(($1 + 60)) $IPERF3 -c "$ADDR_B" -t "$1" -i 1 --forceflush -f m \
		> /tmp/iperf.log 2>&1 &
	iperf=$!
	sleep 2
}

# life_begin: igbx on port A, igb on port B, settings made, a TCP stream
# running, and the settings' snapshot in /tmp/settings.before
life_begin() {
	setup_pair igb
	life_settings
	# the MTU change restarted the port: the snapshot waits for the link
	check "carrier on port A after the settings" wait_for 20 carrier_a
	life_snapshot > /tmp/settings.before 2>&1
	iperf_server
	life_stream 900
}

# life_end NAME: the stream still moves, the settings are as they were,
# no leak (on a kernel with kmemleak), igbx unloads
life_end() {
	stream_moving "$1" "$iperf"
	life_snapshot > /tmp/settings.after 2>&1
	# a difference goes into the failure line itself, so that a run
	# whose console is gone (CI's) still says which setting moved
	if cmp -s /tmp/settings.before /tmp/settings.after; then
		pass "settings as before the $1 (ethtool, ip)"
	else
		diff /tmp/settings.before /tmp/settings.after
		fail "settings as before the $1 (ethtool, ip)" \
			"$(diff /tmp/settings.before /tmp/settings.after | grep '^[-+][^-+]' |
				head -n 8 | tr -s '\t\n' '  ')"
	fi
	if [ -w "$DBG/kmemleak" ]; then
		kmemleak_check "after the $1"
	else
		echo "igbx-test: no kmemleak in this kernel: leaks not checked"
	fi
	$IP link del "$DEV_A.5"
	teardown
}

# aer_inject BDF UNCOR_STATUS: one uncorrectable error on BDF, as if its
# root port had reported it (struct aer_error_inj: bus, dev, fn, a pad
# byte, uncor_status, cor_status, header_log[4], domain; little-endian)
aer_inject() {
	local bdf=$1 st=$2 bus dev fn
	bus=$((0x$(echo "$bdf" | cut -d: -f2)))
	dev=$((0x$(echo "$bdf" | cut -d: -f3 | cut -d. -f1)))
	fn=$(echo "$bdf" | cut -d. -f2)
	le32() { printf '\\%03o\\%03o\\%03o\\%03o' $(($1 & 255)) $((($1 >> 8) & 255)) \
		$((($1 >> 16) & 255)) $((($1 >> 24) & 255)); }
	# shellcheck disable=SC2059
	printf "$(printf '\\%03o\\%03o\\%03o\\000' "$bus" "$dev" "$fn")$(le32 "$st")$(le32 0)$(le32 0)$(le32 0)$(le32 0)$(le32 0)$(le32 0)" \
		> /dev/aer_inject
}
# recovered: how many recoveries the AER core has called successful
recovered() { dmesg | grep -c "AER: device recovery successful"; }

# life_flrs PREFIX: ten function-level resets of port A through sysfs,
# each followed by life_back; the checks' names start with PREFIX
life_flrs() {
	local i t0 back=0
	LIFE_TCP=0
	for i in $(seq 1 10); do
		t0=$(now_ms)
		echo 1 > "/sys/bus/pci/devices/$A/reset" || echo "igbx-test: $1FLR $i: the write failed"
		life_back "$1FLR $i" "$t0" && back=$((back + 1))
	done
	check_eq "$1FLR: ping within 5 s of the carrier, 10 times of 10" "$back" 10
	check_eq "$1FLR: TCP moving again within 30 s, 10 times of 10" "$LIFE_TCP" 10
}

# life_aer PREFIX: three non-fatal (poisoned TLP) and two fatal
# (malformed TLP) errors on port A through aer_inject, each followed by
# life_back; the AER core must call each recovery successful
life_aer() {
	local kind name n st i r0 t0 back ok
	# a module in Debian's kernels, built in in the test kernels
	[ -e /dev/aer_inject ] || modprobe aer_inject
	check "/dev/aer_inject present" [ -e /dev/aer_inject ]
	for kind in non-fatal:4096:3 fatal:262144:2; do
		name=${kind%%:*} n=${kind##*:} st=$(echo "$kind" | cut -d: -f2)
		back=0 ok=0 LIFE_TCP=0
		for i in $(seq 1 "$n"); do
			r0=$(recovered)
			t0=$(now_ms)
			aer_inject "$A" "$st" || echo "igbx-test: $1AER $name $i: the write failed"
			wait_for 15 sh -c "[ \$(dmesg | grep -c 'AER: device recovery successful') -gt $r0 ]" &&
				ok=$((ok + 1))
			life_back "$1AER $name $i" "$t0" && back=$((back + 1))
		done
		check_eq "$1AER $name: the AER core reports a successful recovery, $n times of $n" "$ok" "$n"
		check_eq "$1AER $name: ping within 5 s of the carrier, $n times of $n" "$back" "$n"
		check_eq "$1AER $name: TCP moving again within 30 s, $n times of $n" "$LIFE_TCP" "$n"
	done
}

# life_s3 PREFIX: three S3 cycles, each woken by the host at least 5 s
# after the guest asked, once QEMU has it in S3 (the test needs "# vm-monitor: yes" and S3 enabled in
# QEMU), each followed by life_back
life_s3() {
	local i t0 back=0 slept=0
	LIFE_TCP=0
	grep -qw mem /sys/power/state || fail "S3 offered (/sys/power/state: $(cat /sys/power/state))"
	for i in 1 2 3; do
		host_cmd wake 5
		t0=$(now_ms)
		echo mem > /sys/power/state && slept=$((slept + 1))
		life_back "$1S3 $i" "$t0" && back=$((back + 1))
	done
	check_eq "$1S3: suspended and resumed, 3 times of 3" "$slept" 3
	check_eq "$1S3: ping within 5 s of the carrier, 3 times of 3" "$back" 3
	check_eq "$1S3: TCP moving again within 30 s, 3 times of 3" "$LIFE_TCP" 3
}
