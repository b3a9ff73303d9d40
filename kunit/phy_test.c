// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - KUnit suite igbx_phy: each family's copper PHY bring-up against
 * the register model (kunit/model.c), no silicon needed.
 *
 * What it checks: that the PHY reset sets and clears CTRL.PHY_RST (bit
 * 31) with the port's PHY semaphore held, then waits for the port's
 * CFG_DONE in EEMNGCTL (0x01010, bits 18-21) or the I210's copy
 * (0x12030, bit 18), and fails cleanly with -ETIMEDOUT when it never
 * comes; that the firmware's MANC bit keeps the PHY from being reset;
 * that the PHY type follows from each real PHY ID, and an unknown ID is
 * refused; that link setup clears PHPM's GO_LINKD and D0 low-power
 * link-up (or the IGP PHY's own D0 LPLU bit), makes the type's own
 * settings, enables EEE where igb does, writes the advertisement and
 * restarts auto-negotiation; that pause is advertised and resolved by
 * IEEE 802.3 Annex 28B; that the I211 / flash-less I210 PLL
 * workaround bounces the function through D3hot until the PLL reads
 * configured, at most five checks, with the autoload word igb uses.
 * Every MDIC command and PHY_RST change must be made inside the PHY
 * semaphore (the model counts those that are not). Register offsets and
 * bits are written out from the datasheets, not the driver's macros.
 */
#include <kunit/test.h>
#include <linux/ktime.h>
#include <linux/mii.h>

#include "igbx.h"
#include "model.h"

#define SW_FW_SYNC	0x05B5C
#define CTRL		0x00000
#define CTRL_PHY_RST	BIT(31)
#define MANC		0x05820
#define PHPM		0x00E14
#define IPCNFG		0x00E38
#define EEER		0x00E30
#define MDICNFG		0x00E04
#define EEARBC		0x12024

/**
 * struct igbx_phy_case - one port of one family and its PHY
 * @family: the MAC generation
 * @func: the port's LAN function
 * @cfg_reg: where its CFG_DONE is
 * @cfg_bit: which bit
 * @type: the PHY type its model's ID must give
 * @phpm: it has PHPM, to be cleared of GO_LINKD and D0 LPLU
 * @eee: igb enables EEE on it
 * @desc: for the test log
 */
struct igbx_phy_case {
	enum igbx_family family;
	u8 func;
	u32 cfg_reg;
	u32 cfg_bit;
	enum igbx_phy_type type;
	bool phpm;
	bool eee;
	const char *desc;
};

static const struct igbx_phy_case igbx_phy_cases[] = {
	{ IGBX_82575, 0, 0x01010, BIT(18), IGBX_PHY_IGP,   false, false, "82575 port 0" },
	{ IGBX_82576, 1, 0x01010, BIT(19), IGBX_PHY_IGP,   false, false, "82576 port 1" },
	{ IGBX_82580, 2, 0x01010, BIT(20), IGBX_PHY_82580, true,  false, "82580 port 2" },
	{ IGBX_I350,  3, 0x01010, BIT(21), IGBX_PHY_82580, true,  true,  "I350 port 3" },
	{ IGBX_I354,  0, 0x01010, BIT(18), IGBX_PHY_M88,   false, false, "I354 port 0" },
	{ IGBX_I210,  0, 0x12030, BIT(18), IGBX_PHY_I210,  true,  true,  "I210" },
	{ IGBX_I211,  0, 0x12030, BIT(18), IGBX_PHY_I210,  true,  true,  "I211" },
};

static void igbx_phy_case_desc(const struct igbx_phy_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_phy, igbx_phy_cases, igbx_phy_case_desc);

static struct igbx_model *igbx_phy_model(struct kunit *test,
					 const struct igbx_phy_case **c)
{
	*c = test->param_value;
	return igbx_model_new(test, (*c)->family, (*c)->func);
}

/* Log index of the first access to @reg from @from on, or -1. */
static int igbx_find(const struct igbx_model *m, unsigned int from, u32 reg,
		     bool write, u32 mask, u32 val)
{
	unsigned int i;

	for (i = from; i < m->nlog; i++) {
		const struct igbx_model_access *a = &m->log[i];

		if (a->reg == reg && a->write == write && (a->val & mask) == val)
			return i;
	}
	return -1;
}

/*
 * (a) The PHY reset: PHY_RST set then cleared, both inside the PHY
 * semaphore, CFG_DONE polled after it and found set, everything given
 * back; one PHY reset, no PLL bounce where the PLL is fine.
 */
static void igbx_test_phy_reset(struct kunit *test)
{
	const struct igbx_phy_case *c;
	struct igbx_model *m = igbx_phy_model(test, &c);
	int set, clr, done;

	KUNIT_ASSERT_NOT_NULL(test, m->hw.info->ops->phy_reset);
	KUNIT_EXPECT_EQ(test, igbx_phy_reset(&m->hw), 0);
	KUNIT_ASSERT_EQ(test, m->log_lost, 0u);

	set = igbx_find(m, 0, CTRL, true, CTRL_PHY_RST, CTRL_PHY_RST);
	KUNIT_ASSERT_GE(test, set, 0);
	clr = igbx_find(m, set, CTRL, true, CTRL_PHY_RST, 0);
	KUNIT_ASSERT_GT(test, clr, set);
	done = igbx_find(m, clr, c->cfg_reg, false, c->cfg_bit, c->cfg_bit);
	KUNIT_EXPECT_GT(test, done, clr);
	KUNIT_EXPECT_EQ(test, m->phy_resets, 1u);
	KUNIT_EXPECT_FALSE(test, m->phy_in_reset);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
	KUNIT_EXPECT_EQ(test, m->d3_bounces, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, SW_FW_SYNC), 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x05B50) & 0x3, 0u);
}

/*
 * (b) CFG_DONE never comes: -ETIMEDOUT within the 100 ms limit (plus
 * slack), the PHY out of reset and the semaphore given back; the probe's
 * igbx_phy_init() goes on, as igb does, and identifies the PHY.
 */
static void igbx_test_phy_cfg_never_done(struct kunit *test)
{
	const struct igbx_phy_case *c;
	struct igbx_model *m = igbx_phy_model(test, &c);
	ktime_t t0;

	m->cfg_done_reads = 0;
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_phy_reset(&m->hw), -ETIMEDOUT);
	KUNIT_EXPECT_LT(test, ktime_ms_delta(ktime_get(), t0), 500);
	KUNIT_EXPECT_FALSE(test, m->phy_in_reset);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, c->cfg_reg) & c->cfg_bit, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, SW_FW_SYNC), 0u);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);

	KUNIT_EXPECT_EQ(test, igbx_phy_init(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->hw.phy.type, c->type);
}

/* (c) The firmware blocks PHY resets (MANC bit 18): none is made. */
static void igbx_test_phy_reset_blocked(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_82576, 0);

	igbx_model_set_reg(m, MANC, BIT(18));
	KUNIT_EXPECT_EQ(test, igbx_phy_reset(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->phy_resets, 0u);
	KUNIT_EXPECT_EQ(test, igbx_find(m, 0, CTRL, true, 0, 0), -1);
}

/* (d) Each family's model PHY is identified as its type. */
static void igbx_test_phy_family_type(struct kunit *test)
{
	const struct igbx_phy_case *c;
	struct igbx_model *m = igbx_phy_model(test, &c);

	KUNIT_EXPECT_EQ(test, igbx_phy_init(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->hw.phy.type, c->type);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
}

/**
 * struct igbx_phy_id_case - a PHY ID and the type it must give
 * @id: registers 2 and 3
 * @type: the type, %IGBX_PHY_UNKNOWN for an ID to be refused
 * @desc: for the test log
 */
struct igbx_phy_id_case {
	u16 id[2];
	enum igbx_phy_type type;
	const char *desc;
};

static const struct igbx_phy_id_case igbx_phy_id_cases[] = {
	{ { 0x0141, 0x0CC2 }, IGBX_PHY_M88,     "M88E1111 rev 2" },
	{ { 0x0141, 0x0C90 }, IGBX_PHY_M88,     "M88E1112" },
	{ { 0x0141, 0x0DC0 }, IGBX_PHY_M88,     "I347-AT4" },
	{ { 0x0141, 0x0DD1 }, IGBX_PHY_M88,     "M88E1512 rev 1" },
	{ { 0x0141, 0x0EA0 }, IGBX_PHY_M88,     "M88E1543" },
	{ { 0x02A8, 0x0391 }, IGBX_PHY_IGP,     "IGP03 (QEMU's 82576)" },
	{ { 0x0154, 0x03A0 }, IGBX_PHY_82580,   "82580 internal" },
	{ { 0x0154, 0x03B3 }, IGBX_PHY_82580,   "I350 internal rev 3" },
	{ { 0x0141, 0x0C01 }, IGBX_PHY_I210,    "I210 internal rev 1" },
	{ { 0x0362, 0x5D10 }, IGBX_PHY_UNKNOWN, "BCM54616 (not set up by igbx)" },
	{ { 0x0000, 0x0000 }, IGBX_PHY_UNKNOWN, "no PHY (zeros)" },
	{ { 0xFFFF, 0xFFFF }, IGBX_PHY_UNKNOWN, "no PHY (ones)" },
};

static void igbx_phy_id_desc(const struct igbx_phy_id_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_phy_id, igbx_phy_id_cases, igbx_phy_id_desc);

/*
 * (e) The type follows from the ID, the revision nibble aside; an ID
 * igbx does not know is refused with -ENODEV, and a link setup on such a
 * PHY is refused too, touching no PHY register.
 */
static void igbx_test_phy_id(struct kunit *test)
{
	const struct igbx_phy_id_case *c = test->param_value;
	struct igbx_model *m = igbx_model_new(test, IGBX_82576, 0);
	int err;

	igbx_model_set_phy_id(m, c->id[0], c->id[1]);
	err = igbx_phy_identify(&m->hw);
	KUNIT_EXPECT_EQ(test, m->hw.phy.type, c->type);
	KUNIT_EXPECT_EQ(test, m->hw.phy.id, (u32)c->id[0] << 16 | (c->id[1] & 0xFFF0));
	KUNIT_EXPECT_EQ(test, m->hw.phy.revision, c->id[1] & 0xF);
	if (c->type != IGBX_PHY_UNKNOWN) {
		KUNIT_EXPECT_EQ(test, err, 0);
		return;
	}
	KUNIT_EXPECT_EQ(test, err, -ENODEV);
	igbx_model_clear_log(m);
	KUNIT_EXPECT_EQ(test, igbx_setup_link(&m->hw), -ENODEV);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
}

/*
 * (f) Link setup, per family: PHPM's GO_LINKD (bit 5) and D0 LPLU (bit
 * 1) cleared where the MAC has PHPM and left alone elsewhere; the IGP
 * PHY's D0 LPLU (register 0x19 bit 1) cleared, though its NVM sets it
 * again at each PHY reset; the type's own settings; EEE on the I350,
 * I210 and I211 only; every 10/100 mode and 1000 full advertised, 1000
 * half not, symmetric pause as probe chose it; BMCR out of power-down with auto-negotiation
 * enabled and restarted.
 */
static void igbx_test_phy_setup_link(struct kunit *test)
{
	const struct igbx_phy_case *c;
	struct igbx_model *m = igbx_phy_model(test, &c);
	u16 *phy = m->phy;

	/* a previous owner left the PHY powered down and limited */
	m->phy_default[0] |= BIT(11);			/* BMCR power down */
	if (c->type == IGBX_PHY_IGP)
		m->phy_default[0x19] = BIT(1);		/* D0 LPLU */
	memcpy(m->phy, m->phy_default, sizeof(m->phy));
	igbx_model_set_reg(m, PHPM, BIT(5) | BIT(1) | BIT(0));

	KUNIT_ASSERT_EQ(test, igbx_phy_init(&m->hw), 0);
	igbx_model_clear_log(m);
	KUNIT_ASSERT_EQ(test, igbx_setup_link(&m->hw), 0);

	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, PHPM),
			c->phpm ? BIT(0) : BIT(5) | BIT(1) | BIT(0));
	switch (c->type) {
	case IGBX_PHY_IGP:
		KUNIT_EXPECT_EQ(test, phy[0x19] & BIT(1), 0);
		KUNIT_EXPECT_NE(test, phy[0x12] & BIT(12), 0);	/* auto MDI-X */
		KUNIT_EXPECT_GE(test, m->phy_resets, 1u);
		break;
	case IGBX_PHY_82580:
		/* CRS on TX (15), downshift (11:10); PHY control 2: auto MDI-X */
		KUNIT_EXPECT_EQ(test, phy[22] & 0x8C00, 0x8C00);
		KUNIT_EXPECT_EQ(test, phy[18] & 0x0600, 0x0400);
		KUNIT_EXPECT_GE(test, m->phy_resets, 1u);
		break;
	default:
		/* auto MDI-X (6:5 = 3), polarity correction on, downshift 6x */
		KUNIT_EXPECT_EQ(test, phy[0x10] & 0x7862, 0x5860);
		break;
	}
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IPCNFG), c->eee ? 0xCu : 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, EEER), c->eee ? 0x70000u : 0u);
	/* ANAR: the 10/100 modes, and pause both ways (PAUSE, not ASM_DIR) */
	KUNIT_EXPECT_EQ(test, phy[4], 0x05E1);
	KUNIT_EXPECT_EQ(test, phy[9] & 0x1300, 0x0200);
	KUNIT_EXPECT_EQ(test, phy[0] & 0x1E00, 0x1200);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, SW_FW_SYNC), 0u);
}

/*
 * (g) What ethtool -s asked for is advertised, also after the PHY reset
 * inside the link setup brought the PHY's defaults back; with only 1000
 * full, the IGP PHY's SmartSpeed (register 0x10 bit 7) is turned off.
 */
static void igbx_test_phy_advertise(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_82576, 0);

	m->phy_default[0x10] = BIT(7);
	memcpy(m->phy, m->phy_default, sizeof(m->phy));
	KUNIT_ASSERT_EQ(test, igbx_phy_init(&m->hw), 0);

	m->hw.phy.adv_anar = BIT(8);		/* 100 full */
	m->hw.phy.adv_1000 = 0;
	KUNIT_ASSERT_EQ(test, igbx_setup_link(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->phy[4] & 0x1E0, BIT(8));
	KUNIT_EXPECT_EQ(test, m->phy[9] & 0x300, 0);
	KUNIT_EXPECT_NE(test, m->phy[0x10] & BIT(7), 0);

	m->hw.phy.adv_anar = 0;
	m->hw.phy.adv_1000 = BIT(9);		/* 1000 full only */
	KUNIT_ASSERT_EQ(test, igbx_setup_link(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->phy[4] & 0x1E0, 0);
	KUNIT_EXPECT_EQ(test, m->phy[9] & 0x300, BIT(9));
	KUNIT_EXPECT_EQ(test, m->phy[0x10] & BIT(7), 0);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
}

/**
 * struct igbx_pause_case - one row of IEEE 802.3 Annex 28B.3's table
 * @rx: ethtool -A rx
 * @tx: ethtool -A tx
 * @anar: the pause bits (ANAR 11:10) that must be advertised for them
 * @lpa: the partner's pause bits (LPA 11:10)
 * @full_duplex: the link's duplex
 * @fc: the directions the link must run with (FLOW_CTRL_RX/TX)
 */
struct igbx_pause_case {
	bool rx, tx;
	u16 anar, lpa;
	bool full_duplex;
	u8 fc;
};

#define AN_PAUSE	BIT(10)	/* ANAR and LPA bit 10 */
#define AN_ASM		BIT(11)	/* ASM_DIR, bit 11 */
#define FC_BOTH		(FLOW_CTRL_RX | FLOW_CTRL_TX)

static const struct igbx_pause_case igbx_pause_cases[] = {
	/* both ways: PAUSE alone; the partner's PAUSE gives both ways */
	{ true,  true,  AN_PAUSE,           AN_PAUSE,           true,  FC_BOTH },
	{ true,  true,  AN_PAUSE,           AN_PAUSE | AN_ASM,  true,  FC_BOTH },
	{ true,  true,  AN_PAUSE,           AN_ASM,             true,  0 },
	/* the emulated 82576's partner advertises no pause */
	{ true,  true,  AN_PAUSE,           0,                  true,  0 },
	{ true,  true,  AN_PAUSE,           AN_PAUSE,           false, 0 },
	/* receive only: PAUSE and ASM_DIR; a sending-only partner pauses us */
	{ true,  false, AN_PAUSE | AN_ASM,  AN_ASM,             true,  FLOW_CTRL_RX },
	{ true,  false, AN_PAUSE | AN_ASM,  AN_PAUSE | AN_ASM,  true,  FC_BOTH },
	/* send only: ASM_DIR; the partner must honour pause frames */
	{ false, true,  AN_ASM,             AN_PAUSE | AN_ASM,  true,  FLOW_CTRL_TX },
	{ false, true,  AN_ASM,             AN_PAUSE,           true,  0 },
	{ false, false, 0,                  AN_PAUSE | AN_ASM,  true,  0 },
};

/*
 * (g2) Pause negotiation on the 82576: each ethtool -A setting is
 * advertised in ANAR through MDIC (the 10/100 bits left as they were),
 * and the link's directions follow from both ends' bits as the table
 * above says; the PHY semaphore is held for every access.
 */
static void igbx_test_phy_pause(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_82576, 0);
	unsigned int i;

	KUNIT_ASSERT_EQ(test, igbx_phy_init(&m->hw), 0);
	for (i = 0; i < ARRAY_SIZE(igbx_pause_cases); i++) {
		const struct igbx_pause_case *c = &igbx_pause_cases[i];
		u8 fc = 0xFF;

		m->phy[4] = 0x0DE1;
		igbx_phy_set_pause_adv(&m->hw, c->rx, c->tx);
		KUNIT_ASSERT_EQ(test, igbx_phy_write_advertising(&m->hw), 0);
		KUNIT_EXPECT_EQ_MSG(test, m->phy[4], 0x01E1 | c->anar, "case %u", i);
		m->phy[5] = 0x41E0 | c->lpa;	/* ACK, 10/100 both duplexes */
		KUNIT_EXPECT_EQ(test, igbx_phy_pause_resolve(&m->hw, c->full_duplex, &fc), 0);
		KUNIT_EXPECT_EQ_MSG(test, fc, c->fc, "case %u", i);
	}
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, SW_FW_SYNC), 0u);
}

/*
 * ethtool -t's loopback (igbx_phy_loopback()): BMCR ends at loopback,
 * 1000 Mb/s, full duplex, auto-negotiation off (0x4140); CTRL forces the
 * MAC to match (FD bit 0, SLU 6, speed 9:8 = 2, FRCSPD 11, FRCDPX 12),
 * with ILOS (7) only for a Marvell PHY, which is also set to manual MDI
 * (register 16 bits 6:5 = 0); the 82580/I350 PHY gets MII loopback in
 * register 19 (0x8041), no other PHY has it touched. All inside the PHY
 * semaphore. Off: BMCR.LOOPBACK cleared, CTRL left to the next link
 * setup. A PHY that stops answering: an error, and CTRL not forced.
 */
static void igbx_test_phy_loopback(struct kunit *test)
{
	const struct igbx_phy_case *c;
	struct igbx_model *m = igbx_phy_model(test, &c);
	bool m88 = c->type == IGBX_PHY_M88;
	u32 ctrl;

	KUNIT_ASSERT_EQ(test, igbx_phy_init(&m->hw), 0);
	m->phy[19] = 0;
	KUNIT_ASSERT_EQ(test, igbx_phy_loopback(&m->hw, true), 0);
	KUNIT_EXPECT_EQ(test, m->phy[0], 0x4140);
	ctrl = igbx_model_reg(m, CTRL);
	KUNIT_EXPECT_EQ(test, ctrl & 0x1BC1, m88 ? 0x1AC1u : 0x1A41u);
	KUNIT_EXPECT_EQ(test, m->phy[19], c->type == IGBX_PHY_82580 ? 0x8041 : 0);
	if (m88)
		KUNIT_EXPECT_EQ(test, m->phy[0x10] & 0x60, 0);

	KUNIT_ASSERT_EQ(test, igbx_phy_loopback(&m->hw, false), 0);
	KUNIT_EXPECT_EQ(test, m->phy[0] & BIT(14), 0);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, CTRL), ctrl);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, SW_FW_SYNC), 0u);

	igbx_model_set_reg(m, CTRL, 0);
	m->no_phy = true;
	KUNIT_EXPECT_LT(test, igbx_phy_loopback(&m->hw, true), 0);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, CTRL), 0u);
}

/* EEARBC's value for autoload word 0x0A holding @data. */
static u32 igbx_eearbc(u16 data)
{
	return (u32)data << 16 | 0x0A << 4;
}

/*
 * (h) The PLL workaround on an I211: with the PLL unconfigured until the
 * first bounce, one bounce is made (PHY_RST set, D3hot and back to D0,
 * EEARBC given the autoload word with bit 4 set, then the word itself;
 * the iNVM has none, so 0x202F), then the check passes and the PHY
 * reset proper follows; the page is back at 0, MDICNFG and WUC as they
 * were, and all of it inside the PHY semaphore.
 */
static void igbx_test_pll_one_bounce(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_I211, 0);
	int wo, plain;

	m->pll_freq = 0x00FF;
	m->pll_good_after = 1;
	igbx_model_set_reg(m, MDICNFG, BIT(31));
	igbx_model_set_reg(m, 0x05800, 0x2);		/* WUC */

	KUNIT_EXPECT_EQ(test, igbx_phy_reset(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->d3_bounces, 1u);
	KUNIT_EXPECT_EQ(test, m->pmcsr & 3, 0);
	/* the bounce's PHY_RST and the reset's own */
	KUNIT_EXPECT_EQ(test, m->phy_resets, 2u);
	wo = igbx_find(m, 0, EEARBC, true, ~0U, igbx_eearbc(0x203F));
	plain = igbx_find(m, 0, EEARBC, true, ~0U, igbx_eearbc(0x202F));
	KUNIT_EXPECT_GE(test, wo, 0);
	KUNIT_EXPECT_GT(test, plain, wo);
	/* MDIC sent to the internal PHY during the workaround */
	KUNIT_EXPECT_GE(test, igbx_find(m, 0, MDICNFG, true, BIT(31), 0), 0);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, MDICNFG), BIT(31));
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x05800), 0x2u);
	KUNIT_EXPECT_EQ(test, m->phy[22], 0);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, SW_FW_SYNC), 0u);
}

/*
 * (i) A PLL that never comes: five checks, each followed by a bounce,
 * then it stops; the PHY reset still runs and the page is back at 0.
 * The autoload word comes from the iNVM when it has one.
 */
static void igbx_test_pll_never(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_I211, 0);

	/* after the model's five records: word 0x0A = 0x2020 */
	igbx_model_set_reg(m, IGBX_MODEL_INVM + 4 * 5,
			   igbx_model_invm_word(0x0A, 0x2020));
	m->pll_freq = 0x01FF;
	m->pll_good_after = 0;

	KUNIT_EXPECT_EQ(test, igbx_phy_reset(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->d3_bounces, 5u);
	KUNIT_EXPECT_EQ(test, m->phy_resets, 6u);
	KUNIT_EXPECT_GE(test, igbx_find(m, 0, EEARBC, true, ~0U, igbx_eearbc(0x2030)), 0);
	KUNIT_EXPECT_GE(test, igbx_find(m, 0, EEARBC, true, ~0U, igbx_eearbc(0x2020)), 0);
	KUNIT_EXPECT_EQ(test, m->phy[22], 0);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, SW_FW_SYNC), 0u);
}

/*
 * (j) Only a port reading the iNVM runs the workaround: an I210 with
 * flash never looks at the PLL (no EEARBC, no MDICNFG, no bounce), even
 * with the PLL reading unconfigured; the same I210 without flash does.
 */
static void igbx_test_pll_flash(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_I210, 0);

	m->pll_freq = 0x00FF;
	m->pll_good_after = 2;
	KUNIT_EXPECT_EQ(test, igbx_phy_reset(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->d3_bounces, 0u);
	KUNIT_EXPECT_EQ(test, igbx_find(m, 0, EEARBC, true, 0, 0), -1);
	KUNIT_EXPECT_EQ(test, igbx_find(m, 0, MDICNFG, true, 0, 0), -1);

	igbx_model_set_flash(m, false);
	KUNIT_EXPECT_EQ(test, igbx_phy_reset(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->d3_bounces, 2u);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
}

static struct kunit_case igbx_phy_test_cases[] = {
	KUNIT_CASE_PARAM(igbx_test_phy_reset, igbx_phy_gen_params),
	KUNIT_CASE_PARAM(igbx_test_phy_family_type, igbx_phy_gen_params),
	KUNIT_CASE_PARAM(igbx_test_phy_setup_link, igbx_phy_gen_params),
	KUNIT_CASE_PARAM(igbx_test_phy_cfg_never_done, igbx_phy_gen_params),
	KUNIT_CASE(igbx_test_phy_reset_blocked),
	KUNIT_CASE_PARAM(igbx_test_phy_id, igbx_phy_id_gen_params),
	KUNIT_CASE(igbx_test_phy_advertise),
	KUNIT_CASE(igbx_test_phy_pause),
	KUNIT_CASE_PARAM(igbx_test_phy_loopback, igbx_phy_gen_params),
	KUNIT_CASE(igbx_test_pll_one_bounce),
	KUNIT_CASE(igbx_test_pll_never),
	KUNIT_CASE(igbx_test_pll_flash),
	{}
};

static struct kunit_suite igbx_phy_suite = {
	.name = "igbx_phy",
	.test_cases = igbx_phy_test_cases,
};

kunit_test_suite(igbx_phy_suite);
