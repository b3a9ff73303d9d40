#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# prefetch.sh: fetch what make check-all's later steps download rather
# than compile (Debian's stock 6.1 and newest kernel images, the sid root
# and the selftests' root in it), niced, while the test kernel compiles.
# scripts/check.sh --all starts it in the background. On a machine with
# an empty cache this takes the sid root's debootstrap and the downloads
# (about 9 minutes) off the run's critical path; with the cache full,
# every script below returns at once. Each one holds its cache lock, so
# a step that needs an item still being fetched waits for it and then
# finds it ready; a fetch that fails here is tried again, and reported,
# by the step that needs it.
set -u
. "$(dirname "$0")/../host-lib.sh"

rc=0
for series in 6.1 sid; do
	nice -n 10 "$IGBX_ROOT/scripts/rig/stock-kernel.sh" "$series" || rc=1
done
(cache_lock ksft-root && nice -n 10 "$IGBX_ROOT/scripts/rig/ksft-root.sh") || rc=1
exit $rc
