# SPDX-License-Identifier: GPL-2.0
# Not a test: the in-tree igb on port A through the lifecycle events of
# test-reset.sh and test-sleep.sh, under the same TCP stream, so that
# igbx's recovery times can be set beside igb's from the same rig
# (vm-test.sh -S 6.12 measure-life-igb). Each event prints its times as
# the tests do ("carrier after, ping after, TCP moving after"); the
# checks say how many events came back within the tests' bounds, and
# fail where igb does not.
# vm-monitor: yes
# vm-qemu: -global ICH9-LPC.disable_s3=0 -global pcie-root-port.x-speed=2_5
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh
. /test/guest-life.sh

set -- $(nic_bdfs)
A=$1 B=$2
modprobe igb
check "port A bound to igb" bind_to igb "$A"
check "port B bound to igb" bind_to igb "$B"
wire_pair
iperf_server
life_stream 900

life_flrs "igb "
life_aer "igb "
life_s3 "igb "
finish
