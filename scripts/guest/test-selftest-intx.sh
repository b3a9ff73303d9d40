# SPDX-License-Identifier: GPL-2.0
# vm-append: pci=nomsi
# VM test: ethtool -t offline and online on port A with legacy INTx.
. /test/lib.sh
. /test/lib-traffic.sh
selftest_suite INTx
finish
