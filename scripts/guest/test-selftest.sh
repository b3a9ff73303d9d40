# SPDX-License-Identifier: GPL-2.0
# VM test: ethtool -t offline and online on port A with MSI-X.
. /test/guest-lib.sh
. /test/guest-traffic.sh
selftest_suite MSI-X
finish
