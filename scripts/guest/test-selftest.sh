# SPDX-License-Identifier: GPL-2.0
# VM test: ethtool -t offline and online on port A with MSI-X.
. /test/lib.sh
. /test/lib-traffic.sh
selftest_suite MSI-X
finish
