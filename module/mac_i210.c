// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the I210 and I211 MAC generation
 *
 * What igbx does on these MACs today is the 82576's (mac_82575.c) with
 * the 82580's IVAR layout (mac_82580.c), and three things of their own:
 * NVM words come through EERD from a flash, or from the iNVM's autoload
 * records on an I211 and on an I210 without flash (&igbx_hw.nvm, decided
 * by igbx_nvm_init() from EECD); the packet buffers are sized after
 * every reset; the receive buffer's size is RXPBSIZE's; the PHY reset,
 * whose configuration-done bit sits in the I210's own EEMNGCTL, runs the
 * PLL workaround first on a port without flash; and an SWSM.SMBI that
 * stays set is cleared once per driver load (igbx_swfw_acquire_i210()).
 * Their
 * RR2DCDELAY register is a constant of the family table. The two share
 * one ops table.
 */
#include <linux/bitfield.h>
#include <linux/delay.h>

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

/* PLL workaround: checks of the PLL, each but a good one followed by a bounce */
#define IGBX_PLL_TRIES		5
#define IGBX_PLL_D3_US		1000	/* time spent in D3hot */

/*
 * One bounce of the PLL workaround, with the PHY semaphore held: reset
 * the PHY, let it power down with the function, tell the autoload to set
 * the PLL workaround bit, take the function to D3hot and back to D0
 * through PMCSR (the PHY restarts its PLL then), and put the autoload
 * word and WUC back.
 */
static int igbx_pll_bounce_i210(struct igbx_hw *hw, u16 autoload, u32 wuc)
{
	u16 pmcsr;
	int err;

	igbx_wr32(hw, IGBX_CTRL, igbx_rd32(hw, IGBX_CTRL) | IGBX_CTRL_PHY_RST);
	igbx_wr32(hw, IGBX_CTRL_EXT, igbx_rd32(hw, IGBX_CTRL_EXT) |
		  IGBX_CTRL_EXT_PHYPDEN | IGBX_CTRL_EXT_SDLPE);
	igbx_wr32(hw, IGBX_WUC, 0);
	igbx_wr32(hw, IGBX_EEARBC_I210,
		  FIELD_PREP(IGBX_EEARBC_ADDR, IGBX_NVM_AUTOLOAD) |
		  FIELD_PREP(IGBX_EEARBC_DATA, autoload | IGBX_NVM_PLL_WO));

	err = igbx_pmcsr_read(hw, &pmcsr);
	if (!err) {
		pmcsr &= ~IGBX_PMCSR_STATE;
		err = igbx_pmcsr_write(hw, pmcsr | IGBX_PMCSR_D3HOT);
		usleep_range(IGBX_PLL_D3_US, 2 * IGBX_PLL_D3_US);
		if (!err)
			err = igbx_pmcsr_write(hw, pmcsr);
	}

	igbx_wr32(hw, IGBX_EEARBC_I210,
		  FIELD_PREP(IGBX_EEARBC_ADDR, IGBX_NVM_AUTOLOAD) |
		  FIELD_PREP(IGBX_EEARBC_DATA, autoload));
	igbx_wr32(hw, IGBX_WUC, wuc);
	return err;
}

/**
 * igbx_pll_workaround_i210() - get the internal PHY's PLL going
 * @hw: hardware handle of an I211, or of an I210 without flash
 *
 * The erratum (I210 and I211 specification updates; what the in-tree igb
 * does for it): on a port whose NVM is the iNVM, the PHY's PLL may come
 * up unconfigured, and the PHY then never links. With MDIC pointed at
 * the internal PHY and the PHY semaphore held, the PLL frequency register
 * (page 0xFC, register 14; the page selected before each read, since a
 * bounce resets the PHY) is read; while its low byte reads 0xFF, the
 * function is bounced (igbx_pll_bounce_i210(): PHY reset, D3hot and back
 * to D0, with the PLL workaround bit in the iNVM autoload word 0x0A, or
 * its default 0x202F when the iNVM has none), up to 5 checks. The page,
 * MDICNFG and the semaphore are given back whatever happens.
 *
 * Return: 0 when the PLL reads configured; -EIO when it never did; a
 * PHY access, PCI configuration or semaphore error.
 */
static int igbx_pll_workaround_i210(struct igbx_hw *hw)
{
	const struct igbx_mac_ops *ops = hw->info->ops;
	u16 autoload, freq;
	u32 wuc, mdicnfg;
	unsigned int i;
	int err, ret;

	if (igbx_nvm_invm_word(hw, IGBX_NVM_AUTOLOAD, &autoload))
		autoload = IGBX_NVM_AUTOLOAD_DFLT;
	wuc = igbx_rd32(hw, IGBX_WUC);
	mdicnfg = igbx_rd32(hw, IGBX_MDICNFG);
	igbx_wr32(hw, IGBX_MDICNFG, mdicnfg & ~IGBX_MDICNFG_EXT_MDIO);

	err = ops->acquire(hw, IGBX_SWFW_PHY);
	if (err)
		goto out_mdicnfg;
	ret = -EIO;
	for (i = 0, err = 0; !err && i < IGBX_PLL_TRIES; i++) {
		/* selected again each time: a bounce resets the PHY's page */
		err = __igbx_phy_write(hw, IGBX_M88_PAGE, IGBX_I210_PLL_PAGE);
		if (!err)
			err = __igbx_phy_read(hw, IGBX_I210_PLL_FREQ, &freq);
		if (err)
			break;
		if ((freq & IGBX_I210_PLL_UNCONF) != IGBX_I210_PLL_UNCONF) {
			ret = 0;
			break;
		}
		err = igbx_pll_bounce_i210(hw, autoload, wuc);
	}
	if (!err)
		err = ret;
	/* back to page 0 even after a failure; keep the first error */
	ret = __igbx_phy_write(hw, IGBX_M88_PAGE, 0);
	err = err ?: ret;
	ops->release(hw, IGBX_SWFW_PHY);
out_mdicnfg:
	igbx_wr32(hw, IGBX_MDICNFG, mdicnfg);
	return err;
}

/**
 * igbx_phy_reset_i210() - &igbx_mac_ops.phy_reset of the I210 and I211
 * @hw: hardware handle
 *
 * On a port reading the iNVM (no flash), the PLL workaround first
 * (igbx_pll_workaround_i210(); a PLL that stays unconfigured is logged
 * and the reset goes on, as igb goes on); then igbx_phy_reset_hw() with
 * CFG_DONE in the I210's EEMNGCTL, port 0's bit (I210 datasheet,
 * EEMNGCTL; a single-port device).
 *
 * Return: as igbx_phy_reset_hw(), or the workaround's access error.
 */
static int igbx_phy_reset_i210(struct igbx_hw *hw)
{
	int err;

	if (hw->nvm == IGBX_NVM_INVM) {
		err = igbx_pll_workaround_i210(hw);
		if (err == -EIO)
			dev_err(hw->dev, "the PHY's PLL stays unconfigured after %u tries: the link may not come up\n",
				IGBX_PLL_TRIES);
		else if (err)
			return err;
	}
	return igbx_phy_reset_hw(hw, IGBX_EEMNGCTL_I210,
				 IGBX_EEMNGCTL_CFG_DONE(0));
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
	.phy_reset	= igbx_phy_reset_i210,
	.setup_link	= igbx_setup_copper_link,
	.check_link	= igbx_check_copper_link,
	.rx_pba_kb	= igbx_rx_pba_kb_i210,
	.map_queue_irq	= igbx_map_queue_irq_82580,
	.map_other_irq	= igbx_map_other_irq_82576,
	.eitr_value	= igbx_eitr_82576,
	.write_vfta	= igbx_write_vfta_82576,
	.reg_tests	= igbx_reg_tests_i210,
};
