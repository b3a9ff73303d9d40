# SPDX-License-Identifier: GPL-2.0
# Robustness scenario 2: 20 ring resizes and 10 queue-pair changes while
# an iperf3 stream runs; the stream must survive and nothing may leak.
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh

ring_of() { $ETHTOOL -g "$DEV_A" | awk -v k="$1:" '$1 == k {v = $2} END {print v}'; }
chan() { $ETHTOOL -l "$DEV_A" | awk '$1 == "Combined:" {v = $2} END {print v}'; }

setup_pair igb
iperf_server
# a stream longer than any run of the loop, stopped after it
timeout 900 $IPERF3 -c "$ADDR_B" -t 600 -i 1 --forceflush -f m > /tmp/iperf.log 2>&1 &
iperf=$!
sleep 2
resized=0 changed=0
for i in $(seq 1 20); do
	n=$(( (i % 5 + 1) * 96 ))	# 192..576, rounded to 8 already
	$ETHTOOL -G "$DEV_A" rx "$n" tx "$n" && [ "$(ring_of RX)" = "$n" ] &&
		resized=$((resized + 1))
	if [ $((i % 2)) = 0 ]; then
		c=$(( (i / 2) % 4 + 1 ))
		$ETHTOOL -L "$DEV_A" combined "$c" && [ "$(chan)" = "$c" ] &&
			changed=$((changed + 1))
	fi
	sleep 1
done
check_eq "20 ring resizes under traffic" "$resized" 20
check_eq "10 queue-pair changes under traffic" "$changed" 10
stream_moving changes "$iperf"
check "carrier on" wait_for 15 carrier_a
check "ping after the changes" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
kmemleak_check "after resizes and channel changes"
teardown
finish
