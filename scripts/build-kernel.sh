#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# build-kernel.sh [FLAVOUR]: build the igbx test kernel once and cache it.
#
# Debian's linux-source-6.12 is unpacked once into the cache, configured
# from x86_64_defconfig plus scripts/test-kernel[-FLAVOUR].config and built
# (bzImage and modules) in a directory keyed by source version and the
# hash of the fragment and of this script. A finished build leaves a stamp;
# later calls find the stamp and return at once. Prints the build dir.
set -eu
. "$(dirname "$0")/lib.sh"

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

src="$IGBX_CACHE/src-$(ksrc_version)"
if [ ! -f "$src/.igbx-unpacked" ]; then
	echo "build-kernel: unpacking $KSRC_TARBALL" >&2
	rm -rf "$src"
	mkdir -p "$src"
	tar -xJf "$KSRC_TARBALL" -C "$src" --strip-components=1
	touch "$src/.igbx-unpacked"
fi

echo "build-kernel: building $flavour kernel in $out (5 to 11 minutes on 2 cores)" >&2
rm -rf "$out"
mkdir -p "$out"
start=$(date +%s)
make -s -C "$src" O="$out" x86_64_defconfig >&2
"$src/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" "$frag" >/dev/null
make -s -C "$src" O="$out" olddefconfig >&2

# A symbol that olddefconfig dropped (missing dependency) is a silent
# misconfiguration: refuse to build instead.
bad=0
while IFS= read -r line; do
	case "$line" in
	CONFIG_*=n) want="# ${line%=n} is not set" ;;
	CONFIG_*) want=$line ;;
	*) continue ;;
	esac
	if ! grep -qxF "$want" "$out/.config"; then
		[ "${line#*=}" = n ] && ! grep -q "^${line%=n}=" "$out/.config" && continue
		echo "build-kernel: $line did not survive olddefconfig" >&2
		bad=1
	fi
done < "$frag"
[ $bad = 0 ] || die "fix $frag"

make -s -C "$src" O="$out" -j"$(nproc)" bzImage modules >&2
make -s -C "$src" O="$out" INSTALL_MOD_PATH="$out/modroot" INSTALL_MOD_STRIP=1 \
	modules_install >&2
echo "build-kernel: done in $(( $(date +%s) - start )) s" >&2
touch "$out/.igbx-built"
echo "$out"
