#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# dkms.sh [install|remove] [DKMS OPTIONS...]: hand igbx to DKMS, so that
# every kernel the box installs gets igbx built for it (as root).
#
#   install   copy the driver's sources to /usr/src/igbx-VERSION with
#             scripts/dkms/dkms.conf beside them, then dkms add, build
#             and install for the running kernel (or -k KERNEL)
#   remove    dkms remove igbx/VERSION --all, and the sources
#
# VERSION is 0.N, N the number of commits (0.0 outside a git checkout).
# Extra options go to dkms: the tests pass --dkmstree, --sourcetree and
# --installtree to keep everything in a scratch directory.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

cmd=${1:-install}
[ $# = 0 ] || shift
version=0.$(git -C "$root" rev-list --count HEAD 2>/dev/null || echo 0)

# --sourcetree DIR among the options moves the sources from /usr/src
srctree=/usr/src
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
	[ "${args[i]}" = --sourcetree ] && srctree=${args[i + 1]}
done
src="$srctree/igbx-$version"

case $cmd in
install)
	rm -rf "$src"
	mkdir -p "$src"
	cp -r "$root/Kbuild" "$root/module" "$root/include" "$src/"
	sed "s/@VERSION@/$version/" "$here/dkms.conf" > "$src/dkms.conf"
	dkms add "${args[@]}" -m igbx -v "$version"
	dkms build "${args[@]}" -m igbx -v "$version"
	dkms install "${args[@]}" -m igbx -v "$version"
	;;
remove)
	dkms remove "${args[@]}" -m igbx -v "$version" --all || true
	rm -rf "$src"
	;;
*)
	echo "usage: dkms.sh [install|remove] [DKMS OPTIONS...]" >&2
	exit 1
	;;
esac
