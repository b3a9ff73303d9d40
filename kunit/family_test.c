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
 * clear, or fails when it never does; that each family's NVM checksum
 * rule reads the sections it must and no others, and passes or fails
 * an image exactly as the in-tree igb's rule does (82580: port 0's
 * section unless word 0x03 bit 15; I350/I354: all four); that a
 * flash-less I210 and an I211 take their MAC address from the iNVM's
 * word-autoload records and never run EERD, while an I210 with flash
 * does; that each family's receive buffer register decodes to the pause
 * marks it must give. SW_FW_SYNC bits, register offsets and expected
 * values are written out from the datasheets, not taken from the
 * driver's macros.
 */
#include <kunit/test.h>
#include <linux/bitfield.h>
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
 * @csum_words: EERD reads of the NVM checksum: one 64-word section on
 *	the shared layout, all four on the I350 (plus none for the
 *	compatibility word, which the I350's rule does not read)
 * @csum_holds: NVM semaphore holds of the checksum: one per section
 * @desc: for the test log
 */
struct igbx_family_case {
	enum igbx_family family;
	u8 func;
	u32 phy_bit;
	u32 other_phy_bit;
	u8 mac_last;
	u16 phy_id[2];
	unsigned int csum_words;
	unsigned int csum_holds;
	const char *desc;
};

#define IGBX_EEP_BIT	0x1	/* SW_FW_SYNC.SW_EEP_SM, bit 0 */
#define IGBX_FW_SHIFT	16	/* firmware's bits: software's + 16 */

static const struct igbx_family_case igbx_family_cases[] = {
	{ IGBX_82576, 0, 0x02, 0x04, 0x10, { 0x02A8, 0x0391 }, 64, 1, "82576 port 0" },
	{ IGBX_82576, 1, 0x04, 0x02, 0x11, { 0x02A8, 0x0391 }, 64, 1, "82576 port 1" },
	{ IGBX_I350,  0, 0x02, 0x20, 0x10, { 0x0154, 0x03B0 }, 256, 4, "I350 port 0" },
	{ IGBX_I350,  2, 0x20, 0x40, 0x12, { 0x0154, 0x03B0 }, 256, 4, "I350 port 2" },
	{ IGBX_I210,  0, 0x02, 0x04, 0x10, { 0x0141, 0x0C00 }, 64, 1, "I210" },
};

/* The -EBUSY cases wait out the time limits: two ports are enough. */
static const struct igbx_family_case igbx_busy_cases[] = {
	{ IGBX_82576, 0, 0x02, 0x04, 0x10, { 0x02A8, 0x0391 }, 64, 1, "82576 port 0" },
	{ IGBX_I350,  2, 0x20, 0x40, 0x12, { 0x0154, 0x03B0 }, 256, 4, "I350 port 2" },
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
 * @outside: EERD/MDIC commands (and CTRL.PHY_RST changes) without their
 *	semaphore bit set, with another port's PHY bit set, or with SWSM
 *	still held
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
	u32 swsm = 0, ctrl = 0;
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
		case IGBX_CTRL:
			/* CTRL.PHY_RST (bit 31) set or cleared: a PHY access */
			if ((a->val ^ ctrl) & BIT(31))
				ok = (g->sync & IGBX_ALL_PHY_BITS) == phy_bit;
			ctrl = a->val;
			break;
		}
		if (!ok && !g->outside++)
			g->first_outside = i;
	}
}

/*
 * (a) A probe-like sequence: reset, NVM checksum, MAC address from the
 * NVM, PHY reset and ID, link setup. Every EERD and MDIC command (and
 * every CTRL.PHY_RST change) must be made with its SW_FW_SYNC bit set
 * and SWSM given back, and everything taken must be given back.
 */
static void igbx_test_family_probe_guarded(struct kunit *test)
{
	const struct igbx_family_case *c;
	struct igbx_model *m = igbx_case_model(test, &c);
	struct igbx_guard g;
	u8 addr[ETH_ALEN];

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
	KUNIT_EXPECT_EQ(test, igbx_phy_init(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->hw.phy.id,
			(u32)c->phy_id[0] << 16 | (c->phy_id[1] & ~0xF));
	KUNIT_EXPECT_EQ(test, igbx_setup_link(&m->hw), 0);
	/* BMCR: AN enable (12) and restart (9), no power down or isolate */
	KUNIT_EXPECT_EQ(test, m->phy[MII_BMCR] & 0x1E00, 0x1200);

	KUNIT_ASSERT_EQ(test, m->log_lost, 0u);
	igbx_walk_log(m, c->phy_bit, &g);
	/* the checksum's words, 3 address words */
	KUNIT_EXPECT_EQ(test, g.eerd, c->csum_words + 3);
	/* at least the two ID reads, BMCR read and write */
	KUNIT_EXPECT_GE(test, g.mdic, 4u);
	KUNIT_EXPECT_GE(test, m->phy_resets, 1u);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
	KUNIT_EXPECT_EQ_MSG(test, g.outside, 0u,
			    "first access outside its semaphore at log entry %d",
			    g.first_outside);
	/* one NVM hold per igbx_nvm_read() call, one PHY hold per access */
	KUNIT_EXPECT_EQ(test, g.nvm_takes, c->csum_holds + 1);
	KUNIT_EXPECT_EQ(test, g.nvm_gives, c->csum_holds + 1);
	KUNIT_EXPECT_GE(test, g.phy_takes, 4u);
	KUNIT_EXPECT_EQ(test, g.phy_gives, g.phy_takes);
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
	KUNIT_EXPECT_EQ(test, g.eerd, c->csum_words);
	KUNIT_EXPECT_EQ(test, g.outside, 0u);
	KUNIT_EXPECT_EQ(test, g.nvm_takes, c->csum_holds);
	KUNIT_EXPECT_EQ(test, g.nvm_gives, c->csum_holds);
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

/* EERD commands since the log was cleared for words @lo..@hi. */
static unsigned int igbx_eerd_in(const struct igbx_model *m, u32 lo, u32 hi)
{
	unsigned int i, n = 0;

	for (i = 0; i < m->nlog; i++) {
		const struct igbx_model_access *a = &m->log[i];
		u32 addr = (a->val >> 2) & 0x3FFF;	/* EERD 15:2 */

		if (a->write && a->reg == IGBX_EERD && (a->val & BIT(0)))
			n += addr >= lo && addr <= hi;
	}
	return n;
}

/* Accesses of any kind to @reg since the log was cleared. */
static unsigned int igbx_log_count(const struct igbx_model *m, u32 reg)
{
	unsigned int i, n = 0;

	for (i = 0; i < m->nlog; i++)
		n += m->log[i].reg == reg;
	return n;
}

/*
 * Change a word of @m's NVM and put the change into the word 0x3F of the
 * section holding it, so that the section stays valid.
 */
static void igbx_nvm_set_word(struct igbx_model *m, u16 section, u16 word,
			      u16 val)
{
	m->nvm[section + 0x3F] += m->nvm[section + word] - val;
	m->nvm[section + word] = val;
}

/*
 * The 82580's rule (82580 datasheet, NVM map; in-tree igb's
 * igb_validate_nvm_checksum_82580): port 0's section only, unless bit
 * 15 of NVM word 0x03 says every section has its own checksum. A port
 * 2 image whose sections 1-3 (0x080, 0x0C0, 0x100; its own is 0x0C0)
 * are broken and section 0 valid passes while the bit is clear, having
 * read word 0x03 and words 0x00-0x3F only; with the bit set it fails.
 * A broken section 0 fails port 2 too.
 */
static void igbx_test_nvm_rule_82580(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_82580, 2);
	static const u16 broken[] = { 0x080, 0x0C0, 0x100 };
	unsigned int i;

	KUNIT_ASSERT_EQ(test, m->nvm[0x03] & 0x8000, 0);
	for (i = 0; i < ARRAY_SIZE(broken); i++)
		m->nvm[broken[i] + 0x10] ^= 0x0400;

	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), 0);
	/* word 0x03, then words 0x00-0x3F: nothing else */
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 65u);
	KUNIT_EXPECT_EQ(test, igbx_eerd_in(m, 0x000, 0x03F), 65u);

	/* the bit set, section 0 kept valid: sections 1-3 count now */
	igbx_nvm_set_word(m, 0x000, 0x03, m->nvm[0x03] | 0x8000);
	igbx_model_clear_log(m);
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), -EIO);
	/* word 0x03, section 0, then section 1, the first bad one */
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 1u + 2 * 64);

	/* every section valid again: all four are read and pass */
	for (i = 0; i < ARRAY_SIZE(broken); i++)
		m->nvm[broken[i] + 0x10] ^= 0x0400;
	igbx_model_clear_log(m);
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 1u + 4 * 64);
	KUNIT_EXPECT_EQ(test, igbx_eerd_in(m, 0x000, 0x03F), 65u);
	KUNIT_EXPECT_EQ(test, igbx_eerd_in(m, 0x080, 0x13F), 3u * 64);

	/* the bit clear again, section 0 broken: port 2 fails on it */
	igbx_nvm_set_word(m, 0x000, 0x03, m->nvm[0x03] & ~0x8000);
	m->nvm[0x10] ^= 0x0400;
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), -EIO);
}

static const enum igbx_family igbx_i350_families[] = { IGBX_I350, IGBX_I354 };

static void igbx_i350_desc(const enum igbx_family *f, char *desc)
{
	strscpy(desc, igbx_families[*f].name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_i350, igbx_i350_families, igbx_i350_desc);

/*
 * The I350's and I354's rule (I350 datasheet, NVM map; in-tree igb's
 * igb_validate_nvm_checksum_i350): all four sections, whatever word
 * 0x03 says. A valid image reads 4 x 64 words and passes; a broken
 * section 1 (0x080) fails port 0 and port 2 alike, compatibility bit
 * clear; a broken section 3 fails with the bit set too.
 */
static void igbx_test_nvm_rule_i350(struct kunit *test)
{
	const enum igbx_family *f = test->param_value;
	struct igbx_model *m = igbx_model_new(test, *f, 0);
	struct igbx_model *m2;

	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 4u * 64);
	KUNIT_EXPECT_EQ(test, igbx_eerd_in(m, 0x000, 0x03F), 64u);
	KUNIT_EXPECT_EQ(test, igbx_eerd_in(m, 0x080, 0x13F), 3u * 64);

	KUNIT_ASSERT_EQ(test, m->nvm[0x03] & 0x8000, 0);
	m->nvm[0x080 + 0x10] ^= 0x0400;
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), -EIO);

	m->nvm[0x080 + 0x10] ^= 0x0400;
	m->nvm[0x100 + 0x10] ^= 0x0400;
	igbx_nvm_set_word(m, 0x000, 0x03, m->nvm[0x03] | 0x8000);
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), -EIO);

	/* port 2's own section (0x0C0) is fine: section 1 still counts */
	m2 = igbx_model_new(test, *f, 2);
	m2->nvm[0x080 + 0x10] ^= 0x0400;
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m2->hw), -EIO);
}

/* A MAC address the model's images do not hold: 00:A0:C9:12:34:56. */
static const u8 igbx_invm_mac[ETH_ALEN] = { 0x00, 0xA0, 0xC9, 0x12, 0x34, 0x56 };

/*
 * A flash-less I210 (EECD.FLASH_DETECTED clear) probes from its iNVM:
 * the reset succeeds, the checksum is not run (no EERD command: igb
 * runs none there either), and the MAC address is the one the test put
 * into the iNVM's word-autoload records (I210 datasheet, iNVM), found
 * past an RSA key record's eight dwords and a CSR-autoload record's
 * one, each of which looks like a word-0 record; a record after the
 * list's end is not looked at. No NVM size or version is offered.
 */
static void igbx_test_i210_flashless(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_I210, 0);
	u32 recs[16] = {
		0x00000004,				/* RSA key record */
		[8] = igbx_model_invm_word(0, 0xBAD1),	/* ... its last dword */
		[9] = igbx_model_invm_word(1, 0x12C9),	/* word 1 */
		[10] = 0x00000002,			/* CSR autoload */
		[11] = igbx_model_invm_word(0, 0xBAD2),	/* ... its data */
		[12] = igbx_model_invm_word(2, 0x5634),	/* word 2 */
		[13] = igbx_model_invm_word(0, 0xA000),	/* word 0 */
		[14] = 0,				/* the end */
		[15] = igbx_model_invm_word(2, 0xBAD3),	/* never found */
	};
	char ver[32];
	u8 addr[ETH_ALEN];
	u16 words[3];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(recs); i++)
		igbx_model_set_reg(m, IGBX_MODEL_INVM + 4 * i, recs[i]);
	igbx_model_set_flash(m, false);
	KUNIT_EXPECT_EQ(test, m->hw.nvm, IGBX_NVM_INVM);

	KUNIT_ASSERT_EQ(test, igbx_reset_hw(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), 0);
	KUNIT_ASSERT_EQ(test, igbx_read_perm_addr(&m->hw, addr), 0);
	KUNIT_EXPECT_MEMEQ(test, addr, igbx_invm_mac, ETH_ALEN);
	KUNIT_EXPECT_EQ(test, igbx_nvm_words(&m->hw), 0u);
	igbx_nvm_version(&m->hw, ver, sizeof(ver));
	KUNIT_EXPECT_STREQ(test, ver, "N/A");
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 0u);
	KUNIT_EXPECT_EQ(test, igbx_log_count(m, IGBX_EERD), 0u);
	KUNIT_ASSERT_EQ(test, m->log_lost, 0u);

	/*
	 * no record for word 2 before the end (word 3's instead): no
	 * address, though dword 15, past the end, is one for word 2
	 */
	igbx_model_set_reg(m, IGBX_MODEL_INVM + 4 * 12, igbx_model_invm_word(3, 0x5634));
	KUNIT_EXPECT_EQ(test, igbx_nvm_read(&m->hw, 0, 3, words), -ENODATA);
	/* words igbx does not read from the iNVM */
	KUNIT_EXPECT_EQ(test, igbx_nvm_read(&m->hw, 0x05, 1, words), -EOPNOTSUPP);
}

/*
 * An I210 with flash (EECD.FLASH_DETECTED set) reads through EERD: the
 * checksum's 64 words and the three address words, the address being
 * the flash image's (00:1B:21:5A:4C:10), not the iNVM's (...:20); a bad
 * image fails the checksum.
 */
static void igbx_test_i210_flash(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_I210, 0);
	unsigned int i, n;
	u8 addr[ETH_ALEN];

	KUNIT_EXPECT_EQ(test, m->hw.nvm, IGBX_NVM_SHARED);
	KUNIT_ASSERT_EQ(test, igbx_reset_hw(&m->hw), 0);
	igbx_model_clear_log(m);
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 64u);
	KUNIT_ASSERT_EQ(test, igbx_read_perm_addr(&m->hw, addr), 0);
	KUNIT_EXPECT_MEMEQ(test, addr,
			   ((u8[]){ 0x00, 0x1B, 0x21, 0x5A, 0x4C, 0x10 }),
			   ETH_ALEN);
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 67u);
	for (i = 0, n = 0; i < 64; i++)
		n += igbx_log_count(m, IGBX_MODEL_INVM + 4 * i);
	KUNIT_EXPECT_EQ(test, n, 0u);	/* no iNVM dword read */

	m->nvm[0x10] ^= 0x0400;
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), -EIO);
}

/*
 * The I211 has no flash, whatever EECD says (here FLASH_DETECTED set):
 * reset, checksum and MAC address never touch EERD, not even to read
 * it, and the address is the iNVM's default one (00:1B:21:5A:4C:20).
 */
static void igbx_test_i211_no_eerd(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_I211, 0);
	u8 addr[ETH_ALEN];

	igbx_model_set_flash(m, true);
	KUNIT_EXPECT_EQ(test, m->hw.nvm, IGBX_NVM_INVM);
	KUNIT_ASSERT_EQ(test, igbx_reset_hw(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, igbx_nvm_validate_checksum(&m->hw), 0);
	KUNIT_ASSERT_EQ(test, igbx_read_perm_addr(&m->hw, addr), 0);
	KUNIT_EXPECT_MEMEQ(test, addr,
			   ((u8[]){ 0x00, 0x1B, 0x21, 0x5A, 0x4C, 0x20 }),
			   ETH_ALEN);
	KUNIT_ASSERT_EQ(test, m->log_lost, 0u);
	KUNIT_EXPECT_EQ(test, igbx_log_count(m, IGBX_EERD), 0u);
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 0u);
}

/**
 * struct igbx_pba_case - a receive buffer register and the marks it gives
 * @family: the MAC generation
 * @reg: the register the test presets (RXPBS, or PBA on the 82575)
 * @val: its value
 * @kb: the size it encodes, KiB (for the log)
 * @high: FCRTH the driver must write at MTU 1500: size - (1522 + 9728)
 *	bytes, rounded down to 16 bytes
 * @low: FCRTL's mark: @high - 16 (XONE in bit 31 besides)
 * @desc: for the test log
 */
struct igbx_pba_case {
	enum igbx_family family;
	u32 reg;
	u32 val;
	u32 kb;
	u32 high;
	u32 low;
	const char *desc;
};

/*
 * 82576: RXPBS 6:0 in KiB, 0 = 64 KiB. 82575: PBA 15:0 in KiB (RXPBS
 * ignored: preset to 64). 82580/I350/I354: RXPBS 3:0 index 36, 72, 144,
 * 1, 2, 4, 8, 16, 35, 70, 140 KiB (bit 31, time stamps, ignored).
 * I210/I211: whatever RXPBS held, the reset writes 0xA2, 34 KiB.
 */
static const struct igbx_pba_case igbx_pba_cases[] = {
	{ IGBX_82576, 0x2404, 0x00000040, 64, 54272, 54256, "82576 RXPBS 64" },
	{ IGBX_82576, 0x2404, 0x00000000, 64, 54272, 54256, "82576 RXPBS 0" },
	{ IGBX_82575, 0x1000, 0x00140022, 34, 23552, 23536, "82575 PBA 34" },
	{ IGBX_82580, 0x2404, 0x00000000, 36, 25600, 25584, "82580 index 0" },
	{ IGBX_I350,  0x2404, 0x80000001, 72, 62464, 62448, "I350 index 1, TS" },
	{ IGBX_I354,  0x2404, 0x00000008, 35, 24576, 24560, "I354 index 8" },
	{ IGBX_I210,  0x2404, 0x0000003F, 34, 23552, 23536, "I210" },
	{ IGBX_I211,  0x2404, 0x0000003F, 34, 23552, 23536, "I211" },
};

static void igbx_pba_desc(const struct igbx_pba_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_pba, igbx_pba_cases, igbx_pba_desc);

/*
 * Each family's receive buffer size, decoded its way, gives the pause
 * marks: reset, then flow control on both ways; FCRTH and FCRTL
 * (0x2168, 0x2160) must hold the case's numbers. The I210 and I211
 * reset also leaves RXPBSIZE 0xA2, TXPBSIZE 0x04000014 and DTXMXPKTSZ
 * (0x355C) 0x98; the others' reset leaves those registers alone.
 */
static void igbx_test_family_pba(struct kunit *test)
{
	const struct igbx_pba_case *c = test->param_value;
	struct igbx_model *m = igbx_model_new(test, c->family, 0);
	bool i210 = c->family == IGBX_I210 || c->family == IGBX_I211;

	if (c->family == IGBX_82575)
		igbx_model_set_reg(m, 0x2404, 0x40);
	igbx_model_set_reg(m, c->reg, c->val);
	KUNIT_ASSERT_EQ(test, igbx_reset_hw(&m->hw), 0);
	igbx_setup_flow_control(&m->hw, true, true, 1522);

	KUNIT_EXPECT_EQ_MSG(test, igbx_model_reg(m, 0x2168), c->high,
			    "%u KiB", c->kb);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x2160), c->low | BIT(31));
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x2404),
			i210 ? 0xA2 : c->reg == 0x2404 ? c->val : 0x40);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x3404), i210 ? 0x04000014 : 0);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x355C), i210 ? 0x98 : 0);
}

/*
 * The marks follow the MTU: a jumbo frame leaves less of the buffer
 * below XOFF (igb's numbers: 34 KiB at MTU 9000 gives 16064), and a
 * buffer smaller than the room a frame needs pauses at half full rather
 * than never (the unsigned difference would wrap).
 */
static void igbx_test_fc_marks(struct kunit *test)
{
	u32 high, low;

	igbx_fc_marks(34, 9022, &high, &low);
	KUNIT_EXPECT_EQ(test, high, 16064u);
	KUNIT_EXPECT_EQ(test, low, 16048u);
	igbx_fc_marks(64, 1522, &high, &low);
	KUNIT_EXPECT_EQ(test, high, 54272u);
	igbx_fc_marks(64, 9022, &high, &low);
	KUNIT_EXPECT_EQ(test, high, 46784u);
	igbx_fc_marks(8, 1522, &high, &low);
	KUNIT_EXPECT_EQ(test, high, 4096u);
	KUNIT_EXPECT_EQ(test, low, 4080u);
	igbx_fc_marks(16, 9022, &high, &low);
	KUNIT_EXPECT_EQ(test, high, 8192u);
}

/*
 * The statistics read per family: TNCRS (0x04034) holds no valid count
 * on the I210 and I211 and is not read there (it reads as 0 in the
 * totals, as on igb); every other family reads it, and every family
 * reads the others (GPRC, 0x04074, for one).
 */
static void igbx_test_family_stats(struct kunit *test)
{
	enum igbx_family f;

	for (f = 0; f < IGBX_NR_FAMILIES; f++) {
		struct igbx_model *m = igbx_model_new(test, f, 0);
		bool valid = f != IGBX_I210 && f != IGBX_I211;
		u64 d[IGBX_NR_HW_STATS];
		unsigned int i, tncrs_reads = 0;

		igbx_model_set_reg(m, 0x04034, 7);
		igbx_model_set_reg(m, 0x04074, 9);
		igbx_model_clear_log(m);
		igbx_read_hw_stats(&m->hw, d);
		for (i = 0; i < m->nlog; i++)
			tncrs_reads += m->log[i].reg == 0x04034;
		KUNIT_EXPECT_EQ_MSG(test, tncrs_reads, valid ? 1u : 0u, "%s",
				    igbx_families[f].name);
		KUNIT_EXPECT_EQ_MSG(test, d[IGBX_HWS_TNCRS], valid ? 7ULL : 0ULL,
				    "%s", igbx_families[f].name);
		KUNIT_EXPECT_EQ(test, d[IGBX_HWS_GPRC], 9ULL);
		KUNIT_EXPECT_EQ(test, m->log_lost, 0u);
	}
}

/*
 * Which devices probe takes, by ID (igb's e1000_hw.h names them): the
 * 82576 copper ports always; the other families' copper ports only with
 * untested_families=1 (-EPERM without); fiber, SerDes, SGMII and
 * backplane ports never, nor another vendor's device with an ID igbx
 * knows.
 */
static void igbx_test_family_ids(struct kunit *test)
{
	static const struct {
		u16 device;
		int off, on;
	} ids[] = {
		{ 0x10C9, IGBX_82576, IGBX_82576 },
		{ 0x10E8, IGBX_82576, IGBX_82576 },
		{ 0x1526, IGBX_82576, IGBX_82576 },
		{ 0x150A, IGBX_82576, IGBX_82576 },
		{ 0x10A7, -EPERM, IGBX_82575 },
		{ 0x10D6, -EPERM, IGBX_82575 },
		{ 0x150E, -EPERM, IGBX_82580 },
		{ 0x1516, -EPERM, IGBX_82580 },
		{ 0x1521, -EPERM, IGBX_I350 },
		{ 0x1533, -EPERM, IGBX_I210 },
		{ 0x157B, -EPERM, IGBX_I210 },
		{ 0x1539, -EPERM, IGBX_I211 },
		/* 82575 fiber/SerDes; 82576 fiber, SerDes; 82580 fiber, SGMII */
		{ 0x10A9, -ENODEV, -ENODEV },
		{ 0x10E6, -ENODEV, -ENODEV },
		{ 0x150D, -ENODEV, -ENODEV },
		{ 0x150F, -ENODEV, -ENODEV },
		{ 0x1511, -ENODEV, -ENODEV },
		/* DH89xxCC SGMII; I350 SerDes; I354 backplane; I210 SGMII */
		{ 0x0438, -ENODEV, -ENODEV },
		{ 0x1523, -ENODEV, -ENODEV },
		{ 0x1F40, -ENODEV, -ENODEV },
		{ 0x1538, -ENODEV, -ENODEV },
		{ 0x157C, -ENODEV, -ENODEV },
		{ 0x0000, -ENODEV, -ENODEV },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		KUNIT_EXPECT_EQ_MSG(test, igbx_id_family(0x8086, ids[i].device, false),
				    ids[i].off, "%04x", ids[i].device);
		KUNIT_EXPECT_EQ_MSG(test, igbx_id_family(0x8086, ids[i].device, true),
				    ids[i].on, "%04x", ids[i].device);
	}
	KUNIT_EXPECT_EQ(test, igbx_id_family(0x10EC, 0x10C9, true), -ENODEV);
	KUNIT_EXPECT_EQ(test, igbx_id_family(0x10EC, 0x1533, true), -ENODEV);
}

/*
 * The XDP MTU limit per family: a frame must fit one receive buffer
 * (2048 bytes here) with its Ethernet, VLAN and FCS bytes (22), and on
 * the 82580 and later also with the 16-byte timestamp header the NIC can
 * write ahead of it: 2026 on the 82575/82576, 2010 on the rest.
 */
static void igbx_test_family_xdp_mtu(struct kunit *test)
{
	struct igbx_adapter *adapter;
	enum igbx_family f;

	adapter = kunit_kzalloc(test, sizeof(*adapter), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, adapter);
	adapter->rx_buf_len = 2048;
	for (f = 0; f < IGBX_NR_FAMILIES; f++) {
		bool hdr = f != IGBX_82575 && f != IGBX_82576;

		adapter->hw.info = &igbx_families[f];
		KUNIT_EXPECT_EQ_MSG(test, igbx_xdp_max_mtu(adapter),
				    hdr ? 2010 : 2026, "%s", igbx_families[f].name);
	}
}

/*
 * EEE after a MAC reset: the reset clears IPCNFG (0x0E38) and EEER
 * (0x0E30), which the model leaves at 0 here as the reset would; the
 * reset sequence itself sets them again on the I350, I210 and I211
 * (IPCNFG 100M and 1G EEE advertised, 0xC; EEER TX/RX LPI and LPI with
 * flow control, 0x70000), as igb's reset does, and leaves them alone on
 * the other families.
 */
static void igbx_test_family_reset_eee(struct kunit *test)
{
	enum igbx_family f;

	for (f = 0; f < IGBX_NR_FAMILIES; f++) {
		struct igbx_model *m = igbx_model_new(test, f, 0);
		bool eee = f == IGBX_I350 || f == IGBX_I210 || f == IGBX_I211;

		igbx_model_set_reg(m, 0x0E38, 0);
		igbx_model_set_reg(m, 0x0E30, 0);
		KUNIT_ASSERT_EQ_MSG(test, igbx_reset_hw(&m->hw), 0, "%s",
				    igbx_families[f].name);
		KUNIT_EXPECT_EQ_MSG(test, igbx_model_reg(m, 0x0E38), eee ? 0xCu : 0u,
				    "%s", igbx_families[f].name);
		KUNIT_EXPECT_EQ_MSG(test, igbx_model_reg(m, 0x0E30),
				    eee ? 0x70000u : 0u, "%s", igbx_families[f].name);
	}
}

/**
 * struct igbx_vfta_case - how a family must write its VLAN filter table
 * @family: the MAC generation
 * @writes: writes of each VFTA register per update: 10 on the I350 and
 *	I354 (the VFTA write erratum, as the in-tree igb works around it),
 *	1 elsewhere
 * @desc: for the test log
 */
struct igbx_vfta_case {
	enum igbx_family family;
	unsigned int writes;
	const char *desc;
};

static const struct igbx_vfta_case igbx_vfta_cases[] = {
	{ IGBX_82575, 1,  "82575" },
	{ IGBX_82576, 1,  "82576" },
	{ IGBX_82580, 1,  "82580" },
	{ IGBX_I350,  10, "I350" },
	{ IGBX_I354,  10, "I354" },
	{ IGBX_I210,  1,  "I210" },
	{ IGBX_I211,  1,  "I211" },
};

static void igbx_vfta_desc(const struct igbx_vfta_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_vfta, igbx_vfta_cases, igbx_vfta_desc);

/* Writes of @reg with value @val since the log was cleared. */
static unsigned int igbx_log_writes(const struct igbx_model *m, u32 reg,
				    u32 val)
{
	unsigned int i, n = 0;

	for (i = 0; i < m->nlog; i++)
		n += m->log[i].write && m->log[i].reg == reg &&
		     m->log[i].val == val;
	return n;
}

/*
 * VFTA (0x05600, 128 registers of 32 VLAN IDs each): with VLAN IDs 5,
 * 100, 101 and 4095 in the driver's bitmap, rewriting register 3 (IDs
 * 96-127) writes 0x00000030 exactly the case's number of times and
 * nothing else; register 127 gets BIT(31); the table is never read
 * (the bitmap is the copy, as the erratum needs on the I350). Then the
 * whole table: 128 x the case's writes, each register's own word. A
 * model whose register 3 is "lost" (zeroed behind the driver's back)
 * gets the right word again at the next update, not the lost one.
 */
static void igbx_test_family_vfta(struct kunit *test)
{
	const struct igbx_vfta_case *c = test->param_value;
	struct igbx_model *m = igbx_model_new(test, c->family, 0);
	DECLARE_BITMAP(vlans, 4096);
	unsigned int reg, i, reads = 0;

	bitmap_zero(vlans, 4096);
	__set_bit(5, vlans);
	__set_bit(100, vlans);
	__set_bit(101, vlans);
	__set_bit(4095, vlans);

	igbx_vfta_write_reg(&m->hw, vlans, 3);
	KUNIT_EXPECT_EQ(test, igbx_log_writes(m, 0x0560C, 0x30), c->writes);
	KUNIT_EXPECT_EQ(test, igbx_log_count(m, 0x0560C), c->writes);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x0560C), 0x30u);

	igbx_model_clear_log(m);
	igbx_vfta_write_reg(&m->hw, vlans, 127);
	KUNIT_EXPECT_EQ(test, igbx_log_writes(m, 0x057FC, BIT(31)), c->writes);

	igbx_model_clear_log(m);
	igbx_model_set_reg(m, 0x0560C, 0);
	for (reg = 0; reg < 128; reg++)
		igbx_vfta_write_reg(&m->hw, vlans, reg);
	for (reg = 0; reg < 128; reg++) {
		u32 want = reg == 0 ? BIT(5) : reg == 3 ? 0x30 :
			   reg == 127 ? BIT(31) : 0;

		KUNIT_EXPECT_EQ_MSG(test, igbx_log_count(m, 0x05600 + 4 * reg),
				    c->writes, "VFTA[%u]", reg);
		KUNIT_EXPECT_EQ_MSG(test,
				    igbx_log_writes(m, 0x05600 + 4 * reg, want),
				    c->writes, "VFTA[%u]", reg);
	}
	for (i = 0; i < m->nlog; i++)
		reads += !m->log[i].write && m->log[i].reg >= 0x05600 &&
			 m->log[i].reg < 0x05800;
	KUNIT_EXPECT_EQ(test, reads, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x0560C), 0x30u);
	KUNIT_EXPECT_EQ(test, m->log_lost, 0u);
}

/**
 * struct igbx_regtest_case - a family's read/write registers, as its
 *	datasheet describes them (register descriptions)
 * @family: the MAC generation
 * @queues: queue register slots
 * @len: writable bits of RDLEN/TDLEN: 0x000FFF80 where ring lengths
 *	count 128-byte units, 0x000FFFF0 where 16-byte ones
 * @tail: RDT/TDT (16 bits) are in the family's table
 * @vet: writable bits of VET that the table tests; 0: not tested
 * @rah: writable bits of RAH
 * @rar: receive-address entries tested: 16, 24 (82580) or 32 (I350)
 * @txcw: writable bits of TXCW (82575); 0: not tested
 * @desc: for the test log
 */
struct igbx_regtest_case {
	enum igbx_family family;
	unsigned int queues;
	u32 len;
	bool tail;
	u32 vet;
	u32 rah;
	unsigned int rar;
	u32 txcw;
	const char *desc;
};

static const struct igbx_regtest_case igbx_regtest_cases[] = {
	{ IGBX_82575, 4,  0x000FFF80, false, 0xFFFFFFFF, 0x800FFFFF, 16, 0xC000FFFF, "82575" },
	{ IGBX_82576, 16, 0x000FFFF0, false, 0xFFFFFFFF, 0x83FFFFFF, 16, 0, "82576" },
	{ IGBX_82580, 8,  0x000FFFF0, true,  0xFFFFFFFF, 0x83FFFFFF, 24, 0, "82580" },
	{ IGBX_I350,  8,  0x000FFF80, true,  0xFFFF0000, 0xC3FFFFFF, 32, 0, "I350" },
	{ IGBX_I354,  8,  0x000FFF80, true,  0xFFFF0000, 0xC3FFFFFF, 32, 0, "I354" },
	{ IGBX_I210,  4,  0x000FFF80, true,  0,          0x900FFFFF, 16, 0, "I210" },
	{ IGBX_I211,  2,  0x000FFF80, true,  0,          0x900FFFFF, 16, 0, "I211" },
};

static void igbx_regtest_desc(const struct igbx_regtest_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_regtest, igbx_regtest_cases, igbx_regtest_desc);

/**
 * struct igbx_rw_reg - a register the test's model makes partly read-only
 * @reg: offset
 * @rw: its writable bits
 * @probe: the test drops a bit of this one to see the table catch it
 */
struct igbx_rw_reg {
	u32 reg;
	u32 rw;
	bool probe;
};

#define IGBX_RW_MAX	512

/* Append @n registers @first, @first + @stride, ...; probe the first and last. */
static void igbx_rw_add(struct igbx_rw_reg *r, unsigned int *n, u32 first,
			u32 stride, unsigned int count, u32 rw)
{
	unsigned int i;

	for (i = 0; i < count; i++, (*n)++) {
		r[*n].reg = first + stride * i;
		r[*n].rw = rw;
		r[*n].probe = i == 0 || i == count - 1;
	}
}

/* A queue's register at @off: slots 0-3 at @lo + 0x100 q, the rest at @hi + 0x40 q. */
static void igbx_rw_add_queues(struct igbx_rw_reg *r, unsigned int *n, u32 lo,
			       u32 hi, unsigned int queues, u32 off, u32 rw)
{
	igbx_rw_add(r, n, lo + off, 0x100, min(queues, 4u), rw);
	if (queues > 4)
		igbx_rw_add(r, n, hi + 0x40 * 4 + off, 0x40, queues - 4, rw);
}

/* Every register @c's table must test, with its writable bits. */
static unsigned int igbx_rw_regs(const struct igbx_regtest_case *c,
				 struct igbx_rw_reg *r)
{
	static const u32 qoff[] = { 0x00, 0x04, 0x08, 0x18 };
	static const u32 qblock[2][2] = { { 0x02800, 0x0C000 },	/* RX */
					  { 0x03800, 0x0E000 } };	/* TX */
	unsigned int n = 0, dir, i;

	igbx_rw_add(r, &n, 0x00028, 0, 1, 0xFFFFFFFF);	/* FCAL */
	igbx_rw_add(r, &n, 0x0002C, 0, 1, 0x0000FFFF);	/* FCAH */
	igbx_rw_add(r, &n, 0x00030, 0, 1, 0x0000FFFF);	/* FCT */
	if (c->vet)
		igbx_rw_add(r, &n, 0x00038, 0, 1, c->vet);	/* VET */
	igbx_rw_add(r, &n, 0x00170, 0, 1, 0x0000FFFF);	/* FCTTV */
	igbx_rw_add(r, &n, 0x02168, 0, 1, 0x0000FFF0);	/* FCRTH */
	igbx_rw_add(r, &n, 0x00410, 0, 1, 0x3FFFFFFF);	/* TIPG */
	if (c->txcw)
		igbx_rw_add(r, &n, 0x00178, 0, 1, c->txcw);	/* TXCW */
	for (dir = 0; dir < 2; dir++) {
		for (i = 0; i < ARRAY_SIZE(qoff); i++) {
			u32 rw = i == 0 ? 0xFFFFFF80 : i == 1 ? 0xFFFFFFFF :
				 i == 2 ? c->len : 0x0000FFFF;

			if (i == 3 && !c->tail)
				continue;
			igbx_rw_add_queues(r, &n, qblock[dir][0], qblock[dir][1],
					   c->queues, qoff[i], rw);
		}
	}
	igbx_rw_add(r, &n, 0x05400, 8, 16, 0xFFFFFFFF);	/* RAL 0-15 */
	igbx_rw_add(r, &n, 0x05404, 8, 16, c->rah);		/* RAH 0-15 */
	if (c->rar > 16) {
		igbx_rw_add(r, &n, 0x054E0, 8, c->rar - 16, 0xFFFFFFFF);
		igbx_rw_add(r, &n, 0x054E4, 8, c->rar - 16, c->rah);
	}
	igbx_rw_add(r, &n, 0x05200, 4, 128, 0xFFFFFFFF);	/* MTA */
	return n;
}

/*
 * Each family's register test table (&igbx_mac_ops.reg_tests) passes on
 * a model whose registers keep exactly the bits the family's datasheet
 * gives (so the table claims no bit the MAC does not keep), and fails,
 * naming the register, when a bit it must test is made read-only: the
 * lowest writable bit of the first and last register of every group
 * (so the table covers each register, queue slot and table entry the
 * family has). Offsets and masks are written out here, not taken from
 * the driver.
 */
static void igbx_test_family_regtest(struct kunit *test)
{
	const struct igbx_regtest_case *c = test->param_value;
	struct igbx_model *m = igbx_model_new(test, c->family, 0);
	struct igbx_rw_reg *r;
	unsigned int n, i, probes = 0;
	u32 failed = 0;

	r = kunit_kcalloc(test, IGBX_RW_MAX, sizeof(*r), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, r);
	n = igbx_rw_regs(c, r);
	KUNIT_ASSERT_LE(test, n, IGBX_RW_MAX);
	KUNIT_ASSERT_EQ(test, m->hw.info->hw_queues, c->queues);

	for (i = 0; i < n; i++)
		igbx_model_set_rw(m, r[i].reg, r[i].rw);
	KUNIT_EXPECT_EQ(test, igbx_test_registers(&m->hw, &failed), 0);

	for (i = 0; i < n; i++) {
		u32 low = r[i].rw & -r[i].rw;

		if (!r[i].probe)
			continue;
		probes++;
		igbx_model_set_rw(m, r[i].reg, r[i].rw & ~low);
		failed = 0;
		KUNIT_EXPECT_EQ_MSG(test, igbx_test_registers(&m->hw, &failed),
				    -EIO, "bit 0x%08x of 0x%05x read-only",
				    low, r[i].reg);
		KUNIT_EXPECT_EQ(test, failed, r[i].reg);
		igbx_model_set_rw(m, r[i].reg, r[i].rw);
	}
	KUNIT_EXPECT_GT(test, probes, 20u);
}

/**
 * struct igbx_gcr_case - the PCIe completion timeout a reset must leave
 * @family: the MAC generation
 * @gcr: GCR (0x05B00) before the reset
 * @devctl2: the PCIe capability's DEVCTL2 before the reset
 * @cfg_err: what the config space access fails with (0: it works)
 * @gcr_after: GCR after the reset
 * @devctl2_after: DEVCTL2 after the reset
 * @cfg_writes: config space accesses the reset must make
 * @desc: for the test log
 */
struct igbx_gcr_case {
	enum igbx_family family;
	u32 gcr;
	u16 devctl2;
	int cfg_err;
	u32 gcr_after;
	u16 devctl2_after;
	unsigned int cfg_writes;
	const char *desc;
};

/*
 * GCR bits (82576 datasheet, GCR): 15:12 the completion timeout (1: 10
 * to 200 ms), 16 resend, 18 capability version 2. DEVCTL2 3:0 the PCIe
 * completion timeout range (5: 16 to 55 ms), the rest kept.
 */
static const struct igbx_gcr_case igbx_gcr_cases[] = {
	{ IGBX_82576, 0x00010000, 0x0010, 0, 0x00001000, 0x0010, 0, "82576 cap v1" },
	{ IGBX_82576, 0x00050000, 0x0010, 0, 0x00040000, 0x0015, 1, "82576 cap v2" },
	{ IGBX_82576, 0x00050000, 0x0412, 0, 0x00040000, 0x0415, 1, "82576 v2, range A" },
	{ IGBX_82576, 0x00052000, 0x0010, 0, 0x00042000, 0x0010, 0, "82576 already set" },
	{ IGBX_82576, 0x00050000, 0x0010, -EIO, 0x00040000, 0x0010, 1, "82576 config fails" },
	{ IGBX_82575, 0x00010000, 0x0010, 0, 0x00001000, 0x0010, 0, "82575 cap v1" },
	{ IGBX_82575, 0x00050000, 0x0010, 0, 0x00040000, 0x0015, 1, "82575 cap v2" },
	{ IGBX_82580, 0x00050000, 0x0010, 0, 0x00050000, 0x0010, 0, "82580 untouched" },
	{ IGBX_I350,  0x00010000, 0x0010, 0, 0x00010000, 0x0010, 0, "I350 untouched" },
	{ IGBX_I210,  0x00050000, 0x0010, 0, 0x00050000, 0x0010, 0, "I210 untouched" },
};

static void igbx_gcr_desc(const struct igbx_gcr_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_gcr, igbx_gcr_cases, igbx_gcr_desc);

/*
 * The 82575 and 82576 set the PCIe completion timeout in their reset as
 * igb does: through GCR's field when GCR says capability version 1,
 * through DEVCTL2 when version 2, not at all when GCR's field is already
 * set; the resend bit is cleared in every case, even when the config
 * access fails (the reset still succeeds). GCR is written once, after
 * the master disable (CTRL bit 2) and before CTRL.RST (bit 26). The
 * later MACs leave GCR and config space alone.
 */
static void igbx_test_family_cmpl_timeout(struct kunit *test)
{
	const struct igbx_gcr_case *c = test->param_value;
	struct igbx_model *m = igbx_model_new(test, c->family, 0);
	int gcr_at = -1, master_at = -1, rst_at = -1;
	unsigned int i;

	igbx_model_set_reg(m, 0x05B00, c->gcr);
	m->devctl2 = c->devctl2;
	m->cfg_err = c->cfg_err;

	KUNIT_ASSERT_EQ(test, igbx_reset_hw(&m->hw), 0);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x05B00), c->gcr_after);
	KUNIT_EXPECT_EQ(test, m->devctl2, c->devctl2_after);
	KUNIT_EXPECT_EQ(test, m->cfg_writes, c->cfg_writes);

	for (i = 0; i < m->nlog; i++) {
		const struct igbx_model_access *a = &m->log[i];

		if (!a->write)
			continue;
		if (a->reg == 0x05B00) {
			KUNIT_EXPECT_EQ_MSG(test, gcr_at, -1, "GCR written twice");
			gcr_at = i;
		}
		if (a->reg == 0 && (a->val & BIT(2)) && master_at < 0)
			master_at = i;
		if (a->reg == 0 && (a->val & BIT(26)) && rst_at < 0)
			rst_at = i;
	}
	KUNIT_ASSERT_GE(test, rst_at, 0);
	if (c->family != IGBX_82575 && c->family != IGBX_82576) {
		KUNIT_EXPECT_EQ(test, gcr_at, -1);
		return;
	}
	KUNIT_EXPECT_GT(test, gcr_at, master_at);
	KUNIT_EXPECT_LT(test, gcr_at, rst_at);
}

/* Writes to registers @lo..@hi since the log was cleared. */
static unsigned int igbx_log_writes_in(const struct igbx_model *m, u32 lo,
				       u32 hi)
{
	unsigned int i, n = 0;

	for (i = 0; i < m->nlog; i++)
		n += m->log[i].write && m->log[i].reg >= lo && m->log[i].reg <= hi;
	return n;
}

/*
 * The 82575's MSI-X routing (82575 datasheet, MSIXBM at 0x01600 + 4 n,
 * EICR, CTRL_EXT): the other causes, EICR bit 31, go to vector 0's
 * bitmap, with CTRL_EXT bits 31 (PBA_CLR), 24 (EIAME) and 0 (IRCA) set
 * and its other bits kept; queue pair q's RX cause (bit q) and TX cause
 * (bit 8 + q) go to vector q + 1, and those bits are what the vector is
 * masked with. Moving a queue to another vector takes its bit out of
 * the old bitmap. Neither GPIE (0x01514) nor IVAR (0x01700-0x01740),
 * which the 82575 lacks, is written. The 82576, for contrast: GPIE
 * 0x80000011, IVAR_MISC 0x00008000, TX queue 3 in byte 1 of IVAR(3),
 * vector bits returned, no MSIXBM write.
 */
static void igbx_test_msixbm_82575(struct kunit *test)
{
	struct igbx_model *m = igbx_model_new(test, IGBX_82575, 0);
	const struct igbx_mac_ops *ops = m->hw.info->ops;
	unsigned int q, v;

	KUNIT_ASSERT_NOT_NULL(test, ops->map_queue_irq);
	KUNIT_ASSERT_NOT_NULL(test, ops->map_other_irq);
	igbx_model_set_reg(m, 0x00018, BIT(28));

	KUNIT_EXPECT_EQ(test, ops->map_other_irq(&m->hw, 0), BIT(31));
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x00018),
			BIT(31) | BIT(28) | BIT(24) | BIT(0));
	for (q = 0; q < 4; q++) {
		KUNIT_EXPECT_EQ(test, ops->map_queue_irq(&m->hw, q, false, q + 1),
				BIT(q));
		KUNIT_EXPECT_EQ(test, ops->map_queue_irq(&m->hw, q, true, q + 1),
				BIT(8 + q));
	}
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x01600), BIT(31));
	for (v = 1; v <= 4; v++)
		KUNIT_EXPECT_EQ_MSG(test, igbx_model_reg(m, 0x01600 + 4 * v),
				    BIT(v - 1) | BIT(8 + v - 1), "MSIXBM(%u)", v);
	for (v = 5; v < 10; v++)
		KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x01600 + 4 * v), 0u);

	/* RX queue 0 moves from vector 1 to vector 2 */
	KUNIT_EXPECT_EQ(test, ops->map_queue_irq(&m->hw, 0, false, 2), BIT(0));
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x01604), BIT(8));
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x01608),
			BIT(0) | BIT(1) | BIT(9));

	KUNIT_EXPECT_EQ(test, igbx_log_count(m, 0x01514), 0u);
	KUNIT_EXPECT_EQ(test, igbx_log_writes_in(m, 0x01700, 0x01740), 0u);

	m = igbx_model_new(test, IGBX_82576, 0);
	ops = m->hw.info->ops;
	KUNIT_EXPECT_EQ(test, ops->map_other_irq(&m->hw, 0), BIT(0));
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x01514), 0x80000011u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x01740), 0x00008000u);
	KUNIT_EXPECT_EQ(test, ops->map_queue_irq(&m->hw, 3, true, 4), BIT(4));
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x0170C), 0x00008400u);
	KUNIT_EXPECT_EQ(test, igbx_log_writes_in(m, 0x01600, 0x01624), 0u);
}

static const enum igbx_family igbx_i210_families[] = { IGBX_I210, IGBX_I211 };

KUNIT_ARRAY_PARAM(igbx_i210, igbx_i210_families, igbx_i350_desc);

/*
 * I210/I211: an SWSM.SMBI (bit 0) that stays set is cleared once per
 * driver load and the access then goes through, inside the semaphores
 * as ever; the second time SMBI stays set the access fails with -EBUSY
 * without writing SWSM, as on the other MACs (igbx_test_family_swsm_held).
 */
static void igbx_test_i210_smbi_once(struct kunit *test)
{
	const enum igbx_family *f = test->param_value;
	struct igbx_model *m = igbx_model_new(test, *f, 0);
	ktime_t t0;
	u16 val = 0;

	KUNIT_ASSERT_FALSE(test, m->hw.swsm_cleared);
	igbx_model_set_reg(m, IGBX_SWSM, 0x1);
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_phy_read(&m->hw, MII_BMCR, &val), 0);
	igbx_expect_within(test, t0, 3000);
	KUNIT_EXPECT_EQ(test, val, 0x1140);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 1u);
	KUNIT_EXPECT_TRUE(test, m->hw.swsm_cleared);
	KUNIT_EXPECT_EQ(test, m->unguarded_sync_writes, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SW_FW_SYNC), 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM) & 0x3, 0u);

	igbx_model_set_reg(m, IGBX_SWSM, 0x1);
	igbx_model_clear_log(m);
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_phy_read(&m->hw, MII_BMCR, &val), -EBUSY);
	igbx_expect_within(test, t0, 3000);
	KUNIT_EXPECT_EQ(test, m->swsm_writes, 0u);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM), 0x1u);
}

/**
 * struct igbx_bringup_case - one port's whole bring-up, and what it must show
 * @family: the MAC generation
 * @func: the port's LAN function
 * @flash: an I210 with its flash (EECD.FLASH_DETECTED); ignored elsewhere
 * @phy_bit: SW_FW_SYNC bit of this port's PHY
 * @mac_last: last byte of the MAC address the probe must find: NVM
 *	sections give 0x10 + section (port 1 on the shared layout: port
 *	0's with bit 0 flipped), the iNVM 0x20 + port
 * @pb_reg: the receive buffer register the test presets (RXPBS, or PBA
 *	on the 82575)
 * @pb_val: its value before the bring-up
 * @kb: the buffer size, KiB, that value means on this family (the I210
 *	and I211 reset rewrites it: 34 KiB)
 * @phy_type: the type the PHY's ID must give
 * @break_own: the port's own NVM section is broken (82580 port 2: igb's
 *	rule checks section 0 only, unless word 0x03 bit 15)
 * @all_sections: NVM word 0x03 bit 15 set (82580: every section checked)
 * @probe_err: what the probe must return (0, or -EIO for a bad image)
 * @desc: for the test log
 */
struct igbx_bringup_case {
	enum igbx_family family;
	u8 func;
	bool flash;
	u32 phy_bit;
	u8 mac_last;
	u32 pb_reg;
	u32 pb_val;
	u32 kb;
	enum igbx_phy_type phy_type;
	bool break_own;
	bool all_sections;
	int probe_err;
	const char *desc;
};

static const struct igbx_bringup_case igbx_bringup_cases[] = {
	{ IGBX_82575, 0, true, 0x02, 0x10, 0x1000, 0x00100030, 48,
	  IGBX_PHY_IGP, false, false, 0, "82575 port 0, PBA 48 KiB" },
	{ IGBX_82576, 1, true, 0x04, 0x11, 0x2404, 0x00000020, 32,
	  IGBX_PHY_IGP, false, false, 0, "82576 port 1, RXPBS 32 KiB" },
	{ IGBX_82580, 2, true, 0x20, 0x12, 0x2404, 0x00000000, 36,
	  IGBX_PHY_82580, true, false, 0, "82580 port 2, own section bad" },
	{ IGBX_82580, 2, true, 0x20, 0x12, 0x2404, 0x00000000, 36,
	  IGBX_PHY_82580, true, true, -EIO, "82580 port 2, bad, 0x03 bit 15" },
	{ IGBX_I350, 1, true, 0x04, 0x11, 0x2404, 0x80000008, 35,
	  IGBX_PHY_82580, false, false, 0, "I350 port 1, RXPBS index 8" },
	{ IGBX_I354, 0, true, 0x02, 0x10, 0x2404, 0x00000001, 72,
	  IGBX_PHY_M88, false, false, 0, "I354 port 0 copper (M88E1543)" },
	{ IGBX_I210, 0, true, 0x02, 0x10, 0x2404, 0x0000003F, 34,
	  IGBX_PHY_I210, false, false, 0, "I210 with flash" },
	{ IGBX_I210, 0, false, 0x02, 0x20, 0x2404, 0x0000003F, 34,
	  IGBX_PHY_I210, false, false, 0, "I210 flash-less (iNVM)" },
	{ IGBX_I211, 0, false, 0x02, 0x20, 0x2404, 0x0000003F, 34,
	  IGBX_PHY_I210, false, false, 0, "I211 (iNVM)" },
};

static void igbx_bringup_desc(const struct igbx_bringup_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(igbx_bringup, igbx_bringup_cases, igbx_bringup_desc);

/* The firmware-held runs wait out a time limit each: the passing ports. */
static bool igbx_bringup_passes(const struct igbx_bringup_case *c)
{
	return !c->probe_err;
}

static const struct igbx_bringup_case *
igbx_bringup_busy_next(const struct igbx_bringup_case *prev, char *desc)
{
	const struct igbx_bringup_case *c = prev ? prev + 1 : igbx_bringup_cases;

	while (c < igbx_bringup_cases + ARRAY_SIZE(igbx_bringup_cases) &&
	       !igbx_bringup_passes(c))
		c++;
	if (c == igbx_bringup_cases + ARRAY_SIZE(igbx_bringup_cases))
		return NULL;
	igbx_bringup_desc(c, desc);
	return c;
}

static const void *igbx_bringup_busy_gen_params(const void *prev, char *desc)
{
	return igbx_bringup_busy_next(prev, desc);
}

/* A model of @c's port, its NVM, PHY and buffer register set up. */
static struct igbx_model *igbx_bringup_model(struct kunit *test,
					     const struct igbx_bringup_case *c)
{
	struct igbx_model *m = igbx_model_new(test, c->family, c->func);
	u16 own = igbx_model_nvm_base(m);

	if (c->family == IGBX_I210 && !c->flash)
		igbx_model_set_flash(m, false);
	if (c->break_own)
		m->nvm[own + 0x10] ^= 0x0400;
	if (c->all_sections)
		igbx_nvm_set_word(m, 0, 0x03, m->nvm[0x03] | BIT(15));
	igbx_model_set_reg(m, c->pb_reg, c->pb_val);
	/*
	 * A PHY whose NVM configuration leaves it limited: after any reset
	 * it advertises nothing but the selector, no 1000BASE-T, and the
	 * IGP PHY's low-power link-up in D0 is on; only the driver's link
	 * setup can undo that. The MAC side's PHPM is left in link
	 * disconnect with low-power link-up (82580 on).
	 */
	m->phy_default[MII_ADVERTISE] = 0x0001;
	m->phy_default[MII_CTRL1000] = 0;
	if (c->phy_type == IGBX_PHY_IGP)
		m->phy_default[0x19] = BIT(1);	/* power management: D0 LPLU */
	memcpy(m->phy, m->phy_default, sizeof(m->phy));
	igbx_model_set_reg(m, 0x0E14, BIT(5) | BIT(1));
	/* the link is down: up must set it up */
	igbx_model_set_reg(m, IGBX_STATUS, (u32)c->func << 2);
	igbx_model_clear_log(m);
	return m;
}

/*
 * What pci.c's probe does to the hardware (igbx_init_hw() and the
 * address it gives the interface): MAC reset, NVM checksum, permanent
 * address into RAR0, PHY reset and ID. Returns the first error.
 */
static int igbx_bringup_probe(struct igbx_hw *hw, u8 *addr)
{
	int err;

	err = igbx_reset_hw(hw);
	if (!err)
		err = igbx_nvm_validate_checksum(hw);
	if (!err)
		err = igbx_read_perm_addr(hw, addr);
	if (err)
		return err;
	igbx_write_rar(hw, 0, addr);
	return igbx_phy_init(hw);
}

/*
 * What igbx_up() (through igbx_configure()) does to the MAC and PHY
 * beyond rings and interrupts: DRV_LOAD, RAR0, flow control with pause
 * both ways (the default), and with the link down, the link setup.
 */
static int igbx_bringup_up(struct igbx_hw *hw, const u8 *addr)
{
	igbx_wr32(hw, IGBX_CTRL_EXT,
		  igbx_rd32(hw, IGBX_CTRL_EXT) | IGBX_CTRL_EXT_DRV_LOAD);
	igbx_write_rar(hw, 0, addr);
	igbx_setup_flow_control(hw, true, true, 1522);
	if (igbx_check_link(hw, NULL, NULL))
		return 0;
	return igbx_setup_link(hw);
}

/* What igbx_down() does to the hardware: receiver off, MAC reset. */
static int igbx_bringup_down(struct igbx_hw *hw)
{
	igbx_wr32(hw, IGBX_RCTL, igbx_rd32(hw, IGBX_RCTL) & ~IGBX_RCTL_EN);
	return igbx_reset_hw(hw);
}

/*
 * The log index of the first access at or after @from to @reg, a write
 * (else a read), whose value has the bits @mask equal to @want; -1 if
 * none.
 */
static int igbx_log_find(const struct igbx_model *m, int from, u32 reg,
			 bool write, u32 mask, u32 want)
{
	unsigned int i;

	if (from < 0)
		return -1;
	for (i = from; i < m->nlog; i++) {
		const struct igbx_model_access *a = &m->log[i];

		if (a->reg == reg && a->write == write && (a->val & mask) == want)
			return i;
	}
	return -1;
}

/* The first read of an iNVM dword at or after @from; -1 if none. */
static int igbx_log_find_invm(const struct igbx_model *m, int from)
{
	unsigned int i;

	for (i = from; i < m->nlog; i++) {
		const struct igbx_model_access *a = &m->log[i];

		if (!a->write && a->reg >= IGBX_MODEL_INVM &&
		    a->reg < IGBX_MODEL_INVM + 4 * 64)
			return i;
	}
	return -1;
}

/* MDIC command bits: op 27:26 (01 write, 10 read), register 20:16. */
#define IGBX_T_MDIC_OPREG	(GENMASK(27, 26) | GENMASK(20, 16))
#define IGBX_T_MDIC_RD(r)	(BIT(27) | (u32)(r) << 16)
#define IGBX_T_MDIC_WR(r)	(BIT(26) | (u32)(r) << 16)

/* EEMNGCTL (0x01010) bit 18 + port, or the I210's copy's bit 18. */
static void igbx_cfg_done_of(const struct igbx_bringup_case *c, u32 *reg,
			     u32 *bit)
{
	bool i210 = c->family == IGBX_I210 || c->family == IGBX_I211;

	*reg = i210 ? 0x12030 : 0x01010;
	*bit = BIT(18 + (i210 ? 0 : c->func));
}

/* Step @name must have been found, after the step before it (@prev). */
static void igbx_expect_step(struct kunit *test, int idx, int prev,
			     const char *name)
{
	KUNIT_EXPECT_GT_MSG(test, idx, prev,
			    "%s: at log entry %d, the step before at %d",
			    name, idx, prev);
}

/*
 * The whole bring-up of one port, as probe -> open -> close run it, each
 * step in order in the access log, every PHY and NVM access inside its
 * semaphore:
 * probe: CTRL.RST (bit 26) written, then a CTRL read showing it clear;
 * the NVM read after the reset (EERD with START; on the I211 and a
 * flash-less I210 iNVM dwords, and no EERD at all); CTRL.PHY_RST (bit
 * 31) set and cleared inside this port's PHY semaphore; CFG_DONE read
 * set after that; the PHY's ID (registers 2 and 3) read last. The
 * checksum passes or fails as the family's rule says (82580 port 2:
 * only section 0 counts unless word 0x03 bit 15), a failed probe making
 * no PHY access. The address in RAR0 is the NVM section's, or the
 * iNVM's.
 * up: the pause marks (FCRTH 0x2168, FCRTL 0x2160) follow from the
 * family's decoding of its buffer register (high > low, both below the
 * buffer, a 1522-byte frame plus 9728 bytes short of it); where the MAC
 * has PHPM (0x0E14), GO_LINKD (5) and D0_LPLU (1) are cleared before
 * the PHY reset; the PHY is reset again, the advertisement (ANAR 10/100 both
 * duplexes and symmetric pause, 1000BASE-T full) written after it, auto-negotiation
 * restarted last; the IGP PHY's D0 LPLU is off.
 * down: RCTL.EN cleared, then CTRL.RST written; no PHY access (igbx
 * switches no PHY power: &igbx_mac_ops.phy_power is NULL), so the PHY
 * stays powered with its advertisement.
 */
static void igbx_test_family_bringup(struct kunit *test)
{
	const struct igbx_bringup_case *c = test->param_value;
	struct igbx_model *m = igbx_bringup_model(test, c);
	bool invm = c->family == IGBX_I211 ||
		    (c->family == IGBX_I210 && !c->flash);
	u32 cfg_reg, cfg_bit, high, low, hwm, size = c->kb * 1024;
	int rst, rst_done, nvm, prst, prst_clr, cfg, id1, id2, up, fc, phpm;
	int prst2, anar, gbt, an, down, rctl, drst;
	struct igbx_guard g;
	u8 addr[ETH_ALEN];

	igbx_cfg_done_of(c, &cfg_reg, &cfg_bit);

	/* probe */
	KUNIT_ASSERT_EQ(test, igbx_bringup_probe(&m->hw, addr), c->probe_err);
	rst = igbx_log_find(m, 0, IGBX_CTRL, true, BIT(26), BIT(26));
	rst_done = igbx_log_find(m, rst, IGBX_CTRL, false, BIT(26), 0);
	igbx_expect_step(test, rst, -1, "CTRL.RST written");
	igbx_expect_step(test, rst_done, rst, "CTRL.RST seen clear");
	if (invm) {
		nvm = igbx_log_find_invm(m, rst_done);
		KUNIT_EXPECT_EQ(test, m->eerd_cmds, 0u);
	} else {
		nvm = igbx_log_find(m, rst_done, IGBX_EERD, true, BIT(0), BIT(0));
	}
	igbx_expect_step(test, nvm, rst_done, "NVM read after the reset");
	if (c->probe_err) {
		/* a bad image stops the probe before the PHY */
		KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
		KUNIT_EXPECT_EQ(test, m->phy_resets, 0u);
		KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SW_FW_SYNC), 0u);
		return;
	}
	KUNIT_EXPECT_MEMEQ(test, addr,
			   ((u8[]){ 0x00, 0x1B, 0x21, 0x5A, 0x4C, c->mac_last }),
			   ETH_ALEN);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x05400), 0x5A211B00u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x05404),
			BIT(31) | (u32)c->mac_last << 8 | 0x4C);
	prst = igbx_log_find(m, nvm, IGBX_CTRL, true, BIT(31), BIT(31));
	prst_clr = igbx_log_find(m, prst, IGBX_CTRL, true, BIT(31), 0);
	cfg = igbx_log_find(m, prst_clr, cfg_reg, false, cfg_bit, cfg_bit);
	id1 = igbx_log_find(m, cfg, IGBX_MDIC, true, IGBX_T_MDIC_OPREG,
			    IGBX_T_MDIC_RD(2));
	id2 = igbx_log_find(m, id1, IGBX_MDIC, true, IGBX_T_MDIC_OPREG,
			    IGBX_T_MDIC_RD(3));
	igbx_expect_step(test, prst, nvm, "CTRL.PHY_RST set");
	igbx_expect_step(test, prst_clr, prst, "CTRL.PHY_RST cleared");
	igbx_expect_step(test, cfg, prst_clr, "CFG_DONE seen set");
	igbx_expect_step(test, id1, cfg, "PHY ID 1 read");
	igbx_expect_step(test, id2, id1, "PHY ID 2 read");
	KUNIT_EXPECT_EQ(test, m->hw.phy.type, c->phy_type);

	/* up */
	up = m->nlog;
	KUNIT_ASSERT_EQ(test, igbx_bringup_up(&m->hw, addr), 0);
	fc = igbx_log_find(m, up, 0x2168, true, 0, 0);
	igbx_expect_step(test, fc, up - 1, "FCRTH written");
	high = igbx_model_reg(m, 0x2168);
	low = igbx_model_reg(m, 0x2160) & ~BIT(31);
	hwm = (size - (1522 + 9728)) & ~0xFU;
	KUNIT_EXPECT_EQ_MSG(test, high, hwm, "%u KiB buffer", c->kb);
	KUNIT_EXPECT_GT(test, high, low);
	KUNIT_EXPECT_LT(test, high, size);
	KUNIT_EXPECT_LT(test, low, size);
	KUNIT_EXPECT_NE(test, igbx_model_reg(m, 0x2160) & BIT(31), 0u);
	KUNIT_EXPECT_NE(test, igbx_model_reg(m, IGBX_CTRL_EXT) & BIT(28), 0u);

	prst2 = igbx_log_find(m, up, IGBX_CTRL, true, BIT(31), BIT(31));
	igbx_expect_step(test, prst2, up - 1, "CTRL.PHY_RST set at up");
	phpm = igbx_log_find(m, up, 0x0E14, true, BIT(5) | BIT(1), 0);
	if (m->hw.info->phpm) {
		igbx_expect_step(test, prst2, phpm, "PHPM cleared, then PHY reset");
		KUNIT_EXPECT_GE(test, phpm, up);
		KUNIT_EXPECT_EQ(test, igbx_model_reg(m, 0x0E14) & (BIT(5) | BIT(1)), 0u);
	} else {
		/* the 82575, 82576 and I354 have no PHPM: left alone */
		KUNIT_EXPECT_EQ(test, phpm, -1);
	}
	anar = igbx_log_find(m, prst2, IGBX_MDIC, true, IGBX_T_MDIC_OPREG,
			     IGBX_T_MDIC_WR(MII_ADVERTISE));
	gbt = igbx_log_find(m, prst2, IGBX_MDIC, true, IGBX_T_MDIC_OPREG,
			    IGBX_T_MDIC_WR(MII_CTRL1000));
	an = igbx_log_find(m, max(anar, gbt), IGBX_MDIC, true,
			   IGBX_T_MDIC_OPREG | BMCR_ANRESTART,
			   IGBX_T_MDIC_WR(MII_BMCR) | BMCR_ANRESTART);
	igbx_expect_step(test, anar, prst2, "ANAR written after the PHY reset");
	igbx_expect_step(test, gbt, prst2, "1000BASE-T control written");
	igbx_expect_step(test, an, max(anar, gbt), "auto-negotiation restarted");
	KUNIT_EXPECT_EQ(test, m->phy[MII_ADVERTISE] & 0x0DE0, 0x05E0);
	KUNIT_EXPECT_EQ(test, m->phy[MII_CTRL1000] & 0x0300, 0x0200);
	KUNIT_EXPECT_EQ(test, m->phy[MII_BMCR] & (BMCR_PDOWN | BMCR_ISOLATE |
						  BMCR_ANENABLE),
			BMCR_ANENABLE);
	if (c->phy_type == IGBX_PHY_IGP)
		KUNIT_EXPECT_EQ(test, m->phy[0x19] & BIT(1), 0);
	KUNIT_EXPECT_NE(test, igbx_model_reg(m, IGBX_CTRL) & IGBX_CTRL_SLU, 0u);

	/* down */
	down = m->nlog;
	KUNIT_ASSERT_EQ(test, igbx_bringup_down(&m->hw), 0);
	rctl = igbx_log_find(m, down, IGBX_RCTL, true, IGBX_RCTL_EN, 0);
	drst = igbx_log_find(m, rctl, IGBX_CTRL, true, BIT(26), BIT(26));
	igbx_expect_step(test, rctl, down - 1, "RCTL.EN cleared");
	igbx_expect_step(test, drst, rctl, "CTRL.RST written at down");
	KUNIT_EXPECT_EQ(test, igbx_log_find(m, down, IGBX_MDIC, true, 0, 0), -1);
	KUNIT_EXPECT_NULL(test, m->hw.info->ops->phy_power);
	KUNIT_EXPECT_EQ(test, m->phy[MII_BMCR] & BMCR_PDOWN, 0);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_CTRL) & BIT(26), 0u);

	/* the whole run, inside the semaphores */
	KUNIT_ASSERT_EQ(test, m->log_lost, 0u);
	igbx_walk_log(m, c->phy_bit, &g);
	KUNIT_EXPECT_EQ(test, m->unguarded_phy, 0u);
	KUNIT_EXPECT_EQ(test, m->unguarded_sync_writes, 0u);
	KUNIT_EXPECT_EQ_MSG(test, g.outside, 0u,
			    "first access outside its semaphore at log entry %d",
			    g.first_outside);
	KUNIT_EXPECT_EQ(test, g.phy_gives, g.phy_takes);
	KUNIT_EXPECT_EQ(test, g.nvm_gives, g.nvm_takes);
	KUNIT_EXPECT_EQ(test, g.sync, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM) & 0x3, 0u);
	KUNIT_EXPECT_GE(test, m->phy_resets, 2u);
}

/*
 * The firmware holds the NVM and this port's PHY for good: the whole
 * probe fails with -EBUSY within the limits (about 1 s per resource,
 * 4 s allowed), having run no EERD or MDIC command and no PHY reset,
 * with SW_FW_SYNC's software bits and SWSM given back; the up's link
 * setup fails with -EBUSY the same way.
 */
static void igbx_test_family_bringup_busy(struct kunit *test)
{
	const struct igbx_bringup_case *c = test->param_value;
	struct igbx_model *m = igbx_bringup_model(test, c);
	u8 addr[ETH_ALEN];
	ktime_t t0;

	m->fw_sync = (IGBX_EEP_BIT | c->phy_bit) << IGBX_FW_SHIFT;
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_bringup_probe(&m->hw, addr), -EBUSY);
	igbx_expect_within(test, t0, 4000);
	KUNIT_EXPECT_EQ(test, m->eerd_cmds, 0u);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
	KUNIT_EXPECT_EQ(test, m->phy_resets, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SW_FW_SYNC), 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM) & 0x3, 0u);

	m->hw.phy.type = c->phy_type;	/* as if the probe had found it */
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_bringup_up(&m->hw, addr), -EBUSY);
	igbx_expect_within(test, t0, 4000);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
	KUNIT_EXPECT_EQ(test, m->phy_resets, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SW_FW_SYNC), 0u);
}

/*
 * A port with no PHY answering MDIC at the internal address, as a
 * SerDes or SGMII port shows (igbx has no PCS or SGMII link code, and
 * pci.c binds none of those IDs; this is the hardware layer's own
 * refusal should one reach it): the probe fails with -EIO when reading
 * the PHY's ID, quickly and with every semaphore given back, and a link
 * setup afterwards refuses with -ENODEV without an MDIC command.
 */
static void igbx_test_family_bringup_no_phy(struct kunit *test)
{
	const struct igbx_bringup_case *c = test->param_value;
	struct igbx_model *m = igbx_bringup_model(test, c);
	struct igbx_guard g;
	u8 addr[ETH_ALEN];
	ktime_t t0;

	m->no_phy = true;
	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, igbx_bringup_probe(&m->hw, addr), -EIO);
	igbx_expect_within(test, t0, 1000);
	KUNIT_EXPECT_EQ(test, m->hw.phy.type, IGBX_PHY_UNKNOWN);
	igbx_model_clear_log(m);
	KUNIT_EXPECT_EQ(test, igbx_bringup_up(&m->hw, addr), -ENODEV);
	KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
	igbx_walk_log(m, c->phy_bit, &g);
	KUNIT_EXPECT_EQ(test, g.sync, 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SW_FW_SYNC), 0u);
	KUNIT_EXPECT_EQ(test, igbx_model_reg(m, IGBX_SWSM) & 0x3, 0u);
}

/*
 * A copper device ID whose NVM sets other media (CTRL_EXT.LINK_MODE 01
 * 1000BASE-KX, 10 SGMII, 11 SerDes): the probe refuses it with
 * -EOPNOTSUPP before any PHY access, for there is no link code for it.
 */
static void igbx_test_family_bringup_media(struct kunit *test)
{
	const struct igbx_bringup_case *c = test->param_value;
	u8 addr[ETH_ALEN];
	u32 mode;

	/* an NVM that fails its checksum ends the probe before the media */
	if (c->probe_err)
		kunit_skip(test, "the NVM fails first");
	for (mode = 1; mode <= 3; mode++) {
		struct igbx_model *m = igbx_bringup_model(test, c);

		igbx_model_set_reg(m, IGBX_CTRL_EXT,
				   FIELD_PREP(IGBX_CTRL_EXT_LINK_MODE, mode));
		KUNIT_EXPECT_EQ_MSG(test, igbx_bringup_probe(&m->hw, addr),
				    -EOPNOTSUPP, "link mode %u", mode);
		KUNIT_EXPECT_EQ(test, m->mdic_cmds, 0u);
		KUNIT_EXPECT_EQ(test, m->phy_resets, 0u);
	}
}

static struct kunit_case igbx_family_test_cases[] = {
	KUNIT_CASE_PARAM(igbx_test_family_probe_guarded, igbx_family_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_fw_lets_go, igbx_family_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_reset, igbx_family_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_fw_holds, igbx_busy_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_swsm_held, igbx_busy_gen_params),
	KUNIT_CASE(igbx_test_nvm_rule_82580),
	KUNIT_CASE_PARAM(igbx_test_nvm_rule_i350, igbx_i350_gen_params),
	KUNIT_CASE(igbx_test_i210_flashless),
	KUNIT_CASE(igbx_test_i210_flash),
	KUNIT_CASE(igbx_test_i211_no_eerd),
	KUNIT_CASE_PARAM(igbx_test_family_pba, igbx_pba_gen_params),
	KUNIT_CASE(igbx_test_fc_marks),
	KUNIT_CASE(igbx_test_family_stats),
	KUNIT_CASE(igbx_test_family_xdp_mtu),
	KUNIT_CASE(igbx_test_family_ids),
	KUNIT_CASE(igbx_test_family_reset_eee),
	KUNIT_CASE_PARAM(igbx_test_family_vfta, igbx_vfta_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_regtest, igbx_regtest_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_cmpl_timeout, igbx_gcr_gen_params),
	KUNIT_CASE(igbx_test_msixbm_82575),
	KUNIT_CASE_PARAM(igbx_test_i210_smbi_once, igbx_i210_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_bringup, igbx_bringup_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_bringup_busy, igbx_bringup_busy_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_bringup_no_phy, igbx_bringup_busy_gen_params),
	KUNIT_CASE_PARAM(igbx_test_family_bringup_media, igbx_bringup_gen_params),
	{}
};

static struct kunit_suite igbx_family_suite = {
	.name = "igbx_family",
	.test_cases = igbx_family_test_cases,
};

kunit_test_suite(igbx_family_suite);
