// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - KUnit suite for the time sync units (module/ptp.c) of every
 * family igbx gives a clock: the 82576, the 82580/I350/I354 and the
 * I210/I211. Per family: the adjfine to TIMINCA arithmetic over the
 * whole +-max_adj range, the order of the SYSTIM reads (the read that
 * latches must come first), the conversion of SYSTIM to time (through
 * the timecounter, across the 82580's 40-bit wrap; seconds and
 * nanoseconds on the I210), the I210's settime and adjtime as register
 * writes, the RX stamp's decoding (RXSTMPL/H on the 82576, the header
 * in the receive buffer on later MACs), the TX stamp's conversion, the
 * filter set-up for every hwtstamp request, and the one TX stamp slot.
 *
 * QEMU's model stamps no received frame and only the 82576 is bound, so
 * what the rig cannot show is checked here. Register reads and writes go
 * through the static stubs of igbx_rd32() and igbx_wr32() to a small
 * table, which logs them in order; SYSTIM can be answered by a model of
 * the latch (a live counter that the family's latching read copies into
 * SYSTIML/H), so that a read in the wrong order gets a stale value.
 * Expected register values are written out from the datasheets' bit
 * positions (82576 datasheet 8.16; the 82580's and I210's TIMINCA,
 * TSYNCRXCTL, SRRCTL and RXPBS), not from the driver's macros.
 */
#include <kunit/static_stub.h>
#include <kunit/test.h>
#include <linux/net_tstamp.h>
#include <linux/skbuff.h>

#include "igbx.h"

#define IGBX_PTP_TEST_REGS	16
#define IGBX_PTP_TEST_LOG	32

/* the nominal increment, 16 ns in 2^-19 ns units, and ppm's divisor */
#define IV0			0x800000LL
#define PPM_DIV			(1000000LL << 16)

/* register offsets, from the datasheets */
#define SYSTIML		0x0B600u
#define SYSTIMH		0x0B604u
#define TIMINCA		0x0B608u
#define SYSTIMR		0x0B6F8u

/**
 * struct igbx_ptp_access - one logged register access
 * @reg: the offset
 * @val: the value read or written
 * @write: a write
 */
struct igbx_ptp_access {
	u32 reg;
	u32 val;
	bool write;
};

/**
 * struct igbx_ptp_fake - what the stubbed igbx_rd32()/igbx_wr32() answer
 *	and saw
 * @reg: register offsets answered
 * @val: their values
 * @nr: entries in @reg and @val
 * @log: the accesses, in order
 * @nlog: entries in @log
 * @systim: SYSTIML/H are answered by the latch model below, not @val
 * @latch_reg: the register whose read latches SYSTIM (SYSTIML on the
 *	82576, SYSTIMR on later MACs)
 * @sec_ns: the I210's layout: SYSTIMH seconds, SYSTIML nanoseconds;
 *	else SYSTIMH:SYSTIML is one count
 * @bits: the count's width (64, or 40 on the 82580) when not @sec_ns
 * @live: SYSTIM now: the count, or nanoseconds with @sec_ns
 * @step: added to @live at every register read (time passes)
 * @lat_lo: SYSTIML as last latched
 * @lat_hi: SYSTIMH as last latched
 * @latches: latching reads so far
 */
struct igbx_ptp_fake {
	u32 reg[IGBX_PTP_TEST_REGS];
	u32 val[IGBX_PTP_TEST_REGS];
	unsigned int nr;
	struct igbx_ptp_access log[IGBX_PTP_TEST_LOG];
	unsigned int nlog;
	bool systim;
	u32 latch_reg;
	bool sec_ns;
	unsigned int bits;
	u64 live;
	u64 step;
	u32 lat_lo;
	u32 lat_hi;
	unsigned int latches;
};

static void igbx_ptp_fake_log(struct igbx_ptp_fake *fake, u32 reg, u32 val,
			      bool write)
{
	if (fake->nlog < IGBX_PTP_TEST_LOG)
		fake->log[fake->nlog++] = (struct igbx_ptp_access){
			.reg = reg, .val = val, .write = write };
}

/* SYSTIM's live value into the latch, in the family's layout */
static void igbx_ptp_fake_latch(struct igbx_ptp_fake *fake)
{
	u64 v = fake->live;

	if (fake->sec_ns) {
		fake->lat_hi = (u32)div_u64_rem(v, 1000000000, &fake->lat_lo);
	} else {
		if (fake->bits < 64)
			v &= BIT_ULL(fake->bits) - 1;
		fake->lat_lo = lower_32_bits(v);
		fake->lat_hi = upper_32_bits(v);
	}
	fake->latches++;
}

static u32 igbx_ptp_fake_rd32(struct igbx_hw *hw, u32 reg)
{
	struct kunit *test = kunit_get_current_test();
	struct igbx_ptp_fake *fake = test->priv;
	unsigned int i;
	u32 val = 0;

	for (i = 0; i < fake->nr; i++)
		if (fake->reg[i] == reg)
			val = fake->val[i];
	if (fake->systim) {
		if (reg == fake->latch_reg)
			igbx_ptp_fake_latch(fake);
		if (reg == SYSTIML)
			val = fake->lat_lo;
		else if (reg == SYSTIMH)
			val = fake->lat_hi;
		fake->live += fake->step;
	}
	igbx_ptp_fake_log(fake, reg, val, false);
	return val;
}

static void igbx_ptp_fake_set(struct igbx_ptp_fake *fake, u32 reg, u32 val);

static void igbx_ptp_fake_wr32(struct igbx_hw *hw, u32 reg, u32 val)
{
	struct kunit *test = kunit_get_current_test();
	struct igbx_ptp_fake *fake = test->priv;

	igbx_ptp_fake_log(fake, reg, val, true);
	igbx_ptp_fake_set(fake, reg, val);
}

static void igbx_ptp_fake_set(struct igbx_ptp_fake *fake, u32 reg, u32 val)
{
	unsigned int i;

	for (i = 0; i < fake->nr; i++)
		if (fake->reg[i] == reg)
			break;
	if (i == fake->nr && fake->nr < IGBX_PTP_TEST_REGS)
		fake->nr++;
	fake->reg[i] = reg;
	fake->val[i] = val;
}

/*
 * an adapter of @family with its clock state ready and igbx_rd32() and
 * igbx_wr32() stubbed
 */
static struct igbx_adapter *igbx_ptp_family_adapter(struct kunit *test,
						    enum igbx_family family)
{
	struct igbx_adapter *adapter = kunit_kzalloc(test, sizeof(*adapter),
						     GFP_KERNEL);
	struct igbx_ptp_fake *fake = kunit_kzalloc(test, sizeof(*fake),
						   GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, adapter);
	KUNIT_ASSERT_NOT_NULL(test, fake);
	test->priv = fake;
	/* a non-NULL BAR that is never touched: the stub answers first */
	adapter->hw.hw_addr = (u8 __force __iomem *)fake;
	adapter->hw.family = family;
	adapter->hw.info = &igbx_families[family];
	KUNIT_ASSERT_NOT_NULL(test, adapter->hw.info->ptp);
	spin_lock_init(&adapter->ptp.lock);
	igbx_ptp_init_cc(&adapter->ptp, adapter->hw.info->ptp);
	kunit_activate_static_stub(test, igbx_rd32, igbx_ptp_fake_rd32);
	kunit_activate_static_stub(test, igbx_wr32, igbx_ptp_fake_wr32);
	return adapter;
}

static struct igbx_adapter *igbx_ptp_test_adapter(struct kunit *test)
{
	return igbx_ptp_family_adapter(test, IGBX_82576);
}

static void igbx_ptp_set_systim(struct kunit *test, u64 systim)
{
	struct igbx_ptp_fake *fake = test->priv;

	igbx_ptp_fake_set(fake, 0x0B600, lower_32_bits(systim));
	igbx_ptp_fake_set(fake, 0x0B604, upper_32_bits(systim));
}

/* adjfine's fixed points: nominal, +-1 ppm, the limits, beyond them */
static void igbx_test_ptp_incvalue_points(struct kunit *test)
{
	/* 16 << 19: 16 ns every 16 ns period */
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(0), 0x800000u);
	/* 1 ppm of 2^23 is 8.39 units: 8 */
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(65536), 0x800008u);
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(-65536), 0x7FFFF8u);
	/* 100 ppm: 838.86 units, rounded up */
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(100 * 65536), 0x800347u);
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(-100 * 65536), 0x7FFCB9u);
	/* max_adj 999999880 ppb is scaled_ppm 65535992135: the 24-bit top */
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(65535992135L), 0xFFFFFFu);
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(-65535992135L), 1u);
	/* a clock never stops nor overflows the field */
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(PPM_DIV), 0xFFFFFFu);
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(-PPM_DIV), 1u);
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(LONG_MAX), 0xFFFFFFu);
	KUNIT_EXPECT_EQ(test, igbx_ptp_incvalue(LONG_MIN), 1u);
	/* the whole word: IP 1 (16 ns) in 31:24 */
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca(0x800000), 0x01800000u);
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca(0xFFFFFF), 0x01FFFFFFu);
}

/*
 * Over the whole range PTP lets through (+-max_adj), in steps: never
 * decreasing with scaled_ppm, within the field, and within half a unit
 * of IV0 * (1 + ppm / 10^6).
 */
static void igbx_test_ptp_incvalue_range(struct kunit *test)
{
	const s64 max = 65535992135LL;
	const s64 step = 65536LL * 997;	/* 997 ppm: odd, to hit fractions */
	u32 prev = 0;
	s64 s;

	for (s = -max; s <= max; s += step) {
		u32 inc = igbx_ptp_incvalue((long)s);
		s64 err = (s64)inc * PPM_DIV - IV0 * (PPM_DIV + s);

		KUNIT_ASSERT_GE_MSG(test, inc, prev, "scaled_ppm %lld", s);
		KUNIT_ASSERT_GE(test, inc, 1u);
		KUNIT_ASSERT_LE(test, inc, 0xFFFFFFu);
		KUNIT_ASSERT_LE_MSG(test, abs(err), PPM_DIV / 2,
				    "scaled_ppm %lld gives %#x", s, inc);
		/* the sign: never slower for a positive offset, nor faster */
		KUNIT_ASSERT_TRUE_MSG(test, s < 0 ? inc <= IV0 : inc >= IV0,
				      "scaled_ppm %lld gives %#x", s, inc);
		prev = inc;
	}
}

/* SYSTIML first (it latches SYSTIMH), and the two words joined */
static void igbx_test_ptp_systim_read(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_test_adapter(test);
	struct igbx_ptp_fake *fake = test->priv;

	igbx_ptp_set_systim(test, 0x0123456789ABCDEFULL);
	KUNIT_EXPECT_EQ(test, adapter->ptp.cc.read(&adapter->ptp.cc),
			0x0123456789ABCDEFULL);
	KUNIT_ASSERT_EQ(test, fake->nlog, 2u);
	KUNIT_EXPECT_EQ(test, fake->log[0].reg, 0x0B600u);
	KUNIT_EXPECT_EQ(test, fake->log[1].reg, 0x0B604u);
	KUNIT_EXPECT_EQ(test, igbx_ptp_stamp_value(0xFFFFFFFF, 0),
			0xFFFFFFFFULL);
	KUNIT_EXPECT_EQ(test, igbx_ptp_stamp_value(0, 1), 0x100000000ULL);
}

/* SYSTIM units to nanoseconds: 2^19 units a nanosecond, 64 bits, wraps */
static void igbx_test_ptp_cyclecounter(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_test_adapter(test);
	struct igbx_ptp *ptp = &adapter->ptp;
	const u64 base = 0x0000123400000000ULL;

	KUNIT_EXPECT_EQ(test, ptp->cc.mult, 1u);
	KUNIT_EXPECT_EQ(test, ptp->cc.shift, 19u);
	KUNIT_EXPECT_EQ(test, ptp->cc.mask, ~0ULL);

	igbx_ptp_set_systim(test, base);
	timecounter_init(&ptp->tc, &ptp->cc, 1000);
	KUNIT_EXPECT_EQ(test, timecounter_cyc2time(&ptp->tc, base), 1000ULL);
	KUNIT_EXPECT_EQ(test, timecounter_cyc2time(&ptp->tc, base + (5 << 19)),
			1005ULL);
	/* a stamp from before the last read */
	KUNIT_EXPECT_EQ(test, timecounter_cyc2time(&ptp->tc, base - (3 << 19)),
			997ULL);
	/* one second later */
	KUNIT_EXPECT_EQ(test, timecounter_cyc2time(&ptp->tc,
						   base + (1000000000ULL << 19)),
			1000001000ULL);

	/* across SYSTIM's wrap: 2 ns before it to 2 ns after */
	igbx_ptp_set_systim(test, 0ULL - (2 << 19));
	timecounter_init(&ptp->tc, &ptp->cc, 5000);
	KUNIT_EXPECT_EQ(test, timecounter_cyc2time(&ptp->tc, 2 << 19), 5004ULL);
	igbx_ptp_set_systim(test, 2 << 19);
	KUNIT_EXPECT_EQ(test, timecounter_read(&ptp->tc), 5004ULL);
}

/* the RX stamp: only when VALID, low word before the high one */
static void igbx_test_ptp_rx_stamp(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_test_adapter(test);
	struct igbx_ptp_fake *fake = test->priv;
	struct sk_buff *skb = alloc_skb(64, GFP_KERNEL);
	const u64 base = 0x40000000000ULL;

	KUNIT_ASSERT_NOT_NULL(test, skb);
	igbx_ptp_set_systim(test, base);
	timecounter_init(&adapter->ptp.tc, &adapter->ptp.cc, 7000000000ULL);

	/* no stamp latched: nothing attached, nothing else read */
	fake->nlog = 0;
	igbx_ptp_rx_stamp(adapter, skb);
	KUNIT_EXPECT_EQ(test, skb_hwtstamps(skb)->hwtstamp, 0);
	KUNIT_EXPECT_EQ(test, fake->nlog, 1u);
	KUNIT_EXPECT_EQ(test, fake->log[0].reg, 0x0B620u);

	/* latched 25 ns after the timecounter's start */
	igbx_ptp_fake_set(fake, 0x0B620, 0x1B);	/* EN, EVENT_V2, VALID */
	igbx_ptp_fake_set(fake, 0x0B624, lower_32_bits(base + (25 << 19)));
	igbx_ptp_fake_set(fake, 0x0B628, upper_32_bits(base + (25 << 19)));
	fake->nlog = 0;
	igbx_ptp_rx_stamp(adapter, skb);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(skb_hwtstamps(skb)->hwtstamp),
			7000000025LL);
	KUNIT_ASSERT_EQ(test, fake->nlog, 3u);
	KUNIT_EXPECT_EQ(test, fake->log[1].reg, 0x0B624u);
	KUNIT_EXPECT_EQ(test, fake->log[2].reg, 0x0B628u);
	kfree_skb(skb);
}

/*
 * The 82576's RX latch: freed by the watchdog's check only after it was
 * seen held for IGBX_PTP_RX_HANG with no stamp read by the poll either,
 * and counted; the families that stamp into the buffer never look.
 */
static void igbx_test_ptp_rx_hang(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_test_adapter(test);
	struct igbx_ptp_fake *fake = test->priv;
	struct igbx_ptp *ptp = &adapter->ptp;
	unsigned long long_ago = jiffies - 6 * HZ;
	struct igbx_adapter *later;

	/* only tested against NULL by the check */
	ptp->clock = (struct ptp_clock *)fake;

	/* a free latch: its time is noted, nothing else is read */
	ptp->rx_check = long_ago;
	ptp->rx_read = long_ago;
	fake->nlog = 0;
	igbx_ptp_rx_hang_check(adapter);
	KUNIT_EXPECT_EQ(test, fake->nlog, 1u);
	KUNIT_EXPECT_TRUE(test, time_after(ptp->rx_check, long_ago));

	/* held, but the poll read a stamp lately: left alone */
	igbx_ptp_fake_set(fake, 0x0B620, 0x1B);	/* EN, EVENT_V2, VALID */
	ptp->rx_check = long_ago;
	ptp->rx_read = jiffies;
	fake->nlog = 0;
	igbx_ptp_rx_hang_check(adapter);
	KUNIT_EXPECT_EQ(test, fake->nlog, 1u);

	/* held, but found free lately: left alone */
	ptp->rx_check = jiffies;
	ptp->rx_read = long_ago;
	fake->nlog = 0;
	igbx_ptp_rx_hang_check(adapter);
	KUNIT_EXPECT_EQ(test, fake->nlog, 1u);
	KUNIT_EXPECT_EQ(test, ptp->rx_cleared, 0ULL);

	/* held for longer than the limit, nothing read: RXSTMPH frees it */
	ptp->rx_check = long_ago;
	fake->nlog = 0;
	igbx_ptp_rx_hang_check(adapter);
	KUNIT_ASSERT_EQ(test, fake->nlog, 2u);
	KUNIT_EXPECT_EQ(test, fake->log[1].reg, 0x0B628u);
	KUNIT_EXPECT_EQ(test, ptp->rx_cleared, 1ULL);
	/* and the next check, at once, starts counting again */
	fake->nlog = 0;
	igbx_ptp_rx_hang_check(adapter);
	KUNIT_EXPECT_EQ(test, fake->nlog, 1u);
	KUNIT_EXPECT_EQ(test, ptp->rx_cleared, 1ULL);

	/* the 82580 stamps into the buffer: no latch to watch */
	later = igbx_ptp_family_adapter(test, IGBX_82580);
	fake = test->priv;
	later->ptp.clock = (struct ptp_clock *)fake;
	igbx_ptp_fake_set(fake, 0x0B620, 0x1B);
	later->ptp.rx_check = long_ago;
	later->ptp.rx_read = long_ago;
	fake->nlog = 0;
	igbx_ptp_rx_hang_check(later);
	KUNIT_EXPECT_EQ(test, fake->nlog, 0u);
	KUNIT_EXPECT_EQ(test, later->ptp.rx_cleared, 0ULL);
}

/**
 * struct igbx_ptp_filter_case - one hwtstamp request and its set-up
 * @tx_type: requested HWTSTAMP_TX_*
 * @rx_filter: requested HWTSTAMP_FILTER_*
 * @err: what igbx_ptp_filter_regs() returns
 * @applied: the filter reported back
 * @txctl: TSYNCTXCTL bits
 * @rxctl: TSYNCRXCTL bits
 * @rxcfg: TSYNCRXCFG
 * @etqf: ETQF of the PTP slot
 * @ftqf: FTQF of the PTP slot
 */
struct igbx_ptp_filter_case {
	int tx_type;
	int rx_filter;
	int err;
	int applied;
	u32 txctl;
	u32 rxctl;
	u32 rxcfg;
	u32 etqf;
	u32 ftqf;
};

#define FT_OFF	0xF0000000u	/* every field masked: no match */
#define FT_UDP	0x68008011u	/* UDP (17), pool bypass, 1588, proto and
				 * source port compared (mask bits 29, 30)
				 */
#define ET_1588	0x440088F7u	/* enable (26), 1588 (30), EtherType 0x88F7 */
#define RX_V2	0x1Au		/* EN (4), TYPE 101b event V2 (3:1) */
#define RX_V1	0x12u		/* EN (4), TYPE 001b V1 over UDP (3:1) */

static const struct igbx_ptp_filter_case igbx_ptp_filter_cases[] = {
	{ HWTSTAMP_TX_OFF, HWTSTAMP_FILTER_NONE, 0, HWTSTAMP_FILTER_NONE,
	  0, 0, 0, 0, FT_OFF },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_NONE, 0, HWTSTAMP_FILTER_NONE,
	  0x10, 0, 0, 0, FT_OFF },
	{ HWTSTAMP_TX_OFF, HWTSTAMP_FILTER_ALL, -ERANGE, HWTSTAMP_FILTER_NONE },
	{ HWTSTAMP_TX_OFF, HWTSTAMP_FILTER_SOME, -ERANGE, HWTSTAMP_FILTER_NONE },
	{ HWTSTAMP_TX_OFF, HWTSTAMP_FILTER_PTP_V1_L4_EVENT, -ERANGE,
	  HWTSTAMP_FILTER_NONE },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V1_L4_SYNC, 0,
	  HWTSTAMP_FILTER_PTP_V1_L4_SYNC, 0x10, RX_V1, 0, 0, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V1_L4_DELAY_REQ, 0,
	  HWTSTAMP_FILTER_PTP_V1_L4_DELAY_REQ, 0x10, RX_V1, 1, 0, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_L4_EVENT, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_L4_SYNC, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_L4_DELAY_REQ, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_L2_EVENT, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_L2_SYNC, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_L2_DELAY_REQ, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_EVENT, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_SYNC, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_ON, HWTSTAMP_FILTER_PTP_V2_DELAY_REQ, 0,
	  HWTSTAMP_FILTER_PTP_V2_EVENT, 0x10, RX_V2, 0, ET_1588, FT_UDP },
	{ HWTSTAMP_TX_OFF, HWTSTAMP_FILTER_NTP_ALL, -ERANGE,
	  HWTSTAMP_FILTER_NONE },
	/* one-step TX is beyond the 82576 */
	{ HWTSTAMP_TX_ONESTEP_SYNC, HWTSTAMP_FILTER_NONE, -ERANGE,
	  HWTSTAMP_FILTER_NONE },
	{ HWTSTAMP_TX_ONESTEP_P2P, HWTSTAMP_FILTER_NONE, -ERANGE,
	  HWTSTAMP_FILTER_NONE },
};

/* every filter value is covered by the table: a new one must be added */
static void igbx_test_ptp_filter_coverage(struct kunit *test)
{
	unsigned long seen = 0;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(igbx_ptp_filter_cases); i++)
		seen |= BIT(igbx_ptp_filter_cases[i].rx_filter);
	KUNIT_EXPECT_EQ(test, seen, BIT(__HWTSTAMP_FILTER_CNT) - 1);
}

static void igbx_test_ptp_filters(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(igbx_ptp_filter_cases); i++) {
		const struct igbx_ptp_filter_case *c = &igbx_ptp_filter_cases[i];
		struct hwtstamp_config cfg = {
			.tx_type = c->tx_type,
			.rx_filter = c->rx_filter,
		};
		struct igbx_ptp_regs regs;
		int err = igbx_ptp_filter_regs(&igbx_ptp_82576_ops, &cfg,
					       &regs);

		KUNIT_EXPECT_EQ_MSG(test, err, c->err, "case %u", i);
		KUNIT_EXPECT_EQ_MSG(test, cfg.rx_filter, c->applied, "case %u", i);
		if (err)
			continue;
		KUNIT_EXPECT_EQ_MSG(test, regs.tsynctxctl, c->txctl, "case %u", i);
		KUNIT_EXPECT_EQ_MSG(test, regs.tsyncrxctl, c->rxctl, "case %u", i);
		KUNIT_EXPECT_EQ_MSG(test, regs.tsyncrxcfg, c->rxcfg, "case %u", i);
		KUNIT_EXPECT_EQ_MSG(test, regs.etqf, c->etqf, "case %u", i);
		KUNIT_EXPECT_EQ_MSG(test, regs.ftqf, c->ftqf, "case %u", i);
		if (c->ftqf != FT_OFF) {
			/* port 319 (0x013F) in network order */
			KUNIT_EXPECT_EQ(test, regs.port,
					(u32)(__force u16)htons(0x013F));
			KUNIT_EXPECT_EQ(test, regs.imirext, 0x81000u);
		}
	}
}

/*
 * The TX slot: one frame at a time asks for a stamp (MAC_TSTAMP, bit 19
 * of cmd_type_len, only then), the next is skipped and counted, a
 * dropped frame gives the slot back; nothing while TX stamping is off.
 */
static void igbx_test_ptp_tx_claim(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_test_adapter(test);
	struct sk_buff *a = alloc_skb(64, GFP_KERNEL);
	struct sk_buff *b = alloc_skb(64, GFP_KERNEL);
	struct igbx_tx_info info = { .paylen = 60 };
	u32 cmd, olinfo;

	KUNIT_ASSERT_NOT_NULL(test, a);
	KUNIT_ASSERT_NOT_NULL(test, b);

	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, cmd, 0u);
	info.flags = IGBX_TX_FLAGS_TSTAMP;
	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, cmd, 0x00080000u);

	/* TX stamping off: no claim, nothing counted */
	KUNIT_EXPECT_FALSE(test, igbx_ptp_tx_claim(adapter, a));
	KUNIT_EXPECT_EQ(test, adapter->ptp.tx_skipped, 0ULL);

	adapter->ptp.config.tx_type = HWTSTAMP_TX_ON;
	KUNIT_EXPECT_TRUE(test, igbx_ptp_tx_claim(adapter, a));
	KUNIT_EXPECT_PTR_EQ(test, adapter->ptp.tx_skb, a);
	KUNIT_EXPECT_TRUE(test, skb_shinfo(a)->tx_flags & SKBTX_IN_PROGRESS);
	KUNIT_EXPECT_EQ(test, refcount_read(&a->users), 2u);
	KUNIT_EXPECT_FALSE(test, igbx_ptp_tx_claim(adapter, b));
	KUNIT_EXPECT_EQ(test, adapter->ptp.tx_skipped, 1ULL);

	/* the frame was dropped: the slot is free again, its reference gone */
	igbx_ptp_tx_abort(adapter);
	KUNIT_EXPECT_NULL(test, adapter->ptp.tx_skb);
	KUNIT_EXPECT_EQ(test, refcount_read(&a->users), 1u);
	KUNIT_EXPECT_TRUE(test, igbx_ptp_tx_claim(adapter, b));
	igbx_ptp_tx_abort(adapter);
	kfree_skb(a);
	kfree_skb(b);
}

/* the families with the 82580's time sync unit */
static const enum igbx_family igbx_ptp_82580_like[] = {
	IGBX_82580, IGBX_I350, IGBX_I354, IGBX_I210, IGBX_I211,
};

/* the largest scaled_ppm whose ppb (scaled_ppm * 1000 >> 16) is max_adj */
static s64 igbx_ptp_max_scaled(s32 max_adj)
{
	return ((s64)max_adj + 1) * 65536 / 1000 - 1;
}

/*
 * 82580 and later: TIMINCA is a sign (bit 31) and 2^-32 ns per 8 ns
 * clock (30:0), so r ppm is 8 * 2^32 * r / 10^6 = scaled_ppm * 2^19 /
 * 10^6 units. Fixed points, then the limits.
 */
static void igbx_test_ptp_timinca_82580_points(struct kunit *test)
{
	unsigned int i;

	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(0), 0u);
	/* 1 ppm: 34359.74 units, rounded to 34360 */
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(65536), 34360u);
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(-65536),
			0x80000000u | 34360u);
	/* 100 ppb: 3435.97 units */
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(6554), 3436u);
	/* the smallest offsets round to nothing, and never to "minus 0" */
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(1), 1u);
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(-1), 0x80000001u);
	/* max_adj 62499999 ppb: scaled_ppm 4095999999, the field's top */
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(4095999999L), 0x7FFFFFFFu);
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(-4095999999L), 0xFFFFFFFFu);
	/* beyond: saturated, the sign kept */
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(LONG_MAX), 0x7FFFFFFFu);
	KUNIT_EXPECT_EQ(test, igbx_ptp_timinca_82580(LONG_MIN), 0xFFFFFFFFu);

	/* every family's table: the arithmetic and the limit */
	KUNIT_EXPECT_NULL(test, igbx_families[IGBX_82575].ptp);
	KUNIT_EXPECT_EQ(test, igbx_families[IGBX_82576].ptp->max_adj, 999999880);
	KUNIT_EXPECT_EQ(test, igbx_families[IGBX_82576].ptp->timinca(0),
			0x01800000u);
	for (i = 0; i < ARRAY_SIZE(igbx_ptp_82580_like); i++) {
		const struct igbx_ptp_ops *ops =
			igbx_families[igbx_ptp_82580_like[i]].ptp;

		KUNIT_EXPECT_EQ(test, ops->max_adj, 62499999);
		KUNIT_EXPECT_EQ(test, ops->timinca(65536), 34360u);
		KUNIT_EXPECT_EQ(test, ops->timinca(0), 0u);
	}
}

/*
 * Over each family's whole +-max_adj range, through the family's table:
 * the signed value TIMINCA says is within half a unit of scaled_ppm *
 * 2^19 / 10^6 (82580 and later) and never decreases; the 82576's within
 * half a unit of its own increment. A TIMINCA computed the 82576's way
 * would fail the 82580's check (the last expectation).
 */
static void igbx_test_ptp_timinca_range(struct kunit *test)
{
	const s64 step = 65536LL * 997 + 12345;
	unsigned int i;
	s64 s;

	for (i = 0; i < ARRAY_SIZE(igbx_ptp_82580_like); i++) {
		const struct igbx_ptp_ops *ops =
			igbx_families[igbx_ptp_82580_like[i]].ptp;
		const s64 max = igbx_ptp_max_scaled(ops->max_adj);
		s64 prev = S64_MIN;

		for (s = -max; s <= max; s += step) {
			u32 w = ops->timinca((long)s);
			s64 v = w & 0x7FFFFFFF;
			s64 err;

			if (w & 0x80000000u) {
				KUNIT_ASSERT_NE(test, v, 0LL);
				v = -v;
			}
			err = v * 1000000 - s * (1LL << 19);
			KUNIT_ASSERT_LE_MSG(test, abs(err), 500000LL,
					    "family %u scaled_ppm %lld gives %#x",
					    igbx_ptp_82580_like[i], s, w);
			KUNIT_ASSERT_GE(test, v, prev);
			prev = v;
		}
		/* the ends themselves */
		KUNIT_EXPECT_EQ(test, ops->timinca((long)max), 0x7FFFFFFFu);
		KUNIT_EXPECT_EQ(test, ops->timinca((long)-max), 0xFFFFFFFFu);
	}

	/* the 82576's table: period 1 in 31:24, the increment in 23:0 */
	for (s = -igbx_ptp_max_scaled(999999880);
	     s <= igbx_ptp_max_scaled(999999880); s += 65536LL * 99991) {
		u32 w = igbx_families[IGBX_82576].ptp->timinca((long)s);
		s64 err = (s64)(w & 0xFFFFFF) * PPM_DIV - IV0 * (PPM_DIV + s);

		KUNIT_ASSERT_EQ(test, w >> 24, 1u);
		KUNIT_ASSERT_LE(test, abs(err), PPM_DIV / 2);
	}
	/* negative check: the 82576's word is far from the 82580's value */
	KUNIT_EXPECT_NE(test, igbx_ptp_timinca_82576(65536),
			igbx_ptp_timinca_82580(65536));
}

/* a fake answering SYSTIM through the latch model of @family */
static void igbx_ptp_fake_systim(struct igbx_ptp_fake *fake,
				 enum igbx_family family, u64 live, u64 step)
{
	fake->systim = true;
	fake->latch_reg = family == IGBX_82576 ? SYSTIML : SYSTIMR;
	fake->sec_ns = family == IGBX_I210 || family == IGBX_I211;
	fake->bits = family == IGBX_82576 ? 64 : 40;
	fake->live = live;
	fake->step = step;
	fake->lat_lo = 0xDEAD;
	fake->lat_hi = 0xBEEF;
	fake->latches = 0;
	fake->nlog = 0;
}

/*
 * Did @value come from one latch taken by this read, and is it what
 * SYSTIM held then? A read that did not start with the latching
 * register gets the old latch (or, on the 82576, a SYSTIMH of another
 * moment) and fails here.
 */
static bool igbx_ptp_read_ok(struct igbx_ptp_fake *fake, u64 value)
{
	return fake->latches == 1 &&
		value == ((u64)fake->lat_hi << 32 | fake->lat_lo) &&
		fake->nlog >= 2 && fake->log[0].reg == fake->latch_reg;
}

/*
 * SYSTIM's read order per family, from the access log: SYSTIML, SYSTIMH
 * on the 82576; SYSTIMR, SYSTIML, SYSTIMH on every later MAC. The model
 * advances SYSTIM at every read, so a read in the wrong order gets a
 * value of another moment: the 82576's order on an 82580 model, and the
 * 82580's order on an 82576 model, both fail the same check.
 */
static void igbx_test_ptp_systim_order(struct kunit *test)
{
	static const enum igbx_family all[] = {
		IGBX_82576, IGBX_82580, IGBX_I350, IGBX_I354, IGBX_I210,
		IGBX_I211,
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(all); i++) {
		struct igbx_adapter *adapter =
			igbx_ptp_family_adapter(test, all[i]);
		const struct igbx_ptp_ops *ops = adapter->hw.info->ptp;
		struct igbx_ptp_fake *fake = test->priv;
		u64 v;

		/* just below a carry into SYSTIMH, 3 units a read */
		igbx_ptp_fake_systim(fake, all[i], 0x12FFFFFFFEULL, 3);
		v = ops->read_systim(&adapter->hw, NULL);
		KUNIT_EXPECT_TRUE_MSG(test, igbx_ptp_read_ok(fake, v),
				      "family %u read %#llx", all[i], v);
		if (all[i] == IGBX_82576) {
			KUNIT_ASSERT_EQ(test, fake->nlog, 2u);
			KUNIT_EXPECT_EQ(test, fake->log[0].reg, SYSTIML);
			KUNIT_EXPECT_EQ(test, fake->log[1].reg, SYSTIMH);
		} else {
			KUNIT_ASSERT_EQ(test, fake->nlog, 3u);
			KUNIT_EXPECT_EQ(test, fake->log[0].reg, SYSTIMR);
			KUNIT_EXPECT_EQ(test, fake->log[1].reg, SYSTIML);
			KUNIT_EXPECT_EQ(test, fake->log[2].reg, SYSTIMH);
		}
		/* the cyclecounter reads the same way */
		if (ops->timecounter) {
			igbx_ptp_fake_systim(fake, all[i], 0x12FFFFFFFEULL, 3);
			v = adapter->ptp.cc.read(&adapter->ptp.cc);
			KUNIT_EXPECT_TRUE(test, igbx_ptp_read_ok(fake, v));
		}

		/* negative: the other generation's order is caught */
		igbx_ptp_fake_systim(fake, all[i], 0x12FFFFFFFEULL, 3);
		v = (all[i] == IGBX_82576 ? &igbx_ptp_82580_ops :
		     &igbx_ptp_82576_ops)->read_systim(&adapter->hw, NULL);
		KUNIT_EXPECT_FALSE_MSG(test, igbx_ptp_read_ok(fake, v),
				       "family %u: wrong order not caught",
				       all[i]);
	}
}

/*
 * The 82580/I350/I354: 40 bits of nanoseconds through the timecounter,
 * mask 2^40 - 1 and shift 0; a stamp just after the wrap converts to
 * just after the time before it, and the timecounter follows the wrap.
 */
static void igbx_test_ptp_wrap_82580(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_family_adapter(test, IGBX_I350);
	struct igbx_ptp_fake *fake = test->priv;
	struct igbx_ptp *ptp = &adapter->ptp;
	const u64 top = 1ULL << 40;

	KUNIT_EXPECT_EQ(test, ptp->cc.mask, top - 1);
	KUNIT_EXPECT_EQ(test, ptp->cc.shift, 0u);
	KUNIT_EXPECT_EQ(test, ptp->cc.mult, 1u);

	igbx_ptp_fake_systim(fake, IGBX_I350, top - 2, 0);
	timecounter_init(&ptp->tc, &ptp->cc, 5000);
	/* 2 ns before the wrap to 2 ns after it: 4 ns */
	KUNIT_EXPECT_EQ(test, adapter->hw.info->ptp->to_ns(ptp, 2), 5004ULL);
	/* bits above 39 (reserved in SYSTIMH) do not count */
	KUNIT_EXPECT_EQ(test,
			adapter->hw.info->ptp->to_ns(ptp, BIT_ULL(45) | 2),
			5004ULL);
	/* the live count wraps: the clock goes on, 10 ns later */
	fake->live = 8;
	KUNIT_EXPECT_EQ(test, timecounter_read(&ptp->tc), 5010ULL);
	/* a stamp from before the wrap, after the timecounter moved on */
	KUNIT_EXPECT_EQ(test, adapter->hw.info->ptp->to_ns(ptp, top - 1),
			5001ULL);
}

/* the access log entry @i is a write of @val to @reg */
static void igbx_ptp_expect_write(struct kunit *test, unsigned int i, u32 reg,
				  u32 val)
{
	struct igbx_ptp_fake *fake = test->priv;

	KUNIT_ASSERT_LT(test, i, fake->nlog);
	KUNIT_EXPECT_TRUE_MSG(test, fake->log[i].write, "access %u", i);
	KUNIT_EXPECT_EQ_MSG(test, fake->log[i].reg, reg, "access %u", i);
	KUNIT_EXPECT_EQ_MSG(test, fake->log[i].val, val, "access %u", i);
}

/*
 * The I210/I211: SYSTIM holds the time, SYSTIMH seconds and SYSTIML
 * nanoseconds; no timecounter. settime writes SYSTIML then SYSTIMH and
 * nothing else; adjtime reads SYSTIM (SYSTIMR first) and writes it back
 * moved, carrying into the seconds either way; gettimex reads it.
 */
static void igbx_test_ptp_i210_time(struct kunit *test)
{
	static const enum igbx_family fams[] = { IGBX_I210, IGBX_I211 };
	unsigned int f;

	for (f = 0; f < ARRAY_SIZE(fams); f++) {
		struct igbx_adapter *adapter =
			igbx_ptp_family_adapter(test, fams[f]);
		const struct igbx_ptp_ops *ops = adapter->hw.info->ptp;
		struct igbx_ptp_fake *fake = test->priv;
		struct timespec64 ts = { .tv_sec = 12, .tv_nsec = 345 };

		KUNIT_EXPECT_FALSE(test, ops->timecounter);
		KUNIT_EXPECT_EQ(test, ops->to_ns(&adapter->ptp,
						 (5ULL << 32) | 999999999),
				5999999999ULL);

		/* settime: two writes, nanoseconds first */
		igbx_ptp_fake_systim(fake, fams[f], 0, 0);
		KUNIT_EXPECT_EQ(test, igbx_ptp_settime(&adapter->ptp.caps, &ts), 0);
		KUNIT_ASSERT_EQ(test, fake->nlog, 2u);
		igbx_ptp_expect_write(test, 0, SYSTIML, 345);
		igbx_ptp_expect_write(test, 1, SYSTIMH, 12);

		/* adjtime +20 ns at 10.999999990 s: 11.000000010 s */
		igbx_ptp_fake_systim(fake, fams[f], 10999999990ULL, 0);
		KUNIT_EXPECT_EQ(test, igbx_ptp_adjtime(&adapter->ptp.caps, 20), 0);
		KUNIT_ASSERT_EQ(test, fake->nlog, 5u);
		KUNIT_EXPECT_EQ(test, fake->log[0].reg, SYSTIMR);
		KUNIT_EXPECT_EQ(test, fake->log[1].reg, SYSTIML);
		KUNIT_EXPECT_EQ(test, fake->log[2].reg, SYSTIMH);
		igbx_ptp_expect_write(test, 3, SYSTIML, 10);
		igbx_ptp_expect_write(test, 4, SYSTIMH, 11);

		/* adjtime -1.5 s at 11.000000010 s: 9.500000010 s */
		igbx_ptp_fake_systim(fake, fams[f], 11000000010ULL, 0);
		igbx_ptp_adjtime(&adapter->ptp.caps, -1500000000LL);
		igbx_ptp_expect_write(test, 3, SYSTIML, 500000010);
		igbx_ptp_expect_write(test, 4, SYSTIMH, 9);

		/* a step before the epoch stops there */
		igbx_ptp_fake_systim(fake, fams[f], 3, 0);
		igbx_ptp_adjtime(&adapter->ptp.caps, -10);
		igbx_ptp_expect_write(test, 3, SYSTIML, 0);
		igbx_ptp_expect_write(test, 4, SYSTIMH, 0);

		/* gettimex: the time as SYSTIM holds it */
		igbx_ptp_fake_systim(fake, fams[f], 7000000123ULL, 0);
		KUNIT_EXPECT_EQ(test, igbx_ptp_gettimex(&adapter->ptp.caps, &ts,
							NULL), 0);
		KUNIT_EXPECT_EQ(test, ts.tv_sec, 7LL);
		KUNIT_EXPECT_EQ(test, ts.tv_nsec, 123L);
		KUNIT_EXPECT_EQ(test, fake->log[0].reg, SYSTIMR);

		/* adjfine: one TIMINCA write, kept for the next reset */
		fake->nlog = 0;
		KUNIT_EXPECT_EQ(test, igbx_ptp_adjfine(&adapter->ptp.caps,
						       -65536), 0);
		KUNIT_ASSERT_EQ(test, fake->nlog, 1u);
		igbx_ptp_expect_write(test, 0, TIMINCA, 0x80000000u | 34360u);
		KUNIT_EXPECT_EQ(test, adapter->ptp.timinca, 0x80000000u | 34360u);
	}
}

/*
 * The 82580/I350/I354 keep SYSTIM running: settime and adjtime write no
 * register, adjfine writes only TIMINCA (after reading SYSTIM to bring
 * the timecounter up to date).
 */
static void igbx_test_ptp_82580_time(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_family_adapter(test, IGBX_82580);
	struct igbx_ptp_fake *fake = test->priv;
	struct timespec64 ts = { .tv_sec = 100, .tv_nsec = 5 };
	unsigned int i;

	igbx_ptp_fake_systim(fake, IGBX_82580, 1000, 0);
	KUNIT_EXPECT_EQ(test, igbx_ptp_settime(&adapter->ptp.caps, &ts), 0);
	KUNIT_EXPECT_EQ(test, igbx_ptp_adjtime(&adapter->ptp.caps, -5), 0);
	fake->live = 1500;
	KUNIT_EXPECT_EQ(test, igbx_ptp_gettimex(&adapter->ptp.caps, &ts, NULL),
			0);
	KUNIT_EXPECT_EQ(test, ts.tv_sec, 100LL);
	KUNIT_EXPECT_EQ(test, ts.tv_nsec, 500L);
	for (i = 0; i < fake->nlog; i++)
		KUNIT_EXPECT_FALSE_MSG(test, fake->log[i].write, "access %u", i);

	fake->nlog = 0;
	igbx_ptp_adjfine(&adapter->ptp.caps, 65536);
	KUNIT_ASSERT_EQ(test, fake->nlog, 4u);
	KUNIT_EXPECT_EQ(test, fake->log[0].reg, SYSTIMR);
	igbx_ptp_expect_write(test, 3, TIMINCA, 34360);
}

/* a stamp header of @rsvd, @lo, @hi into @buf */
static void igbx_ptp_hdr(u8 *buf, u32 rsvd, u32 lo, u32 hi)
{
	put_unaligned_le32(rsvd, buf);
	put_unaligned_le32(0, buf + 4);
	put_unaligned_le32(lo, buf + 8);
	put_unaligned_le32(hi, buf + 12);
}

/*
 * The stamp in the receive buffer (82580 and later): 16 bytes ahead of
 * the frame, two reserved dwords then SYSTIML and SYSTIMH, little
 * endian. The header's length comes back for the caller to skip; the
 * stamp is the family's conversion (the timecounter on the I350, seconds
 * and nanoseconds less the RX delay at the link speed on the I210).
 * Reserved dwords not zero: the length, no stamp. A buffer shorter than
 * a header: 0, no stamp.
 */
static void igbx_test_ptp_rx_pktstamp(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_family_adapter(test, IGBX_I350);
	struct igbx_ptp_fake *fake = test->priv;
	ktime_t stamp;
	u8 buf[16];

	igbx_ptp_fake_systim(fake, IGBX_I350, 0xFFFFFFF0ULL, 0);
	timecounter_init(&adapter->ptp.tc, &adapter->ptp.cc, 3000000000ULL);
	/* 0x20 ns later: across SYSTIML's carry into SYSTIMH */
	igbx_ptp_hdr(buf, 0, 0x10, 0x1);
	stamp = 0;
	KUNIT_EXPECT_EQ(test, igbx_ptp_rx_pktstamp(adapter, buf, 76, &stamp), 16u);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(stamp), 3000000032LL);

	igbx_ptp_hdr(buf, 0x1, 0x10, 0x1);
	stamp = 0;
	KUNIT_EXPECT_EQ(test, igbx_ptp_rx_pktstamp(adapter, buf, 76, &stamp), 16u);
	KUNIT_EXPECT_EQ(test, stamp, 0);

	igbx_ptp_hdr(buf, 0, 0x10, 0x1);
	KUNIT_EXPECT_EQ(test, igbx_ptp_rx_pktstamp(adapter, buf, 15, &stamp), 0u);
	KUNIT_EXPECT_EQ(test, stamp, 0);

	/* I210 at 1000 Mb/s: 5 s + 1000 ns, less 448 ns */
	adapter = igbx_ptp_family_adapter(test, IGBX_I210);
	adapter->link_speed = SPEED_1000;
	igbx_ptp_hdr(buf, 0, 1000, 5);
	KUNIT_EXPECT_EQ(test, igbx_ptp_rx_pktstamp(adapter, buf, 16, &stamp), 16u);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(stamp), 5000000552LL);
	/* and at 100 Mb/s, 2213 ns */
	adapter->link_speed = SPEED_100;
	igbx_ptp_rx_pktstamp(adapter, buf, 58, &stamp);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(stamp), 5000000000LL + 1000 - 2213);
}

/*
 * 82580 and later: every filter but SOME becomes ALL (TSYNCRXCTL EN,
 * type 100b in 3:1: 0x18), no V1 message type, EtherType and UDP
 * filters set with the source port not compared (FTQF mask bit 31 kept);
 * the I210/I211 also set RXPBS bit 31. Every family: what ethtool -T
 * lists is exactly what filter_regs keeps as asked.
 */
static void igbx_test_ptp_filters_families(struct kunit *test)
{
	static const enum igbx_family fams[] = {
		IGBX_82576, IGBX_82580, IGBX_I350, IGBX_I354, IGBX_I210,
		IGBX_I211,
	};
	unsigned int f;
	int filt;

	for (f = 0; f < ARRAY_SIZE(fams); f++) {
		const struct igbx_ptp_ops *ops = igbx_families[fams[f]].ptp;
		bool i210 = fams[f] == IGBX_I210 || fams[f] == IGBX_I211;
		u32 kept = 0;

		for (filt = 0; filt < __HWTSTAMP_FILTER_CNT; filt++) {
			struct hwtstamp_config cfg = {
				.tx_type = HWTSTAMP_TX_ON,
				.rx_filter = filt,
			};
			struct igbx_ptp_regs regs;
			int err = igbx_ptp_filter_regs(ops, &cfg, &regs);

			if (!err && cfg.rx_filter == filt)
				kept |= BIT(filt);
			if (fams[f] == IGBX_82576)
				continue;	/* its table is checked above */
			if (filt == HWTSTAMP_FILTER_SOME) {
				KUNIT_EXPECT_EQ(test, err, -ERANGE);
				KUNIT_EXPECT_EQ(test, cfg.rx_filter,
						HWTSTAMP_FILTER_NONE);
				continue;
			}
			KUNIT_ASSERT_EQ_MSG(test, err, 0, "family %u filter %d",
					    fams[f], filt);
			KUNIT_EXPECT_EQ(test, regs.tsynctxctl, 0x10u);
			if (filt == HWTSTAMP_FILTER_NONE) {
				KUNIT_EXPECT_EQ(test, cfg.rx_filter,
						HWTSTAMP_FILTER_NONE);
				KUNIT_EXPECT_EQ(test, regs.tsyncrxctl, 0u);
				KUNIT_EXPECT_EQ(test, regs.rxpbs, 0u);
				KUNIT_EXPECT_EQ(test, regs.ftqf, FT_OFF);
				continue;
			}
			KUNIT_EXPECT_EQ_MSG(test, cfg.rx_filter,
					    HWTSTAMP_FILTER_ALL, "filter %d",
					    filt);
			KUNIT_EXPECT_EQ(test, regs.tsyncrxctl, 0x18u);
			KUNIT_EXPECT_EQ(test, regs.tsyncrxcfg, 0u);
			KUNIT_EXPECT_EQ(test, regs.etqf, ET_1588);
			KUNIT_EXPECT_EQ(test, regs.ftqf, FT_UDP | BIT(31));
			KUNIT_EXPECT_EQ(test, regs.rxpbs,
					i210 ? 0x80000000u : 0u);
		}
		KUNIT_EXPECT_EQ_MSG(test, BIT(HWTSTAMP_FILTER_NONE) |
				    ops->rx_filters, kept, "family %u", fams[f]);
		/* one-step TX is beyond every family */
		{
			struct hwtstamp_config cfg = {
				.tx_type = HWTSTAMP_TX_ONESTEP_SYNC,
			};
			struct igbx_ptp_regs regs;

			KUNIT_EXPECT_EQ(test,
					igbx_ptp_filter_regs(ops, &cfg, &regs),
					-ERANGE);
		}
		/* RX rings: the stamp in the buffer from the 82580 on */
		KUNIT_EXPECT_EQ(test, ops->srrctl,
				fams[f] == IGBX_82576 ? 0u : 0x40000000u);
	}
	KUNIT_EXPECT_EQ(test, igbx_families[IGBX_82580].ptp->rx_filters,
			(u32)BIT(HWTSTAMP_FILTER_ALL));
	KUNIT_EXPECT_EQ(test, igbx_families[IGBX_82576].ptp->rx_filters,
			(u32)(BIT(HWTSTAMP_FILTER_PTP_V1_L4_SYNC) |
			      BIT(HWTSTAMP_FILTER_PTP_V1_L4_DELAY_REQ) |
			      BIT(HWTSTAMP_FILTER_PTP_V2_EVENT)));
}

/*
 * TX stamps (TXSTMPH << 32 | TXSTMPL), per family: the 82576's count in
 * 2^-19 ns and the 82580's 40-bit nanoseconds through the timecounter;
 * the I210's seconds and nanoseconds plus its delay to the wire at the
 * link speed (178 ns at 1000 Mb/s, 9542 ns at 10, none at an unknown
 * speed); the 82580 has no such delay.
 */
static void igbx_test_ptp_tx_time(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_ptp_test_adapter(test);
	struct igbx_ptp_fake *fake;

	igbx_ptp_set_systim(test, 1ULL << 40);
	timecounter_init(&adapter->ptp.tc, &adapter->ptp.cc, 1000);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(igbx_ptp_tx_time(adapter,
							   (1ULL << 40) +
							   (7 << 19))),
			1007LL);

	adapter = igbx_ptp_family_adapter(test, IGBX_82580);
	fake = test->priv;
	adapter->link_speed = SPEED_1000;
	igbx_ptp_fake_systim(fake, IGBX_82580, (1ULL << 40) - 4, 0);
	timecounter_init(&adapter->ptp.tc, &adapter->ptp.cc, 2000);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(igbx_ptp_tx_time(adapter, 6)),
			2010LL);

	adapter = igbx_ptp_family_adapter(test, IGBX_I211);
	adapter->link_speed = SPEED_1000;
	KUNIT_EXPECT_EQ(test, ktime_to_ns(igbx_ptp_tx_time(adapter,
							   (3ULL << 32) | 500)),
			3000000678LL);
	adapter->link_speed = SPEED_10;
	KUNIT_EXPECT_EQ(test, ktime_to_ns(igbx_ptp_tx_time(adapter,
							   (3ULL << 32) | 500)),
			3000010042LL);
	adapter->link_speed = 0;
	KUNIT_EXPECT_EQ(test, ktime_to_ns(igbx_ptp_tx_time(adapter,
							   (3ULL << 32) | 500)),
			3000000500LL);
}

static struct kunit_case igbx_ptp_cases[] = {
	KUNIT_CASE(igbx_test_ptp_incvalue_points),
	KUNIT_CASE(igbx_test_ptp_incvalue_range),
	KUNIT_CASE(igbx_test_ptp_systim_read),
	KUNIT_CASE(igbx_test_ptp_cyclecounter),
	KUNIT_CASE(igbx_test_ptp_rx_stamp),
	KUNIT_CASE(igbx_test_ptp_rx_hang),
	KUNIT_CASE(igbx_test_ptp_filter_coverage),
	KUNIT_CASE(igbx_test_ptp_filters),
	KUNIT_CASE(igbx_test_ptp_tx_claim),
	KUNIT_CASE(igbx_test_ptp_timinca_82580_points),
	KUNIT_CASE(igbx_test_ptp_timinca_range),
	KUNIT_CASE(igbx_test_ptp_systim_order),
	KUNIT_CASE(igbx_test_ptp_wrap_82580),
	KUNIT_CASE(igbx_test_ptp_i210_time),
	KUNIT_CASE(igbx_test_ptp_82580_time),
	KUNIT_CASE(igbx_test_ptp_rx_pktstamp),
	KUNIT_CASE(igbx_test_ptp_filters_families),
	KUNIT_CASE(igbx_test_ptp_tx_time),
	{}
};

static struct kunit_suite igbx_ptp_suite = {
	.name = "igbx_ptp",
	.test_cases = igbx_ptp_cases,
};

kunit_test_suite(igbx_ptp_suite);
