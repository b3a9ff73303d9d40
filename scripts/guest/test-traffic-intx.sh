# SPDX-License-Identifier: GPL-2.0
# vm-append: pci=nomsi
# VM test: igbx <-> igbx on legacy INTx lines (kernel booted with
# pci=nomsi), which the two ports may share.
. /test/guest-lib.sh
. /test/guest-traffic.sh
traffic_suite INTx igbx
finish
