# SPDX-License-Identifier: GPL-2.0
# VM test: igbx <-> igbx with MSI forced by the module parameter.
. /test/lib.sh
. /test/lib-traffic.sh
traffic_suite MSI igbx int_mode=2
finish
