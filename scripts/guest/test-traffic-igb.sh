# SPDX-License-Identifier: GPL-2.0
# VM test: igbx (port A, MSI-X) <-> the in-tree igb (port B).
. /test/guest-lib.sh
. /test/guest-traffic.sh
traffic_suite MSI-X igb
finish
