// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - offline diagnostics: the register pattern test
 *
 * Used by the KUnit device suite now and by "ethtool -t" (offline) later.
 * The caller guarantees the port is idle (interface down, DMA stopped):
 * the test writes ring base registers and address filters.
 */
#include <kunit/visibility.h>

#include "igbx.h"

/**
 * enum igbx_reg_kind - how a test entry's registers are addressed
 * @IGBX_REG_ONE: one register at @off
 * @IGBX_REG_RXQ: offset @off in every receive queue's slot
 * @IGBX_REG_TXQ: offset @off in every transmit queue's slot
 * @IGBX_REG_RAR: offset @off (0 RAL, 4 RAH) in receive-address pairs 0-15
 * @IGBX_REG_MTA: the multicast table array
 */
enum igbx_reg_kind {
	IGBX_REG_ONE,
	IGBX_REG_RXQ,
	IGBX_REG_TXQ,
	IGBX_REG_RAR,
	IGBX_REG_MTA,
};

/**
 * struct igbx_reg_test - registers to pattern-test
 * @kind: how to find them, see &enum igbx_reg_kind
 * @off: register offset, or offset within a slot
 * @mask: bits that must read back what was written
 * @write: bits that are written (the rest are written as zero)
 */
struct igbx_reg_test {
	enum igbx_reg_kind kind;
	u32 off;
	u32 mask;
	u32 write;
};

/*
 * Read/write registers of the 82576 with the bits that hold their value.
 * Ring base addresses ignore their low 7 bits (128-byte alignment), ring
 * lengths their low 4; RAH keeps only AV and the address select bits.
 */
static const struct igbx_reg_test igbx_reg_tests[] = {
	{ IGBX_REG_ONE, IGBX_FCAL,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCAH,  0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCT,   0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_VET,   0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCTTV, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_ONE, IGBX_FCRTH, 0x0000FFF0, 0x0000FFF0 },
	{ IGBX_REG_ONE, IGBX_TIPG,  0x3FFFFFFF, 0x3FFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_BAL, 0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_BAH, 0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_LEN, 0x000FFFF0, 0x000FFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_BAL, 0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_BAH, 0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_LEN, 0x000FFFF0, 0x000FFFFF },
	{ IGBX_REG_RAR, 0,          0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RAR, 4,          0x8003FFFF, 0xFFFFFFFF },
	{ IGBX_REG_MTA, 0,          0xFFFFFFFF, 0xFFFFFFFF },
};

/* How many registers an entry covers on this port. */
static unsigned int igbx_reg_test_count(const struct igbx_hw *hw,
					const struct igbx_reg_test *t)
{
	switch (t->kind) {
	case IGBX_REG_RXQ:
	case IGBX_REG_TXQ:
		return hw->info->hw_queues;
	case IGBX_REG_RAR:
		return 16;
	case IGBX_REG_MTA:
		return IGBX_MTA_LEN;
	default:
		return 1;
	}
}

/* Address of the @i-th register of an entry. */
static u32 igbx_reg_test_addr(const struct igbx_reg_test *t, unsigned int i)
{
	switch (t->kind) {
	case IGBX_REG_RXQ:
		return IGBX_RXQ_REG(i, t->off);
	case IGBX_REG_TXQ:
		return IGBX_TXQ_REG(i, t->off);
	case IGBX_REG_RAR:
		return igbx_rar_reg(i, t->off);
	case IGBX_REG_MTA:
		return IGBX_MTA(i);
	default:
		return t->off;
	}
}

static const u32 igbx_test_patterns[] = {
	0x5A5A5A5A, 0xA5A5A5A5, 0x00000000, 0xFFFFFFFF,
};

/* Pattern-test one register; restores its value. Returns false on mismatch. */
static bool igbx_test_one_register(struct igbx_hw *hw, u32 reg, u32 mask,
				   u32 write)
{
	u32 saved = igbx_rd32(hw, reg);
	bool ok = true;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(igbx_test_patterns) && ok; i++) {
		u32 want = igbx_test_patterns[i] & write & mask;

		igbx_wr32(hw, reg, igbx_test_patterns[i] & write);
		if ((igbx_rd32(hw, reg) & mask) != want) {
			dev_err(hw->dev, "register 0x%05x: wrote 0x%08x, read 0x%08x (mask 0x%08x)\n",
				reg, igbx_test_patterns[i] & write,
				igbx_rd32(hw, reg), mask);
			ok = false;
		}
	}
	igbx_wr32(hw, reg, saved);
	return ok;
}

/**
 * igbx_test_registers() - offline register pattern test
 * @hw: hardware handle of an idle port
 * @failed_reg: set to the offset of the first register that failed
 *
 * Writes four patterns to every register in the table, checks that the
 * writable bits read back, and restores each register's value.
 *
 * Return: 0 when all passed, -EIO on the first mismatch, -ENODEV if the
 * device is gone.
 */
int igbx_test_registers(struct igbx_hw *hw, u32 *failed_reg)
{
	const struct igbx_reg_test *t;
	unsigned int i;

	for (t = igbx_reg_tests; t < igbx_reg_tests + ARRAY_SIZE(igbx_reg_tests); t++) {
		for (i = 0; i < igbx_reg_test_count(hw, t); i++) {
			u32 reg = igbx_reg_test_addr(t, i);

			if (igbx_test_one_register(hw, reg, t->mask, t->write))
				continue;
			*failed_reg = reg;
			return igbx_removed(hw) ? -ENODEV : -EIO;
		}
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_test_registers);
