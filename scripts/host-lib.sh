# SPDX-License-Identifier: GPL-2.0
# The host-side shell library of the igbx scripts (the guest's is
# scripts/guest/guest-lib.sh); sourced, not run.

IGBX_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IGBX_CACHE=${IGBX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/igbx}
KSRC_TARBALL=${KSRC_TARBALL:-/usr/src/linux-source-6.12.tar.xz}

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# ksrc_version: Debian version of the linux-source package, e.g. 6.12.117-1
ksrc_version() {
	dpkg-query -W -f='${Version}' linux-source-6.12 2>/dev/null ||
		die "linux-source-6.12 is not installed (run scripts/install-deps.sh)"
}

# cache_lock NAME: hold the cache's lock NAME until the calling script
# exits. Two runs that would prepare the same cached item (check-all's
# background prefetch and the step that needs the item) then take turns,
# and the second finds the item ready instead of fetching it again.
cache_lock() {
	mkdir -p "$IGBX_CACHE"
	exec 8>"$IGBX_CACHE/.$1.lock"
	flock 8
}

# ksft_root: the sid root with the newest kernel's selftests
# (scripts/rig/ksft-root.sh), prepared under its cache lock
ksft_root() {
	(cache_lock ksft-root && "$IGBX_ROOT/scripts/rig/ksft-root.sh")
}

# kernel_src: the unpacked linux-source tree (scripts/rig/build-kernel.sh
# unpacks it; checkpatch and kunit.py are taken from it too)
kernel_src() { echo "$IGBX_CACHE/src-$(ksrc_version)"; }

# kernel_dir FLAVOUR: the cached build directory for a test-kernel flavour,
# keyed by the source version and a hash of the fragment and build script.
kernel_dir() {
	local flavour=$1 frag h
	frag=$(kernel_fragment "$flavour")
	h=$(cat "$frag" "$IGBX_ROOT/scripts/rig/build-kernel.sh" | sha256sum | cut -c1-12)
	echo "$IGBX_CACHE/kernel-$(ksrc_version)-$flavour-$h"
}

# kernel_fragment FLAVOUR: the config fragment of a flavour. Another
# flavour than the default is the default fragment plus its own
# scripts/rig/test-kernel-FLAVOUR.config, joined into one file in the
# cache.
kernel_fragment() {
	local base="$IGBX_ROOT/scripts/rig/test-kernel.config"
	local extra="$IGBX_ROOT/scripts/rig/test-kernel-$1.config"
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

# A rig kernel is a directory with "vmlinuz", the modules the guest may
# load under "modroot/lib/modules/KVER", and a ".igbx-built" stamp: a
# test kernel's build directory (scripts/rig/build-kernel.sh) or a
# Debian stock image unpacked by scripts/rig/stock-kernel.sh, whose
# "build" link names the headers to build igbx against.

# kernel_build_tree KDIR: where "make -C" builds modules for a rig kernel
kernel_build_tree() {
	if [ -e "$1/build" ]; then
		readlink -f "$1/build"
	else
		echo "$1"
	fi
}

# add_counts LOG: add a sub-runner's closing "N passed, N failed" line to
# $passed and $failed; a log without one counts as a failure, reported
# through the caller's result function
add_counts() {
	local line
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
	if [ -z "$line" ]; then
		result "$(basename "$1" .log) produced a summary" 1 "see $1"
		return
	fi
	passed=$((passed + $(echo "$line" | sed 's/ passed.*//')))
	failed=$((failed + $(echo "$line" | sed 's/.*passed, \([0-9]*\) failed.*/\1/')))
}

# result NAME STATUS [DETAIL]: count one check, print it TAP-like; a
# failure is also kept in $RESULTS_LOG when the caller set it
result() {
	if [ "$2" = 0 ]; then
		echo "ok - $1"
		passed=$((passed + 1))
	else
		echo "not ok - $1${3:+: $3}"
		[ -z "${RESULTS_LOG:-}" ] || echo "not ok - $1${3:+: $3}" >> "$RESULTS_LOG"
		failed=$((failed + 1))
	fi
}

# debian_mirror: the URI the machine's apt sources use for bookworm's main
# component (in either sources format, read through apt itself), so that
# nothing here writes a mirror host of its own; empty when there is none
debian_mirror() {
	apt-cache policy | awk '$3 == "bookworm/main" { print $2; exit }'
}

# elapsed START: seconds since START (a date +%s value), as "N s"
elapsed() { echo "$(( $(date +%s) - $1 )) s"; }
