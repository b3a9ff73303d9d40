# SPDX-License-Identifier: GPL-2.0
# VM test: igbx's PTP hardware clock and timestamps on the emulated
# 82576, port B driven by the in-tree igb: ethtool -T (PHC index,
# hardware TX and RX), phc_ctl set/get/adj/freq (the clock runs on the
# VM's virtual time), hwstamp_ctl (accepted and refused filters),
# phc2sys steering the system clock from the PHC, and ptp4l as master
# with hardware TX stamps, which QEMU's model latches. QEMU's model
# stamps no received frame, so a ptp4l slave on it never locks: the RX
# side is KUnit's (kunit/ptp_test.c).
. /test/guest-lib.sh
. /test/guest-traffic.sh

PTP4L=/opt/bin/ptp4l
PHC2SYS=/opt/bin/phc2sys
PHC_CTL=/opt/bin/phc_ctl
HWSTAMP_CTL=/opt/bin/hwstamp_ctl

stat_of() { $ETHTOOL -S "$DEV_A" | awk -v k="$1:" '$1 == k {print $2}'; }
# phc_time: the PHC's seconds, from phc_ctl's "clock time is S.NS"
phc_time() {
	$PHC_CTL "$PHC" get 2>&1 |
		sed -n 's/.*clock time is \([0-9]*\)\.[0-9]*.*/\1/p'
}

setup_pair igb
# ptp4l and phc2sys bind their management sockets in /var/run
mkdir -p /var/run

$ETHTOOL -T "$DEV_A" > /tmp/ts.txt 2>&1
cat /tmp/ts.txt
check "ethtool -T: hardware-transmit" grep -q "hardware-transmit" /tmp/ts.txt
check "ethtool -T: hardware-receive" grep -q "hardware-receive" /tmp/ts.txt
check "ethtool -T: hardware-raw-clock" grep -q "hardware-raw-clock" /tmp/ts.txt
check "ethtool -T: PTP V2 event filter offered" grep -q "ptpv2-event" /tmp/ts.txt
idx=$(sed -n 's/^PTP Hardware Clock: \([0-9][0-9]*\)$/\1/p' /tmp/ts.txt)
check "ethtool -T: a PHC index" test -n "$idx"
PHC=/dev/ptp${idx:-none}
check "the PHC's device exists ($PHC)" test -c "$PHC"
check "the PHC is igbx's" grep -q "^igbx" "/sys/class/ptp/ptp${idx:-none}/clock_name"

if [ ! -x "$PHC_CTL" ]; then
	fail "linuxptp in the guest image" \
		"no $PHC_CTL: run scripts/install-deps.sh (linuxptp), then the initramfs is rebuilt"
	finish
fi

# set, then get twice 2 s apart: the clock counts the VM's virtual time
check "phc_ctl set 1000" $PHC_CTL "$PHC" set 1000
t0=$(phc_time)
sleep 2
t1=$(phc_time)
echo "PHC: $t0 s, then $t1 s"
check "phc_ctl get after set: about 1000 s" test "${t0:-0}" -ge 1000 -a "${t0:-0}" -le 1002
check "phc_ctl get 2 s later: it advanced by 1 to 4 s" \
	test "${t1:-0}" -ge $((${t0:-0} + 1)) -a "${t1:-0}" -le $((${t0:-0} + 4))

# adj steps the clock
check "phc_ctl adj 100" $PHC_CTL "$PHC" adj 100
t2=$(phc_time)
check "phc_ctl adj: stepped by 100 s" \
	test "${t2:-0}" -ge $((${t1:-0} + 100)) -a "${t2:-0}" -le $((${t1:-0} + 103))

# freq sets the rate: +100000 ppb (10%) runs about 10% fast
check "phc_ctl freq 100000" $PHC_CTL "$PHC" freq 100000
check "phc_ctl freq: reads back 100000 ppb" \
	sh -c "$PHC_CTL $PHC freq 2>&1 | grep -q 'offset is 100000'"
# "--": phc_ctl's option parser would take a negative number for an option
check "phc_ctl freq -500000000 (half speed) accepted" $PHC_CTL "$PHC" -- freq -500000000
check "phc_ctl freq: reads back -500000000 ppb" \
	sh -c "$PHC_CTL $PHC freq 2>&1 | grep -q 'offset is -500000000'"
# phc_ctl's exit status does not show a refused adjustment: the frequency
# read back does (the kernel's -ERANGE leaves it as it was)
$PHC_CTL "$PHC" freq 1000000000
check "phc_ctl freq 1000000000 refused (still -500000000 ppb)" \
	sh -c "$PHC_CTL $PHC freq 2>&1 | grep -q 'offset is -500000000'"
check "phc_ctl freq 0" $PHC_CTL "$PHC" freq 0

# hwstamp_ctl: a V2 event request, narrower ones widened, the rest refused
$HWSTAMP_CTL -i "$DEV_A" -t 1 -r 12 > /tmp/hw.txt 2>&1
cat /tmp/hw.txt
check "hwstamp_ctl -t 1 -r 12 (TX on, PTP V2 event)" grep -q "new settings:" /tmp/hw.txt
check "hwstamp_ctl -t 0 -r 0 (off)" $HWSTAMP_CTL -i "$DEV_A" -t 0 -r 0
check "hwstamp_ctl: V2 L2 sync widened to V2 event" \
	sh -c "$HWSTAMP_CTL -i $DEV_A -t 1 -r 10 2>&1 | sed -n '/new settings/,\$p' | grep -q 'rx_filter 12'"
check "hwstamp_ctl -r 1 (all frames) refused" \
	sh -c "! $HWSTAMP_CTL -i $DEV_A -t 1 -r 1 >/dev/null 2>&1"
check "hwstamp_ctl -t 2 (one-step) refused" \
	sh -c "! $HWSTAMP_CTL -i $DEV_A -t 2 -r 0 >/dev/null 2>&1"
check "hwstamp_ctl -t 0 -r 0 (off again)" $HWSTAMP_CTL -i "$DEV_A" -t 0 -r 0

# phc2sys: the system clock follows the PHC, first set from it
check "phc_ctl set (from the system clock)" $PHC_CTL "$PHC" set
timeout 6 $PHC2SYS -s "$PHC" -c CLOCK_REALTIME -O 0 -m -q > /tmp/phc2sys.txt 2>&1
tail -n 5 /tmp/phc2sys.txt
check "phc2sys: reports offsets from the PHC" \
	test "$(grep -c 'CLOCK_REALTIME phc offset' /tmp/phc2sys.txt)" -ge 3
check "phc2sys: no errors" sh -c "! grep -qiE 'fail|error' /tmp/phc2sys.txt"

# ptp4l as master over Ethernet with hardware stamps: every Sync needs
# the TX stamp QEMU latches. TCG is slow: the stamp may take more than
# ptp4l's default 1 ms.
# Four Syncs a second, so that the stamps delivered can be counted.
printf '[global]\ntx_timestamp_timeout 50\npriority1 1\nlogSyncInterval -2\n' > /tmp/ptp4l.conf
timeouts=$(stat_of tx_hwtstamp_timeouts)
stamped=$(stat_of tx_hwtstamps)
timeout 15 $PTP4L -f /tmp/ptp4l.conf -i "$DEV_A" -2 -H -m -q > /tmp/ptp4l.txt 2>&1
tail -n 8 /tmp/ptp4l.txt
check "ptp4l -H: assumed the grand master role" \
	grep -q "assuming the grand master role" /tmp/ptp4l.txt
check "ptp4l -H: every TX stamp arrived" \
	sh -c "! grep -qE 'timed out while polling for tx timestamp|FAULTY' /tmp/ptp4l.txt"
check_eq "ethtool -S: no TX stamp timed out" "$(stat_of tx_hwtstamp_timeouts)" "$timeouts"
delivered=$(($(stat_of tx_hwtstamps) - ${stamped:-0}))
echo "ptp4l master on igbx: $delivered TX stamps delivered"
# as grand master for at least the last 5 of its 15 s, at 4 Syncs a second
check "ethtool -S: at least 20 TX stamps delivered to ptp4l ($delivered)" \
	test "$delivered" -ge 20
check "ethtool -S has tx_hwtstamp_skipped" test -n "$(stat_of tx_hwtstamp_skipped)"

# Side by side: the in-tree igb on port B, same rig, same commands. Each
# capability igb's ethtool -T lists, igbx's lists too, and igb's ptp4l
# master goes as igbx's did.
in_peer $ETHTOOL -T "$DEV_B" > /tmp/ts-igb.txt 2>&1
echo "ethtool -T, igb (port B) | igbx (port A):"
paste -d '|' /tmp/ts-igb.txt /tmp/ts.txt
missing=$(sed -n 's/^[[:space:]]*\([a-z0-9-]\{3,\}\)[[:space:]]*$/\1/p' /tmp/ts-igb.txt |
	while read -r cap; do
		grep -qE "^[[:space:]]*$cap[[:space:]]*$" /tmp/ts.txt || echo "$cap"
	done)
check "ethtool -T: igb lists capabilities (hardware-transmit)" \
	grep -q "hardware-transmit" /tmp/ts-igb.txt
check "ethtool -T: every capability and filter igb lists, igbx lists${missing:+ (missing: $missing)}" \
	test -z "$missing"
in_peer timeout 15 $PTP4L -f /tmp/ptp4l.conf -i "$DEV_B" -2 -H -m -q > /tmp/ptp4l-igb.txt 2>&1
tail -n 4 /tmp/ptp4l-igb.txt
check "ptp4l -H on igb: assumed the grand master role (as on igbx)" \
	grep -q "assuming the grand master role" /tmp/ptp4l-igb.txt
check "ptp4l -H on igb: every TX stamp arrived (as on igbx)" \
	sh -c "! grep -qE 'timed out while polling for tx timestamp|FAULTY' /tmp/ptp4l-igb.txt"
check "ping after the PTP runs" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"

# the clock survives a reset: ethtool -G resets the MAC and TIMINCA
t3=$(phc_time)
check "ethtool -G (a MAC reset)" $ETHTOOL -G "$DEV_A" rx 512
sleep 2
t4=$(phc_time)
check "the PHC still advances after a reset" test "${t4:-0}" -gt "${t3:-0}"

finish
