# SPDX-License-Identifier: GPL-2.0
# VM test: igbx <-> igbx with MSI forced by the module parameter.
. /test/guest-lib.sh
. /test/guest-traffic.sh
traffic_suite MSI igbx int_mode=2
finish
