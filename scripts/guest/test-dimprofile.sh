# SPDX-License-Identifier: GPL-2.0
# VM test: DIM's profile table set through the ethtool netlink family
# (ETHTOOL_A_COALESCE_RX_PROFILE, kernels 6.11 on). No Debian ethtool
# sets it yet, so the kernel's own netlink client does: ynl's cli.py from
# the selftests in the sid root. Each vector's interval is read from its
# EITR (words 154 and 155 of the register dump), port B on igb.
# vm-share: ksft
# vm-series: sid
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-ksft.sh

YNL=/opt/igbx-ksft/tools/net/ynl/pyynl/cli.py
SPEC=/opt/igbx-ksft/Documentation/netlink/specs/ethtool.yaml
eitrs() { echo "$(( ($(reg 154) >> 2) & 8191 )) $(( ($(reg 155) >> 2) & 8191 ))"; }
# profile_set "U1 U2 U3 U4 U5": every profile's interval, in us
profile_set() {
	local list="" u
	for u in $1; do
		list="$list${list:+, }{\"usec\": $u}"
	done
	in_sid python3 "$YNL" --no-schema --spec "$SPEC" --do coalesce-set --json \
		"{\"header\": {\"dev-name\": \"$DEV_A\"}, \"rx-profile\": {\"irq-moderation\": [$list]}}"
}
# profile_get: the five intervals as the kernel reports them
profile_get() {
	in_sid python3 "$YNL" --no-schema --spec "$SPEC" --do coalesce-get --output-json --json \
		"{\"header\": {\"dev-name\": \"$DEV_A\"}}" |
		grep -o '"usec": [0-9]*' | awk '{printf "%s%s", sep, $2; sep = " "}'
}

if sid_root; then
	pass "sid root over 9p, with ynl"
else
	fail "sid root over 9p, with ynl"
	finish
fi
setup_pair igb

check_eq "rx-profile: igbx's table" "$(profile_get)" "10 25 50 125 250"
check "rx-profile set to 7 us in every profile" profile_set "7 7 7 7 7"
check_eq "rx-profile: read back" "$(profile_get)" "7 7 7 7 7"
check_eq "EITR: both vectors at once at 7 us" "$(eitrs)" "7 7"
# whatever DIM picks under a flood, every profile is 7 us now
check "pktgen flood from B" pktgen_send b 100000
check_eq "EITR: 7 us under load" "$(eitrs)" "7 7"
check "rx-profile of 9000 us" profile_set "9000 9000 9000 9000 9000"
check_eq "EITR: capped at its 8191 us" "$(eitrs)" "8191 8191"
check "rx-profile 11 22 33 44 55" profile_set "11 22 33 44 55"
check "ethtool -C adaptive-rx off" $ETHTOOL -C "$DEV_A" adaptive-rx off
check_eq "EITR: the fixed 162 us" "$(eitrs)" "162 162"
check "ethtool -C adaptive-rx on" $ETHTOOL -C "$DEV_A" adaptive-rx on
check_eq "EITR: DIM starts over at the user's middle profile" "$(eitrs)" "33 33"
check "ping" sh -c "ping -c 3 -w 10 $ADDR_B | grep -q ' 0% packet loss'"
check "rmmod igbx" rmmod igbx
finish
