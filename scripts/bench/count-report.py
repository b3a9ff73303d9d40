#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""count-report.py COUNT_LOG RESULTS_LOG BREAKDOWN: the counted rows of
make bench, from one counted boot.

COUNT_LOG is what scripts/bench/count-plugin.c wrote (running counts at each
mark), RESULTS_LOG the guest's results port, whose lines

  count NAME PAIR DRIVER FIRST_MARK LAST_MARK FRAMES
  count-bar START END            port A's register BAR (physical)
  count-module NAME ADDR SIZE    /proc/modules
  count-sym ADDR NAME [MODULE]   the drivers' functions (kallsyms)

say which marks enclose which workload (scripts/guest/bench.sh,
counted()). For each workload it prints, per frame port A moved,

  bench counted_NAME_insns_per_frame VALUE PAIR DRIVER
  bench counted_NAME_driver_insns_per_frame ...
  bench counted_NAME_mmio_writes_per_frame ...
  bench counted_NAME_mmio_reads_per_frame ...

where the instructions are those of both CPUs for TX (the frames go to
a MAC address port B's NIC filters out, so the guest does nothing for
B) and those of CPU 1 for RX, XDP_DROP and XDP_TX (port A's vectors;
port B's and pktgen are on CPU 0), the driver's are those at
addresses in port A's driver module (igbx.ko or igb.ko), and the MMIO
accesses are module code's in port A's register BAR. BREAKDOWN gets the
per-register and per-function medians over the pairs.
"""
import bisect
import collections
import statistics
import sys

# CPUs whose instructions count, by workload (see above)
CPUS = {"tx": None, "tx_burst8": None, "rx": [1], "xdp_drop": [1], "xdp_tx": [1]}

# names of 82576 registers worth naming (include/regs.h)
NAMED = {0x000C0: "ICR", 0x000D0: "IMS", 0x000D8: "IMC", 0x01520: "EICS",
         0x01524: "EIMS", 0x01528: "EIMC", 0x01580: "EICR"}


def reg_name(off):
    """A register offset in port A's BAR as a name from include/regs.h."""
    if off in NAMED:
        return NAMED[off]
    if 0x01680 <= off < 0x016A8:
        return "EITR(%d)" % ((off - 0x01680) // 4)
    for block0, block1, kind in ((0x02800, 0x0C000, "R"), (0x03800, 0x0E000, "T")):
        for n in range(16):
            base = block0 + 0x100 * n if n < 4 else block1 + 0x40 * n
            if off == base + 0x10:
                return "%sDH(%d)" % (kind, n)
            if off == base + 0x18:
                return "%sDT(%d)" % (kind, n)
    if 0x04000 <= off < 0x04400:
        return "statistics"
    return "%#07x" % off


def read_counts(path):
    """Per mark: instructions per vCPU, MMIO, blocks."""
    insns = collections.defaultdict(dict)
    mmio = collections.defaultdict(dict)
    tbs = collections.defaultdict(dict)
    for line in open(path):
        f = line.split()
        if not f:
            continue
        if f[0] == "insns":
            insns[int(f[1])][int(f[2])] = int(f[3])
        elif f[0] == "mmio":
            mmio[int(f[1])][(f[2], int(f[3], 16))] = int(f[4])
        elif f[0] == "tb":
            tbs[int(f[1])][int(f[2], 16)] = [int(x) for x in f[3:]]
    return insns, mmio, tbs


def read_results(path):
    windows, bar, modules, syms = [], None, {}, []
    for line in open(path, errors="replace"):
        f = line.replace("\r", "").split()
        if not f:
            continue
        if f[0] == "count" and len(f) == 7:
            windows.append((f[1], f[2], f[3], int(f[4]), int(f[5]), int(f[6])))
        elif f[0] == "count-bar":
            bar = (int(f[1], 16), int(f[2], 16))
        elif f[0] == "count-module":
            modules[f[1]] = (int(f[2], 16), int(f[2], 16) + int(f[3]))
        elif f[0] == "count-sym":
            syms.append((int(f[1], 16), f[2]))
    syms.sort()
    return windows, bar, modules, syms


def main():
    count_log, results_log, breakdown = sys.argv[1:4]
    insns, mmio, tbs = read_counts(count_log)
    windows, bar, modules, syms = read_results(results_log)
    sym_addr = [a for a, _ in syms]
    # per (workload, driver): one dict per pair, by register / function
    regs = collections.defaultdict(list)
    funcs = collections.defaultdict(list)
    for name, pair, drv, m0, m1, frames in windows:
        if frames <= 0 or m1 not in insns or m0 not in insns or not bar:
            continue
        cpus = CPUS.get(name) or sorted(insns[m1])
        all_insns = sum(insns[m1][c] - insns[m0][c] for c in cpus)
        lo, hi = modules.get(drv, (0, 0))
        driver = 0
        per_func = collections.Counter()
        for vaddr, counts in tbs[m1].items():
            if not lo <= vaddr < hi:
                continue
            before = tbs[m0].get(vaddr, [0] * len(counts))
            n = sum(counts[c] - before[c] for c in cpus if c < len(counts))
            driver += n
            i = bisect.bisect_right(sym_addr, vaddr) - 1
            per_func[syms[i][1] if i >= 0 else "?"] += n
        writes = reads = 0
        per_reg = collections.Counter()
        for (rw, phys), n in mmio[m1].items():
            if not bar[0] <= phys <= bar[1]:
                continue
            n -= mmio[m0].get((rw, phys), 0)
            if rw == "w":
                writes += n
            else:
                reads += n
            per_reg["%s %s" % (rw, reg_name(phys - bar[0]))] += n
        tag = "%s %s" % (pair, drv)
        print("bench counted_%s_insns_per_frame %d %s" % (name, all_insns / frames, tag))
        print("bench counted_%s_driver_insns_per_frame %d %s" % (name, driver / frames, tag))
        print("bench counted_%s_mmio_writes_per_frame %.3f %s" % (name, writes / frames, tag))
        print("bench counted_%s_mmio_reads_per_frame %.3f %s" % (name, reads / frames, tag))
        regs[(name, drv)].append({k: n / frames for k, n in per_reg.items()})
        funcs[(name, drv)].append({k: n / frames for k, n in per_func.items()})
    with open(breakdown, "w") as out:
        out.write("Per frame port A moved, median over the pairs of the counted boot\n")
        for (name, drv) in sorted(regs):
            out.write("\n%s, port A on %s: MMIO accesses in A's BAR\n" % (name, drv))
            write_medians(out, regs[(name, drv)], "%-22s %8.3f\n", 0.0005)
            out.write("%s, port A on %s: instructions in %s.ko, by function\n" % (name, drv, drv))
            write_medians(out, funcs[(name, drv)], "%-40s %8.1f\n", 0.5)


def write_medians(out, per_pair, fmt, floor):
    """Each key's median over the pairs (0 where a pair lacks it), largest first."""
    keys = set().union(*per_pair)
    med = {k: statistics.median(p.get(k, 0) for p in per_pair) for k in keys}
    for k in sorted(keys, key=lambda k: -med[k]):
        if med[k] >= floor:
            out.write("  " + fmt % (k, med[k]))


if __name__ == "__main__":
    main()
