# SPDX-License-Identifier: GPL-2.0
# vm-append: pci=nomsi
# VM test: ethtool -t offline and online on port A with legacy INTx.
. /test/guest-lib.sh
. /test/guest-traffic.sh
selftest_suite INTx
finish
