#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# build-kernel.sh [FLAVOUR]: build an igbx test kernel once and cache it.
#
# Debian's linux-source-6.12 is unpacked once into the cache. The kernel
# is configured from allnoconfig with scripts/rig/test-kernel.config (and,
# for another FLAVOUR, scripts/rig/test-kernel-FLAVOUR.config) forced on
# top: only what the rig needs, so the build takes minutes, not the half
# hour of a distribution configuration. It is built (bzImage and modules)
# in a directory keyed by source version and the hash of the fragment and
# of this script. A finished build leaves a stamp; later calls find it
# and return at once. Prints the build directory; progress and the
# measured build time go to stderr.
set -eu
. "$(dirname "$0")/../host-lib.sh"

flavour=${1:-default}
frag=$(kernel_fragment "$flavour")
[ -f "$frag" ] || die "no config fragment $frag"
[ -f "$KSRC_TARBALL" ] || die "$KSRC_TARBALL missing (run scripts/install-deps.sh)"

out=$(kernel_dir "$flavour")
if [ -f "$out/.igbx-built" ]; then
	echo "$out"
	exit 0
fi

mkdir -p "$IGBX_CACHE"
exec 9>"$IGBX_CACHE/.build.lock"
flock 9
if [ -f "$out/.igbx-built" ]; then	# another run finished it meanwhile
	echo "$out"
	exit 0
fi

src=$(kernel_src)
if [ ! -f "$src/.igbx-unpacked" ]; then
	echo "build-kernel: unpacking $KSRC_TARBALL" >&2
	rm -rf "$src"
	mkdir -p "$src"
	tar -xJf "$KSRC_TARBALL" -C "$src" --strip-components=1
	touch "$src/.igbx-unpacked"
fi

echo "build-kernel: building the $flavour kernel in $out" >&2
rm -rf "$out"
mkdir -p "$out"
start=$(date +%s)
# KCONFIG_ALLCONFIG: the fragment's values are forced, everything else
# is "no" unless something the fragment turns on selects it.
make -s -C "$src" O="$out" KCONFIG_ALLCONFIG="$frag" allnoconfig >&2

# A symbol that did not keep its value (a missing dependency) is a
# silent misconfiguration: refuse to build instead.
bad=0
while IFS= read -r line; do
	case "$line" in
	CONFIG_*=n) grep -q "^${line%=n}=" "$out/.config" || continue ;;
	CONFIG_*) grep -qxF "$line" "$out/.config" && continue ;;
	*) continue ;;
	esac
	echo "build-kernel: $line did not survive allnoconfig" >&2
	bad=1
done < "$frag"
[ $bad = 0 ] || die "fix $frag"

make -s -C "$src" O="$out" -j"$(nproc)" bzImage modules >&2
make -s -C "$src" O="$out" INSTALL_MOD_PATH="$out/modroot" \
	INSTALL_MOD_STRIP=1 modules_install >&2
cp "$out/arch/x86/boot/bzImage" "$out/vmlinuz"
touch "$out/.igbx-built"
echo "build-kernel: $flavour kernel built in $(( $(date +%s) - start )) s" >&2
echo "$out"
