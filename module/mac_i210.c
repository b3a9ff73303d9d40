// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the I210 and I211 MAC generation
 *
 * What igbx does on these MACs today is the 82576's (mac_82575.c) with
 * the 82580's IVAR layout (mac_82580.c), and three things of their own:
 * NVM words come through EERD from a flash, or from the iNVM's autoload
 * records on an I211 and on an I210 without flash (&igbx_hw.nvm, decided
 * by igbx_nvm_init() from EECD); the packet buffers are sized after
 * every reset; the receive buffer's size is RXPBSIZE's; and an SWSM.SMBI
 * that stays set is cleared once per driver load
 * (igbx_swfw_acquire_i210()). Their
 * RR2DCDELAY register is a constant of the family table. The two share
 * one ops table.
 */
#include <linux/bitfield.h>

#include "igbx.h"

/**
 * igbx_reset_i210() - software reset, then the packet buffer split
 * @hw: hardware handle
 *
 * The 82576's reset sequence (igbx_reset_mac()), after which the
 * receive and transmit packet buffers and the largest transmitted frame
 * are set to the I210's defaults for a port without time-sensitive
 * queues: RXPBSIZE 34 KiB for the host and 2 KiB for the BMC, TXPBSIZE
 * 20 KiB for queue 0 and 4 KiB for the BMC, DTXMXPKTSZ 9728 bytes,
 * which must not exceed the smallest transmit buffer (I210 datasheet,
 * RXPBSIZE, TXPBSIZE and DTXMXPKTSZ; the values the in-tree igb writes).
 *
 * Return: as igbx_reset_mac(); the buffers are written only after a
 * reset that succeeded.
 */
static int igbx_reset_i210(struct igbx_hw *hw)
{
	int err = igbx_reset_mac(hw);

	if (err)
		return err;
	igbx_wr32(hw, IGBX_RXPBS, IGBX_RXPBS_I210);
	igbx_wr32(hw, IGBX_TXPBS, IGBX_TXPBS_I210);
	igbx_wr32(hw, IGBX_DTXMXPKTSZ, IGBX_DTXMXPKTSZ_I210);
	return 0;
}

/**
 * igbx_nvm_read_i210() - read NVM words from the flash or the iNVM
 * @hw: hardware handle
 * @offset: first word
 * @count: number of words
 * @words: where to store them
 *
 * Through EERD when the port has a flash (igbx_nvm_read_eerd()), else
 * from the iNVM's word-autoload records (igbx_nvm_read_invm()).
 *
 * Return: as the function used.
 */
static int igbx_nvm_read_i210(struct igbx_hw *hw, u16 offset, u16 count,
			      u16 *words)
{
	if (hw->nvm == IGBX_NVM_INVM)
		return igbx_nvm_read_invm(hw, offset, count, words);
	return igbx_nvm_read_eerd(hw, offset, count, words);
}

/*
 * The receive buffer's size in KiB: RXPBSIZE bits 5:0 (I210 datasheet,
 * RXPBSIZE), as igbx_reset_i210() left it; a zero there (no reset yet)
 * is taken as the 34 KiB the reset writes.
 */
static u32 igbx_rx_pba_kb_i210(struct igbx_hw *hw)
{
	u32 kb = FIELD_GET(IGBX_RXPBS_SIZE_I210, igbx_rd32(hw, IGBX_RXPBS));

	return kb ?: FIELD_GET(IGBX_RXPBS_SIZE_I210, IGBX_RXPBS_I210);
}

/*
 * Read/write registers of the I210 and I211 (I210 datasheet, register
 * descriptions): the queues igbx_families[] gives (four, two on the
 * I211) with their tails; ring lengths in 128-byte units (low 7 bits
 * read-only); RAH keeps AV (31), bit 28 and 19:0; no second
 * receive-address block; VET is not tested.
 */
static const struct igbx_reg_test igbx_reg_tests_i210[] = {
	{ IGBX_REG_ONE, IGBX_FCAL,   0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCAH,   0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCT,    0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCTTV,  0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_ONE, IGBX_FCRTH,  0x0000FFF0, 0x0000FFF0 },
	{ IGBX_REG_ONE, IGBX_TIPG,   0x3FFFFFFF, 0x3FFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_BAL,  0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_BAH,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_LEN,  0x000FFF80, 0x000FFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_TAIL, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_TXQ, IGBX_Q_BAL,  0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_BAH,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_LEN,  0x000FFF80, 0x000FFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_TAIL, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_RAR, 0,           0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RAR, 4,           0x900FFFFF, 0xFFFFFFFF },
	{ IGBX_REG_MTA, 0,           0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_END }
};

/*
 * The I210 and I211: the 82576's sequences with their own reset tail,
 * NVM source and buffer size, and the 82580's IVAR layout.
 * igbx_nvm_validate_sum() checks nothing on a port reading the iNVM.
 */
const struct igbx_mac_ops igbx_i210_ops = {
	.reset		= igbx_reset_i210,
	.acquire	= igbx_swfw_acquire_i210,
	.release	= igbx_swfw_release,
	.nvm_read	= igbx_nvm_read_i210,
	.nvm_validate	= igbx_nvm_validate_sum,
	.read_mac_addr	= igbx_read_mac_addr,
	.phy_read	= igbx_phy_read_mdic,
	.phy_write	= igbx_phy_write_mdic,
	.setup_link	= igbx_setup_copper_link,
	.check_link	= igbx_check_copper_link,
	.rx_pba_kb	= igbx_rx_pba_kb_i210,
	.map_queue_irq	= igbx_map_queue_irq_82580,
	.map_other_irq	= igbx_map_other_irq_82576,
	.eitr_value	= igbx_eitr_82576,
	.write_vfta	= igbx_write_vfta_82576,
	.reg_tests	= igbx_reg_tests_i210,
};
