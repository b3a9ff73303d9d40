#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# ksft-compare.sh IGBX_RESULTS IGB_RESULTS: hold igbx's results in the
# newest kernel's own network driver selftests against the in-tree igb's
# on the same kernel (scripts/guest/ksft-igbx.sh and ksft-igb.sh; their
# results.txt hold "# ksft CASE RESULT" lines). Every case igb passes must
# pass on igbx: "ksft: ok - CASE". The exceptions are the expected failures
# below, each naming the issue that brings the feature; they are listed,
# not counted, and one that passes is reported so that it can come off
# the list. Cases igb fails or skips are listed, not counted.
# Last line: "N passed, N failed".
set -u

# Expected failures: a shell glob on the case name ("file.case"), the
# issue, what is missing.
XFAIL="
xdp_metadata.* 25 XDP RX metadata
"

igbx=${1:?usage: ksft-compare.sh IGBX_RESULTS IGB_RESULTS} igb=${2:?}
passed=0 failed=0
declare -A mine
while read -r _ _ c r; do
	mine[$c]=$r
done < <(grep '^# ksft ' "$igbx" 2>/dev/null)

# xfail_of CASE: "ISSUE WHAT" when CASE is an expected failure
xfail_of() {
	local pat issue what
	while read -r pat issue what; do
		[ -n "$pat" ] || continue
		# shellcheck disable=SC2254
		case $1 in $pat) echo "$issue $what"; return ;; esac
	done <<< "$XFAIL"
}

both=0 xf=0 xp=0 only=0 neither=0
while read -r _ _ c r; do
	i=${mine[$c]:-"not run"}
	if [ "$r" != pass ]; then
		if [ "$i" = pass ]; then
			only=$((only + 1))
			echo "ksft: # $c: igbx passes, igb: $r"
		else
			neither=$((neither + 1))
			echo "ksft: # $c: igb $r, igbx $i"
		fi
		continue
	fi
	x=$(xfail_of "$c")
	if [ -n "$x" ]; then
		if [ "$i" = pass ]; then
			xp=$((xp + 1))
			echo "ksft: # $c passes on igbx: take it off the expected failures (issue ${x%% *})"
		else
			xf=$((xf + 1))
			echo "ksft: # xfail $c: igbx $i, until issue ${x%% *} (${x#* }) lands"
		fi
	elif [ "$i" = pass ]; then
		both=$((both + 1))
		passed=$((passed + 1))
		echo "ksft: ok - $c passes on igbx as on igb"
	else
		failed=$((failed + 1))
		echo "ksft: not ok - $c: igb passes, igbx: $i"
	fi
done < <(grep '^# ksft ' "$igb" 2>/dev/null)

if [ $((both + xf + xp)) = 0 ]; then
	echo "ksft: not ok - no case passed on igb (no results in $igb?)"
	failed=$((failed + 1))
fi
echo "ksft: $both cases pass on both, $xf expected failures, $xp expected failures pass, $only pass only on igbx, $neither pass on neither"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
