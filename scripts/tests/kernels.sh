#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kernels.sh: the kernel matrix of make check-all, on Debian's own kernel
# images (scripts/rig/stock-kernel.sh) with the in-tree igb as the peer.
# make check already builds igbx with W=1 against the test kernel and the
# installed 6.12 and 6.1 headers; this adds
#   newest   a W=1 build against the newest Debian kernel (sid), inside
#            the sid root with sid's compiler (scripts/rig/sid-root.sh)
#   runtime  on Debian 12's 6.1 and on the newest kernel, the VM tests
#            $MATRIX_TESTS: load, bind and unload; traffic both ways with
#            MSI-X and with INTx; ethtool -t offline; the ethtool suite
#            with its resizes under load; RSS and the offloads; the filters;
#            the PTP clock and timestamps (6.1 reaches them through the
#            SIOCSHWTSTAMP ioctl, the newest through ndo_hwtstamp_set);
#            the lifecycle tests (FLR and AER; S3 and hibernation's test
#            mode, which only Debian's kernels have); on the newest,
#            also DIM's profile table set through netlink (dimprofile);
#            on 6.1, also XDP and AF_XDP (test-xdp.sh: xdp-tools and
#            testpmd in both modes; not on the newest, where bookworm's
#            xdp-bench 1.3.1 cannot load its programs: the tracepoint
#            xdp_redirect_map_err they hook is gone; the newest kernel's
#            own xdp.py runs there, make ksft)
#   dkms     scripts/tests/dkms.sh: DKMS builds a module that loads
# Last line: "N passed, N failed".
set -u
. "$(dirname "$0")/../host-lib.sh"

# longest first: the last boot to start should be a short one
MATRIX_TESTS=${MATRIX_TESTS:-"offloads reset sleep ethtool traffic traffic-intx filters ptp selftest load"}
work="$IGBX_ROOT/.build"
mkdir -p "$work"
passed=0 failed=0
start=$(date +%s)

series_list="6.1"
rc=0
sid=$("$IGBX_ROOT/scripts/rig/stock-kernel.sh" sid) || rc=$?
result "the newest Debian kernel and its headers, through the sid root" $rc
if [ $rc = 0 ]; then
	rc=0
	"$IGBX_ROOT/scripts/rig/build-module.sh" "$sid" "$work/modules-stock-sid" \
		>/dev/null || rc=$?
	result "W=1 build against $(basename "$(readlink -f "$sid/build")") with sid's gcc, no warnings" $rc
	[ $rc != 0 ] || series_list="$series_list sid"
fi

for series in $series_list; do
	tests=$MATRIX_TESTS
	# DIM's profile table through netlink: 6.11's API, set with the sid
	# root's ynl (test-dimprofile.sh)
	[ "$series" != sid ] || tests="$tests dimprofile"
	[ "$series" != 6.1 ] || tests="xdp $tests"
	# shellcheck disable=SC2086
	"$IGBX_ROOT/scripts/tests/vm-test.sh" -S "$series" $tests 2>&1 |
		tee "$work/kernels-$series.log"
	add_counts "$work/kernels-$series.log"
done

"$IGBX_ROOT/scripts/tests/dkms.sh" 6.1 2>&1 | tee "$work/kernels-dkms.log"
add_counts "$work/kernels-dkms.log"

echo "kernels: $(elapsed "$start")"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
