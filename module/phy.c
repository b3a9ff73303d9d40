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

/*
 * One MDIC access inside the family's PHY semaphore
 * (&igbx_mac_ops.acquire).
 */
static int igbx_mdic_locked(struct igbx_hw *hw, u32 cmd, u32 *result)
{
	const struct igbx_mac_ops *ops = hw->info->ops;
	int err;

	err = ops->acquire(hw, IGBX_SWFW_PHY);
	if (err)
		return err;
	err = igbx_mdic(hw, cmd, result);
	ops->release(hw, IGBX_SWFW_PHY);
	return err;
}

/**
 * igbx_phy_read_mdic() - read a register of the internal PHY through MDIC
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value out
 *
 * Return: 0, -ETIMEDOUT, -EIO (the PHY did not answer), -ENODEV, or the
 * semaphore's error.
 */
int igbx_phy_read_mdic(struct igbx_hw *hw, u8 reg, u16 *val)
{
	u32 mdic;
	int err;

	err = igbx_mdic_locked(hw, FIELD_PREP(IGBX_MDIC_REG_MASK, reg) |
			       FIELD_PREP(IGBX_MDIC_PHY_MASK, IGBX_PHY_ADDR) |
			       IGBX_MDIC_OP_READ, &mdic);
	if (!err)
		*val = FIELD_GET(IGBX_MDIC_DATA_MASK, mdic);
	return err;
}

/**
 * igbx_phy_write_mdic() - write a register of the internal PHY through MDIC
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value
 *
 * Return: 0 or an error as for igbx_phy_read_mdic().
 */
int igbx_phy_write_mdic(struct igbx_hw *hw, u8 reg, u16 val)
{
	u32 mdic;

	return igbx_mdic_locked(hw, FIELD_PREP(IGBX_MDIC_DATA_MASK, val) |
				FIELD_PREP(IGBX_MDIC_REG_MASK, reg) |
				FIELD_PREP(IGBX_MDIC_PHY_MASK, IGBX_PHY_ADDR) |
				IGBX_MDIC_OP_WRITE, &mdic);
}

/**
 * igbx_setup_copper_link() - let the copper link come up by auto-negotiation
 * @hw: hardware handle
 *
 * The MAC takes speed and duplex from the PHY (no forcing, CTRL.SLU set);
 * the PHY is powered up, taken out of isolation and loopback, and told to
 * (re)start auto-negotiation with what it advertises by default. The link
 * comes up some time later and is reported by the LSC interrupt.
 *
 * Return: 0 or the PHY access error.
 */
int igbx_setup_copper_link(struct igbx_hw *hw)
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

/**
 * igbx_check_copper_link() - link state as the MAC reports it in STATUS
 * @hw: hardware handle
 * @speed: out, or NULL: Mb/s from STATUS's speed bits
 * @full_duplex: out, or NULL: STATUS.FD
 *
 * One read of STATUS: LU says whether the link is up; with the MAC taking
 * speed and duplex from the PHY, its speed and FD bits say how. A device
 * that is gone reads all ones: the caller checks igbx_removed() if it
 * matters.
 *
 * Return: STATUS.LU.
 */
bool igbx_check_copper_link(struct igbx_hw *hw, u32 *speed, bool *full_duplex)
{
	u32 status = igbx_rd32(hw, IGBX_STATUS);

	if (speed) {
		if (status & IGBX_STATUS_SPEED_1000)
			*speed = SPEED_1000;
		else if (status & IGBX_STATUS_SPEED_100)
			*speed = SPEED_100;
		else
			*speed = SPEED_10;
	}
	if (full_duplex)
		*full_duplex = status & IGBX_STATUS_FD;
	return status & IGBX_STATUS_LU;
}
