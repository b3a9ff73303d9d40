#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# dkms.sh [SERIES]: DKMS packaging, tested without touching the host's
# own module trees. scripts/dkms/dkms.sh hands igbx to dkms (add, build,
# install) for Debian's stock kernel of SERIES (default 6.1, Debian 12's
# default kernel, whose headers scripts/install-deps.sh installs), with
# dkms's source, build and install trees in a scratch directory; then the
# module DKMS installed is booted in the rig on that kernel
# (scripts/tests/vm-test.sh -m, the load test). Last line: "N passed, N
# failed".
set -u
. "$(dirname "$0")/../host-lib.sh"

series=${1:-6.1}
work="$IGBX_ROOT/.build"
passed=0 failed=0
start=$(date +%s)

rc=0
kdir=$("$IGBX_ROOT/scripts/rig/stock-kernel.sh" "$series") || rc=$?
result "Debian's $series kernel for the DKMS test" $rc
if [ $rc != 0 ]; then
	echo "$passed passed, $failed failed"
	exit 1
fi
headers=$(readlink -f "$kdir/build")
kver=${headers##*/linux-headers-}

scratch="$work/dkms"
rm -rf "$scratch"
mkdir -p "$scratch/source" "$scratch/tree" "$scratch/install/$kver"
opts=(--sourcetree "$scratch/source" --dkmstree "$scratch/tree"
      --installtree "$scratch/install" -k "$kver" --kernelsourcedir "$headers")
rc=0
"$IGBX_ROOT/scripts/dkms/dkms.sh" install "${opts[@]}" > "$scratch/dkms.log" 2>&1 || rc=$?
[ $rc = 0 ] || tail -n 30 "$scratch/dkms.log"
result "dkms add, build and install for $kver" $rc

ko=$(find "$scratch/install" -name 'igbx.ko*' | head -n 1)
rc=0
[ -n "$ko" ] || rc=1
result "dkms installed igbx.ko under the install tree" $rc "see $scratch/dkms.log"
if [ -n "$ko" ]; then
	case $ko in
	*.xz) xz -dc "$ko" > "$scratch/igbx.ko" ;;
	*.zst) zstd -qdc "$ko" > "$scratch/igbx.ko" ;;
	*) cp "$ko" "$scratch/igbx.ko" ;;
	esac
	"$IGBX_ROOT/scripts/tests/vm-test.sh" -S "$series" -m "$scratch/igbx.ko" load \
		2>&1 | tee "$scratch/vm.log"
	add_counts "$scratch/vm.log"
fi

rc=0
"$IGBX_ROOT/scripts/dkms/dkms.sh" remove "${opts[@]}" >> "$scratch/dkms.log" 2>&1 || rc=$?
result "dkms remove" $rc
echo "dkms: $(elapsed "$start")"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
