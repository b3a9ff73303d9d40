// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the PHY through MDIC, its reset and identity, and copper link
 * setup and check
 *
 * Shared by every MAC generation whose PHY answers at the internal PHY
 * address over MDIC; what a generation does differently is chosen through
 * its &struct igbx_mac_ops and the constants of its family table entry.
 *
 * Bring-up, as igb does it: at probe, igbx_phy_init() resets the PHY
 * (&igbx_mac_ops.phy_reset: CTRL.PHY_RST inside the PHY semaphore, then
 * the wait for EEMNGCTL's CFG_DONE of the port) and reads its ID, which
 * decides the PHY type; an ID igbx does not know fails the probe. Each
 * link setup (igbx_setup_copper_link(): igbx_up() with the link down,
 * ethtool -s, the self-test) clears PHPM's link-disconnect and low-power
 * bits where the MAC has PHPM, resets the PHY again, runs its type's own
 * settings (MDI/MDI-X, polarity, downshift, low-power link-up), enables
 * EEE where igb does, and rewrites the advertisement before restarting
 * auto-negotiation.
 */
#include <kunit/visibility.h>
#include <linux/bitfield.h>
#include <linux/delay.h>
#include <linux/iopoll.h>
#include <linux/mii.h>

#include "igbx.h"

/* Polling limit for one MDIC (PHY register) access, in microseconds. */
#define IGBX_MDIC_US		10000

/*
 * PHY reset timing (82576 datasheet, PHY Reset; the same on the later
 * MACs): CTRL.PHY_RST is held for 100 us, the PHY is left 150 us to come
 * out of reset, then it loads its configuration from the NVM, which the
 * MAC reports in EEMNGCTL.CFG_DONE within 100 ms.
 */
#define IGBX_PHY_RST_HOLD_US	100
#define IGBX_PHY_RST_SETTLE_US	150
#define IGBX_PHY_CFG_POLL_US	1000
#define IGBX_PHY_CFG_US		100000
/* After an IGP PHY's reset, igb leaves the NVM 100 ms to configure it. */
#define IGBX_IGP_CFG_MS		100
/* A PHY software reset (BMCR.RESET) completes within a few ms. */
#define IGBX_PHY_SWRST_US	10000
/* the pause before a PHY's loopback is switched on (igb's 50 ms) */
#define IGBX_PHY_LOOPBACK_MS	50

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
 * __igbx_phy_read() - read a PHY register, the PHY semaphore already held
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value out
 *
 * For sequences that must keep the PHY to themselves across several
 * accesses (a page select and what follows it, a reset).
 *
 * Return: 0, -ETIMEDOUT, -EIO (the PHY did not answer) or -ENODEV.
 */
int __igbx_phy_read(struct igbx_hw *hw, u8 reg, u16 *val)
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
 * __igbx_phy_write() - write a PHY register, the PHY semaphore already held
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value
 *
 * Return: as __igbx_phy_read().
 */
int __igbx_phy_write(struct igbx_hw *hw, u8 reg, u16 val)
{
	u32 mdic;

	return igbx_mdic(hw, FIELD_PREP(IGBX_MDIC_DATA_MASK, val) |
			 FIELD_PREP(IGBX_MDIC_REG_MASK, reg) |
			 FIELD_PREP(IGBX_MDIC_PHY_MASK, IGBX_PHY_ADDR) |
			 IGBX_MDIC_OP_WRITE, &mdic);
}

/*
 * One PHY register access (a write of *@val, or a read into it) inside
 * the family's PHY semaphore (&igbx_mac_ops.acquire).
 */
static int igbx_phy_locked(struct igbx_hw *hw, bool write, u8 reg, u16 *val)
{
	const struct igbx_mac_ops *ops = hw->info->ops;
	int err;

	err = ops->acquire(hw, IGBX_SWFW_PHY);
	if (err)
		return err;
	err = write ? __igbx_phy_write(hw, reg, *val) :
		      __igbx_phy_read(hw, reg, val);
	ops->release(hw, IGBX_SWFW_PHY);
	return err;
}

/**
 * igbx_phy_read_mdic() - read a register of the internal PHY through MDIC
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value out
 *
 * One MDIC access inside the family's PHY semaphore
 * (&igbx_mac_ops.acquire).
 *
 * Return: 0, -ETIMEDOUT, -EIO (the PHY did not answer), -ENODEV, or the
 * semaphore's error.
 */
int igbx_phy_read_mdic(struct igbx_hw *hw, u8 reg, u16 *val)
{
	return igbx_phy_locked(hw, false, reg, val);
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
	return igbx_phy_locked(hw, true, reg, &val);
}

/**
 * igbx_phy_reset_hw() - reset the PHY through CTRL.PHY_RST
 * @hw: hardware handle
 * @cfg_reg: where the MAC reports that the PHY has its configuration
 *	(EEMNGCTL, or the I210's copy of it)
 * @cfg_done: the port's CFG_DONE bit in @cfg_reg
 *
 * 82576 datasheet, PHY Reset and EEMNGCTL (the 82580, I350 and I210
 * datasheets describe the same): unless the firmware forbids PHY resets
 * (MANC.BLK_PHY_RST_ON_IDE: the PHY is then left alone, as igb does),
 * take the PHY semaphore, set CTRL.PHY_RST, hold it at least 100 us,
 * clear it, let the PHY settle 150 us and give the semaphore back; then
 * wait up to 100 ms for the MAC to report that the PHY has loaded its
 * settings from the NVM (CFG_DONE).
 *
 * Return: 0; -ETIMEDOUT when CFG_DONE never came (logged at debug level:
 * the PHY has been reset all the same, and a port without NVM, like
 * QEMU's 82576, never sets it); the semaphore's error; -ENODEV when the
 * device is gone.
 */
int igbx_phy_reset_hw(struct igbx_hw *hw, u32 cfg_reg, u32 cfg_done)
{
	const struct igbx_mac_ops *ops = hw->info->ops;
	u32 ctrl, val;
	int err;

	if (igbx_rd32(hw, IGBX_MANC) & IGBX_MANC_BLK_PHY_RST) {
		if (igbx_removed(hw))
			return -ENODEV;
		dev_dbg(hw->dev, "the firmware blocks PHY resets: PHY left as it is\n");
		return 0;
	}

	err = ops->acquire(hw, IGBX_SWFW_PHY);
	if (err)
		return err;
	ctrl = igbx_rd32(hw, IGBX_CTRL) & ~IGBX_CTRL_PHY_RST;
	igbx_wr32(hw, IGBX_CTRL, ctrl | IGBX_CTRL_PHY_RST);
	igbx_flush(hw);
	usleep_range(IGBX_PHY_RST_HOLD_US, 2 * IGBX_PHY_RST_HOLD_US);
	igbx_wr32(hw, IGBX_CTRL, ctrl);
	igbx_flush(hw);
	usleep_range(IGBX_PHY_RST_SETTLE_US, 2 * IGBX_PHY_RST_SETTLE_US);
	ops->release(hw, IGBX_SWFW_PHY);

	err = read_poll_timeout(igbx_rd32, val,
				(val & cfg_done) || igbx_removed(hw),
				IGBX_PHY_CFG_POLL_US, IGBX_PHY_CFG_US, false,
				hw, cfg_reg);
	if (igbx_removed(hw))
		return -ENODEV;
	/* debug only, as igb: ports without NVM, and QEMU's model, never set it */
	if (err)
		dev_dbg(hw->dev, "PHY reset: the configuration from the NVM did not complete (0x%05x reads 0x%08x)\n",
			cfg_reg, val);
	return err;
}

/**
 * igbx_phy_reset_82575() - &igbx_mac_ops.phy_reset of the 82575 to the I354
 * @hw: hardware handle
 *
 * igbx_phy_reset_hw() with CFG_DONE in EEMNGCTL, one bit per LAN function
 * (bits 18-21; 82576 and 82580 datasheets, EEMNGCTL).
 *
 * Return: as igbx_phy_reset_hw().
 */
int igbx_phy_reset_82575(struct igbx_hw *hw)
{
	return igbx_phy_reset_hw(hw, IGBX_EEMNGCTL,
				 IGBX_EEMNGCTL_CFG_DONE(hw->func & 3));
}

/* The PHY IDs igbx sets up, and their type (igb's list). */
static const struct {
	u32 id;
	enum igbx_phy_type type;
} igbx_phy_ids[] = {
	{ IGBX_PHY_ID_M88E1111,	IGBX_PHY_M88 },
	{ IGBX_PHY_ID_M88E1112,	IGBX_PHY_M88 },
	{ IGBX_PHY_ID_I347AT4,	IGBX_PHY_M88 },
	{ IGBX_PHY_ID_M88E1512,	IGBX_PHY_M88 },
	{ IGBX_PHY_ID_M88E1543,	IGBX_PHY_M88 },
	{ IGBX_PHY_ID_IGP03,	IGBX_PHY_IGP },
	{ IGBX_PHY_ID_82580,	IGBX_PHY_82580 },
	{ IGBX_PHY_ID_I350,	IGBX_PHY_82580 },
	{ IGBX_PHY_ID_I210,	IGBX_PHY_I210 },
};

/**
 * igbx_phy_identify() - read the PHY's ID and decide its type
 * @hw: hardware handle
 *
 * Registers 2 and 3 (IEEE 802.3 clause 22: OUI, model, and the revision
 * in the low 4 bits, which is kept apart) go to &igbx_hw.phy; the type
 * follows from the ID alone, as with igb.
 *
 * Return: 0; -ENODEV for an ID igbx cannot set up (logged, the type
 * left %IGBX_PHY_UNKNOWN); or the PHY access error.
 */
int igbx_phy_identify(struct igbx_hw *hw)
{
	u16 id1, id2;
	unsigned int i;
	int err;

	hw->phy.type = IGBX_PHY_UNKNOWN;
	err = igbx_phy_read(hw, IGBX_PHY_ID1, &id1);
	if (!err)
		err = igbx_phy_read(hw, IGBX_PHY_ID2, &id2);
	if (err) {
		dev_err(hw->dev, "cannot read the PHY's ID: %d\n", err);
		return err;
	}
	hw->phy.id = (u32)id1 << 16 | (id2 & ~IGBX_PHY_REV_MASK);
	hw->phy.revision = FIELD_GET(IGBX_PHY_REV_MASK, id2);
	for (i = 0; i < ARRAY_SIZE(igbx_phy_ids); i++) {
		if (igbx_phy_ids[i].id == hw->phy.id) {
			hw->phy.type = igbx_phy_ids[i].type;
			return 0;
		}
	}
	dev_err(hw->dev, "PHY ID 0x%08x (revision %u) is not one igbx can set up\n",
		hw->phy.id, hw->phy.revision);
	return -ENODEV;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_phy_identify);

/**
 * igbx_phy_init() - reset the PHY and find out what it is, at probe
 * @hw: hardware handle, the MAC freshly reset
 *
 * First the port's media, which the NVM sets in CTRL_EXT.LINK_MODE
 * whatever the device ID says (82576 and I350 datasheets, Extended Device
 * Control, Link Mode): igbx has link code for copper only, so a port set
 * to SGMII, SerDes or 1000BASE-KX is refused before any PHY access. Then
 * &igbx_mac_ops.phy_reset and igbx_phy_identify(). A configuration that
 * never completes is only logged (by the reset), as igb does: a port
 * without NVM never reports it, and its PHY works.
 *
 * Return: 0, or the error that leaves the PHY unusable: -EOPNOTSUPP for
 * media other than copper, the semaphore's, an access error, or -ENODEV
 * for a PHY igbx does not know.
 */
int igbx_phy_init(struct igbx_hw *hw)
{
	static const char * const media[] = { "copper", "1000BASE-KX", "SGMII", "SerDes" };
	u32 mode = FIELD_GET(IGBX_CTRL_EXT_LINK_MODE, igbx_rd32(hw, IGBX_CTRL_EXT));
	int err;

	if (mode) {
		dev_err(hw->dev, "the NVM sets this port's media to %s: igbx drives copper only\n",
			media[mode]);
		return -EOPNOTSUPP;
	}
	err = igbx_phy_reset(hw);

	if (err && err != -ETIMEDOUT)
		return err;
	return igbx_phy_identify(hw);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_phy_init);

/* Read-modify-write of a PHY register: clear @clear, then set @set. */
static int igbx_phy_update(struct igbx_hw *hw, u8 reg, u16 clear, u16 set)
{
	u16 val;
	int err;

	err = igbx_phy_read(hw, reg, &val);
	if (err)
		return err;
	return igbx_phy_write(hw, reg, (val & ~clear) | set);
}

/*
 * A PHY software reset (BMCR.RESET, self-clearing), which makes a
 * Marvell-style PHY take its new control settings (M88 and I210
 * datasheets, Copper Control Register).
 */
static int igbx_phy_commit(struct igbx_hw *hw)
{
	u16 bmcr = 0;
	int err, ret;

	err = igbx_phy_update(hw, IGBX_PHY_BMCR, 0, IGBX_BMCR_RESET);
	if (err)
		return err;
	err = read_poll_timeout(igbx_phy_read, ret,
				ret || !(bmcr & IGBX_BMCR_RESET),
				100, IGBX_PHY_SWRST_US, false,
				hw, IGBX_PHY_BMCR, &bmcr);
	return ret ?: err;
}

/*
 * Marvell-style PHYs (M88 family, the I210's internal PHY): automatic
 * MDI/MDI-X, automatic polarity correction; the M88E1111 asserts CRS on
 * transmit (needed for half duplex), the later ones downshift to a lower
 * speed after 6 failed attempts instead (M88 and I210 datasheets, PHY
 * Specific Control Register 1; igb's settings). Committed by a software
 * reset.
 */
static int igbx_setup_m88(struct igbx_hw *hw)
{
	u16 clear = IGBX_M88_PSCR_MDIX | IGBX_M88_PSCR_POL_REV;
	u16 set = FIELD_PREP(IGBX_M88_PSCR_MDIX, IGBX_M88_PSCR_MDIX_AUTO);
	int err;

	if (hw->phy.id == IGBX_PHY_ID_M88E1111) {
		set |= IGBX_M88_PSCR_CRS_ON_TX;
	} else {
		clear |= IGBX_M88_PSCR_DSHIFT;
		set |= FIELD_PREP(IGBX_M88_PSCR_DSHIFT, IGBX_M88_PSCR_DSHIFT_6X) |
		       IGBX_M88_PSCR_DSHIFT_EN;
	}
	err = igbx_phy_update(hw, IGBX_M88_PSCR, clear, set);
	return err ?: igbx_phy_commit(hw);
}

/*
 * The IGP PHY of the 82575 and 82576, just reset: leave the NVM 100 ms
 * to configure it, then low-power link-up off in D0 (its Power
 * Management register), automatic MDI/MDI-X, and SmartSpeed off when
 * only 1000 Mb/s is advertised, since it would fall back to modes the
 * user did not ask for (82576 datasheet, PHY registers; igb's sequence).
 */
static int igbx_setup_igp(struct igbx_hw *hw)
{
	int err;

	msleep(IGBX_IGP_CFG_MS);
	err = igbx_phy_update(hw, IGBX_IGP_POWER_MGMT, IGBX_IGP_D0_LPLU, 0);
	if (!err)
		err = igbx_phy_update(hw, IGBX_IGP_PORT_CTRL, 0,
				      IGBX_IGP_AUTO_MDIX);
	if (!err && !hw->phy.adv_anar && hw->phy.adv_1000 == IGBX_CTRL1000_FULL)
		err = igbx_phy_update(hw, IGBX_IGP_PORT_CONFIG,
				      IGBX_IGP_SMART_SPEED, 0);
	return err;
}

/*
 * The 82580's and I350's internal PHY, just reset: CRS on transmit (half
 * duplex needs it), downshift, and automatic MDI/MDI-X (82580 and I350
 * datasheets, PHY Configuration and PHY Control 2 registers; igb's
 * settings).
 */
static int igbx_setup_82580(struct igbx_hw *hw)
{
	int err;

	err = igbx_phy_update(hw, IGBX_82580_PHY_CFG, 0,
			      IGBX_82580_CFG_CRS_ON_TX |
			      IGBX_82580_CFG_DOWNSHIFT);
	if (!err)
		err = igbx_phy_update(hw, IGBX_82580_PHY_CTRL2,
				      IGBX_82580_MDIX_CFG,
				      FIELD_PREP(IGBX_82580_MDIX_CFG,
						 IGBX_82580_MDIX_AUTO));
	return err;
}

/**
 * igbx_phy_write_advertising() - write what the PHY is to advertise
 * @hw: hardware handle
 *
 * The 10/100 modes and pause bits of &igbx_hw.phy go to ANAR, 1000 full
 * duplex to the 1000BASE-T control register (1000 half duplex is never
 * offered, as with igb), and master/slave is left to auto-negotiation.
 * With no mode chosen (@adv_anar and @adv_1000 both 0), every mode is
 * advertised. ANAR's other bits (the selector) are kept. Takes effect at
 * the next restart of auto-negotiation.
 *
 * Return: 0 or the PHY access error.
 */
int igbx_phy_write_advertising(struct igbx_hw *hw)
{
	u16 anar = hw->phy.adv_anar, adv_1000 = hw->phy.adv_1000;
	int err;

	if (!anar && !adv_1000) {
		anar = IGBX_ANAR_10HALF | IGBX_ANAR_10FULL |
		       IGBX_ANAR_100HALF | IGBX_ANAR_100FULL;
		adv_1000 = IGBX_CTRL1000_FULL;
	}
	err = igbx_phy_update(hw, IGBX_PHY_ANAR,
			      IGBX_ANAR_10HALF | IGBX_ANAR_10FULL |
			      IGBX_ANAR_100HALF | IGBX_ANAR_100FULL |
			      IGBX_ANAR_PAUSE | IGBX_ANAR_ASM_DIR,
			      anar | hw->phy.adv_pause);
	if (err)
		return err;
	return igbx_phy_update(hw, IGBX_PHY_CTRL1000,
			       IGBX_CTRL1000_HALF | IGBX_CTRL1000_FULL |
			       IGBX_CTRL1000_MS_ENABLE, adv_1000);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_phy_write_advertising);

/**
 * igbx_phy_set_pause_adv() - choose the pause bits the PHY is to advertise
 * @hw: hardware handle
 * @rx_pause: the port is to honour pause frames it receives
 * @tx_pause: the port is to send pause frames
 *
 * IEEE 802.3 Annex 28B.2's encoding (mii_advertise_flowctrl()): both
 * directions are PAUSE alone, receiving only is PAUSE and ASM_DIR,
 * sending only is ASM_DIR (<linux/mii.h>'s ADVERTISE_PAUSE_CAP and
 * ADVERTISE_PAUSE_ASYM are IGBX_ANAR_PAUSE and IGBX_ANAR_ASM_DIR). Kept
 * in &igbx_hw.phy for igbx_phy_write_advertising().
 */
void igbx_phy_set_pause_adv(struct igbx_hw *hw, bool rx_pause, bool tx_pause)
{
	hw->phy.adv_pause = mii_advertise_flowctrl((rx_pause ? FLOW_CTRL_RX : 0) |
						   (tx_pause ? FLOW_CTRL_TX : 0));
}
EXPORT_SYMBOL_IF_KUNIT(igbx_phy_set_pause_adv);

/**
 * igbx_phy_pause_resolve() - the pause directions a link negotiated
 * @hw: hardware handle, its link just up by auto-negotiation
 * @full_duplex: the link's duplex
 * @fc: out: FLOW_CTRL_RX and FLOW_CTRL_TX bits, 0 on error
 *
 * Both ends' PAUSE and ASM_DIR bits (ANAR, and the partner's in LPA)
 * give the directions by IEEE 802.3 Annex 28B.3's table
 * (mii_resolve_flowctrl_fdx()), as the 82576 datasheet's Flow Control
 * section leaves to software for a copper link. A half-duplex link has
 * no pause frames.
 *
 * Return: 0 or the PHY access error.
 */
int igbx_phy_pause_resolve(struct igbx_hw *hw, bool full_duplex, u8 *fc)
{
	u16 anar, lpa;
	int err;

	*fc = 0;
	if (!full_duplex)
		return 0;
	err = igbx_phy_read(hw, IGBX_PHY_ANAR, &anar);
	if (!err)
		err = igbx_phy_read(hw, IGBX_PHY_LPA, &lpa);
	if (!err)
		*fc = mii_resolve_flowctrl_fdx(anar, lpa);
	return err;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_phy_pause_resolve);

/*
 * The MAC side of the internal PHY's power, on MACs with PHPM (82580,
 * I350, I210 datasheets, PHPM): out of link-disconnect, and no
 * low-power link-up in D0, which would come up at 10 or 100 Mb/s.
 */
static void igbx_phpm_full_power(struct igbx_hw *hw)
{
	u32 phpm = igbx_rd32(hw, IGBX_PHPM);

	igbx_wr32(hw, IGBX_PHPM,
		  phpm & ~(IGBX_PHPM_GO_LINKD | IGBX_PHPM_D0_LPLU));
}

/**
 * igbx_eee_on() - Energy Efficient Ethernet on, where the family has it
 * @hw: hardware handle
 *
 * As igb sets it by default on the I350, I210 and I211 (&igbx_family_info.eee;
 * I350 and I210 datasheets, IPCNFG and EEER): advertised at 100 and 1000
 * Mb/s, low-power idle entered in both directions, also while flow
 * control pauses the link. Both are MAC registers that a MAC reset
 * clears, so the reset sequence calls this too, as igb's reset does.
 */
void igbx_eee_on(struct igbx_hw *hw)
{
	if (!hw->info->eee)
		return;
	igbx_wr32(hw, IGBX_IPCNFG, igbx_rd32(hw, IGBX_IPCNFG) |
		  IGBX_IPCNFG_EEE_100M_AN | IGBX_IPCNFG_EEE_1G_AN);
	igbx_wr32(hw, IGBX_EEER, igbx_rd32(hw, IGBX_EEER) |
		  IGBX_EEER_TX_LPI_EN | IGBX_EEER_RX_LPI_EN | IGBX_EEER_LPI_FC);
}

/**
 * igbx_setup_copper_link() - let the copper link come up by auto-negotiation
 * @hw: hardware handle, its PHY identified (igbx_phy_init())
 *
 * As igb powers up and sets up a copper link: the MAC takes speed and
 * duplex from the PHY (no forcing, CTRL.SLU set); on MACs with PHPM the
 * PHY is taken out of link-disconnect and low-power link-up; the PHY is
 * reset (&igbx_mac_ops.phy_reset; a CFG_DONE that never comes is not an
 * error here, as with igb), so that whatever a previous owner left in it
 * is gone; the PHY type's own settings are made (igbx_setup_m88(),
 * igbx_setup_igp(), igbx_setup_82580()); EEE is enabled where the family
 * says so; the advertisement is rewritten (igbx_phy_write_advertising());
 * last the PHY is powered up, taken out of isolation and loopback, and
 * told to (re)start auto-negotiation. The link comes up some time later
 * and is reported by the LSC interrupt. May sleep (up to ~0.3 s: the
 * CFG_DONE wait, the IGP PHY's 100 ms).
 *
 * Return: 0, -ENODEV when the PHY was never identified, or the PHY
 * access error.
 */
int igbx_setup_copper_link(struct igbx_hw *hw)
{
	u32 ctrl = igbx_rd32(hw, IGBX_CTRL);
	int err;

	ctrl &= ~(IGBX_CTRL_FRCSPD | IGBX_CTRL_FRCDPX);
	igbx_wr32(hw, IGBX_CTRL, ctrl | IGBX_CTRL_SLU);
	if (hw->info->phpm)
		igbx_phpm_full_power(hw);
	if (hw->phy.type == IGBX_PHY_UNKNOWN)
		return -ENODEV;
	err = igbx_phy_reset(hw);
	if (err && err != -ETIMEDOUT)
		return err;

	switch (hw->phy.type) {
	case IGBX_PHY_M88:
	case IGBX_PHY_I210:
		err = igbx_setup_m88(hw);
		break;
	case IGBX_PHY_IGP:
		err = igbx_setup_igp(hw);
		break;
	case IGBX_PHY_82580:
		err = igbx_setup_82580(hw);
		break;
	default:
		return -ENODEV;
	}
	if (err)
		return err;

	igbx_eee_on(hw);
	err = igbx_phy_write_advertising(hw);
	if (err)
		return err;
	return igbx_phy_update(hw, IGBX_PHY_BMCR,
			       IGBX_BMCR_PDOWN | IGBX_BMCR_ISOLATE |
			       IGBX_BMCR_LOOPBACK,
			       IGBX_BMCR_ANENABLE | IGBX_BMCR_ANRESTART);
}

/**
 * igbx_phy_loopback() - turn the copper PHY's own loopback on or off
 * @hw: hardware handle, PHY identified
 * @on: loop back (true), or end the loopback (false)
 *
 * On: the PHY is forced to 1000 Mb/s full duplex with auto-negotiation
 * off and BMCR.LOOPBACK set, so that every frame the MAC sends comes
 * back from the PHY without reaching the wire, and the MAC is forced to
 * the same speed and duplex with its link set up (CTRL FRCSPD, FRCDPX,
 * SPEED, FD, SLU). Each PHY needs something first (IEEE 802.3 22.2.4.1.2;
 * the per-PHY steps from the M88, 82576, 82580/I350 and I210 datasheets'
 * PHY register descriptions, in the order igb's PHY loopback test uses):
 * a Marvell PHY gets manual MDI and two software resets to take it, and
 * the MAC inverts its loss-of-signal input for it (CTRL.ILOS); the
 * 82580's and I350's internal PHY gets MII loopback in its Loopback
 * Control register; the I210's PHY goes back to page 0; the IGP PHY
 * needs nothing. igb also turns a Marvell PHY's receiver off through
 * registers its datasheet does not describe; igbx does not.
 *
 * Off: BMCR.LOOPBACK is cleared and the PHY software-reset. The next
 * igbx_setup_copper_link() undoes the rest (it resets the PHY and clears
 * the MAC's forced speed and duplex); the caller runs it, or resets the
 * MAC, before the port carries traffic again.
 *
 * Return: 0, -ENODEV when the PHY was never identified, or the PHY
 * access error.
 */
int igbx_phy_loopback(struct igbx_hw *hw, bool on)
{
	u32 ctrl;
	int err = 0;

	if (!on)
		return igbx_phy_update(hw, IGBX_PHY_BMCR, IGBX_BMCR_LOOPBACK, 0) ?:
		       igbx_phy_commit(hw);

	ctrl = igbx_rd32(hw, IGBX_CTRL) & ~IGBX_CTRL_SPEED;
	ctrl |= IGBX_CTRL_FRCSPD | IGBX_CTRL_FRCDPX | IGBX_CTRL_FD |
		IGBX_CTRL_SLU |
		FIELD_PREP(IGBX_CTRL_SPEED, IGBX_CTRL_SPEED_1000);
	switch (hw->phy.type) {
	case IGBX_PHY_M88:
		ctrl |= IGBX_CTRL_ILOS;
		err = igbx_phy_update(hw, IGBX_M88_PSCR, IGBX_M88_PSCR_MDIX, 0);
		if (!err)
			err = igbx_phy_write(hw, IGBX_PHY_BMCR,
					     IGBX_BMCR_RESET | IGBX_BMCR_ANENABLE |
					     IGBX_BMCR_FULLDPLX |
					     IGBX_BMCR_SPEED1000);
		if (!err)
			err = igbx_phy_write(hw, IGBX_PHY_BMCR,
					     IGBX_BMCR_RESET | IGBX_BMCR_FULLDPLX |
					     IGBX_BMCR_SPEED1000);
		break;
	case IGBX_PHY_I210:
		err = igbx_phy_write(hw, IGBX_M88_PAGE, 0);
		break;
	case IGBX_PHY_82580:
		err = igbx_phy_write(hw, IGBX_82580_PHY_LBK, IGBX_82580_LBK_MII);
		break;
	case IGBX_PHY_IGP:
		break;
	default:
		return -ENODEV;
	}
	if (err)
		return err;
	/* a moment for the PHY, as igb gives it, before the loopback */
	msleep(IGBX_PHY_LOOPBACK_MS);
	err = igbx_phy_write(hw, IGBX_PHY_BMCR,
			     IGBX_BMCR_LOOPBACK | IGBX_BMCR_FULLDPLX |
			     IGBX_BMCR_SPEED1000);
	if (err)
		return err;
	igbx_wr32(hw, IGBX_CTRL, ctrl);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_phy_loopback);

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
