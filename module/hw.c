// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - hardware access: register I/O, MAC reset, receive addresses,
 * flow control (the NVM is in nvm.c, the PHY in phy.c)
 *
 * Nothing here knows about net_device or rings: these functions take a
 * &struct igbx_hw and talk to BAR0 only, so the KUnit device suite can call
 * them on the emulated 82576 directly.
 */
#include <kunit/visibility.h>
#include <linux/bitfield.h>
#include <linux/delay.h>
#include <linux/if_vlan.h>
#include <linux/iopoll.h>

#include "igbx.h"

const struct igbx_family_info igbx_families[IGBX_NR_FAMILIES] = {
	[IGBX_82575] = { "82575", 4, 4,  IGBX_NVM_SHARED,   false },
	[IGBX_82576] = { "82576", 8, 16, IGBX_NVM_SHARED,   true },
	[IGBX_82580] = { "82580", 8, 8,  IGBX_NVM_PER_PORT, true },
	[IGBX_I350]  = { "I350",  8, 8,  IGBX_NVM_PER_PORT, true },
	[IGBX_I354]  = { "I354",  8, 8,  IGBX_NVM_PER_PORT, true },
	[IGBX_I210]  = { "I210",  4, 4,  IGBX_NVM_SHARED,   true },
	[IGBX_I211]  = { "I211",  2, 2,  IGBX_NVM_NONE,     true },
};
EXPORT_SYMBOL_IF_KUNIT(igbx_families);

/* Polling limits for the reset sequence, in microseconds. */
#define IGBX_MASTER_DISABLE_US	80000	/* outstanding DMA to drain */
#define IGBX_AUTO_READ_US	10000	/* NVM auto-load after reset */

/**
 * igbx_rd32() - read a MAC register, noticing a device that is gone
 * @hw: hardware handle
 * @reg: byte offset into BAR0
 *
 * A PCIe read from a device that has been unplugged completes with all
 * ones. When a read returns ~0 and STATUS (never all ones on a live
 * device) does too, the device is marked gone: later reads return ~0 at
 * once and writes are dropped, so every caller fails cleanly instead of
 * spinning on a register that will never change.
 *
 * Return: the register value, or ~0 once the device is gone.
 */
u32 igbx_rd32(struct igbx_hw *hw, u32 reg)
{
	u8 __iomem *base = READ_ONCE(hw->hw_addr);
	u32 val;

	if (!base)
		return ~0U;
	val = readl(base + reg);
	if (likely(val != ~0U))
		return val;
	if (reg == IGBX_STATUS || readl(base + IGBX_STATUS) == ~0U) {
		WRITE_ONCE(hw->hw_addr, NULL);
		dev_err(hw->dev, "device is gone (register reads return all ones)\n");
	}
	return val;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_rd32);

/**
 * igbx_hw_init() - fill in @hw for a newly mapped device
 * @hw: hardware handle to initialise
 * @dev: the PCI device, for log lines
 * @hw_addr: BAR0 mapping; kept in @hw->io_addr even if the device does
 *	not answer, for the caller to unmap
 * @family: MAC generation from the PCI ID table
 *
 * Return: 0, or -ENODEV when the device does not answer.
 */
int igbx_hw_init(struct igbx_hw *hw, struct device *dev,
		 u8 __iomem *hw_addr, enum igbx_family family)
{
	u32 status;

	hw->dev = dev;
	hw->io_addr = hw_addr;
	hw->hw_addr = hw_addr;
	hw->family = family;
	hw->info = &igbx_families[family];

	status = igbx_rd32(hw, IGBX_STATUS);
	if (igbx_removed(hw))
		return -ENODEV;
	hw->func = FIELD_GET(IGBX_STATUS_FUNC_MASK, status);
	return 0;
}

/**
 * igbx_hw_rearm() - give register access its mapping back after a reset
 * @hw: hardware handle of a device that has just been reset and enabled
 *	again (PCI slot reset, function-level reset, resume)
 *
 * A device in error recovery can read all ones for a while, and
 * igbx_rd32() then clears @hw->hw_addr for good; once the device is
 * back, this points @hw->hw_addr at the mapping again. STATUS is read
 * to check that the device answers: if it still reads all ones,
 * igbx_rd32() clears the pointer again and the device stays gone.
 *
 * Return: 0, or -ENODEV when the device does not answer.
 */
int igbx_hw_rearm(struct igbx_hw *hw)
{
	WRITE_ONCE(hw->hw_addr, hw->io_addr);
	igbx_rd32(hw, IGBX_STATUS);
	return igbx_removed(hw) ? -ENODEV : 0;
}

/*
 * Stop the MAC from starting new DMA and wait until what is in flight has
 * finished, so that a reset cannot cut a PCIe transaction in half
 * (82576 datasheet, Reset Operation: "master disable" before a software
 * reset).
 */
static int igbx_disable_pcie_master(struct igbx_hw *hw)
{
	u32 status;

	igbx_wr32(hw, IGBX_CTRL,
		  igbx_rd32(hw, IGBX_CTRL) | IGBX_CTRL_GIO_MASTER_DISABLE);
	return read_poll_timeout(igbx_rd32, status,
				 !(status & IGBX_STATUS_GIO_MASTER_ENABLE) ||
				 igbx_removed(hw),
				 100, IGBX_MASTER_DISABLE_US, false,
				 hw, IGBX_STATUS);
}

/**
 * igbx_reset_hw() - put the MAC through a software reset
 * @hw: hardware handle
 *
 * The sequence (82576 datasheet, Reset Operation / Software Reset):
 * drain bus mastering, mask every interrupt and stop both DMA engines, let
 * in-flight frames settle, set CTRL.RST (self-clearing), then wait for the
 * hardware to reload its defaults from the NVM (EECD.AUTO_RD), after which
 * RAL0/RAH0 hold the port's MAC address again. Pending causes are cleared
 * last so that nothing stale fires when interrupts are enabled.
 *
 * Return: 0; -ENODEV if the device is gone; -ETIMEDOUT if CTRL.RST never
 * cleared. A master-disable or auto-read timeout is only logged: a board
 * without NVM never sets AUTO_RD, and a reset is the cure for a stuck
 * master anyway.
 */
int igbx_reset_hw(struct igbx_hw *hw)
{
	u32 val;
	int err;

	if (igbx_disable_pcie_master(hw))
		dev_warn(hw->dev, "bus master requests still pending before reset\n");

	igbx_wr32(hw, IGBX_IMC, ~0U);
	igbx_wr32(hw, IGBX_EIMC, ~0U);
	igbx_wr32(hw, IGBX_RCTL, 0);
	igbx_wr32(hw, IGBX_TCTL, IGBX_TCTL_PSP);
	igbx_flush(hw);
	usleep_range(10000, 20000);

	igbx_wr32(hw, IGBX_CTRL, igbx_rd32(hw, IGBX_CTRL) | IGBX_CTRL_RST);
	/* The MAC ignores register accesses for a moment after RST. */
	usleep_range(1000, 2000);

	err = read_poll_timeout(igbx_rd32, val,
				!(val & IGBX_CTRL_RST) || igbx_removed(hw),
				100, IGBX_AUTO_READ_US, false, hw, IGBX_CTRL);
	if (igbx_removed(hw))
		return -ENODEV;
	if (err) {
		dev_err(hw->dev, "CTRL.RST did not clear after reset\n");
		return err;
	}

	if (read_poll_timeout(igbx_rd32, val, val & IGBX_EECD_AUTO_RD,
			      1000, IGBX_AUTO_READ_US, false, hw, IGBX_EECD))
		dev_dbg(hw->dev, "NVM auto-read did not complete\n");

	igbx_wr32(hw, IGBX_IMC, ~0U);
	igbx_wr32(hw, IGBX_EIMC, ~0U);
	igbx_rd32(hw, IGBX_ICR);
	igbx_rd32(hw, IGBX_EICR);
	return igbx_removed(hw) ? -ENODEV : 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_reset_hw);

/**
 * igbx_hw_command() - write a command register and wait for its done bit
 * @hw: hardware handle
 * @reg: the command register (EERD and MDIC work this way)
 * @cmd: the command to write
 * @done: the bit the MAC sets in @reg when the command has completed
 * @poll_us: time between two reads of @reg
 * @timeout_us: how long to wait for @done
 * @val: the final register value, when the device still answers
 *
 * Return: 0, -ETIMEDOUT, or -ENODEV when the device went away meanwhile.
 */
int igbx_hw_command(struct igbx_hw *hw, u32 reg, u32 cmd, u32 done,
			   unsigned long poll_us, unsigned long timeout_us, u32 *val)
{
	u32 v;
	int err;

	igbx_wr32(hw, reg, cmd);
	err = read_poll_timeout(igbx_rd32, v, (v & done) || igbx_removed(hw),
				poll_us, timeout_us, false, hw, reg);
	if (igbx_removed(hw))
		return -ENODEV;
	*val = v;
	return err;
}


/**
 * igbx_rar_to_addr() - MAC address held in a receive-address register pair
 * @ral: RAL value: address bytes 0..3, byte 0 in the low bits
 * @rah: RAH value: address bytes 4..5 in bits 15:0, flags above
 * @addr: ETH_ALEN bytes out
 */
void igbx_rar_to_addr(u32 ral, u32 rah, u8 *addr)
{
	put_unaligned_le32(ral, addr);
	put_unaligned_le16(rah & 0xffff, addr + 4);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_rar_to_addr);

/**
 * igbx_addr_to_rar() - receive-address register pair for a MAC address
 * @addr: ETH_ALEN bytes
 * @ral: RAL value out
 * @rah: RAH value out, with the address-valid bit set
 */
VISIBLE_IF_KUNIT void igbx_addr_to_rar(const u8 *addr, u32 *ral, u32 *rah)
{
	*ral = get_unaligned_le32(addr);
	*rah = get_unaligned_le16(addr + 4) | IGBX_RAH_AV;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_addr_to_rar);

/**
 * igbx_write_rar() - program one receive-address filter
 * @hw: hardware handle
 * @index: RAR entry; 0 is the port's own address
 * @addr: the address
 *
 * RAL is written first and RAH (with AV) last, so the filter never matches
 * a half-written address.
 */
void igbx_write_rar(struct igbx_hw *hw, unsigned int index, const u8 *addr)
{
	u32 ral, rah;

	igbx_addr_to_rar(addr, &ral, &rah);
	igbx_wr32(hw, IGBX_RAH(index), 0);
	igbx_wr32(hw, IGBX_RAL(index), ral);
	igbx_wr32(hw, IGBX_RAH(index), rah);
	igbx_flush(hw);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_write_rar);


/**
 * igbx_mta_hash() - the multicast table bit a group address selects
 * @addr: multicast MAC address
 *
 * With RCTL.MO = 0 the hash is address bits 47:36, that is the high
 * nibble of byte 4 and all of byte 5: 12 bits, one of 4096 table bits.
 *
 * Return: the bit index, 0..4095 (register = index / 32, bit = index % 32).
 */
u16 igbx_mta_hash(const u8 *addr)
{
	return ((addr[4] >> 4) | ((u16)addr[5] << 4)) & 0xFFF;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_mta_hash);

/**
 * igbx_setup_flow_control() - 802.3x pause frames, received and sent
 * @hw: hardware handle
 * @rx_pause: honour received pause frames (CTRL.RFCE)
 * @tx_pause: send pause frames when the receive buffer fills (CTRL.TFCE)
 *
 * The pause address, type and time are the standard ones. Sending starts
 * (XOFF) when the receive packet buffer is 90 % full, or two full frames
 * short of full if that is earlier, and stops (XON) 16 bytes below
 * (82576 datasheet, Flow Control; the same marks as igb).
 */
void igbx_setup_flow_control(struct igbx_hw *hw, bool rx_pause, bool tx_pause)
{
	u32 pba = FIELD_GET(IGBX_RXPBS_SIZE_MASK, igbx_rd32(hw, IGBX_RXPBS));
	u32 ctrl = igbx_rd32(hw, IGBX_CTRL) & ~(IGBX_CTRL_RFCE | IGBX_CTRL_TFCE);
	u32 high;

	if (!pba)
		pba = 64;	/* the 82576's default buffer */
	high = min(pba * SZ_1K * 9 / 10, pba * SZ_1K - 2 * VLAN_ETH_FRAME_LEN);
	high &= ~0xFU;

	igbx_wr32(hw, IGBX_FCAL, IGBX_FCAL_PAUSE);
	igbx_wr32(hw, IGBX_FCAH, IGBX_FCAH_PAUSE);
	igbx_wr32(hw, IGBX_FCT, IGBX_FCT_PAUSE);
	igbx_wr32(hw, IGBX_FCTTV, IGBX_FC_PAUSE_TIME);
	igbx_wr32(hw, IGBX_FCRTL, tx_pause ? (high - 16) | IGBX_FCRTL_XONE : 0);
	igbx_wr32(hw, IGBX_FCRTH, tx_pause ? high : 0);

	if (rx_pause)
		ctrl |= IGBX_CTRL_RFCE;
	if (tx_pause)
		ctrl |= IGBX_CTRL_TFCE;
	igbx_wr32(hw, IGBX_CTRL, ctrl);
}
