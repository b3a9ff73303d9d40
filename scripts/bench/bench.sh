#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bench.sh [--quick]: igbx against the in-tree igb on the same emulated
# 82576, same kernel, same run. Each round boots the rig once with igbx
# and once with igb driving port A (igb always drives port B), the order
# swapped every round to cancel drift, five rounds ($BENCH_ROUNDS; one
# short round with --quick). Then one more boot runs pktgen TX and RX,
# ping and TCP in pairs, port A handed between igbx and igb within the
# boot (10 pairs, $BENCH_PAIRS; one with --quick): the "paired_" rows,
# among them native XDP's (programs from scripts/bench/xdp-bench.c, built
# here with clang). Last, one counted boot under QEMU's TCG plugin
# scripts/bench/count-plugin.c (3 pairs, $BENCH_COUNTED; one with
# --quick): instructions and MMIO accesses per frame, the "counted_"
# rows, with a per-register and per-function breakdown in
# .build/bench/counted/breakdown.txt. And one boot of the newest Debian
# kernel (the sid root's: its igb has AF_XDP zero-copy, which 6.12's has
# not) for the AF_XDP rows: DPDK's testpmd receiving B's flood on A,
# copy mode and zero-copy, in pairs (3 pairs, $BENCH_XSK; one with
# --quick).
# Prints a table of medians (min-max), the ratio igbx/igb of the medians
# and the median of the ratios round by round (pair by pair), and how
# many rounds igbx won; writes the raw numbers as JSON to
# results/bench-<date>.json. Numbers only: nothing here passes or fails
# on a threshold. Last line, for make check-all: "N passed, N failed" (one
# test: every workload produced a number for both drivers).
set -eu
. "$(dirname "$0")/../host-lib.sh"

quick=0 rounds=${BENCH_ROUNDS:-5} pairs=${BENCH_PAIRS:-10} counted=${BENCH_COUNTED:-3}
unpinned=${BENCH_UNPINNED:-4} xsk=${BENCH_XSK:-3}
[ "${1:-}" = --quick ] && quick=1 rounds=1 pairs=1 counted=1 unpinned=1 xsk=1
# BENCH_IGBX_COALESCE: ethtool -C arguments for igbx's port in every boot
conf_extra=${BENCH_IGBX_COALESCE:+IGBX_COALESCE=\"$BENCH_IGBX_COALESCE\"\\n}

work="$IGBX_ROOT/.build"
kdir=$("$IGBX_ROOT/scripts/rig/build-kernel.sh")
"$IGBX_ROOT/scripts/rig/build-module.sh" "$kdir" "$work/modules" >/dev/null
ko="$work/modules/src/module/igbx.ko"

raw="$work/bench/raw.tsv"

# The XDP rows' programs (scripts/bench/xdp-bench.c): xdp-drop.o drops
# every frame, xdp-tx.o sends it back with its MACs swapped; copied into
# the paired and counted boots' /test/
mkdir -p "$work/bench"
command -v clang > /dev/null || die "clang missing (run scripts/install-deps.sh)"
xdp_objs=("$work/bench/xdp-drop.o" "$work/bench/xdp-tx.o")
xdp_attrs=(-D'__section(s)=__attribute__((section(s)))' -D'__used=__attribute__((used))')
clang -O2 -Wall -target bpf "${xdp_attrs[@]}" -c -o "${xdp_objs[0]}" "$IGBX_ROOT/scripts/bench/xdp-bench.c"
clang -O2 -Wall -target bpf "${xdp_attrs[@]}" -DBOUNCE -c -o "${xdp_objs[1]}" "$IGBX_ROOT/scripts/bench/xdp-bench.c"

# collect FILE [ROUND DRIVER]: append the "bench" lines of a boot's
# results to $raw as ROUND DRIVER KEY VALUE (a paired boot's lines carry
# their own pair and driver)
collect() {
	tr -d '\r' < "$1" |
		awk -v r="${2:-}" -v d="${3:-}" '$1 == "bench" {
			if (NF >= 5) { r = $4; d = $5 }
			print r "\t" d "\t" $2 "\t" $3 }' >> "$raw"
}

# bench_boot NAME LIMIT ROUND DRIVER CONF [RUN-VM ARGS...]: one boot of
# the guest half with CONF as its bench.conf, output in $work/bench/NAME,
# its numbers collected under ROUND and DRIVER (empty for a paired boot);
# the kernel is $kdir and igbx $ko (xsk_boot sets its own).
# The test kernel's DMA API debugging costs a hash lookup per mapping and
# sync; switched off here, as on users' kernels.
bench_boot() {
	local out="$work/bench/$1"
	mkdir -p "$out"
	printf '%b' "$5" > "$out/bench.conf"
	"$IGBX_ROOT/scripts/rig/run-vm.sh" -k "$kdir" -s "$IGBX_ROOT/scripts/guest/bench.sh" \
		-o "$out" -t "$2" -a dma_debug=off "${@:6}" "$ko" "$out/bench.conf" || true
	collect "$out/results.log" "$3" "$4"
}

# counted_boot PAIRS: the counted boot. The plugin and the program that
# sets its marks are built here; the mark is the program's entry point,
# linked at an address no other guest program uses.
counted_boot() {
	local out="$work/bench/counted" mark
	mkdir -p "$out"
	gcc -O2 -Wall -shared -fPIC -fvisibility=hidden -o "$out/count-plugin.so" \
		"$IGBX_ROOT/scripts/bench/count-plugin.c" -lpthread
	gcc -nostdlib -static -Wl,-Ttext-segment=0x5a5a0000 -o "$out/count-mark" \
		"$IGBX_ROOT/scripts/bench/count-mark.S"
	mark=$(readelf -h "$out/count-mark" | awk '/Entry point/ {print $4}')
	rm -f "$out/count.log"
	bench_boot counted 900 "" "" "DRIVER_A=igbx\nQUICK=$quick\nCOUNT=$1\n" \
		-P "$out/count-plugin.so,out=$out/count.log,mark=$mark,tbs=modules" \
		"$out/count-mark" "${xdp_objs[@]}"
	[ -f "$out/count.log" ] || return 0
	python3 "$IGBX_ROOT/scripts/bench/count-report.py" "$out/count.log" \
		"$out/results.log" "$out/breakdown.txt" > "$out/counted.txt"
	collect "$out/counted.txt"
}

# xsk_boot PAIRS: the AF_XDP boot, on the newest Debian kernel
# (scripts/rig/stock-kernel.sh sid) with igbx built for it in the sid
# root, and DPDK's testpmd in the image
xsk_boot() {
	local kdir ko dpdk
	kdir=$("$IGBX_ROOT/scripts/rig/stock-kernel.sh" sid)
	"$IGBX_ROOT/scripts/rig/build-module.sh" "$kdir" "$work/modules-stock-sid" >/dev/null
	ko="$work/modules-stock-sid/src/module/igbx.ko"
	dpdk=$("$IGBX_ROOT/scripts/rig/mkinitramfs.sh" --dpdk)
	bench_boot xsk 900 "" "" "DRIVER_A=igbx\nQUICK=$quick\nXSK=$1\n" -I "$dpdk"
}

: > "$raw"
for round in $(seq 1 $rounds); do
	order="igbx igb"
	[ $((round % 2)) = 1 ] || order="igb igbx"
	for drv in $order; do
		echo "bench: round $round, port A on $drv" >&2
		bench_boot "$drv-$round" 600 "$round" "$drv" "DRIVER_A=$drv\nQUICK=$quick\n$conf_extra"
	done
done

# Once more in one boot: igbx and igb take turns on port A, a pair of
# turns at a time (see scripts/guest/bench.sh)
if [ "$pairs" -gt 0 ]; then
	echo "bench: $pairs pairs in one boot" >&2
	bench_boot paired 2400 "" "" "DRIVER_A=igbx\nQUICK=$quick\nPAIRS=$pairs\n$conf_extra" \
		"${xdp_objs[@]}"
fi
# And with the vectors where the kernel puts them
if [ "$unpinned" -gt 0 ]; then
	echo "bench: $unpinned unpinned pairs in one boot" >&2
	bench_boot unpinned 900 "" "" "DRIVER_A=igbx\nQUICK=$quick\nPAIRS=$unpinned\nUNPINNED=1\n$conf_extra"
fi

# And one counted boot: instructions and register accesses per frame
if [ "$counted" -gt 0 ]; then
	echo "bench: $counted counted pairs in one boot (QEMU plugin)" >&2
	counted_boot "$counted"
fi

# And the AF_XDP boot
if [ "$xsk" -gt 0 ]; then
	echo "bench: $xsk AF_XDP pairs in one boot of the newest kernel" >&2
	xsk_boot "$xsk"
fi

mkdir -p "$IGBX_ROOT/results"
python3 - "$raw" "$IGBX_ROOT/results/bench-$(date +%Y%m%d-%H%M%S).json" "$quick" <<'PY'
import json, statistics, sys, datetime, platform
raw, out, quick = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
runs, by_round = {}, {}
for line in open(raw):
    rnd, drv, key, val = line.split("\t")
    runs.setdefault(key, {}).setdefault(drv, []).append(float(val))
    by_round.setdefault(key, {}).setdefault(rnd, {})[drv] = float(val)
keys = ["tx_pps", "tx_pps_at_b", "tx_pps_burst8", "tx_pps_burst8_at_b", "rx_pps",
        "tcp_tx_mbps", "tcp_rx_mbps", "tcp_tx_4_mbps", "tcp_rx_4_mbps",
        "ping_p50_us", "ping_p99_us", "loaded_ping_p50_us", "loaded_ping_p99_us",
        "tx_irqs_per_1k_frames", "tx_cpu_ns_per_frame",
        "tx_burst8_irqs_per_1k_frames", "tx_burst8_cpu_ns_per_frame",
        "rx_irqs_per_1k_frames", "rx_cpu_ns_per_frame",
        "tx_pps_4q", "tx_pps_4q_at_b", "rx_pps_4q", "tcp_tx_4_4q_mbps", "tcp_rx_4_4q_mbps",
        "tx_4q_irqs_per_1k_frames", "tx_4q_cpu_ns_per_frame",
        "rx_4q_irqs_per_1k_frames", "rx_4q_cpu_ns_per_frame",
        "tx_frames_per_doorbell", "tx_burst8_frames_per_doorbell",
        "tx_4q_frames_per_doorbell",
        "paired_tx_pps", "paired_tx_pps_at_b", "paired_rx_pps",
        "paired_tx_irqs_per_1k_frames", "paired_tx_cpu_ns_per_frame",
        "paired_tx_alone_pps", "paired_tx_alone_irqs_per_1k_frames",
        "paired_tx_alone_cpu_ns_per_frame",
        "paired_tx_frames_per_doorbell", "paired_tx_alone_frames_per_doorbell",
        "paired_rx_irqs_per_1k_frames", "paired_rx_cpu_ns_per_frame",
        "paired_ping_p50_us", "paired_ping_p99_us",
        "paired_loaded_ping_p50_us", "paired_loaded_ping_p99_us",
        "paired_tcp_tx_mbps", "paired_tcp_rx_mbps", "paired_tcp_tx_4_mbps",
        "paired_tcp_rx_4_mbps",
        "paired_xdp_drop_pps", "paired_xdp_tx_pps",
        "paired_xdp_drop_irqs_per_1k_frames", "paired_xdp_drop_cpu_ns_per_frame",
        "paired_xdp_tx_irqs_per_1k_frames", "paired_xdp_tx_cpu_ns_per_frame",
        "xsk_copy_rx_pps", "xsk_copy_rx_irqs_per_1k_frames", "xsk_copy_rx_lost_per_1k_frames",
        "xsk_zc_rx_pps", "xsk_zc_rx_irqs_per_1k_frames", "xsk_zc_rx_lost_per_1k_frames"]
# (not the AF_XDP rows' CPU time: testpmd polls on the vectors' CPU, so
# its tick runs and samples interrupt time as testpmd's)
# the same rows with the vectors unpinned (XDP's run pinned only)
keys += ["unpinned_" + k[len("paired_"):] for k in keys
         if k.startswith("paired_") and "_xdp_" not in k]
# the counted boot's rows (scripts/bench/count-report.py)
keys += ["counted_%s_%s_per_frame" % (w, m) for w in ("tx", "tx_burst8", "rx", "xdp_drop", "xdp_tx")
         for m in ("insns", "driver_insns", "mmio_writes", "mmio_reads")]
# port A's interrupts per MB of each TCP row
keys += [k[:-len("_mbps")] + "_irqs_per_mb" for k in keys if k.endswith("_mbps")]
lower_is_better = {k for k in keys if "ping_" in k or k.endswith("_per_frame")
                   or k.endswith("_per_1k_frames") or k.endswith("_per_mb")}
# counted by igbx alone (igb keeps no such counter)
igbx_only = {k for k in keys if k.endswith("_frames_per_doorbell")}
def cell(v):
    if not v:
        return "-"
    return "%g (%g-%g)" % (statistics.median(v), min(v), max(v))
# rounds in which igbx did better than igb (one boot each, same round)
def ahead(k):
    pairs = [r for r in by_round.get(k, {}).values() if len(r) == 2]
    if not pairs:
        return "-"
    better = (lambda a, b: a < b) if k in lower_is_better else (lambda a, b: a > b)
    return "%d/%d" % (sum(better(r["igbx"], r["igb"]) for r in pairs), len(pairs))
# the median over rounds of igbx/igb within a round
def round_ratio(k):
    r = [p["igbx"] / p["igb"] for p in by_round.get(k, {}).values()
         if len(p) == 2 and p["igb"]]
    return "%.2f" % statistics.median(r) if r else "-"
print("%-40s %-26s %-26s %-9s %-9s %s" % ("workload", "igbx median (min-max)",
                                          "igb median (min-max)", "igbx/igb",
                                          "by round", "ahead"))
complete = True
for k in keys:
    a, b = runs.get(k, {}).get("igbx", []), runs.get(k, {}).get("igb", [])
    complete &= bool(a) and (bool(b) or k in igbx_only)
    ratio = "-"
    if a and b and statistics.median(b):
        ratio = "%.2f" % (statistics.median(a) / statistics.median(b))
    note = " (lower is better)" if k in lower_is_better else ""
    print("%-40s %-26s %-26s %-9s %-9s %s%s" % (k, cell(a), cell(b), ratio, round_ratio(k),
                                               ahead(k), note))
json.dump({"date": datetime.datetime.now().isoformat(timespec="seconds"),
           "machine": platform.node(), "quick": quick, "runs": runs,
           "by_round": by_round},
          open(out, "w"), indent=1)
print("bench: raw numbers in %s" % out)
print("%d passed, %d failed" % ((1, 0) if complete else (0, 1)))
PY
