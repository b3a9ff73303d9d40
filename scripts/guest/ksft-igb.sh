# SPDX-License-Identifier: GPL-2.0
# The newest kernel's own network driver selftests with the in-tree igb on port A, the reference
# (scripts/guest/guest-ksft.sh; scripts/tests/ksft-compare.sh compares).
# vm-share: ksft
# vm-limit: 2100
. /test/guest-lib.sh
. /test/guest-ksft.sh
ksft_main igb
