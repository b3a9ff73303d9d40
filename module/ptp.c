// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - IEEE 1588 time sync: a PTP hardware clock and hardware
 * timestamps, on every family with the time sync unit (the 82576, the
 * 82580/I350/I354 and the I210/I211; the 82575 gets no clock).
 *
 * What differs between the three generations is in &struct igbx_ptp_ops:
 * one table each (igbx_ptp_82576_ops, igbx_ptp_82580_ops,
 * igbx_ptp_i210_ops, after the SYSTIM access functions below), reached
 * as hw->info->ptp from igbx_families[]; the rest of this file has no
 * family test. Only the 82576 is bound by pci.c: the other two
 * generations run on KUnit's register model alone (kunit/ptp_test.c),
 * never on hardware yet.
 *
 * The 82576 (datasheet 7.10, registers in 8.16)
 * =============================================
 *
 * SYSTIM is a free-running 64-bit counter: every TIMINCA.IP * 16 ns the
 * MAC adds TIMINCA.IV to it (7.10.3.1). igbx runs it with a period of
 * 16 ns and an increment of 16 << 19, so SYSTIM counts in units of 2^-19
 * ns and wraps after 2^45 ns, about 9.8 hours. A frequency change is a
 * different increment (the 24-bit IV field leaves room for almost +100%
 * and all of -100%); SYSTIM itself is never written: the kernel's
 * timecounter keeps the offset from SYSTIM to the clock's time, so that
 * settime and adjtime change only software state, and a work item reads
 * the clock every few minutes so that the timecounter sees every wrap.
 * Reading SYSTIML latches SYSTIMH for the read that follows (7.10.3.2).
 *
 * A frame whose data descriptors carry the MAC_TSTAMP command bit has the
 * time of its start-of-frame delimiter latched into TXSTMPL/H when
 * TSYNCTXCTL.EN is set; TSYNCTXCTL.VALID then stays set, and no other
 * frame is stamped, until TXSTMPH is read (7.10.2). On receive the MAC
 * stamps the frames TSYNCRXCTL.TYPE selects (PTP V1 over UDP, V2 over
 * Ethernet and/or UDP, where the EtherType filter ETQF and the 5-tuple
 * filter FTQF with its 1588 bit pick the frames), sets the TS bit in the
 * frame's descriptor, and holds the stamp in RXSTMPL/H, again until the
 * high word is read. One stamp in each direction at a time: igbx has at
 * most one TX stamp in flight, and reads the RX stamp from the poll of
 * the frame whose descriptor says TS.
 *
 * The 82580, I350 and I354 (82580 datasheet, IEEE 1588 chapter and time
 * sync registers; the I350's the same)
 * ==========================================================
 *
 * SYSTIM counts nanoseconds: 8 ns at every 8 ns clock, plus or minus a
 * correction in TIMINCA (bit 31 the sign, 30:0 units of 2^-32 ns per
 * clock), which is all adjfine changes; the largest correction is just
 * under 6.25%, so max_adj is 62499999 ppb. Only 40 bits count (SYSTIML
 * and SYSTIMH 7:0): SYSTIM wraps every 2^40 ns, 18.3 minutes, and goes
 * through the timecounter like the 82576's (mask 2^40 - 1, shift 0), its
 * overflow work running every six minutes, under half a wrap even with
 * the clock 6% fast. Reading SYSTIMR (the sub-nanosecond residue) latches
 * SYSTIML and SYSTIMH for the reads that follow: SYSTIMR must come first.
 * TSAUXC's DISABLE bit stops SYSTIM; igbx_ptp_reset() clears TSAUXC, as
 * igb does. TX stamps use the 82576's TXSTMPL/H protocol, in nanoseconds.
 *
 * On receive these MACs can stamp every frame (TSYNCRXCTL type 100b)
 * and, with SRRCTL.TIMESTAMP set on the ring, put each frame's stamp in
 * its receive buffer: a 16-byte header ahead of the frame (two reserved
 * dwords, then SYSTIML and SYSTIMH, little endian), flagged by the TSIP
 * bit of the descriptor. No register latch is shared, so igbx, like igb,
 * turns every RX filter request (but SOME) into ALL on these MACs, and
 * ethtool -T lists only NONE and ALL. rx.c calls igbx_ptp_rx_pktstamp()
 * for a first buffer whose descriptor has TSIP (one branch on the bit,
 * whatever the family), before an XDP program runs: the header is skipped
 * there, so a program and the stack see the frame alone, and the stamp
 * goes on the skb if one is built. The register stamp (TS without TSIP)
 * is the 82576's path. The UDP
 * filter compares the destination port only.
 *
 * The I210 and I211 (I210 datasheet, Time SYNC chapter and registers)
 * ==================================================================
 *
 * TIMINCA, SYSTIMR's latch, TSAUXC and the stamp in the receive buffer
 * are the 82580's (with RXPBS.CFG_TS_EN set as well, as igb does), but
 * SYSTIM holds the time itself: SYSTIMH seconds, SYSTIML nanoseconds, and
 * so do TXSTMPL/H and the RX header. There is no timecounter and no
 * overflow work: settime writes SYSTIML then SYSTIMH, adjtime reads
 * SYSTIM (SYSTIMR first), adds the step and writes it back under the
 * lock (igb's way; TIMADJ is not used), and igbx_ptp_reset() writes the
 * system's real time. TX stamps get the MAC-to-wire delay igb adds at
 * the link speed (10/100/1000 Mb/s: 9542/1024/178 ns), RX stamps lose
 * igb's RX delays (20662/2213/448 ns).
 *
 * QEMU's model (hw/net/igb_core.c, e1000x_common.c)
 * =================================================
 *
 * - SYSTIM is computed on each SYSTIML read from QEMU_CLOCK_VIRTUAL (the
 *   guest's virtual nanoseconds, which stop while the VM is paused) as
 *   TIMADJ + ns * IV / (IP * 16), and SYSTIMH is latched with it. So it
 *   advances with the VM's virtual time, and only once TIMINCA holds a
 *   non-zero increment: after a reset TIMINCA is 0 and SYSTIM stands
 *   still. A TIMINCA write rebases the offset so SYSTIM goes on without
 *   a jump at the new rate; TIMADJL/H writes add to the offset.
 * - TX: when the first descriptor's cmd_type_len has MAC_TSTAMP, and
 *   TSYNCTXCTL has EN and not VALID, sending the frame sets VALID and
 *   latches SYSTIM into TXSTMPL/H; reading TXSTMPH clears VALID. So the
 *   model does stamp sent frames, as the 82576 does.
 * - RX: no frame is stamped. TSYNCRXCTL and RXSTMPL/H are plain
 *   registers in its tables, nothing latches them or sets the
 *   descriptor's TS bit (only a read of RXSATRH clears
 *   TSYNCRXCTL.VALID), and the in-tree igb's ptp4l slave on the rig logs
 *   "received SYNC without timestamp" (issue 26).
 * - TSICR is not among the registers the model implements: no time sync
 *   interrupt cause is raised, which is one reason igbx polls for the TX
 *   stamp from a work item rather than waiting for TSICR.TXTS. TSAUXC's
 *   target times and auxiliary stamps were not seen modelled either;
 *   igbx does not use them.
 *
 * Locking
 * =======
 *
 * &igbx_ptp.lock (an IRQ-safe spinlock) covers the timecounter, every
 * SYSTIM read and write and the TIMINCA writes: the clock operations,
 * the overflow work, and the conversion of TX and RX stamps. The TX stamp in flight
 * belongs to whoever holds bit %IGBX_PTP_TX_BUSY: claimed in
 * ndo_start_xmit, released by the TX work (stamp delivered or timed out)
 * or by ndo_start_xmit itself when the frame is dropped before it
 * reaches the ring. The hwtstamp configuration changes under RTNL.
 *
 * Life cycle
 * ==========
 *
 * The clock is registered at probe just before the interface (so that
 * the first open finds it), and unregistered at remove just after the
 * interface is gone (so that no frame can claim a TX stamp). A MAC reset (probe, igbx_down(), the
 * self-test, pm.c's resume and recovery) zeroes TIMINCA and SYSTIM, so
 * igbx_ptp_reset() runs after every reset that leaves the port usable,
 * through igbx_configure() and at the end of igbx_down(): it programs
 * the timestamp filters from the saved configuration, clears TSAUXC
 * (82580 and later), dials TIMINCA again (with the last adjfine
 * applied), and sets the clock to the system's real time (the
 * timecounter restarted, or the I210's SYSTIM written). The clock so survives reset,
 * FLR and resume, losing only its phase to a step back to system time,
 * as igb's does.
 */
#include <kunit/visibility.h>
#include <linux/bitfield.h>
#include <linux/math64.h>
#include <linux/ptp_classify.h>

#include "igbx.h"

/* the nominal increment: 16 ns per 16 ns period, in 2^-19 ns units */
#define IGBX_PTP_SHIFT		19
#define IGBX_PTP_INCVALUE	(16U << IGBX_PTP_SHIFT)
#define IGBX_PTP_INCPERIOD	1	/* in 16 ns units */
/*
 * The largest frequency offset whose increment still fits the 24-bit
 * IV field: 2^23 * (1 + max_adj / 10^9) <= 2^24 - 1.
 */
#define IGBX_PTP_MAX_ADJ	999999880
/*
 * 82580 and later: the correction per 8 ns clock is at most 2^31 - 1
 * units of 2^-32 ns, just under 6.25% of 8 ns (2^31 / 2^35): 62499999
 * ppb is the largest offset that fits, as igb has it.
 */
#define IGBX_PTP_MAX_ADJ_82580	62499999
/* the 82580/I350/I354 SYSTIM: 40 bits of nanoseconds, wrapping in 18.3 min */
#define IGBX_PTP_BITS_82580	40
/*
 * SYSTIM wraps every 2^45 ns (9.77 h) on the 82576 and every 2^40 ns
 * (18.3 min) on the 82580/I350/I354; the timecounter must be read more
 * often than every half of that. Six minutes leaves room for a clock
 * running 6% fast (max_adj) and a late work item.
 */
#define IGBX_PTP_OVERFLOW_PERIOD	(6 * 60 * HZ)
/*
 * How long the 82576's RX latch may stay held, with no stamp read by the
 * poll, before the watchdog frees it (igbx_ptp_rx_hang_check())
 */
#define IGBX_PTP_RX_HANG	(5 * HZ)
/* how long a TX stamp may take before it is given up */
#define IGBX_PTP_TX_TIMEOUT	(2 * HZ)
/*
 * For this long the TX work polls again at once rather than a jiffy
 * later: ptp4l waits only 1 ms for a stamp by default.
 */
#define IGBX_PTP_TX_BUSY_POLL_MS	10
/* the ETQF and 5-tuple filter slots igbx gives to PTP */
#define IGBX_PTP_ETQF		3
#define IGBX_PTP_FTQF		3

/**
 * igbx_ptp_incvalue() - TIMINCA's increment for a frequency offset
 * @scaled_ppm: the offset in parts per million with a 16-bit fraction,
 *	as adjfine gets it; positive makes the clock run faster
 *
 * The nominal increment IV0 = 16 << 19 per 16 ns gives nominal speed
 * (datasheet 7.10.3.1: SYSTIM += IV every IP * 16 ns); an offset of r
 * parts per million needs IV0 * (1 + r / 10^6), that is IV0 plus or minus
 * IV0 * |scaled_ppm| / (10^6 * 2^16), rounded to the nearest unit. The
 * product stays below 2^23 * 2^36, well within 64 bits, for any offset
 * the PTP core lets through (max_adj).
 *
 * Return: the IV field for TIMINCA, clamped to 1..2^24 - 1.
 */
VISIBLE_IF_KUNIT u32 igbx_ptp_incvalue(long scaled_ppm)
{
	u64 mag = scaled_ppm < 0 ? -(u64)scaled_ppm : (u64)scaled_ppm;
	u64 div = 1000000ULL << 16;
	u64 delta;

	/* an offset beyond 100% is no clock: clamp before multiplying */
	mag = min_t(u64, mag, div);
	delta = div64_u64(mag * IGBX_PTP_INCVALUE + div / 2, div);
	if (scaled_ppm < 0)
		return delta >= IGBX_PTP_INCVALUE ? 1 :
			IGBX_PTP_INCVALUE - (u32)delta;
	return min_t(u64, IGBX_PTP_INCVALUE + delta, IGBX_TIMINCA_INCVALUE);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_incvalue);

/**
 * igbx_ptp_timinca() - the whole TIMINCA word for an increment
 * @incvalue: the IV field, from igbx_ptp_incvalue()
 *
 * Return: the period of one 16 ns unit in 31:24, the increment in 23:0.
 */
VISIBLE_IF_KUNIT u32 igbx_ptp_timinca(u32 incvalue)
{
	return FIELD_PREP(IGBX_TIMINCA_INCPERIOD, IGBX_PTP_INCPERIOD) |
		FIELD_PREP(IGBX_TIMINCA_INCVALUE, incvalue);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_timinca);

/**
 * igbx_ptp_timinca_82576() - &igbx_ptp_ops.timinca of the 82576
 * @scaled_ppm: the offset, as adjfine gets it
 *
 * Return: TIMINCA with the 16 ns period and the scaled increment.
 */
VISIBLE_IF_KUNIT u32 igbx_ptp_timinca_82576(long scaled_ppm)
{
	return igbx_ptp_timinca(igbx_ptp_incvalue(scaled_ppm));
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_timinca_82576);

/**
 * igbx_ptp_timinca_82580() - &igbx_ptp_ops.timinca of the 82580 and later
 * @scaled_ppm: the offset in ppm with a 16-bit fraction; positive makes
 *	the clock run faster
 *
 * 82580 datasheet, IEEE 1588 chapter (SYSTIM and TIMINCA; the I350's and
 * I210's are the same): every 8 ns clock SYSTIM gains 8 ns plus or minus
 * (ISGN, bit 31) TIMINCA's bits 30:0 in units of 2^-32 ns. An offset of
 * r ppm needs 8 * 2^32 * r / 10^6 such units per clock, that is
 * |scaled_ppm| * 2^35 / (10^6 * 2^16) = |scaled_ppm| * 2^19 / 10^6,
 * rounded to the nearest unit. |scaled_ppm| is clamped at 2^33 first
 * (far past the field's end), so the shift stays within 53 bits.
 *
 * Return: TIMINCA; 0 is the nominal rate, the fraction saturates at
 * 2^31 - 1 either way.
 */
VISIBLE_IF_KUNIT u32 igbx_ptp_timinca_82580(long scaled_ppm)
{
	u64 mag = scaled_ppm < 0 ? -(u64)scaled_ppm : (u64)scaled_ppm;
	u64 frac;

	mag = min_t(u64, mag, 1ULL << 33);
	frac = div_u64((mag << 19) + 500000, 1000000);
	frac = min_t(u64, frac, IGBX_TIMINCA_FRAC);
	if (scaled_ppm < 0 && frac)
		return IGBX_TIMINCA_ISGN | (u32)frac;
	return (u32)frac;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_timinca_82580);

/**
 * igbx_ptp_stamp_value() - a latched stamp as one 64-bit SYSTIM value
 * @lo: the low register (SYSTIML, TXSTMPL or RXSTMPL)
 * @hi: the high register, read after it
 *
 * Return: the SYSTIM value, in 2^-19 ns units.
 */
VISIBLE_IF_KUNIT u64 igbx_ptp_stamp_value(u32 lo, u32 hi)
{
	return (u64)hi << 32 | lo;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_stamp_value);

/*
 * &igbx_ptp_ops.read_systim of the 82576: SYSTIML first, its read
 * latches SYSTIMH (82576 datasheet 7.10.3.2).
 */
static u64 igbx_ptp_read_82576(struct igbx_hw *hw,
			       struct ptp_system_timestamp *sts)
{
	u32 lo, hi;

	ptp_read_system_prets(sts);
	lo = igbx_rd32(hw, IGBX_SYSTIML);
	ptp_read_system_postts(sts);
	hi = igbx_rd32(hw, IGBX_SYSTIMH);
	return igbx_ptp_stamp_value(lo, hi);
}

/*
 * &igbx_ptp_ops.read_systim of the 82580 and later: SYSTIMR first, its
 * read latches SYSTIML and SYSTIMH (82580 datasheet, SYSTIMR; I210
 * datasheet, Time SYNC: reading SYSTIM). A read that began at SYSTIML
 * would get the value latched by some earlier SYSTIMR read. The residue
 * itself (sub-nanosecond) is not used.
 */
static u64 igbx_ptp_read_82580(struct igbx_hw *hw,
			       struct ptp_system_timestamp *sts)
{
	u32 lo, hi;

	ptp_read_system_prets(sts);
	igbx_rd32(hw, IGBX_SYSTIMR);
	ptp_read_system_postts(sts);
	lo = igbx_rd32(hw, IGBX_SYSTIML);
	hi = igbx_rd32(hw, IGBX_SYSTIMH);
	return igbx_ptp_stamp_value(lo, hi);
}

/**
 * igbx_ptp_read_systim() - the cyclecounter's read: SYSTIM now
 * @cc: &igbx_ptp.cc of the port
 *
 * In the family's latching order (&igbx_ptp_ops.read_systim). Called
 * under &igbx_ptp.lock.
 *
 * Return: SYSTIM.
 */
VISIBLE_IF_KUNIT u64 igbx_ptp_read_systim(IGBX_CC_CONST struct cyclecounter *cc)
{
	struct igbx_adapter *adapter = container_of(cc, struct igbx_adapter,
						    ptp.cc);
	struct igbx_hw *hw = &adapter->hw;

	return hw->info->ptp->read_systim(hw, NULL);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_read_systim);

/**
 * igbx_ptp_init_cc() - describe SYSTIM to the timecounter library
 * @ptp: the port's clock state
 * @ops: the port's time sync unit
 *
 * The 82576: all 64 bits count, one unit is 2^-19 ns (a multiplier of 1
 * and a shift of 19). The 82580/I350/I354: 40 bits count nanoseconds
 * (shift 0). The I210/I211 need no timecounter; their mask is 0.
 */
VISIBLE_IF_KUNIT void igbx_ptp_init_cc(struct igbx_ptp *ptp,
				       const struct igbx_ptp_ops *ops)
{
	memset(&ptp->cc, 0, sizeof(ptp->cc));
	ptp->cc.read = igbx_ptp_read_systim;
	ptp->cc.mask = ops->cc_mask;
	ptp->cc.mult = 1;
	ptp->cc.shift = ops->cc_shift;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_init_cc);

/* &igbx_ptp_ops.to_ns where SYSTIM is a count: the timecounter's time */
static u64 igbx_ptp_tc_to_ns(struct igbx_ptp *ptp, u64 systim)
{
	return timecounter_cyc2time(&ptp->tc, systim);
}

/* &igbx_ptp_ops.settime with a timecounter: restart it at @ns */
static void igbx_ptp_tc_settime(struct igbx_adapter *adapter, u64 ns)
{
	timecounter_init(&adapter->ptp.tc, &adapter->ptp.cc, ns);
}

/* &igbx_ptp_ops.adjtime with a timecounter: move its offset */
static void igbx_ptp_tc_adjtime(struct igbx_adapter *adapter, s64 delta)
{
	timecounter_adjtime(&adapter->ptp.tc, delta);
}

/*
 * &igbx_ptp_ops.to_ns of the I210/I211: SYSTIMH (and TXSTMPH, RXSTMPH,
 * the stamp header's high word) holds seconds, the low word nanoseconds
 * (I210 datasheet, Time SYNC: SYSTIM is seconds and nanoseconds).
 */
static u64 igbx_ptp_i210_to_ns(struct igbx_ptp *ptp, u64 systim)
{
	return (u64)upper_32_bits(systim) * NSEC_PER_SEC +
		lower_32_bits(systim);
}

/*
 * &igbx_ptp_ops.settime of the I210/I211: SYSTIML then SYSTIMH, as igb
 * writes them; the sub-nanosecond SYSTIMR is left alone (I210 datasheet,
 * Time SYNC: SYSTIM registers are read/write).
 */
static void igbx_ptp_i210_settime(struct igbx_adapter *adapter, u64 ns)
{
	u32 nsec;
	u64 sec = div_u64_rem(ns, NSEC_PER_SEC, &nsec);

	igbx_wr32(&adapter->hw, IGBX_SYSTIML, nsec);
	igbx_wr32(&adapter->hw, IGBX_SYSTIMH, (u32)sec);
}

/*
 * &igbx_ptp_ops.adjtime of the I210/I211: read SYSTIM (latched through
 * SYSTIMR), add @delta, write it back, all under &igbx_ptp.lock as igb
 * does; the clock loses the few hundred nanoseconds between the read and
 * the write. A step before the epoch stops at 0.
 */
static void igbx_ptp_i210_adjtime(struct igbx_adapter *adapter, s64 delta)
{
	u64 now = igbx_ptp_i210_to_ns(&adapter->ptp,
				      igbx_ptp_read_82580(&adapter->hw, NULL));

	if (delta < 0 && (u64)-delta > now)
		now = 0;
	else
		now += delta;
	igbx_ptp_i210_settime(adapter, now);
}

/*
 * The I210's fixed delays between the stamping point and the wire at
 * each speed, as igb applies them (ns): added to TX stamps, taken from RX
 * stamps.
 */
#define IGBX_PTP_I210_TX_LATENCY	{ 9542, 1024, 178 }
#define IGBX_PTP_I210_RX_LATENCY	{ 20662, 2213, 448 }

const struct igbx_ptp_ops igbx_ptp_82576_ops = {
	.max_adj = IGBX_PTP_MAX_ADJ,
	.timinca = igbx_ptp_timinca_82576,
	.read_systim = igbx_ptp_read_82576,
	.timecounter = true,
	.cc_mask = CYCLECOUNTER_MASK(64),
	.cc_shift = IGBX_PTP_SHIFT,
	.to_ns = igbx_ptp_tc_to_ns,
	.settime = igbx_ptp_tc_settime,
	.adjtime = igbx_ptp_tc_adjtime,
	.rx_src_port = true,
	.rx_latch = true,
	.rx_filters = BIT(HWTSTAMP_FILTER_PTP_V1_L4_SYNC) |
		BIT(HWTSTAMP_FILTER_PTP_V1_L4_DELAY_REQ) |
		BIT(HWTSTAMP_FILTER_PTP_V2_EVENT),
};
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_82576_ops);

/* the 82580, I350 and I354 */
const struct igbx_ptp_ops igbx_ptp_82580_ops = {
	.max_adj = IGBX_PTP_MAX_ADJ_82580,
	.timinca = igbx_ptp_timinca_82580,
	.read_systim = igbx_ptp_read_82580,
	.timecounter = true,
	.cc_mask = CYCLECOUNTER_MASK(IGBX_PTP_BITS_82580),
	.cc_shift = 0,
	.to_ns = igbx_ptp_tc_to_ns,
	.settime = igbx_ptp_tc_settime,
	.adjtime = igbx_ptp_tc_adjtime,
	.start_tsauxc = true,
	.rx_all = true,
	.rx_filters = BIT(HWTSTAMP_FILTER_ALL),
	.srrctl = IGBX_SRRCTL_TIMESTAMP,
};
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_82580_ops);

/* the I210 and I211 */
const struct igbx_ptp_ops igbx_ptp_i210_ops = {
	.max_adj = IGBX_PTP_MAX_ADJ_82580,
	.timinca = igbx_ptp_timinca_82580,
	.read_systim = igbx_ptp_read_82580,
	.to_ns = igbx_ptp_i210_to_ns,
	.settime = igbx_ptp_i210_settime,
	.adjtime = igbx_ptp_i210_adjtime,
	.start_tsauxc = true,
	.rx_all = true,
	.rx_filters = BIT(HWTSTAMP_FILTER_ALL),
	.srrctl = IGBX_SRRCTL_TIMESTAMP,
	.rxpbs = IGBX_RXPBS_CFG_TS_EN,
	.tx_latency = IGBX_PTP_I210_TX_LATENCY,
	.rx_latency = IGBX_PTP_I210_RX_LATENCY,
};
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_i210_ops);

/**
 * igbx_ptp_latency() - a fixed delay at the port's link speed
 * @table: &igbx_ptp_ops.tx_latency or .rx_latency
 * @speed: the link speed in Mb/s
 *
 * Return: nanoseconds, 0 for another speed or a family without delays.
 */
static u32 igbx_ptp_latency(const u16 *table, u32 speed)
{
	switch (speed) {
	case SPEED_10:
		return table[0];
	case SPEED_100:
		return table[1];
	case SPEED_1000:
		return table[2];
	default:
		return 0;
	}
}

/**
 * igbx_ptp_filter_regs() - the time sync registers for a configuration
 * @ops: the port's time sync unit
 * @cfg: the requested configuration; @cfg->rx_filter is changed to the
 *	filter the MAC really applies when it stamps more than asked
 * @regs: set to the register values to write
 *
 * What the 82576 can stamp on receive (datasheet 7.10.1, TSYNCRXCTL in
 * 8.16): PTP V1 Sync or Delay_Req messages over UDP (one message type,
 * chosen in TSYNCRXCFG), or all V2 event messages over Ethernet and UDP,
 * which igbx also gives to every narrower V2 request. It cannot stamp
 * every frame (no V1 event-wide filter, no NTP, no "all"). Over Ethernet
 * the EtherType filter picks 0x88F7; over UDP a 5-tuple filter picks UDP
 * port 319 as destination and, on the 82576, as source too.
 *
 * The 82580 and later (&igbx_ptp_ops.rx_all) stamp every frame instead
 * (TSYNCRXCTL type 100b, 82580 datasheet and I210 datasheet, TSYNCRXCTL),
 * each stamp in the frame's own receive buffer, so that no register
 * latch is shared between frames: any filter but SOME becomes ALL, as
 * igb has it; the EtherType and UDP filters are still set up.
 *
 * Return: 0, or -ERANGE for a TX type or RX filter the MAC cannot do
 * (then @cfg->rx_filter is %HWTSTAMP_FILTER_NONE for a refused filter).
 */
VISIBLE_IF_KUNIT int igbx_ptp_filter_regs(const struct igbx_ptp_ops *ops,
					  struct hwtstamp_config *cfg,
					  struct igbx_ptp_regs *regs)
{
	bool l2 = false, l4 = false;
	u32 type = 0;

	memset(regs, 0, sizeof(*regs));
	switch (cfg->tx_type) {
	case HWTSTAMP_TX_OFF:
		break;
	case HWTSTAMP_TX_ON:
		regs->tsynctxctl = IGBX_TSYNCTXCTL_EN;
		break;
	default:
		return -ERANGE;
	}

	switch (cfg->rx_filter) {
	case HWTSTAMP_FILTER_NONE:
		break;
	case HWTSTAMP_FILTER_PTP_V1_L4_SYNC:
		type = IGBX_TSYNCRXCTL_TYPE_L4_V1;
		regs->tsyncrxcfg = IGBX_TSYNCRXCFG_V1_SYNC;
		l4 = true;
		break;
	case HWTSTAMP_FILTER_PTP_V1_L4_DELAY_REQ:
		type = IGBX_TSYNCRXCTL_TYPE_L4_V1;
		regs->tsyncrxcfg = IGBX_TSYNCRXCFG_V1_DELAY_REQ;
		l4 = true;
		break;
	case HWTSTAMP_FILTER_PTP_V2_EVENT:
	case HWTSTAMP_FILTER_PTP_V2_L2_EVENT:
	case HWTSTAMP_FILTER_PTP_V2_L4_EVENT:
	case HWTSTAMP_FILTER_PTP_V2_SYNC:
	case HWTSTAMP_FILTER_PTP_V2_L2_SYNC:
	case HWTSTAMP_FILTER_PTP_V2_L4_SYNC:
	case HWTSTAMP_FILTER_PTP_V2_DELAY_REQ:
	case HWTSTAMP_FILTER_PTP_V2_L2_DELAY_REQ:
	case HWTSTAMP_FILTER_PTP_V2_L4_DELAY_REQ:
		type = IGBX_TSYNCRXCTL_TYPE_EVENT_V2;
		cfg->rx_filter = HWTSTAMP_FILTER_PTP_V2_EVENT;
		l2 = true;
		l4 = true;
		break;
	case HWTSTAMP_FILTER_PTP_V1_L4_EVENT:
	case HWTSTAMP_FILTER_NTP_ALL:
	case HWTSTAMP_FILTER_ALL:
		/* V1 events, NTP, every frame: only by stamping every frame */
		if (ops->rx_all)
			break;
		fallthrough;
	default:
		cfg->rx_filter = HWTSTAMP_FILTER_NONE;
		return -ERANGE;
	}
	if (ops->rx_all && cfg->rx_filter != HWTSTAMP_FILTER_NONE) {
		type = IGBX_TSYNCRXCTL_TYPE_ALL;
		/* no V1 message type to pick: every frame is stamped */
		regs->tsyncrxcfg = 0;
		cfg->rx_filter = HWTSTAMP_FILTER_ALL;
		l2 = true;
		l4 = true;
	}
	if (cfg->rx_filter != HWTSTAMP_FILTER_NONE) {
		regs->tsyncrxctl = IGBX_TSYNCRXCTL_EN |
			FIELD_PREP(IGBX_TSYNCRXCTL_TYPE, type);
		regs->rxpbs = ops->rxpbs;
	}

	if (l2)
		regs->etqf = IGBX_ETQF_FILTER_EN | IGBX_ETQF_1588 | ETH_P_1588;
	if (l4) {
		/*
		 * compare the protocol and the destination port (IMIR), on
		 * the 82576 the source port (SPQF) too; stamp what matches
		 */
		regs->ftqf = FIELD_PREP(IGBX_FTQF_PROTOCOL, IPPROTO_UDP) |
			IGBX_FTQF_VF_BP | IGBX_FTQF_1588 |
			(IGBX_FTQF_MASK_ALL & ~IGBX_FTQF_MASK_PROTO);
		if (ops->rx_src_port)
			regs->ftqf &= ~IGBX_FTQF_MASK_SRC_PORT;
		/* the port registers take network byte order */
		regs->port = (__force u32)htons(PTP_EV_PORT);
		regs->imirext = IGBX_IMIREXT_SIZE_BP | IGBX_IMIREXT_CTRL_BP;
	} else {
		regs->ftqf = IGBX_FTQF_MASK_ALL;
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_filter_regs);

/* Write what igbx_ptp_filter_regs() worked out, then free both latches. */
static void igbx_ptp_write_filters(struct igbx_hw *hw,
				   const struct igbx_ptp_regs *regs)
{
	u32 v;

	v = igbx_rd32(hw, IGBX_TSYNCTXCTL) & ~IGBX_TSYNCTXCTL_EN;
	igbx_wr32(hw, IGBX_TSYNCTXCTL, v | regs->tsynctxctl);
	v = igbx_rd32(hw, IGBX_TSYNCRXCTL) &
		~(IGBX_TSYNCRXCTL_EN | IGBX_TSYNCRXCTL_TYPE);
	igbx_wr32(hw, IGBX_TSYNCRXCTL, v | regs->tsyncrxctl);
	igbx_wr32(hw, IGBX_TSYNCRXCFG, regs->tsyncrxcfg);
	igbx_wr32(hw, IGBX_ETQF(IGBX_PTP_ETQF), regs->etqf);
	if (regs->ftqf != IGBX_FTQF_MASK_ALL) {
		igbx_wr32(hw, IGBX_IMIR(IGBX_PTP_FTQF), regs->port);
		igbx_wr32(hw, IGBX_IMIREXT(IGBX_PTP_FTQF), regs->imirext);
		if (!(regs->ftqf & IGBX_FTQF_MASK_SRC_PORT))
			igbx_wr32(hw, IGBX_SPQF(IGBX_PTP_FTQF), regs->port);
	}
	igbx_wr32(hw, IGBX_FTQF(IGBX_PTP_FTQF), regs->ftqf);
	/*
	 * I210/I211: stamps go to the packet buffer only with RXPBS's
	 * CFG_TS_EN (I210 datasheet, RXPBSIZE); set, never cleared, as igb
	 * does: with RX stamping off TSYNCRXCTL stamps nothing anyway.
	 */
	if (regs->rxpbs)
		igbx_wr32(hw, IGBX_RXPBS,
			  igbx_rd32(hw, IGBX_RXPBS) | regs->rxpbs);
	igbx_flush(hw);
	/* a stamp latched under the old set-up would block the next one */
	igbx_rd32(hw, IGBX_TXSTMPL);
	igbx_rd32(hw, IGBX_TXSTMPH);
	igbx_rd32(hw, IGBX_RXSTMPL);
	igbx_rd32(hw, IGBX_RXSTMPH);
}

/* A SYSTIM value (a stamp) to the clock's time, under &igbx_ptp.lock. */
static ktime_t igbx_ptp_to_ktime(struct igbx_adapter *adapter, u64 systim)
{
	struct igbx_ptp *ptp = &adapter->ptp;
	unsigned long flags;
	u64 ns;

	spin_lock_irqsave(&ptp->lock, flags);
	ns = adapter->hw.info->ptp->to_ns(ptp, systim);
	spin_unlock_irqrestore(&ptp->lock, flags);
	return ns_to_ktime(ns);
}

/**
 * igbx_ptp_gettimex() - ptp_clock_info.gettimex64: the clock's time
 * @info: the port's clock
 * @ts: set to the time
 * @sts: system time just before and after the read that latches SYSTIM
 *	(SYSTIML on the 82576, SYSTIMR on later MACs)
 *
 * Return: 0, or -EIO while the device cannot be read (gone or parked).
 */
VISIBLE_IF_KUNIT int igbx_ptp_gettimex(struct ptp_clock_info *info,
				       struct timespec64 *ts,
				       struct ptp_system_timestamp *sts)
{
	struct igbx_adapter *adapter = container_of(info, struct igbx_adapter,
						    ptp.caps);
	struct igbx_ptp *ptp = &adapter->ptp;
	struct igbx_hw *hw = &adapter->hw;
	const struct igbx_ptp_ops *ops = hw->info->ptp;
	unsigned long flags;
	u64 ns;

	spin_lock_irqsave(&ptp->lock, flags);
	ns = ops->to_ns(ptp, ops->read_systim(hw, sts));
	spin_unlock_irqrestore(&ptp->lock, flags);

	if (igbx_removed(hw))
		return -EIO;
	*ts = ns_to_timespec64(ns);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_gettimex);

/**
 * igbx_ptp_settime() - ptp_clock_info.settime64: set the clock
 * @info: the port's clock
 * @ts: the new time
 *
 * With a timecounter SYSTIM runs on and the timecounter restarts at @ts
 * from SYSTIM's count now; on the I210/I211 SYSTIM is written.
 *
 * Return: 0, or -EIO while the device cannot be read.
 */
VISIBLE_IF_KUNIT int igbx_ptp_settime(struct ptp_clock_info *info,
				      const struct timespec64 *ts)
{
	struct igbx_adapter *adapter = container_of(info, struct igbx_adapter,
						    ptp.caps);
	struct igbx_ptp *ptp = &adapter->ptp;
	unsigned long flags;

	if (igbx_removed(&adapter->hw))
		return -EIO;
	spin_lock_irqsave(&ptp->lock, flags);
	adapter->hw.info->ptp->settime(adapter, timespec64_to_ns(ts));
	spin_unlock_irqrestore(&ptp->lock, flags);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_settime);

/**
 * igbx_ptp_adjtime() - ptp_clock_info.adjtime: step the clock
 * @info: the port's clock
 * @delta: nanoseconds to add, either sign
 *
 * The timecounter's offset moves, or on the I210/I211 SYSTIM is read,
 * moved and written back (&igbx_ptp_ops.adjtime).
 *
 * Return: 0, or -EIO while the device cannot be read.
 */
VISIBLE_IF_KUNIT int igbx_ptp_adjtime(struct ptp_clock_info *info, s64 delta)
{
	struct igbx_adapter *adapter = container_of(info, struct igbx_adapter,
						    ptp.caps);
	struct igbx_ptp *ptp = &adapter->ptp;
	unsigned long flags;

	if (igbx_removed(&adapter->hw))
		return -EIO;
	spin_lock_irqsave(&ptp->lock, flags);
	adapter->hw.info->ptp->adjtime(adapter, delta);
	spin_unlock_irqrestore(&ptp->lock, flags);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_adjtime);

/**
 * igbx_ptp_adjfine() - ptp_clock_info.adjfine: change the clock's rate
 * @info: the port's clock
 * @scaled_ppm: offset from the nominal rate, ppm with a 16-bit fraction
 *
 * A timecounter is brought up to date first, so that the time counted
 * at the old rate is not converted at the new one. The TIMINCA word
 * (&igbx_ptp_ops.timinca) is kept for igbx_ptp_reset() to dial again
 * after a MAC reset.
 *
 * Return: 0.
 */
VISIBLE_IF_KUNIT int igbx_ptp_adjfine(struct ptp_clock_info *info,
				      long scaled_ppm)
{
	struct igbx_adapter *adapter = container_of(info, struct igbx_adapter,
						    ptp.caps);
	const struct igbx_ptp_ops *ops = adapter->hw.info->ptp;
	struct igbx_ptp *ptp = &adapter->ptp;
	u32 timinca = ops->timinca(scaled_ppm);
	unsigned long flags;

	spin_lock_irqsave(&ptp->lock, flags);
	if (ops->timecounter && !igbx_removed(&adapter->hw))
		timecounter_read(&ptp->tc);
	ptp->timinca = timinca;
	igbx_wr32(&adapter->hw, IGBX_TIMINCA, timinca);
	spin_unlock_irqrestore(&ptp->lock, flags);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_adjfine);

/* The PHC has no pins, alarms or periodic outputs on igbx yet. */
static int igbx_ptp_enable(struct ptp_clock_info *info,
			   struct ptp_clock_request *rq, int on)
{
	return -EOPNOTSUPP;
}

/**
 * igbx_ptp_overflow_work() - read the clock often enough to see wraps
 * @work: &igbx_ptp.overflow_work
 *
 * Runs every %IGBX_PTP_OVERFLOW_PERIOD while the clock is registered.
 * A device that cannot be read is skipped: its all-ones reads would look
 * like a jump of the counter.
 */
static void igbx_ptp_overflow_work(struct work_struct *work)
{
	struct igbx_ptp *ptp = container_of(work, struct igbx_ptp,
					    overflow_work.work);
	struct igbx_adapter *adapter = container_of(ptp, struct igbx_adapter,
						    ptp);
	unsigned long flags;

	spin_lock_irqsave(&ptp->lock, flags);
	if (!igbx_removed(&adapter->hw))
		timecounter_read(&ptp->tc);
	spin_unlock_irqrestore(&ptp->lock, flags);
	schedule_delayed_work(&ptp->overflow_work, IGBX_PTP_OVERFLOW_PERIOD);
}

/* Drop the TX stamp in flight, if any, and free the slot for the next. */
static void igbx_ptp_tx_release(struct igbx_ptp *ptp)
{
	struct sk_buff *skb = ptp->tx_skb;

	ptp->tx_skb = NULL;
	clear_bit_unlock(IGBX_PTP_TX_BUSY, &ptp->flags);
	dev_kfree_skb_any(skb);
}

/**
 * igbx_ptp_tx_time() - a TX stamp as the time the frame left
 * @adapter: the port
 * @stamp: TXSTMPH << 32 | TXSTMPL
 *
 * The family's conversion (&igbx_ptp_ops.to_ns), plus its delay from the
 * stamping point to the wire at the link speed (the I210's).
 *
 * Return: the time.
 */
VISIBLE_IF_KUNIT ktime_t igbx_ptp_tx_time(struct igbx_adapter *adapter,
					  u64 stamp)
{
	return ktime_add_ns(igbx_ptp_to_ktime(adapter, stamp),
			    igbx_ptp_latency(adapter->hw.info->ptp->tx_latency,
					     adapter->link_speed));
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_tx_time);

/**
 * igbx_ptp_tx_work() - deliver the TX stamp once the MAC has latched it
 * @work: &igbx_ptp.tx_work
 *
 * The 82576 (and QEMU's model) raise no interrupt igbx could wait for,
 * so the work polls TSYNCTXCTL.VALID (on the later MACs too, whose
 * TSICR igbx does not use): at once again for the first
 * %IGBX_PTP_TX_BUSY_POLL_MS (the stamp normally comes within
 * microseconds of the doorbell), then every jiffy. A stamp that has not
 * come after %IGBX_PTP_TX_TIMEOUT (a frame lost in a reset, a link that
 * went down) is given up and counted; reading TXSTMPH then frees the
 * latch in case the stamp arrives later.
 */
static void igbx_ptp_tx_work(struct work_struct *work)
{
	struct igbx_ptp *ptp = container_of(work, struct igbx_ptp,
					    tx_work.work);
	struct igbx_adapter *adapter = container_of(ptp, struct igbx_adapter,
						    ptp);
	struct skb_shared_hwtstamps hwts = { };
	struct igbx_hw *hw = &adapter->hw;
	u32 lo, hi;

	if (!ptp->tx_skb)
		return;
	if (!(igbx_rd32(hw, IGBX_TSYNCTXCTL) & IGBX_TSYNCTXCTL_VALID) ||
	    igbx_removed(hw)) {
		unsigned long busy = msecs_to_jiffies(IGBX_PTP_TX_BUSY_POLL_MS);

		if (time_is_after_jiffies(ptp->tx_start + IGBX_PTP_TX_TIMEOUT)) {
			schedule_delayed_work(&ptp->tx_work,
					      time_is_after_jiffies(ptp->tx_start + busy) ?
					      0 : 1);
			return;
		}
		igbx_rd32(hw, IGBX_TXSTMPH);
		ptp->tx_timeouts++;
		igbx_ptp_tx_release(ptp);
		return;
	}
	lo = igbx_rd32(hw, IGBX_TXSTMPL);
	hi = igbx_rd32(hw, IGBX_TXSTMPH);
	hwts.hwtstamp = igbx_ptp_tx_time(adapter, igbx_ptp_stamp_value(lo, hi));
	skb_tstamp_tx(ptp->tx_skb, &hwts);
	ptp->tx_stamped++;
	igbx_ptp_tx_release(ptp);
}

/**
 * igbx_ptp_tx_claim() - take the TX stamp slot for a frame that asks
 * @adapter: the port
 * @skb: a frame with SKBTX_HW_TSTAMP set
 *
 * Called from ndo_start_xmit. The frame is kept (a reference) for the
 * TX work to stamp; igbx_ptp_tx_start() starts the work once the frame
 * is on the ring, igbx_ptp_tx_abort() undoes the claim if it never gets
 * there. A frame that finds timestamping off or the slot taken is sent
 * without a stamp and counted as skipped.
 *
 * Return: true when the frame's descriptors must ask for a stamp.
 */
bool igbx_ptp_tx_claim(struct igbx_adapter *adapter, struct sk_buff *skb)
{
	struct igbx_ptp *ptp = &adapter->ptp;

	if (READ_ONCE(ptp->config.tx_type) != HWTSTAMP_TX_ON)
		return false;
	if (test_and_set_bit_lock(IGBX_PTP_TX_BUSY, &ptp->flags)) {
		ptp->tx_skipped++;
		return false;
	}
	skb_shinfo(skb)->tx_flags |= SKBTX_IN_PROGRESS;
	ptp->tx_skb = skb_get(skb);
	ptp->tx_start = jiffies;
	return true;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_tx_claim);

/**
 * igbx_ptp_tx_start() - the claimed frame is on the ring: start polling
 * @adapter: the port
 */
void igbx_ptp_tx_start(struct igbx_adapter *adapter)
{
	schedule_delayed_work(&adapter->ptp.tx_work, 0);
}

/**
 * igbx_ptp_tx_abort() - give the slot back: the claimed frame was dropped
 * @adapter: the port
 */
void igbx_ptp_tx_abort(struct igbx_adapter *adapter)
{
	igbx_ptp_tx_release(&adapter->ptp);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_tx_abort);

/**
 * igbx_ptp_rx_stamp() - attach the latched RX stamp to its frame
 * @adapter: the port
 * @skb: a frame whose descriptor has the TS bit
 *
 * Called from the NAPI poll only for such frames. RXSTMPH is read last:
 * that frees the latch for the next PTP event frame.
 */
void igbx_ptp_rx_stamp(struct igbx_adapter *adapter, struct sk_buff *skb)
{
	struct igbx_hw *hw = &adapter->hw;
	u32 lo, hi;

	if (!(igbx_rd32(hw, IGBX_TSYNCRXCTL) & IGBX_TSYNCRXCTL_VALID))
		return;
	lo = igbx_rd32(hw, IGBX_RXSTMPL);
	hi = igbx_rd32(hw, IGBX_RXSTMPH);
	WRITE_ONCE(adapter->ptp.rx_read, jiffies);
	skb_hwtstamps(skb)->hwtstamp =
		ktime_sub_ns(igbx_ptp_to_ktime(adapter,
					       igbx_ptp_stamp_value(lo, hi)),
			     igbx_ptp_latency(hw->info->ptp->rx_latency,
					      adapter->link_speed));
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_rx_stamp);

/**
 * igbx_ptp_rx_hang_check() - free an RX latch whose frame was lost
 * @adapter: the port
 *
 * The 82576 latches the receive time of a PTP event frame into
 * RXSTMPL/H and stamps no other frame until RXSTMPH is read (82576
 * datasheet 7.10.2). The poll reads it for the frame whose descriptor
 * has TS; a frame the MAC latched but then dropped (no free descriptor,
 * a bad CRC) never reaches the poll, and RX stamping would stop for
 * good. So the watchdog, every two seconds, frees a latch it has found
 * held for %IGBX_PTP_RX_HANG, while the poll read no stamp either, and
 * counts it in rx_hwtstamp_cleared. Its read can race with the poll's
 * for a latch that is busy but not stuck only when the poll read
 * nothing for %IGBX_PTP_RX_HANG, where one stamp is the most lost.
 */
void igbx_ptp_rx_hang_check(struct igbx_adapter *adapter)
{
	struct igbx_ptp *ptp = &adapter->ptp;
	struct igbx_hw *hw = &adapter->hw;
	unsigned long now = jiffies;

	if (!ptp->clock || !hw->info->ptp || !hw->info->ptp->rx_latch)
		return;
	if (!(igbx_rd32(hw, IGBX_TSYNCRXCTL) & IGBX_TSYNCRXCTL_VALID)) {
		ptp->rx_check = now;
		return;
	}
	if (time_before(now, ptp->rx_check + IGBX_PTP_RX_HANG) ||
	    time_before(now, READ_ONCE(ptp->rx_read) + IGBX_PTP_RX_HANG))
		return;
	igbx_rd32(hw, IGBX_RXSTMPH);
	ptp->rx_check = now;
	ptp->rx_cleared++;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_rx_hang_check);

/**
 * igbx_ptp_rx_pktstamp() - read the timestamp header ahead of a frame
 * @adapter: the port
 * @va: where the NIC started writing the frame's first buffer
 * @size: bytes the NIC wrote into that buffer, header included
 * @stamp: set to the frame's receive time when the header holds one
 *
 * The 82580 and later, with SRRCTL.TIMESTAMP (and on the I210/I211
 * RXPBS.CFG_TS_EN), write a stamped frame's receive time into its buffer
 * ahead of the frame and say so with the descriptor's TSIP bit (82580
 * datasheet, receive descriptor write-back and the time stamp in the
 * packet buffer; I210 datasheet likewise): 16 bytes, four little-endian
 * dwords, two reserved (zero), then SYSTIML and SYSTIMH as latched for
 * the frame. The caller always skips the header, before an XDP program
 * or the stack sees the frame; the stamp is taken only when the
 * reserved dwords are zero, as igb checks. Called from the NAPI poll for
 * such frames only.
 *
 * Return: the header's length, or 0 when @size cannot hold one.
 */
unsigned int igbx_ptp_rx_pktstamp(struct igbx_adapter *adapter, const u8 *va,
				  unsigned int size, ktime_t *stamp)
{
	u32 rsvd, lo, hi;

	if (unlikely(size < IGBX_PTP_TS_HDR_LEN))
		return 0;
	rsvd = get_unaligned_le32(va) | get_unaligned_le32(va + 4);
	lo = get_unaligned_le32(va + 8);
	hi = get_unaligned_le32(va + 12);
	if (!rsvd)
		*stamp = ktime_sub_ns(igbx_ptp_to_ktime(adapter,
							igbx_ptp_stamp_value(lo, hi)),
				      igbx_ptp_latency(adapter->hw.info->ptp->rx_latency,
						       adapter->link_speed));
	return IGBX_PTP_TS_HDR_LEN;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_ptp_rx_pktstamp);

/**
 * igbx_ptp_hwtstamp_apply() - check and program a timestamp configuration
 * @adapter: the port
 * @cfg: the request; its rx_filter becomes what the MAC applies
 *
 * Called under RTNL. Turning TX stamping off leaves a stamp in flight to
 * the TX work, which delivers it or times out.
 *
 * Return: 0, -EOPNOTSUPP without a PHC, or -ERANGE for what the MAC
 * cannot do.
 */
int igbx_ptp_hwtstamp_apply(struct igbx_adapter *adapter,
			    struct hwtstamp_config *cfg)
{
	struct igbx_ptp_regs regs;
	int err;

	if (!adapter->ptp.clock)
		return -EOPNOTSUPP;
	err = igbx_ptp_filter_regs(adapter->hw.info->ptp, cfg, &regs);
	if (err)
		return err;
	adapter->ptp.config = *cfg;
	igbx_ptp_write_filters(&adapter->hw, &regs);
	return 0;
}

#ifdef IGBX_HAVE_NDO_HWTSTAMP
/**
 * igbx_hwtstamp_get() - ndo_hwtstamp_get: the timestamp configuration
 * @netdev: the interface
 * @kcfg: set to the configuration in force
 *
 * Return: 0.
 */
int igbx_hwtstamp_get(struct net_device *netdev,
		      struct kernel_hwtstamp_config *kcfg)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	hwtstamp_config_to_kernel(kcfg, &adapter->ptp.config);
	return 0;
}

/**
 * igbx_hwtstamp_set() - ndo_hwtstamp_set: change timestamping
 * @netdev: the interface
 * @kcfg: the request; its rx_filter is set to what the MAC applies
 * @extack: for the reason of a refusal
 *
 * Return: 0, or -ERANGE for a TX type or RX filter the MAC cannot do.
 */
int igbx_hwtstamp_set(struct net_device *netdev,
		      struct kernel_hwtstamp_config *kcfg,
		      struct netlink_ext_ack *extack)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct hwtstamp_config cfg = {
		.flags = kcfg->flags,
		.tx_type = kcfg->tx_type,
		.rx_filter = kcfg->rx_filter,
	};
	int err;

	err = igbx_ptp_hwtstamp_apply(adapter, &cfg);
	if (err)
		NL_SET_ERR_MSG_MOD(extack,
				   "the MAC cannot stamp that TX type or RX filter");
	kcfg->rx_filter = cfg.rx_filter;
	return err;
}
#else
/**
 * igbx_eth_ioctl() - ndo_eth_ioctl: SIOCSHWTSTAMP and SIOCGHWTSTAMP
 * @netdev: the interface
 * @ifr: the request, holding a user pointer to a &struct hwtstamp_config
 * @cmd: the ioctl
 *
 * For kernels before ndo_hwtstamp_get/set (6.6).
 *
 * Return: 0, -EFAULT, -ERANGE for what the MAC cannot do, or
 * -EOPNOTSUPP for another ioctl.
 */
int igbx_eth_ioctl(struct net_device *netdev, struct ifreq *ifr, int cmd)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct hwtstamp_config cfg;
	int err;

	switch (cmd) {
	case SIOCGHWTSTAMP:
		cfg = adapter->ptp.config;
		break;
	case SIOCSHWTSTAMP:
		if (copy_from_user(&cfg, ifr->ifr_data, sizeof(cfg)))
			return -EFAULT;
		err = igbx_ptp_hwtstamp_apply(adapter, &cfg);
		if (err)
			return err;
		break;
	default:
		return -EOPNOTSUPP;
	}
	return copy_to_user(ifr->ifr_data, &cfg, sizeof(cfg)) ? -EFAULT : 0;
}
#endif

/**
 * igbx_ptp_get_ts_info() - ethtool -T: what the port can stamp, its PHC
 * @adapter: the port
 * @so_timestamping: set to the SOF_TIMESTAMPING_* flags
 * @phc_index: set to the PHC's index, -1 without one
 * @tx_types: set to the HWTSTAMP_TX_* bits
 * @rx_filters: set to the HWTSTAMP_FILTER_* bits
 *
 * The filters are those igbx_ptp_filter_regs() keeps as asked
 * (&igbx_ptp_ops.rx_filters).
 */
void igbx_ptp_get_ts_info(struct igbx_adapter *adapter, u32 *so_timestamping,
			  int *phc_index, u32 *tx_types, u32 *rx_filters)
{
	*so_timestamping = SOF_TIMESTAMPING_TX_SOFTWARE |
		SOF_TIMESTAMPING_RX_SOFTWARE | SOF_TIMESTAMPING_SOFTWARE;
	*phc_index = -1;
	*tx_types = 0;
	*rx_filters = 0;
	if (!adapter->ptp.clock)
		return;
	*so_timestamping |= SOF_TIMESTAMPING_TX_HARDWARE |
		SOF_TIMESTAMPING_RX_HARDWARE | SOF_TIMESTAMPING_RAW_HARDWARE;
	*phc_index = ptp_clock_index(adapter->ptp.clock);
	*tx_types = BIT(HWTSTAMP_TX_OFF) | BIT(HWTSTAMP_TX_ON);
	*rx_filters = BIT(HWTSTAMP_FILTER_NONE) |
		adapter->hw.info->ptp->rx_filters;
}

/**
 * igbx_ptp_reset() - bring the clock back after a MAC reset
 * @adapter: the port
 *
 * Programs the timestamp filters saved by the last hwtstamp request,
 * starts SYSTIM on the 82580 and later (TSAUXC cleared, as igb does),
 * dials TIMINCA (with the last adjfine), and sets the clock to the
 * system's real time (the timecounter restarted, or on the I210/I211
 * SYSTIM written). Called under RTNL, or at probe.
 */
void igbx_ptp_reset(struct igbx_adapter *adapter)
{
	const struct igbx_ptp_ops *ops = adapter->hw.info->ptp;
	struct igbx_ptp *ptp = &adapter->ptp;
	struct hwtstamp_config cfg = ptp->config;
	struct igbx_hw *hw = &adapter->hw;
	unsigned long flags;

	if (!ptp->clock || igbx_removed(hw))
		return;
	/* a configuration once accepted is accepted again */
	igbx_ptp_hwtstamp_apply(adapter, &cfg);

	spin_lock_irqsave(&ptp->lock, flags);
	if (ops->start_tsauxc)
		igbx_wr32(hw, IGBX_TSAUXC, 0);
	igbx_wr32(hw, IGBX_TIMINCA, ptp->timinca);
	ops->settime(adapter, ktime_get_real_ns());
	spin_unlock_irqrestore(&ptp->lock, flags);
	/* the reset freed the RX latch: the hang check starts afresh */
	ptp->rx_check = jiffies;
	WRITE_ONCE(ptp->rx_read, jiffies);
}

/**
 * igbx_ptp_init() - register the port's PTP hardware clock
 * @adapter: the port, its MAC reset, its interface not yet registered
 *
 * Without CONFIG_PTP_1588_CLOCK (or a failed registration), or on a
 * family igbx gives no clock (no &igbx_family_info.ptp), the port simply
 * has no PHC and no hardware timestamps; the driver works on.
 */
void igbx_ptp_init(struct igbx_adapter *adapter)
{
	const struct igbx_ptp_ops *ops = adapter->hw.info->ptp;
	struct igbx_ptp *ptp = &adapter->ptp;
	struct ptp_clock *clock;

	spin_lock_init(&ptp->lock);
	INIT_DELAYED_WORK(&ptp->overflow_work, igbx_ptp_overflow_work);
	INIT_DELAYED_WORK(&ptp->tx_work, igbx_ptp_tx_work);
	if (!ops)
		return;
	igbx_ptp_init_cc(ptp, ops);
	ptp->timinca = ops->timinca(0);
	ptp->config.tx_type = HWTSTAMP_TX_OFF;
	ptp->config.rx_filter = HWTSTAMP_FILTER_NONE;

	ptp->caps.owner = THIS_MODULE;
	/* the interface has no name yet: the PCI address, 16 bytes at most */
	snprintf(ptp->caps.name, sizeof(ptp->caps.name), "igbx %02x:%02x.%u",
		 adapter->pdev->bus->number, PCI_SLOT(adapter->pdev->devfn),
		 PCI_FUNC(adapter->pdev->devfn));
	ptp->caps.max_adj = ops->max_adj;
	ptp->caps.adjfine = igbx_ptp_adjfine;
	ptp->caps.adjtime = igbx_ptp_adjtime;
	ptp->caps.gettimex64 = igbx_ptp_gettimex;
	ptp->caps.settime64 = igbx_ptp_settime;
	ptp->caps.enable = igbx_ptp_enable;

	clock = ptp_clock_register(&ptp->caps, &adapter->pdev->dev);
	if (IS_ERR_OR_NULL(clock)) {
		if (IS_ERR(clock))
			dev_warn(&adapter->pdev->dev,
				 "no PTP hardware clock: registration failed (%ld)\n",
				 PTR_ERR(clock));
		return;
	}
	ptp->clock = clock;
	igbx_ptp_reset(adapter);
	if (ops->timecounter)
		schedule_delayed_work(&ptp->overflow_work,
				      IGBX_PTP_OVERFLOW_PERIOD);
	dev_info(&adapter->pdev->dev, "PTP hardware clock ptp%d\n",
		 ptp_clock_index(clock));
}

/**
 * igbx_ptp_stop() - unregister the clock and drop a TX stamp in flight
 * @adapter: the port
 */
void igbx_ptp_stop(struct igbx_adapter *adapter)
{
	struct igbx_ptp *ptp = &adapter->ptp;

	if (!ptp->clock)
		return;
	ptp_clock_unregister(ptp->clock);
	ptp->clock = NULL;
	cancel_delayed_work_sync(&ptp->overflow_work);
	cancel_delayed_work_sync(&ptp->tx_work);
	if (ptp->tx_skb)
		igbx_ptp_tx_release(ptp);
}
