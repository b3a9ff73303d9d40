// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - KUnit suite igbx_family: each family's hardware sequences run
 * against a register model of its MAC (kunit/model.c), no silicon needed.
 *
 * What it checks, from the log of every register access: that each NVM
 * (EERD) and PHY (MDIC) access lies inside the right software/firmware
 * semaphore and that each one is given back; that a semaphore the
 * firmware keeps gives -EBUSY within its time limit, not a hang; that a
 * briefly held one is waited for; that the reset sequence sees CTRL.RST
 * clear, or fails when it never does. SW_FW_SYNC bits and expected
 * values are written out from the datasheets, not taken from the
 * driver's macros.
 */
#include <kunit/test.h>
#include <linux/ktime.h>
#include <linux/mii.h>

#include "igbx.h"
#include "model.h"

/**
 * struct igbx_family_case - one port of one family, and what it must show
 * @family: the MAC generation
 * @func: the port's LAN function
 * @phy_bit: SW_FW_SYNC bit of this port's PHY (datasheet: PHY0 bit 1,
 *	PHY1 bit 2, PHY2 bit 5, PHY3 bit 6)
 * @other_phy_bit: another port's PHY bit
 * @mac_last: last byte of the MAC address the port must find: the
 *	model's section N holds 00:1B:21:5A:4C:(0x10 + N); on the shared
 *	layout port 1 takes port 0's with bit 0 flipped
 * @phy_id: the PHY's ID, registers 2 and 3
 * @desc: for the test log
 */
struct igbx_family_case {
	enum igbx_family family;
	u8 func;
	u32 phy_bit;
	u32 other_phy_bit;
	u8 mac_last;
	u16 phy_id[2];
	const char *desc;
};

#define IGBX_EEP_BIT	0x1	/* SW_FW_SYNC.SW_EEP_SM, bit 0 */
#define IGBX_FW_SHIFT	16	/* firmware's bits: software's + 16 */

static const struct igbx_family_case igbx_family_cases[] = {
	{ IGBX_82576, 0, 0x02, 0x04, 0x10, { 0x02A8, 0x0390 }, "82576 port 0" },
	{ IGBX_82576, 1, 0x04, 0x02, 0x11, { 0x02A8, 0x0390 }, "82576 port 1" },
	{ IGBX_I350,  0, 0x02, 0x20, 0x10, { 0x0154, 0x03B0 }, "I350 port 0" },
	{ IGBX_I350,  2, 0x20, 0x40, 0x12, { 0x0154, 0x03B0 }, "I350 port 2" },
	{ IGBX_I210,  0, 0x02, 0x04, 0x10, { 0x0141, 0x0C00 }, "I210" },
};

/* The -EBUSY cases wait out the time limits: two ports are enough. */
static const struct igbx_family_case igbx_busy_cases[] = {
	{ IGBX_82576, 0, 0x02, 0x04, 0x10, { 0x02A8, 0x0390 }, "82576 port 0" },
	{ IGBX_I350,  2, 0x20, 0x40, 0x12, { 0x0154, 0x03B0 }, "I350 port 2" },
};

static void igbx_case_desc(const struct igbx_family_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_family, igbx_family_cases, igbx_case_desc);
KUNIT_ARRAY_PARAM(igbx_busy, igbx_busy_cases, igbx_case_desc);

static struct igbx_model *igbx_case_model(struct kunit *test,
					  const struct igbx_family_case **c)
{
	*c = test->param_value;
	return igbx_model_new(test, (*c)->family, (*c)->func);
}

/**
 * struct igbx_guard - what a walk through the access log found
 * @eerd: EERD commands (writes with START)
 * @mdic: MDIC commands
 * @nvm_takes: SW_FW_SYNC writes that set the NVM bit
 * @nvm_gives: ... that cleared it
 * @phy_takes: SW_FW_SYNC writes that set this port's PHY bit
 * @phy_gives: ... that cleared it
 * @outside: EERD/MDIC commands without their semaphore bit set, with
 *	another port's PHY bit set, or with SWSM still held
 * @first_outside: log index of the first of those
 * @sync: SW_FW_SYNC's software bits after the last write
 */
struct igbx_guard {
	unsigned int eerd, mdic;
	unsigned int nvm_takes, nvm_gives, phy_takes, phy_gives;
	unsigned int outside;
	int first_outside;
	u32 sync;
};

/* SW_FW_SYNC's PHY bits: 1, 2, 5 and 6. */
#define IGBX_ALL_PHY_BITS	0x66

static void igbx_walk_log(const struct igbx_model *m, u32 phy_bit,
			  struct igbx_guard *g)
{
	u32 swsm = 0;
	unsigned int i;

	memset(g, 0, sizeof(*g));
	g->first_outside = -1;
	for (i = 0; i < m->nlog; i++) {
		const struct igbx_model_access *a = &m->log[i];
		bool ok = true;

		if (!a->write)
			continue;
		switch (a->reg) {
		case IGBX_SWSM:
			swsm = a->val;
			break;
		case IGBX_SW_FW_SYNC:
			g->nvm_takes += !(g->sync & IGBX_EEP_BIT) && (a->val & IGBX_EEP_BIT);
			g->nvm_gives += (g->sync & IGBX_EEP_BIT) && !(a->val & IGBX_EEP_BIT);
			g->phy_takes += !(g->sync & phy_bit) && (a->val & phy_bit);
			g->phy_gives += (g->sync & phy_bit) && !(a->val & phy_bit);
			g->sync = a->val & 0xFFFF;
			break;
		case IGBX_EERD:
			if (!(a->val & BIT(0)))	/* START */
				break;
			g->eerd++;
			ok = (g->sync & IGBX_EEP_BIT) && !(swsm & 0x3);
			break;
		case IGBX_MDIC:
			g->mdic++;
			ok = (g->sync & IGBX_ALL_PHY_BITS) == phy_bit && !(swsm & 0x3);
			break;
		}
		if (!ok && !g->outside++)
			g->first_outside = i;
	}
}

/*
 * (a) A probe-like sequence: reset, NVM checksum, MAC address from the
 * NVM, PHY ID, link setup. Every EERD and MDIC command must be made with
 * its SW_FW_SYNC bit set and SWSM given back, and everything taken must
 * be given back.
 */
static void igbx_test_family_probe_guarded(struct kunit *test)
{
	const struct igbx_family_case *c;
	struct igbx_model *m = igbx_case_model(test, &c);
	struct igbx_guard g;
	u8 addr[ETH_ALEN];
	u16 id1 = 0, id2 = 0;

	/* the model and the driver share these offsets: check them here */
	KUNIT_EXPECT_EQ(test, IGBX_SWSM, 0x05B50);
	KUNIT_EXPECT_EQ(test, IGBX_SW_FW_SYNC, 0x05B5C);
	KUNIT_EXPECT_EQ(test, IGBX_EERD, 0x00014);
	KUNIT_EXPECT_EQ(test, IGBX_MDIC, 0x00020);

	KUNIT_ASSERT_EQ(test, igbx_reset_hw(&m->hw), 0);
	igbx_model_clear_log(m);

	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), 0);
	KUNIT_ASSERT_EQ(test, igbx_read_perm_addr(&m->hw, addr), 0);
	KUNIT_EXPECT_MEMEQ(test, addr,
			   ((u8[]){ 0x00, 0x1B, 0x21, 0x5A, 0x4C, c->mac_last }),
			   ETH_ALEN);
	KUNIT_EXPECT_EQ(test, igbx_phy_read(&m->hw, MII_PHYSID1, &id1), 0);
	KUNIT_EXPECT_EQ(test, igbx_phy_read(&m->hw, MII_PHYSID2, &id2), 0);
	KUNIT_EXPECT_EQ(test, id1, c->phy_id[0]);
	KUNIT_EXPECT_EQ(test, id2, c->phy_id[1]);
	KUNIT_EXPECT_EQ(test, igbx_setup_link(&m->hw), 0);
	/* BMCR: AN enable (12) and restart (9), no power down or isolate */
	KUNIT_EXPECT_EQ(test, m->phy[MII_BMCR] & 0x1E00, 0x1200);

	KUNIT_ASSERT_EQ(test, m->log_lost, 0u);
	igbx_walk_log(m, c->phy_bit, &g);
	/* 64 checksum words, 3 address words */
	KUNIT_EXPECT_EQ(test, g.eerd, 67u);
	/* two ID reads, BMCR read and write */
	KUNIT_EXPECT_EQ(test, g.mdic, 4u);
	KUNIT_EXPECT_EQ_MSG(test, g.outside, 0u,
			    "first access outside its semaphore at log entry %d",
			    g.first_outside);
	/* one NVM hold per igbx_nvm_read() call, one PHY hold per access */
	KUNIT_EXPECT_EQ(test, g.nvm_takes, 2u);
	KUNIT_EXPECT_EQ(test, g.nvm_gives, 2u);
	KUNIT_EXPECT_EQ(test, g.phy_takes, 4u);
	KUNIT_EXPECT_EQ(test, g.phy_gives, 4u);
	KUNIT_EXPECT_EQ(test, g.sync, 0u);
	KUNIT_EXPECT_EQ(test, m->unguarded_sync_writes, 0u);
	/* SWSM given back: neither SMBI nor SWESMBI left set */
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM) & 0x3, 0u);
}

/* What began at @t0 (a failing access) must have ended within @limit_ms. */
static void igbx_expect_within(struct kunit *test, ktime_t t0, s64 limit_ms)
{
	KUNIT_EXPECT_LT(test, ktime_ms_delta(ktime_get(), t0), limit_ms);
}

/*
 * (b) The firmware keeps a resource: the access fails with -EBUSY within
 * the time limit (1 s, plus slack), never touches the resource, and
 * leaves SWSM and SW_FW_SYNC's software bits clear. A claim on another
 * port's PHY does not stand in the way.
 */
static void igbx_test_family_fw_holds(struct kunit *test)
{
	const struct igbx_family_case *c;
	struct igbx_model *m = igbx_case_model(test, &c);
	ktime_t t0;
	u16 val;

	m->fw_sync = IGBX_EEP_BIT << IGBX_FW_SHIFT;
	igbx_model_clear_log(m);
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), -EBUSY);
	igbx_expect_within(test, t0, 3000);
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SW_FW_SYNC), 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM) & 0x3, 0u);

	m->fw_sync = c->phy_bit << IGBX_FW_SHIFT;
	igbx_model_clear_log(m);
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_phy_read(&m->hw, MII_BMCR, &val), -EBUSY);
	igbx_expect_within(test, t0, 3000);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SW_FW_SYNC), 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM) & 0x3, 0u);

	/* another port's PHY, and the NVM, are not this access's business */
	m->fw_sync = (c->other_phy_bit | IGBX_EEP_BIT) << IGBX_FW_SHIFT;
	KUNIT_EXPECT_EQ(test, igbx_phy_read(&m->hw, MII_BMCR, &val), 0);
	KUNIT_EXPECT_EQ(test, val, 0x1140);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SW_FW_SYNC), 0u);
}

/*
 * (b) SWSM itself stays taken: by the firmware (SWESMBI does not latch;
 * the driver must give SMBI back), or by another driver (SMBI stays set;
 * the driver must not write SWSM at all, the bit being another's).
 */
static void igbx_test_family_swsm_held(struct kunit *test)
{
	const struct igbx_family_case *c;
	struct igbx_model *m = igbx_case_model(test, &c);
	ktime_t t0;
	u16 val;

	m->fw_swesmbi = true;
	igbx_model_clear_log(m);
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_phy_read(&m->hw, MII_BMCR, &val), -EBUSY);
	igbx_expect_within(test, t0, 3000);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
	KUNIT_EXPECT_EQ(test, m->sync_writes, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM) & 0x1, 0u);

	m->fw_swesmbi = false;
	igbx_model_set_reg(m, IGBX_SWSM, 0x1);	/* SMBI: someone else's */
	igbx_model_clear_log(m);
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_phy_read(&m->hw, MII_BMCR, &val), -EBUSY);
	igbx_expect_within(test, t0, 3000);
	KUNIT_EXPECT_EQ(test, m->swsm_writes, 0u);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM), 0x1u);
}

/*
 * (b) Contended but free in time: the firmware lets go of the NVM at
 * the third look at SW_FW_SYNC; the checksum then passes, every EERD
 * command coming after the firmware's bit cleared and inside ours.
 */
static void igbx_test_family_fw_lets_go(struct kunit *test)
{
	const struct igbx_family_case *c;
	struct igbx_model *m = igbx_case_model(test, &c);
	struct igbx_guard g;

	m->fw_sync = (IGBX_EEP_BIT | c->phy_bit) << IGBX_FW_SHIFT;
	m->fw_release_after = 3;
	igbx_model_clear_log(m);
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->sync_reads, 3u);
	KUNIT_EXPECT_EQ(test, m->fw_sync, 0u);
	igbx_walk_log(m, c->phy_bit, &g);
	KUNIT_EXPECT_EQ(test, g.eerd, 64u);
	KUNIT_EXPECT_EQ(test, g.outside, 0u);
	KUNIT_EXPECT_EQ(test, g.nvm_takes, 1u);
	KUNIT_EXPECT_EQ(test, g.nvm_gives, 1u);
	KUNIT_EXPECT_EQ(test, g.sync, 0u);
}

/*
 * (c) CTRL.RST self-clears: the reset succeeds, having set RST (bit 26)
 * and seen it clear; a MAC whose RST never clears fails the reset with
 * -ETIMEDOUT (within its 10 ms limit, plus the sequence's sleeps).
 */
static void igbx_test_family_reset(struct kunit *test)
{
	const struct igbx_family_case *c;
	struct igbx_model *m = igbx_case_model(test, &c);
	bool cleared = false, set = false;
	unsigned int i;

	igbx_model_clear_log(m);
	KUNIT_EXPECT_EQ(test, igbx_reset_hw(&m->hw), 0);
	for (i = 0; i < m->nlog; i++) {
		const struct igbx_model_access *a = &m->log[i];

		if (a->reg != IGBX_CTRL)
			continue;
		if (a->write && (a->val & BIT(26)))
			set = true;
		else if (set && !a->write && !(a->val & BIT(26)))
			cleared = true;
	}
	KUNIT_EXPECT_TRUE(test, set);
	KUNIT_EXPECT_TRUE(test, cleared);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_CTRL) & BIT(26), 0u);

	m->rst_reads = 0;
	KUNIT_EXPECT_EQ(test, igbx_reset_hw(&m->hw), -ETIMEDOUT);
	KUNIT_EXPECT_NE(test, igbx_model_reg(m, IGBX_CTRL) & BIT(26), 0u);
}

static struct kunit_case igbx_family_test_cases[] = {
	KUNIT_CASE_PARAM(igbx_test_family_probe_guarded, igbx_family_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_fw_lets_go, igbx_family_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_reset, igbx_family_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_fw_holds, igbx_busy_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_swsm_held, igbx_busy_gen_params),
	{}
};

static struct kunit_suite igbx_family_suite = {
	.name = "igbx_family",
	.test_cases = igbx_family_test_cases,
};

kunit_test_suite(igbx_family_suite);
