#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# sid-root.sh: a Debian sid root (debootstrap --variant=minbase) with the
# newest Debian kernel's headers and sid's own compiler, for building igbx
# against the newest kernel and for fetching that kernel's image
# (scripts/rig/stock-kernel.sh sid). sid is reached only through this
# root, never through the host's apt sources. The root comes from the
# mirror the host's own bookworm packages come from. Its Release file is
# past its Valid-Until date, so apt there is told not to check it.
# Cached (as root); prints the directory.
set -eu
. "$(dirname "$0")/../host-lib.sh"

root="$IGBX_CACHE/sid-root"
cache_lock sid-root
if [ -f "$root/.igbx-built" ]; then
	echo "$root"
	exit 0
fi
[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot)"
command -v debootstrap >/dev/null || die "no debootstrap (run scripts/install-deps.sh)"

start=$(date +%s)
mirror=$(debian_mirror)
[ -n "$mirror" ] || die "no bookworm/main source configured to take the mirror from"
rm -rf "$root"
mkdir -p "$IGBX_CACHE"
echo "sid-root: debootstrap sid from $mirror" >&2
debootstrap --variant=minbase sid "$root" "$mirror" > "$IGBX_CACHE/sid-root.log" 2>&1 ||
	{ tail -n 20 "$IGBX_CACHE/sid-root.log" >&2; die "debootstrap failed"; }

echo 'Acquire::Check-Valid-Until "false";' > "$root/etc/apt/apt.conf.d/99igbx-no-valid-until"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# linux-headers-amd64 names the newest kernel; its headers pull in sid's
# compiler and kbuild tools.
chroot "$root" sh -c 'export DEBIAN_FRONTEND=noninteractive
	apt-get -q update &&
	apt-get -y -q --no-install-recommends install linux-headers-amd64 make' \
	>> "$IGBX_CACHE/sid-root.log" 2>&1 ||
	{ tail -n 20 "$IGBX_CACHE/sid-root.log" >&2; die "cannot install sid's kernel headers"; }
chroot "$root" apt-get clean

touch "$root/.igbx-built"
echo "sid-root: $(ls "$root/usr/src" | grep -- '-amd64$') ready in $(elapsed "$start")" >&2
echo "$root"
