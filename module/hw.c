// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - hardware access: register I/O, the family table, receive
 * addresses, flow control
 *
 * What every MAC generation does alike lives here, nvm.c (the NVM) and
 * phy.c (the PHY); what a generation does its own way is in its
 * mac_*.c file, reached through the family table's &struct igbx_mac_ops.
 * Nothing here knows about net_device or rings: these functions take a
 * &struct igbx_hw and talk to BAR0 only, so the KUnit device suite can call
 * them on the emulated 82576 directly.
 */
#include <kunit/visibility.h>
#include <linux/bitfield.h>
#include <linux/if_vlan.h>
#include <linux/iopoll.h>

#include "igbx.h"

/*
 * Each family's constants and hardware sequences. The sequences live in
 * the file of the MAC generation (mac_82575.c, mac_82580.c, mac_i210.c).
 */
const struct igbx_family_info igbx_families[IGBX_NR_FAMILIES] = {
	[IGBX_82575] = {
		.name = "82575", .max_queue_pairs = 4, .hw_queues = 4,
		.nvm = IGBX_NVM_SHARED, .udp_seg = false,
		.tx_ctx_per_queue = true, .reta_shift = 6,
		.ops = &igbx_82575_ops,
	},
	[IGBX_82576] = {
		.name = "82576", .max_queue_pairs = 8, .hw_queues = 16,
		.nvm = IGBX_NVM_SHARED, .udp_seg = true,
		.ops = &igbx_82576_ops,
	},
	[IGBX_82580] = {
		.name = "82580", .max_queue_pairs = 8, .hw_queues = 8,
		.nvm = IGBX_NVM_PER_PORT, .udp_seg = true,
		.ops = &igbx_82580_ops,
	},
	[IGBX_I350] = {
		.name = "I350", .max_queue_pairs = 8, .hw_queues = 8,
		.nvm = IGBX_NVM_PER_PORT, .udp_seg = true,
		.ops = &igbx_82580_ops,
	},
	[IGBX_I354] = {
		.name = "I354", .max_queue_pairs = 8, .hw_queues = 8,
		.nvm = IGBX_NVM_PER_PORT, .udp_seg = true,
		.ops = &igbx_82580_ops,
	},
	[IGBX_I210] = {
		.name = "I210", .max_queue_pairs = 4, .hw_queues = 4,
		.nvm = IGBX_NVM_SHARED, .udp_seg = true, .rr2dcdelay = true,
		.ops = &igbx_i210_ops,
	},
	[IGBX_I211] = {
		.name = "I211", .max_queue_pairs = 2, .hw_queues = 2,
		.nvm = IGBX_NVM_NONE, .udp_seg = true, .rr2dcdelay = true,
		.ops = &igbx_i210_ops,
	},
};
EXPORT_SYMBOL_IF_KUNIT(igbx_families);

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
 * igbx_swfw_acquire_none() - take a software/firmware semaphore: nothing
 * @hw: hardware handle
 * @res: the resource
 *
 * The &igbx_mac_ops.acquire of every family for now: igbx takes no
 * semaphore around NVM and PHY accesses yet.
 *
 * Return: 0.
 */
int igbx_swfw_acquire_none(struct igbx_hw *hw, enum igbx_swfw res)
{
	return 0;
}

/**
 * igbx_swfw_release_none() - give back what igbx_swfw_acquire_none() took
 * @hw: hardware handle
 * @res: the resource
 */
void igbx_swfw_release_none(struct igbx_hw *hw, enum igbx_swfw res)
{
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
 * igbx_fc_marks_from_kb() - pause-frame marks for a receive packet buffer
 * @kb: the buffer's size in KiB
 * @high: XOFF mark out, in bytes: sending pause frames starts above it
 * @low: XON mark out, in bytes: sending stops below it
 *
 * XOFF when the buffer is 90 % full, or two full frames short of full if
 * that is earlier, on a 16-byte boundary; XON 16 bytes below (82576
 * datasheet, Flow Control; the same marks as igb).
 */
void igbx_fc_marks_from_kb(u32 kb, u32 *high, u32 *low)
{
	u32 hwm = min(kb * SZ_1K * 9 / 10, kb * SZ_1K - 2 * VLAN_ETH_FRAME_LEN);

	*high = hwm & ~0xFU;
	*low = *high - 16;
}

/**
 * igbx_setup_flow_control() - 802.3x pause frames, received and sent
 * @hw: hardware handle
 * @rx_pause: honour received pause frames (CTRL.RFCE)
 * @tx_pause: send pause frames when the receive buffer fills (CTRL.TFCE)
 *
 * The pause address, type and time are the standard ones. The marks at
 * which sending starts (XOFF) and stops (XON) come from the family's
 * &igbx_mac_ops.fc_marks (82576 datasheet, Flow Control).
 */
void igbx_setup_flow_control(struct igbx_hw *hw, bool rx_pause, bool tx_pause)
{
	u32 high, low, ctrl;

	hw->info->ops->fc_marks(hw, &high, &low);
	ctrl = igbx_rd32(hw, IGBX_CTRL) & ~(IGBX_CTRL_RFCE | IGBX_CTRL_TFCE);

	igbx_wr32(hw, IGBX_FCAL, IGBX_FCAL_PAUSE);
	igbx_wr32(hw, IGBX_FCAH, IGBX_FCAH_PAUSE);
	igbx_wr32(hw, IGBX_FCT, IGBX_FCT_PAUSE);
	igbx_wr32(hw, IGBX_FCTTV, IGBX_FC_PAUSE_TIME);
	igbx_wr32(hw, IGBX_FCRTL, tx_pause ? low | IGBX_FCRTL_XONE : 0);
	igbx_wr32(hw, IGBX_FCRTH, tx_pause ? high : 0);

	if (rx_pause)
		ctrl |= IGBX_CTRL_RFCE;
	if (tx_pause)
		ctrl |= IGBX_CTRL_TFCE;
	igbx_wr32(hw, IGBX_CTRL, ctrl);
}
