# SPDX-License-Identifier: GPL-2.0
# Shared settings for the igbx scripts; sourced, not run.

IGBX_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IGBX_CACHE=${IGBX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/igbx}
KSRC_TARBALL=${KSRC_TARBALL:-/usr/src/linux-source-6.12.tar.xz}

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# ksrc_version: Debian version of the linux-source package, e.g. 6.12.117-1
ksrc_version() {
	dpkg-query -W -f='${Version}' linux-source-6.12 2>/dev/null ||
		die "linux-source-6.12 is not installed (run scripts/install-deps.sh)"
}

# kernel_dir FLAVOUR: the cached build directory for a test-kernel flavour,
# keyed by the source version and a hash of the fragment and build script.
kernel_dir() {
	local flavour=$1 frag h
	frag=$(kernel_fragment "$flavour")
	h=$(cat "$frag" "$IGBX_ROOT/scripts/build-kernel.sh" | sha256sum | cut -c1-12)
	echo "$IGBX_CACHE/kernel-$(ksrc_version)-$flavour-$h"
}

# kernel_fragment FLAVOUR: the config fragment of a flavour. Another
# flavour than the default is the default fragment plus its own
# scripts/test-kernel-FLAVOUR.config, joined into one file in the cache.
kernel_fragment() {
	local base="$IGBX_ROOT/scripts/test-kernel.config"
	local extra="$IGBX_ROOT/scripts/test-kernel-$1.config"
	local joined="$IGBX_CACHE/fragment-$1.config"

	if [ "$1" = default ]; then
		echo "$base"
		return
	fi
	[ -f "$extra" ] || die "no config fragment $extra"
	mkdir -p "$IGBX_CACHE"
	cat "$base" "$extra" > "$joined.$$"
	mv "$joined.$$" "$joined"
	echo "$joined"
}

# scan_reports CONSOLE_LOG STRICT: print every oops, BUG, WARNING (lockdep
# and DMA-API debugging report as WARNINGs), KASAN or UBSAN report in a
# console log, and fail if one counts. With STRICT 1 each counts; with 0
# only one with igbx code on its stack (a "[igbx]" frame in the 150 lines
# after its first line), the others are printed as notes.
scan_reports() {
	awk -v strict="$2" '
	function done_report() {
		if (!start) return
		if (strict || involved) { print "report: " start; bad = 1 }
		else print "note: kernel report without igbx on its stack: " start
		start = ""
	}
	/Oops|BUG:|WARNING:|UBSAN:|Kernel panic|general protection/ {
		done_report(); start = $0; left = 150
		involved = /\[igbx\]/; next
	}
	start && /\[igbx\]/ { involved = 1 }
	start && --left == 0 { done_report() }
	END { done_report(); exit bad }' "$1"
}

# copy_with_libs FILE ROOT DEST: copy an executable to ROOT/DEST (a file
# name or a directory ending in /) and the shared libraries ldd lists for
# it to the same paths under ROOT
copy_with_libs() {
	local lib
	cp -L "$1" "$2$3"
	ldd "$1" | awk '/=> \//{print $3} /^\s*\/lib/{print $1}' |
	while read -r lib; do
		mkdir -p "$2$(dirname "$lib")"
		cp -L "$lib" "$2$lib"
	done
}
