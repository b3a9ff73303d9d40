// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - KUnit suite for the 82576's time sync (module/ptp.c): the
 * adjfine to TIMINCA arithmetic over the whole range, the order of the
 * SYSTIM reads and their conversion through the timecounter, the RX
 * stamp's decoding, the filter set-up for every hwtstamp request, and
 * the one TX stamp slot.
 *
 * QEMU's model stamps no received frame, so what the rig cannot show is
 * checked here. Register reads are answered by a small table through the
 * static stub of igbx_rd32(), which also logs their order. Expected
 * register values are written out from the datasheet's bit positions
 * (82576 datasheet 8.16), not from the driver's macros.
 */
#include <kunit/static_stub.h>
#include <kunit/test.h>
#include <linux/net_tstamp.h>
#include <linux/skbuff.h>

#include "igbx.h"

#define IGBX_PTP_TEST_REGS	8
#define IGBX_PTP_TEST_LOG	16

/* the nominal increment, 16 ns in 2^-19 ns units, and ppm's divisor */
#define IV0			0x800000LL
#define PPM_DIV			(1000000LL << 16)

/**
 * struct igbx_ptp_fake - what the stubbed igbx_rd32() answers and saw
 * @reg: register offsets answered
 * @val: their values
 * @nr: entries in @reg and @val
 * @log: the registers read, in order
 * @nlog: entries in @log
 */
struct igbx_ptp_fake {
	u32 reg[IGBX_PTP_TEST_REGS];
	u32 val[IGBX_PTP_TEST_REGS];
	unsigned int nr;
	u32 log[IGBX_PTP_TEST_LOG];
	unsigned int nlog;
};

static u32 igbx_ptp_fake_rd32(struct igbx_hw *hw, u32 reg)
{
	struct kunit *test = kunit_get_current_test();
	struct igbx_ptp_fake *fake = test->priv;
	unsigned int i;

	if (fake->nlog < IGBX_PTP_TEST_LOG)
		fake->log[fake->nlog++] = reg;
	for (i = 0; i < fake->nr; i++)
		if (fake->reg[i] == reg)
			return fake->val[i];
	return 0;
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

/* an adapter with its clock state ready and igbx_rd32() stubbed */
static struct igbx_adapter *igbx_ptp_test_adapter(struct kunit *test)
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
	spin_lock_init(&adapter->ptp.lock);
	igbx_ptp_init_cc(&adapter->ptp);
	kunit_activate_static_stub(test, igbx_rd32, igbx_ptp_fake_rd32);
	return adapter;
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
	KUNIT_EXPECT_EQ(test, fake->log[0], 0x0B600u);
	KUNIT_EXPECT_EQ(test, fake->log[1], 0x0B604u);
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
	KUNIT_EXPECT_EQ(test, fake->log[0], 0x0B620u);

	/* latched 25 ns after the timecounter's start */
	igbx_ptp_fake_set(fake, 0x0B620, 0x1B);	/* EN, EVENT_V2, VALID */
	igbx_ptp_fake_set(fake, 0x0B624, lower_32_bits(base + (25 << 19)));
	igbx_ptp_fake_set(fake, 0x0B628, upper_32_bits(base + (25 << 19)));
	fake->nlog = 0;
	igbx_ptp_rx_stamp(adapter, skb);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(skb_hwtstamps(skb)->hwtstamp),
			7000000025LL);
	KUNIT_ASSERT_EQ(test, fake->nlog, 3u);
	KUNIT_EXPECT_EQ(test, fake->log[1], 0x0B624u);
	KUNIT_EXPECT_EQ(test, fake->log[2], 0x0B628u);
	kfree_skb(skb);
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
		int err = igbx_ptp_filter_regs(&cfg, &regs);

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

static struct kunit_case igbx_ptp_cases[] = {
	KUNIT_CASE(igbx_test_ptp_incvalue_points),
	KUNIT_CASE(igbx_test_ptp_incvalue_range),
	KUNIT_CASE(igbx_test_ptp_systim_read),
	KUNIT_CASE(igbx_test_ptp_cyclecounter),
	KUNIT_CASE(igbx_test_ptp_rx_stamp),
	KUNIT_CASE(igbx_test_ptp_filter_coverage),
	KUNIT_CASE(igbx_test_ptp_filters),
	KUNIT_CASE(igbx_test_ptp_tx_claim),
	{}
};

static struct kunit_suite igbx_ptp_suite = {
	.name = "igbx_ptp",
	.test_cases = igbx_ptp_cases,
};

kunit_test_suite(igbx_ptp_suite);
