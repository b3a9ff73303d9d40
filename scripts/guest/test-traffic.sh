# SPDX-License-Identifier: GPL-2.0
# VM test: igbx <-> igbx across the cable with MSI-X: ping, iperf3 both
# ways, equal counts on both sides, a pktgen flood with every loss counted.
. /test/guest-lib.sh
. /test/guest-traffic.sh
traffic_suite MSI-X igbx
finish
