// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - hardware access: register I/O, MAC reset, NVM, MAC address
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
#define IGBX_EERD_US		100000	/* one NVM word */

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

/*
 * Write a command register and wait until the MAC sets @done in it (EERD
 * and MDIC work this way). Leaves the final register value in @val.
 * Returns 0, -ETIMEDOUT, or -ENODEV when the device went away meanwhile.
 */
static int igbx_hw_command(struct igbx_hw *hw, u32 reg, u32 cmd, u32 done,
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
 * Read one NVM word through EERD: write the word address with START set,
 * poll for DONE, take the data from the upper half (82576 datasheet,
 * EERD register description).
 */
static int igbx_nvm_read_word(struct igbx_hw *hw, u16 offset, u16 *word)
{
	u32 eerd;
	int err;

	err = igbx_hw_command(hw, IGBX_EERD,
			      FIELD_PREP(IGBX_EERD_ADDR_MASK, offset) | IGBX_EERD_START,
			      IGBX_EERD_DONE, 5, IGBX_EERD_US, &eerd);
	if (!err)
		*word = FIELD_GET(IGBX_EERD_DATA_MASK, eerd);
	return err;
}

/**
 * igbx_nvm_read() - read consecutive NVM words
 * @hw: hardware handle
 * @offset: first word
 * @count: number of words
 * @words: where to store them
 *
 * Return: 0; -EOPNOTSUPP when the family has no EERD-readable NVM;
 * -ETIMEDOUT or -ENODEV from the first word that failed.
 */
int igbx_nvm_read(struct igbx_hw *hw, u16 offset, u16 count, u16 *words)
{
	unsigned int i;
	int err;

	if (hw->info->nvm == IGBX_NVM_NONE)
		return -EOPNOTSUPP;
	for (i = 0; i < count; i++) {
		err = igbx_nvm_read_word(hw, offset + i, &words[i]);
		if (err) {
			dev_err(hw->dev, "NVM read of word 0x%x failed: %d\n",
				offset + i, err);
			return err;
		}
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_read);

/**
 * igbx_nvm_sum() - 16-bit sum of NVM words, the NVM checksum rule
 * @words: the words
 * @count: how many
 *
 * A valid image's words 0x00..0x3F of a section add up to IGBX_NVM_SUM.
 *
 * Return: the sum, modulo 2^16.
 */
VISIBLE_IF_KUNIT u16 igbx_nvm_sum(const u16 *words, unsigned int count)
{
	u16 sum = 0;

	while (count--)
		sum += *words++;
	return sum;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_sum);

/**
 * igbx_nvm_port_base() - first word of this port's checksummed NVM section
 * @hw: hardware handle
 *
 * Families with a per-port layout keep LAN function N's section at
 * 0x40 + 0x40 * N for N > 0, and at word 0 for function 0.
 *
 * Return: the word offset.
 */
VISIBLE_IF_KUNIT u16 igbx_nvm_port_base(const struct igbx_hw *hw)
{
	if (hw->info->nvm != IGBX_NVM_PER_PORT || hw->func == 0)
		return 0;
	return 0x40 + 0x40 * hw->func;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_port_base);

/**
 * igbx_nvm_validate_checksum() - check this port's NVM section
 * @hw: hardware handle
 *
 * Return: 0 when valid or when the family has no EERD-readable NVM;
 * -EIO when the sum is wrong; a read error otherwise.
 */
int igbx_nvm_validate_checksum(struct igbx_hw *hw)
{
	u16 words[IGBX_NVM_CHECKSUM_WORDS];
	u16 sum;
	int err;

	if (hw->info->nvm == IGBX_NVM_NONE)
		return 0;
	err = igbx_nvm_read(hw, igbx_nvm_port_base(hw),
			    IGBX_NVM_CHECKSUM_WORDS, words);
	if (err)
		return err;
	sum = igbx_nvm_sum(words, IGBX_NVM_CHECKSUM_WORDS);
	if (sum != IGBX_NVM_SUM) {
		dev_err(hw->dev, "NVM checksum is invalid: words sum to 0x%04x, not 0x%04x\n",
			sum, IGBX_NVM_SUM);
		return -EIO;
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_validate_checksum);

/**
 * igbx_rar_to_addr() - MAC address held in a receive-address register pair
 * @ral: RAL value: address bytes 0..3, byte 0 in the low bits
 * @rah: RAH value: address bytes 4..5 in bits 15:0, flags above
 * @addr: ETH_ALEN bytes out
 */
VISIBLE_IF_KUNIT void igbx_rar_to_addr(u32 ral, u32 rah, u8 *addr)
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
 * igbx_read_perm_addr() - the port's permanent MAC address
 * @hw: hardware handle, freshly reset
 * @addr: ETH_ALEN bytes out
 *
 * After a reset the MAC loads this port's address from the NVM (or the
 * iNVM of an I211) into RAL0/RAH0, applying the per-port rules of each
 * family, so RAR0 is read first. If RAR0 holds nothing valid, the NVM's
 * address words are read directly through EERD (port 0 layout: words
 * 0x00-0x02, low byte first; on the shared layout the second port's
 * address is the first one's with the lowest bit flipped).
 *
 * Return: 0 with a valid unicast address in @addr; -EADDRNOTAVAIL if
 * neither source held one (the caller then picks a random address).
 */
int igbx_read_perm_addr(struct igbx_hw *hw, u8 *addr)
{
	u16 words[3];
	int i;

	igbx_rar_to_addr(igbx_rd32(hw, IGBX_RAL(0)), igbx_rd32(hw, IGBX_RAH(0)),
			 addr);
	if (!igbx_removed(hw) && is_valid_ether_addr(addr))
		return 0;

	if (igbx_nvm_read(hw, igbx_nvm_port_base(hw) + IGBX_NVM_MAC_ADDR,
			  ARRAY_SIZE(words), words))
		return -EADDRNOTAVAIL;
	for (i = 0; i < ARRAY_SIZE(words); i++)
		put_unaligned_le16(words[i], addr + 2 * i);
	if (hw->info->nvm == IGBX_NVM_SHARED && (hw->func & 1))
		addr[ETH_ALEN - 1] ^= 1;
	return is_valid_ether_addr(addr) ? 0 : -EADDRNOTAVAIL;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_read_perm_addr);

/**
 * igbx_nvm_version() - NVM image version as text, for ethtool -i
 * @hw: hardware handle
 * @buf: output
 * @len: size of @buf
 *
 * Writes "major.minor", followed by the 32-bit EEPROM tracking id when the
 * image carries one, or "N/A" when the family has no EERD-readable NVM.
 */
void igbx_nvm_version(struct igbx_hw *hw, char *buf, size_t len)
{
	u16 ver, etrack[2];

	if (igbx_nvm_read(hw, IGBX_NVM_VERSION, 1, &ver)) {
		strscpy(buf, "N/A", len);
		return;
	}
	if (!igbx_nvm_read(hw, IGBX_NVM_ETRACK_LO, 2, etrack) &&
	    FIELD_GET(IGBX_NVM_VER_MAJOR, etrack[1]) == IGBX_NVM_ETRACK_VALID) {
		snprintf(buf, len, "%lu.%lu, 0x%08x",
			 FIELD_GET(IGBX_NVM_VER_MAJOR, ver),
			 FIELD_GET(IGBX_NVM_VER_MINOR, ver),
			 (u32)etrack[1] << 16 | etrack[0]);
		return;
	}
	snprintf(buf, len, "%lu.%lu", FIELD_GET(IGBX_NVM_VER_MAJOR, ver),
		 FIELD_GET(IGBX_NVM_VER_MINOR, ver));
}

/**
 * igbx_nvm_apm_enabled() - does the NVM enable wake-up on this port?
 * @hw: hardware handle
 *
 * The APM Enable bit of the port's Initialization Control 3 word is what
 * the MAC loads into WUC at power-up, and what igb reads as "this port is
 * wired to wake the system". On the 82575 and 82576 port A's word is at
 * 0x24 and port B's at 0x14 (a third or fourth port has none); the
 * per-port layouts keep it at 0x24 of each port's section.
 *
 * Return: true when APM Enable is set; false when it is not, or when the
 * word cannot be read (no EERD-readable NVM).
 */
bool igbx_nvm_apm_enabled(struct igbx_hw *hw)
{
	u16 offset, word;

	if (hw->info->nvm == IGBX_NVM_PER_PORT)
		offset = igbx_nvm_port_base(hw) + IGBX_NVM_INIT_CTRL3_A;
	else if (hw->func == 0)
		offset = IGBX_NVM_INIT_CTRL3_A;
	else if (hw->func == 1)
		offset = IGBX_NVM_INIT_CTRL3_B;
	else
		return false;
	if (igbx_nvm_read(hw, offset, 1, &word))
		return false;
	return word & IGBX_NVM_APME;
}

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

/**
 * igbx_nvm_words() - size of the NVM in 16-bit words
 * @hw: hardware handle
 *
 * EECD's size field N says 2^(6 + N) words (64 words to 32 Ki words).
 *
 * Return: the number of words, 0 when the family has no EERD-readable NVM.
 */
unsigned int igbx_nvm_words(struct igbx_hw *hw)
{
	u32 size = FIELD_GET(IGBX_EECD_SIZE_MASK, igbx_rd32(hw, IGBX_EECD));

	if (hw->info->nvm == IGBX_NVM_NONE || igbx_removed(hw))
		return 0;
	return 1U << min(6 + size, 15U);
}
