// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the 82580, I350 and I354 MAC generation
 *
 * What igbx does on these MACs today is the 82576's (mac_82575.c) except
 * for the IVAR layout, the NVM checksum rule over the per-port sections
 * (the 82580's own, and the I350's, which the I354 shares) and the
 * receive packet buffer's size, which RXPBS gives as a table index; the
 * I350 and I354 also repeat each VLAN filter table write (an erratum).
 * The 82580 has one ops table, the I350 and I354 another.
 */
#include <linux/bitfield.h>

#include "igbx.h"

/* Sections 0 to @n - 1 in order; the first bad one ends the check. */
static int igbx_nvm_check_sections(struct igbx_hw *hw, unsigned int n)
{
	unsigned int i;
	int err;

	for (i = 0; i < n; i++) {
		err = igbx_nvm_check_section(hw, igbx_nvm_section_base(i));
		if (err)
			return err;
	}
	return 0;
}

/**
 * igbx_nvm_validate_82580() - the 82580's NVM checksum rule
 * @hw: hardware handle
 *
 * Bit 15 of the compatibility word (NVM word 0x03) says whether each of
 * the four LAN functions' sections carries its own checksum (82580
 * datasheet, NVM map: Compatibility word, and the checksum words of the
 * per-port sections). Set: every section (0x000, 0x080, 0x0C0, 0x100)
 * must sum to 0xBABA. Clear: only port 0's section at word 0 is checked,
 * whichever port this is (the in-tree igb's rule too). The sections are
 * checked in order and the first bad one ends the check.
 *
 * Return: 0 when valid, -EIO when a checked section is not, or the read
 * error.
 */
static int igbx_nvm_validate_82580(struct igbx_hw *hw)
{
	unsigned int sections = 1;
	u16 compat;
	int err;

	err = igbx_nvm_read(hw, IGBX_NVM_COMPAT, 1, &compat);
	if (err)
		return err;
	if (compat & IGBX_NVM_COMPAT_CSUM_ALL)
		sections = IGBX_NVM_SECTIONS;
	return igbx_nvm_check_sections(hw, sections);
}

/**
 * igbx_nvm_validate_i350() - the I350's and I354's NVM checksum rule
 * @hw: hardware handle
 *
 * Every LAN function's section (0x000, 0x080, 0x0C0, 0x100) carries its
 * own checksum and must sum to 0xBABA, whichever port this is and
 * whatever the compatibility word says (I350 datasheet, NVM map; the
 * in-tree igb checks all four on both MACs). The first bad section ends
 * the check.
 *
 * Return: 0 when valid, -EIO when a section is not, or the read error.
 */
static int igbx_nvm_validate_i350(struct igbx_hw *hw)
{
	return igbx_nvm_check_sections(hw, IGBX_NVM_SECTIONS);
}

/*
 * RXPBS bits 3:0 select the receive packet buffer's size from a table
 * (82580 datasheet, RXPBS; the same on the I350 and I354), in KiB.
 * Indexes 0xB-0xF are reserved: 0 here.
 */
static const u8 igbx_rxpbs_kb_82580[16] = {
	36, 72, 144, 1, 2, 4, 8, 16, 35, 70, 140,
};

/**
 * igbx_rx_pba_kb_82580() - the receive packet buffer's size
 * @hw: hardware handle
 *
 * The size RXPBS's index selects (igbx_rxpbs_kb_82580); the register's
 * other bits (the time-stamp configuration in bit 31) are not part of
 * it. A reserved index is taken as index 0, 36 KiB.
 *
 * Return: the size in KiB.
 */
static u32 igbx_rx_pba_kb_82580(struct igbx_hw *hw)
{
	u32 index = FIELD_GET(IGBX_RXPBS_INDEX_82580, igbx_rd32(hw, IGBX_RXPBS));

	return igbx_rxpbs_kb_82580[index] ?: igbx_rxpbs_kb_82580[0];
}

/**
 * igbx_map_queue_irq_82580() - route a queue's causes through IVAR
 * @hw: hardware handle
 * @queue: the queue's register index
 * @tx: the TX queue (else the RX queue)
 * @vector: the interrupt vector
 *
 * Two queues per register, a byte each, valid bit 7 (82580 datasheet,
 * IVAR): queue q sits in IVAR(q / 2), RX in byte 0 (even q) or 2 (odd q),
 * TX in byte 1 or 3. The I350, I354, I210 and I211 use the same layout.
 *
 * Return: the vector's EICR bit (EICR bits are vectors in MSI-X mode).
 */
u32 igbx_map_queue_irq_82580(struct igbx_hw *hw, unsigned int queue, bool tx,
			     unsigned int vector)
{
	unsigned int index = queue >> 1;
	unsigned int shift = (queue & 1) << 4;
	u32 ivar;

	if (tx)
		shift += 8;
	ivar = igbx_rd32(hw, IGBX_IVAR(index));
	ivar &= ~(0xFFU << shift);
	ivar |= (vector | IGBX_IVAR_VALID) << shift;
	igbx_wr32(hw, IGBX_IVAR(index), ivar);
	return BIT(vector);
}

/* How many times the I350 and I354 get each VLAN filter table write. */
#define IGBX_VFTA_WRITES_I350	10

/**
 * igbx_write_vfta_i350() - write a VLAN filter table register, repeated
 * @hw: hardware handle
 * @reg: the register, 0..127
 * @val: its 32 VLAN ID bits, from the driver's own copy of the table
 *
 * On the I350 (and the I354, which shares its MAC) a single VFTA write
 * can be lost, so that a configured VLAN is dropped now and then (I350
 * specification update, the VFTA write erratum). The workaround the
 * in-tree igb applies: write the register ten times in a row, flush, and
 * keep the table's contents in software rather than reading them back
 * (filter.c builds each word from &igbx_adapter.active_vlans).
 */
static void igbx_write_vfta_i350(struct igbx_hw *hw, unsigned int reg, u32 val)
{
	unsigned int i;

	for (i = 0; i < IGBX_VFTA_WRITES_I350; i++)
		igbx_wr32(hw, IGBX_VFTA(reg), val);
	igbx_flush(hw);
}

/*
 * Read/write registers of the 82580 with the bits that hold their value
 * (82580 datasheet, register descriptions): those of the 82576, the
 * tails RDT/TDT (16 bits) as well, RAH with the pool select bits 25:18
 * too, and the second receive-address block's eight entries (16-23).
 */
static const struct igbx_reg_test igbx_reg_tests_82580[] = {
	{ IGBX_REG_ONE,  IGBX_FCAL,   0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE,  IGBX_FCAH,   0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE,  IGBX_FCT,    0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE,  IGBX_VET,    0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE,  IGBX_FCTTV,  0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_ONE,  IGBX_FCRTH,  0x0000FFF0, 0x0000FFF0 },
	{ IGBX_REG_ONE,  IGBX_TIPG,   0x3FFFFFFF, 0x3FFFFFFF },
	{ IGBX_REG_RXQ,  IGBX_Q_BAL,  0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_RXQ,  IGBX_Q_BAH,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RXQ,  IGBX_Q_LEN,  0x000FFFF0, 0x000FFFFF },
	{ IGBX_REG_RXQ,  IGBX_Q_TAIL, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_TXQ,  IGBX_Q_BAL,  0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_TXQ,  IGBX_Q_BAH,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_TXQ,  IGBX_Q_LEN,  0x000FFFF0, 0x000FFFFF },
	{ IGBX_REG_TXQ,  IGBX_Q_TAIL, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_RAR,  0,           0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RAR,  4,           0x83FFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RAR2, 0,           0xFFFFFFFF, 0xFFFFFFFF, 8 },
	{ IGBX_REG_RAR2, 4,           0x83FFFFFF, 0xFFFFFFFF, 8 },
	{ IGBX_REG_MTA,  0,           0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_END }
};

/*
 * Read/write registers of the I350 and I354 (I350 datasheet, register
 * descriptions): as the 82580's, except that only VET's upper half (the
 * extended VLAN EtherType, 31:16) is written and kept, ring lengths
 * count 128-byte units (low 7 bits read-only), RAH keeps bit 30 as well,
 * and the second receive-address block has sixteen entries (16-31).
 */
static const struct igbx_reg_test igbx_reg_tests_i350[] = {
	{ IGBX_REG_ONE,  IGBX_FCAL,   0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE,  IGBX_FCAH,   0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE,  IGBX_FCT,    0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE,  IGBX_VET,    0xFFFF0000, 0xFFFF0000 },
	{ IGBX_REG_ONE,  IGBX_FCTTV,  0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_ONE,  IGBX_FCRTH,  0x0000FFF0, 0x0000FFF0 },
	{ IGBX_REG_ONE,  IGBX_TIPG,   0x3FFFFFFF, 0x3FFFFFFF },
	{ IGBX_REG_RXQ,  IGBX_Q_BAL,  0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_RXQ,  IGBX_Q_BAH,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RXQ,  IGBX_Q_LEN,  0x000FFF80, 0x000FFFFF },
	{ IGBX_REG_RXQ,  IGBX_Q_TAIL, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_TXQ,  IGBX_Q_BAL,  0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_TXQ,  IGBX_Q_BAH,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_TXQ,  IGBX_Q_LEN,  0x000FFF80, 0x000FFFFF },
	{ IGBX_REG_TXQ,  IGBX_Q_TAIL, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_RAR,  0,           0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RAR,  4,           0xC3FFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RAR2, 0,           0xFFFFFFFF, 0xFFFFFFFF, 16 },
	{ IGBX_REG_RAR2, 4,           0xC3FFFFFF, 0xFFFFFFFF, 16 },
	{ IGBX_REG_MTA,  0,           0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_END }
};

/*
 * The 82580: the 82576's reset, semaphores and PHY access, with the
 * 82580's NVM checksum rule, RXPBS encoding and IVAR layout.
 */
const struct igbx_mac_ops igbx_82580_ops = {
	.reset		= igbx_reset_mac,
	.acquire	= igbx_swfw_acquire,
	.release	= igbx_swfw_release,
	.nvm_read	= igbx_nvm_read_eerd,
	.nvm_validate	= igbx_nvm_validate_82580,
	.read_mac_addr	= igbx_read_mac_addr,
	.phy_read	= igbx_phy_read_mdic,
	.phy_write	= igbx_phy_write_mdic,
	.phy_reset	= igbx_phy_reset_82575,
	.setup_link	= igbx_setup_copper_link,
	.check_link	= igbx_check_copper_link,
	.rx_pba_kb	= igbx_rx_pba_kb_82580,
	.map_queue_irq	= igbx_map_queue_irq_82580,
	.map_other_irq	= igbx_map_other_irq_82576,
	.eitr_value	= igbx_eitr_82576,
	.write_vfta	= igbx_write_vfta_82576,
	.reg_tests	= igbx_reg_tests_82580,
};

/*
 * The I350 and I354: the 82580's table with the I350's checksum rule and
 * the VFTA erratum's repeated writes.
 */
const struct igbx_mac_ops igbx_i350_ops = {
	.reset		= igbx_reset_mac,
	.acquire	= igbx_swfw_acquire,
	.release	= igbx_swfw_release,
	.nvm_read	= igbx_nvm_read_eerd,
	.nvm_validate	= igbx_nvm_validate_i350,
	.read_mac_addr	= igbx_read_mac_addr,
	.phy_read	= igbx_phy_read_mdic,
	.phy_write	= igbx_phy_write_mdic,
	.phy_reset	= igbx_phy_reset_82575,
	.setup_link	= igbx_setup_copper_link,
	.check_link	= igbx_check_copper_link,
	.rx_pba_kb	= igbx_rx_pba_kb_82580,
	.map_queue_irq	= igbx_map_queue_irq_82580,
	.map_other_irq	= igbx_map_other_irq_82576,
	.eitr_value	= igbx_eitr_82576,
	.write_vfta	= igbx_write_vfta_i350,
	.reg_tests	= igbx_reg_tests_i350,
};
