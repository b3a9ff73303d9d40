// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the PHY through MDIC, and copper link setup and check
 *
 * Shared by every MAC generation whose PHY answers at the internal PHY
 * address over MDIC; what a generation does differently is chosen through
 * its &struct igbx_mac_ops.
 */
#include <linux/bitfield.h>

#include "igbx.h"

/* Polling limit for one MDIC (PHY register) access, in microseconds. */
#define IGBX_MDIC_US		10000

/* Run one MDIC transaction and wait for READY (82576 datasheet 8.2.4). */
static int igbx_mdic(struct igbx_hw *hw, u32 cmd, u32 *result)
{
	u32 mdic;
	int err;

	err = igbx_hw_command(hw, IGBX_MDIC, cmd, IGBX_MDIC_READY, 50,
			      IGBX_MDIC_US, &mdic);
	if (err)
		return err;
	if (mdic & IGBX_MDIC_ERROR)
		return -EIO;
	*result = mdic;
	return 0;
}

/**
 * igbx_phy_read() - read a register of the internal PHY through MDIC
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value out
 *
 * Return: 0, -ETIMEDOUT, -EIO (the PHY did not answer) or -ENODEV.
 */
int igbx_phy_read(struct igbx_hw *hw, u8 reg, u16 *val)
{
	u32 mdic;
	int err;

	err = igbx_mdic(hw, FIELD_PREP(IGBX_MDIC_REG_MASK, reg) |
			FIELD_PREP(IGBX_MDIC_PHY_MASK, IGBX_PHY_ADDR) |
			IGBX_MDIC_OP_READ, &mdic);
	if (!err)
		*val = FIELD_GET(IGBX_MDIC_DATA_MASK, mdic);
	return err;
}

/**
 * igbx_phy_write() - write a register of the internal PHY through MDIC
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value
 *
 * Return: 0 or an error as for igbx_phy_read().
 */
int igbx_phy_write(struct igbx_hw *hw, u8 reg, u16 val)
{
	u32 mdic;

	return igbx_mdic(hw, FIELD_PREP(IGBX_MDIC_DATA_MASK, val) |
			 FIELD_PREP(IGBX_MDIC_REG_MASK, reg) |
			 FIELD_PREP(IGBX_MDIC_PHY_MASK, IGBX_PHY_ADDR) |
			 IGBX_MDIC_OP_WRITE, &mdic);
}

/**
 * igbx_setup_link() - let the copper link come up by auto-negotiation
 * @hw: hardware handle
 *
 * The MAC takes speed and duplex from the PHY (no forcing, CTRL.SLU set);
 * the PHY is powered up, taken out of isolation and loopback, and told to
 * (re)start auto-negotiation with what it advertises by default. The link
 * comes up some time later and is reported by the LSC interrupt.
 *
 * Return: 0 or the MDIC error.
 */
int igbx_setup_link(struct igbx_hw *hw)
{
	u32 ctrl = igbx_rd32(hw, IGBX_CTRL);
	u16 bmcr;
	int err;

	ctrl &= ~(IGBX_CTRL_FRCSPD | IGBX_CTRL_FRCDPX);
	igbx_wr32(hw, IGBX_CTRL, ctrl | IGBX_CTRL_SLU);

	err = igbx_phy_read(hw, IGBX_PHY_BMCR, &bmcr);
	if (err)
		return err;
	bmcr &= ~(IGBX_BMCR_PDOWN | IGBX_BMCR_ISOLATE | IGBX_BMCR_LOOPBACK);
	bmcr |= IGBX_BMCR_ANENABLE | IGBX_BMCR_ANRESTART;
	return igbx_phy_write(hw, IGBX_PHY_BMCR, bmcr);
}
