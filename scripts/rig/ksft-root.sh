#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# ksft-root.sh: the sid root (scripts/rig/sid-root.sh) made ready to be
# the guest's userland for the newest kernel's own network driver
# selftests (scripts/guest/ksft-drivers-net.sh). It adds sid's python3,
# python3-yaml, ethtool, iproute2 and the tools the tests call, and puts
# under /opt/igbx-ksft the parts of that kernel's source (Debian's
# linux-source-SERIES) that the tests run from: the selftests of
# drivers/net and drivers/net/hw, net/lib and net/forwarding, the YNL
# library and the netlink specs. run-vm.sh shares the root read-only into
# the guest over 9p. Cached (as root); prints the root's directory.
set -eu
. "$(dirname "$0")/../host-lib.sh"

# what the tests call besides python3: ip, ethtool, ping, socat, iperf3,
# sysctl, modprobe, bash (the netns remote runs "bash -c")
PACKAGES="python3 python3-yaml ethtool iproute2 iputils-ping socat iperf3 procps kmod bash"
# what builds the tests' helpers: their C programs (gcc) and BPF objects
# (clang, libbpf's headers); bpftool and iproute2 load the objects
PACKAGES="$PACKAGES gcc libc6-dev clang libbpf-dev bpftool"
# the source paths taken from linux-source-SERIES's tarball
PATHS="tools/testing/selftests/drivers/net tools/testing/selftests/net/lib
	tools/testing/selftests/net/lib.sh tools/testing/selftests/net/forwarding
	tools/testing/selftests/kselftest tools/testing/selftests/kselftest.h
	tools/net/ynl Documentation/netlink/specs"

sid=$("$IGBX_ROOT/scripts/rig/sid-root.sh")
headers=$(ls -d "$sid"/usr/src/linux-headers-*-amd64 2>/dev/null | sort -V | tail -n 1)
[ -n "$headers" ] || die "no linux-headers-*-amd64 in $sid"
kver=${headers##*/linux-headers-}
series=$(echo "$kver" | cut -d. -f1-2)
# the cache holds as long as the series and this script stay the same
want="$series $(sha256sum "$0" | cut -c1-12)"
out="$sid/opt/igbx-ksft"
if [ "$(cat "$out/.igbx-built" 2>/dev/null)" = "$want" ]; then
	echo "$sid"
	exit 0
fi

start=$(date +%s)
log="$IGBX_CACHE/ksft-root.log"
echo "ksft-root: installing the guest's tools and linux-source-$series in the sid root" >&2
# shellcheck disable=SC2086
chroot "$sid" sh -c "export DEBIAN_FRONTEND=noninteractive
	apt-get -q update && apt-get -y -q --no-install-recommends install $PACKAGES" \
	> "$log" 2>&1 || { tail -n 20 "$log" >&2; die "cannot install $PACKAGES in the sid root"; }

dl="$sid/var/tmp/igbx-download"
rm -rf "$dl" "$out"
mkdir -p "$dl" "$out"
chmod 777 "$dl"
chroot "$sid" sh -c "cd /var/tmp/igbx-download && apt-get download -q linux-source-$series" \
	>> "$log" 2>&1 || { tail -n 20 "$log" >&2; die "cannot download linux-source-$series"; }
members=""
for p in $PATHS; do
	members="$members linux-source-$series/$p"
done
# shellcheck disable=SC2086
dpkg-deb --fsys-tarfile "$dl"/linux-source-"$series"_*.deb |
	tar -xO "./usr/src/linux-source-$series.tar.xz" |
	tar -xJ -C "$out" --strip-components=1 $members 2>> "$log" || true
rm -rf "$dl"
chroot "$sid" apt-get clean
[ -f "$out/tools/testing/selftests/drivers/net/lib/py/env.py" ] &&
	[ -f "$out/tools/net/ynl/pyynl/lib/__init__.py" ] ||
	die "linux-source-$series lacks the driver selftests or YNL (see $log)"

# The helpers the tests look for next to them, built the way the
# selftests' Makefiles (and net/bpf.mk) build them. The ones that need
# YNL's C library or liburing (toeplitz, ncdevmem, psp_responder,
# iou-zcrx) are not built: their tests skip.
cat > "$sid/var/tmp/igbx-helpers.sh" <<'EOF'
set -e
ksft=/opt/igbx-ksft/tools/testing/selftests
for p in net/lib/csum net/lib/gro net/lib/xdp_helper \
	 drivers/net/napi_id_helper drivers/net/so_txtime; do
	gcc -Wall -O2 -g -I"$ksft" -o "$ksft/$p" "$ksft/$p.c"
done
# clang's own system include directories, after --target=bpf's
inc=$(clang -v -E - < /dev/null 2>&1 |
	sed -n '/<...> search starts here:/,/End of search list./s| \(/.*\)|-idirafter \1|p')
for c in "$ksft"/net/lib/*.bpf.c "$ksft"/drivers/net/hw/*.bpf.c; do
	# shellcheck disable=SC2086
	clang -O2 -g --target=bpf $inc -c "$c" -o "${c%.c}.o"
done
EOF
chroot "$sid" sh /var/tmp/igbx-helpers.sh >> "$log" 2>&1 ||
	{ tail -n 20 "$log" >&2; die "cannot build the selftests' helpers (see $log)"; }
rm -f "$sid/var/tmp/igbx-helpers.sh"

echo "$want" > "$out/.igbx-built"
echo "ksft-root: linux-source-$series selftests ready in $(elapsed "$start")" >&2
echo "$sid"
