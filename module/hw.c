// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - hardware access: register I/O, the family table, the
 * software/firmware semaphores, receive addresses, flow control
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
#include <linux/pci.h>

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
		.ops = &igbx_82576_ops, .ptp = &igbx_ptp_82576_ops,
	},
	[IGBX_82580] = {
		.name = "82580", .max_queue_pairs = 8, .hw_queues = 8,
		.nvm = IGBX_NVM_PER_PORT, .udp_seg = true,
		.phpm = true,
		.ops = &igbx_82580_ops, .ptp = &igbx_ptp_82580_ops,
	},
	[IGBX_I350] = {
		.name = "I350", .max_queue_pairs = 8, .hw_queues = 8,
		.nvm = IGBX_NVM_PER_PORT, .udp_seg = true,
		.phpm = true, .eee = true,
		.ops = &igbx_i350_ops, .ptp = &igbx_ptp_82580_ops,
	},
	[IGBX_I354] = {
		.name = "I354", .max_queue_pairs = 8, .hw_queues = 8,
		.nvm = IGBX_NVM_PER_PORT, .udp_seg = true,
		.ops = &igbx_i350_ops, .ptp = &igbx_ptp_82580_ops,
	},
	[IGBX_I210] = {
		.name = "I210", .max_queue_pairs = 4, .hw_queues = 4,
		.nvm = IGBX_NVM_FLASH_OR_INVM, .udp_seg = true,
		.rr2dcdelay = true, .phpm = true, .eee = true, .no_tncrs = true,
		.ops = &igbx_i210_ops, .ptp = &igbx_ptp_i210_ops,
	},
	[IGBX_I211] = {
		.name = "I211", .max_queue_pairs = 2, .hw_queues = 2,
		.nvm = IGBX_NVM_INVM, .udp_seg = true, .rr2dcdelay = true,
		.phpm = true, .eee = true, .no_tncrs = true,
		.ops = &igbx_i210_ops, .ptp = &igbx_ptp_i210_ops,
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
	u8 __iomem *base;
	u32 val;

	/* a KUnit test's register model answers instead (kunit/model.c) */
	KUNIT_STATIC_STUB_REDIRECT(igbx_rd32, hw, reg);

	base = READ_ONCE(hw->hw_addr);
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

#if IS_ENABLED(CONFIG_KUNIT)
/**
 * igbx_wr32() - write a MAC register (the KUnit kernel's out-of-line form)
 * @hw: hardware handle
 * @reg: byte offset into BAR0
 * @val: value
 *
 * As the inline igbx_wr32() of igbx.h, which a kernel without KUnit
 * uses; this one has an address a test can redirect to its register
 * model. A write to a device that is gone is dropped.
 */
void igbx_wr32(struct igbx_hw *hw, u32 reg, u32 val)
{
	KUNIT_STATIC_STUB_REDIRECT(igbx_wr32, hw, reg, val);
	__igbx_wr32(hw, reg, val);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_wr32);
#endif

/**
 * igbx_pcie_cap_rmw() - change a word of the PCI Express capability
 * @hw: hardware handle
 * @pos: the word's offset in the capability (a PCI_EXP_* offset)
 * @clear: bits to clear
 * @set: bits to set
 *
 * The one way the hardware code reaches PCI configuration space, so that
 * a KUnit register model, which has no PCI device, can answer instead.
 * A register the device's capability does not have (DEVCTL2 in a
 * version 1 capability) is left alone, as the PCI core does.
 *
 * Return: 0, -ENODEV without a PCI device, or the config access's error.
 */
int igbx_pcie_cap_rmw(struct igbx_hw *hw, int pos, u16 clear, u16 set)
{
	KUNIT_STATIC_STUB_REDIRECT(igbx_pcie_cap_rmw, hw, pos, clear, set);

	if (!hw->dev || !dev_is_pci(hw->dev))
		return -ENODEV;
	return pcibios_err_to_errno(pcie_capability_clear_and_set_word(to_pci_dev(hw->dev),
								      pos, clear, set));
}
EXPORT_SYMBOL_IF_KUNIT(igbx_pcie_cap_rmw);

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
	igbx_nvm_init(hw);
	return igbx_removed(hw) ? -ENODEV : 0;
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

/*
 * Software/firmware synchronisation: time limits. A claim on SWSM lasts
 * a few register accesses; firmware holds an SW_FW_SYNC resource for
 * one NVM or PHY operation of its own (milliseconds). The limits are of
 * the order igb uses, so that a busy management controller is waited
 * for, while one that never lets go fails the access: after 1 s for a
 * resource bit, 0.5 s for each SWSM bit (2 s at the very worst, when the
 * last retry for the resource also waits out both SWSM limits).
 */
#define IGBX_SMBI_US		500000	/* SWSM.SMBI: another driver */
#define IGBX_SWESMBI_US		500000	/* SWSM.SWESMBI: the firmware */
#define IGBX_SWFW_US		1000000	/* a resource bit in SW_FW_SYNC */
#define IGBX_SWSM_POLL_US	50
#define IGBX_SWFW_POLL_US	5000

/*
 * The SW_FW_SYNC bit of a resource: the NVM's is shared by every port,
 * the PHY's is the port's own (LAN function 0..3: PHY0_SM..PHY3_SM).
 */
static u32 igbx_swfw_bit(const struct igbx_hw *hw, enum igbx_swfw res)
{
	static const u32 phy[] = {
		IGBX_SWFW_PHY0_SM, IGBX_SWFW_PHY1_SM,
		IGBX_SWFW_PHY2_SM, IGBX_SWFW_PHY3_SM,
	};

	if (res == IGBX_SWFW_NVM)
		return IGBX_SWFW_EEP_SM;
	return phy[hw->func & 3];
}

static const char *igbx_swfw_name(enum igbx_swfw res)
{
	return res == IGBX_SWFW_NVM ? "NVM" : "PHY";
}

/* Give SWSM back: clear both its semaphore bits. */
static void igbx_swsm_put(struct igbx_hw *hw)
{
	u32 swsm = igbx_rd32(hw, IGBX_SWSM);

	igbx_wr32(hw, IGBX_SWSM, swsm & ~(IGBX_SWSM_SMBI | IGBX_SWSM_SWESMBI));
}

/* Ask for SWESMBI and read back whether it latched. */
static u32 igbx_swsm_claim(struct igbx_hw *hw)
{
	igbx_wr32(hw, IGBX_SWSM, igbx_rd32(hw, IGBX_SWSM) | IGBX_SWSM_SWESMBI);
	return igbx_rd32(hw, IGBX_SWSM);
}

/* Wait for SMBI to be found clear, which takes it; -ETIMEDOUT if never. */
static int igbx_smbi_wait(struct igbx_hw *hw)
{
	u32 swsm;

	return read_poll_timeout(igbx_rd32, swsm,
				 !(swsm & IGBX_SWSM_SMBI) || igbx_removed(hw),
				 IGBX_SWSM_POLL_US, IGBX_SMBI_US, false,
				 hw, IGBX_SWSM);
}

/**
 * igbx_swsm_get() - take SWSM, the semaphore that guards SW_FW_SYNC
 * @hw: hardware handle
 * @clear_once: an SMBI that stays set may be cleared once per driver
 *	load (&igbx_hw.swsm_cleared) and waited for again: the I210 and
 *	I211, where igb does so because SMBI can be left set by mistake
 *
 * Two stages (82576 datasheet, Software and Firmware Synchronization;
 * the same on the 82575, 82580, I350, I354, I210 and I211): SMBI
 * settles software agents among themselves, since a read of SWSM that
 * finds SMBI clear sets it and so owns it; SWESMBI then settles
 * software against firmware, since it latches a write of 1 only while
 * firmware does not hold it. On SWESMBI's timeout SMBI is given back.
 *
 * Return: 0 with SWSM held; -EBUSY after a time limit (logged);
 * -ENODEV when the device is gone.
 */
static int igbx_swsm_get(struct igbx_hw *hw, bool clear_once)
{
	u32 swsm;
	int err;

	err = igbx_smbi_wait(hw);
	if (err && clear_once && !hw->swsm_cleared && !igbx_removed(hw)) {
		hw->swsm_cleared = true;
		dev_warn(hw->dev, "SWSM.SMBI stays set: clearing it once\n");
		igbx_swsm_put(hw);
		err = igbx_smbi_wait(hw);
	}
	if (igbx_removed(hw))
		return -ENODEV;
	if (err) {
		dev_err(hw->dev, "SWSM.SMBI stays set: another driver holds the software semaphore\n");
		return -EBUSY;
	}

	err = read_poll_timeout(igbx_swsm_claim, swsm,
				(swsm & IGBX_SWSM_SWESMBI) || igbx_removed(hw),
				IGBX_SWSM_POLL_US, IGBX_SWESMBI_US, false, hw);
	if (igbx_removed(hw))
		return -ENODEV;
	if (err) {
		igbx_swsm_put(hw);
		dev_err(hw->dev, "SWSM.SWESMBI does not latch: the firmware holds the semaphore\n");
		return -EBUSY;
	}
	return 0;
}

/*
 * One attempt at a resource: with SWSM held, set the resource's
 * software bit in SW_FW_SYNC if neither its software nor its firmware
 * bit is set. Returns 0 (taken), -EAGAIN (held by someone else), or
 * igbx_swsm_get()'s error.
 */
static int igbx_swfw_try(struct igbx_hw *hw, u32 bit, bool clear_once)
{
	u32 sync;
	int err;

	err = igbx_swsm_get(hw, clear_once);
	if (err)
		return err;
	sync = igbx_rd32(hw, IGBX_SW_FW_SYNC);
	if (sync & (bit | bit << IGBX_SWFW_FW_SHIFT)) {
		err = -EAGAIN;
	} else {
		igbx_wr32(hw, IGBX_SW_FW_SYNC, sync | bit);
		err = 0;
	}
	igbx_swsm_put(hw);
	return err;
}

/* igbx_swfw_acquire() and igbx_swfw_acquire_i210(): see those. */
static int igbx_swfw_take(struct igbx_hw *hw, enum igbx_swfw res,
			  bool clear_once)
{
	u32 bit = igbx_swfw_bit(hw, res);
	u32 sync;
	int ret, err;

	err = read_poll_timeout(igbx_swfw_try, ret, ret != -EAGAIN,
				IGBX_SWFW_POLL_US, IGBX_SWFW_US, false, hw, bit,
				clear_once);
	if (!err)
		return ret;
	sync = igbx_rd32(hw, IGBX_SW_FW_SYNC);
	dev_err(hw->dev, "%s semaphore stays held by %s (SW_FW_SYNC 0x%08x)\n",
		igbx_swfw_name(res),
		(sync & (bit << IGBX_SWFW_FW_SHIFT)) ? "the firmware" : "another driver",
		sync);
	return -EBUSY;
}

/**
 * igbx_swfw_acquire() - take a resource shared with the firmware
 * @hw: hardware handle
 * @res: the NVM, or this port's PHY
 *
 * The &igbx_mac_ops.acquire of every generation but the I210's (82576
 * datasheet, Software and Firmware Synchronization; 82575, 82580, I350
 * and I354 alike): take SWSM (igbx_swsm_get()), and if SW_FW_SYNC shows
 * the resource free, set its software bit; give SWSM back either way,
 * and retry every 5 ms while the resource is held. May sleep.
 *
 * Return: 0 with the resource held; -EBUSY when SWSM or the resource
 * stays held past its time limit (logged, naming the holder); -ENODEV
 * when the device is gone.
 */
int igbx_swfw_acquire(struct igbx_hw *hw, enum igbx_swfw res)
{
	return igbx_swfw_take(hw, res, false);
}

/**
 * igbx_swfw_acquire_i210() - take a resource shared with the firmware,
 *	the I210's and I211's way
 * @hw: hardware handle
 * @res: the NVM, or this port's PHY
 *
 * As igbx_swfw_acquire() (I210 datasheet, Software and Firmware
 * Synchronization: the same SWSM and SW_FW_SYNC), except that an SMBI
 * found set past its time limit is cleared once per driver load and
 * waited for again, as igb does on these MACs: a previous owner that
 * died holding it would otherwise lock the NVM and PHY away for good.
 *
 * Return: as igbx_swfw_acquire().
 */
int igbx_swfw_acquire_i210(struct igbx_hw *hw, enum igbx_swfw res)
{
	return igbx_swfw_take(hw, res, true);
}

/**
 * igbx_swfw_release() - give back a resource taken by igbx_swfw_acquire()
 * @hw: hardware handle
 * @res: the resource
 *
 * Clears the resource's software bit in SW_FW_SYNC under SWSM (82576
 * datasheet, Software and Firmware Synchronization). If SWSM cannot be
 * had, the bit is cleared anyway: left set, it would lock the firmware
 * out of the resource for good. May sleep.
 */
void igbx_swfw_release(struct igbx_hw *hw, enum igbx_swfw res)
{
	u32 bit = igbx_swfw_bit(hw, res);
	int err;

	err = igbx_swsm_get(hw, false);
	if (err == -ENODEV)
		return;
	igbx_wr32(hw, IGBX_SW_FW_SYNC, igbx_rd32(hw, IGBX_SW_FW_SYNC) & ~bit);
	if (!err)
		igbx_swsm_put(hw);
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

/*
 * Room the receive buffer keeps above the XOFF mark besides one maximum
 * frame: the 9728-byte jumbo frame the link partner may be sending when
 * the pause frame leaves (igb keeps the same).
 */
#define IGBX_FC_ROOM	9728

/**
 * igbx_fc_marks() - pause-frame marks for a receive packet buffer
 * @kb: the buffer's size in KiB
 * @max_frame: the longest frame the port receives (igbx_max_frame())
 * @high: XOFF mark out, in bytes: sending pause frames starts above it
 * @low: XON mark out, in bytes: sending stops below it
 *
 * Above XOFF the buffer must still take the frame this port is sending
 * when the mark is crossed (the pause waits for it) and whatever the
 * partner sends until it has read the pause (82576 datasheet, Flow
 * Control, and the FCRTH register's description): one frame of our
 * MTU plus IGBX_FC_ROOM, on a 16-byte boundary; XON 16 bytes below. A
 * buffer too small for that room (a 1 to 16 KiB RXPBS index on the
 * 82580 family) pauses at half full instead of never.
 */
void igbx_fc_marks(u32 kb, u32 max_frame, u32 *high, u32 *low)
{
	u32 size = kb * SZ_1K, room = max_frame + IGBX_FC_ROOM;
	u32 hwm = size > room + 32 ? size - room : size / 2;

	*high = hwm & ~0xFU;
	*low = *high - 16;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_fc_marks);

/**
 * igbx_setup_flow_control() - 802.3x pause frames, received and sent
 * @hw: hardware handle
 * @rx_pause: honour received pause frames (CTRL.RFCE)
 * @tx_pause: send pause frames when the receive buffer fills (CTRL.TFCE)
 * @max_frame: the longest frame the port receives: the marks depend on it
 *
 * The pause address, type and time are the standard ones. The marks at
 * which sending starts (XOFF) and stops (XON) follow from the receive
 * packet buffer's size, which the family's &igbx_mac_ops.rx_pba_kb reads,
 * and from @max_frame (igbx_fc_marks()); so an MTU change, which goes
 * through igbx_configure(), sets them again.
 */
void igbx_setup_flow_control(struct igbx_hw *hw, bool rx_pause, bool tx_pause,
			     u32 max_frame)
{
	u32 high, low, ctrl;

	igbx_fc_marks(hw->info->ops->rx_pba_kb(hw), max_frame, &high, &low);
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
EXPORT_SYMBOL_IF_KUNIT(igbx_setup_flow_control);

/**
 * igbx_pmcsr_read() - read the PCI power management control/status word
 * @hw: hardware handle of a PCI device
 * @val: PMCSR out
 *
 * Only the I210/I211 PLL workaround needs PCI configuration space from
 * the hardware layer; a KUnit register model, which has no PCI device,
 * answers instead through a static stub.
 *
 * Return: 0, -EIO when the device has no PM capability, or the config
 * access error.
 */
int igbx_pmcsr_read(struct igbx_hw *hw, u16 *val)
{
	struct pci_dev *pdev;

	KUNIT_STATIC_STUB_REDIRECT(igbx_pmcsr_read, hw, val);
	pdev = to_pci_dev(hw->dev);
	if (!pdev->pm_cap)
		return -EIO;
	return pcibios_err_to_errno(pci_read_config_word(pdev,
							 pdev->pm_cap + PCI_PM_CTRL,
							 val));
}
EXPORT_SYMBOL_IF_KUNIT(igbx_pmcsr_read);

/**
 * igbx_pmcsr_write() - write the PCI power management control/status word
 * @hw: hardware handle of a PCI device
 * @val: PMCSR value
 *
 * As igbx_pmcsr_read(), for the write.
 *
 * Return: 0, -EIO when the device has no PM capability, or the config
 * access error.
 */
int igbx_pmcsr_write(struct igbx_hw *hw, u16 val)
{
	struct pci_dev *pdev;

	KUNIT_STATIC_STUB_REDIRECT(igbx_pmcsr_write, hw, val);
	pdev = to_pci_dev(hw->dev);
	if (!pdev->pm_cap)
		return -EIO;
	return pcibios_err_to_errno(pci_write_config_word(pdev,
							  pdev->pm_cap + PCI_PM_CTRL,
							  val));
}
EXPORT_SYMBOL_IF_KUNIT(igbx_pmcsr_write);
