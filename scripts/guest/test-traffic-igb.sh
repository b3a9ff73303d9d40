# SPDX-License-Identifier: GPL-2.0
# VM test: igbx (port A, MSI-X) <-> the in-tree igb (port B).
. /test/lib.sh
. /test/lib-traffic.sh
traffic_suite MSI-X igb
finish
