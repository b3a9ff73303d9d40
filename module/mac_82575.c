// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the 82575 and 82576 MAC generation
 *
 * The 82576 is the generation igbx was written against (QEMU's igb model
 * emulates it), and its sequences here serve the later generations too
 * until they get their own: mac_82580.c and mac_i210.c point at them
 * wherever igbx does on their MAC what it does on the 82576.
 *
 * What the 82575 does differently today: it has no IVAR (its MSI-X
 * routing is a bitmap of cause bits per vector, MSIXBM, and MSI-X mode is
 * set in CTRL_EXT), its EITR has no CNT_IGNR bit, its receive buffer's
 * size is in PBA rather than RXPBS, and it keeps an RSS
 * redirection entry and a TX context slot its own way (the constants in
 * igbx_families[]). Everything else is the 82576's.
 *
 * Only these two set the PCIe completion timeout in their reset
 * (igbx_reset_82575()); the later generations use igbx_reset_mac().
 */
#include <linux/bitfield.h>
#include <linux/delay.h>
#include <linux/iopoll.h>

#include "igbx.h"

/* Polling limits for the reset sequence, in microseconds. */
#define IGBX_MASTER_DISABLE_US	80000	/* outstanding DMA to drain */
#define IGBX_AUTO_READ_US	10000	/* NVM auto-load after reset */

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
 * igbx_set_cmpl_timeout() - lengthen the PCIe completion timeout
 * @hw: hardware handle
 *
 * After reset the 82575 and 82576 time out a PCIe request after the
 * PCIe default, 50 us to 50 ms (82576 datasheet, PCIe Completion Timeout
 * and the GCR register description). Unless GCR already holds another
 * value, the timeout is raised as igb raises it: where GCR says the PCI
 * Express capability is version 1, through GCR's own field (10 to 200
 * ms); where version 2, through the capability's DEVCTL2 (range B, 16 to
 * 55 ms). Either way GCR's resend bit is cleared, so that a request
 * that timed out is not sent again.
 *
 * Return: 0, or the config space access's error (GCR is written anyway).
 */
static int igbx_set_cmpl_timeout(struct igbx_hw *hw)
{
	u32 gcr = igbx_rd32(hw, IGBX_GCR);
	int err = 0;

	if (!(gcr & IGBX_GCR_CMPL_TMOUT_MASK)) {
		if (gcr & IGBX_GCR_CAP_VER2)
			err = igbx_pcie_cap_rmw(hw, PCI_EXP_DEVCTL2,
						PCI_EXP_DEVCTL2_COMP_TIMEOUT,
						IGBX_DEVCTL2_CMPL_TMOUT_16MS);
		else
			gcr |= FIELD_PREP(IGBX_GCR_CMPL_TMOUT_MASK,
					  IGBX_GCR_CMPL_TMOUT_10MS);
	}
	igbx_wr32(hw, IGBX_GCR, gcr & ~IGBX_GCR_CMPL_TMOUT_RESEND);
	return err;
}

/*
 * The software reset sequence (82576 datasheet, Reset Operation /
 * Software Reset): drain bus mastering, on the 82575 and 82576 set the
 * completion timeout (@cmpl_timeout), mask every interrupt and stop both
 * DMA engines, let in-flight frames settle, set CTRL.RST (self-clearing),
 * then wait for the hardware to reload its defaults from the NVM
 * (EECD.AUTO_RD), after which RAL0/RAH0 hold the port's MAC address
 * again. Pending causes are cleared last so that nothing stale fires
 * when interrupts are enabled.
 *
 * Returns as igbx_reset_mac().
 */
static int igbx_reset_seq(struct igbx_hw *hw, bool cmpl_timeout)
{
	u32 val;
	int err;

	if (igbx_disable_pcie_master(hw))
		dev_warn(hw->dev, "bus master requests still pending before reset\n");
	if (cmpl_timeout && igbx_set_cmpl_timeout(hw))
		dev_dbg(hw->dev, "PCIe completion timeout not set\n");
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
	if (igbx_removed(hw))
		return -ENODEV;
	/* the reset took EEE's MAC-side settings too (igb sets them again) */
	igbx_eee_on(hw);
	return 0;
}

/**
 * igbx_reset_mac() - put the MAC through a software reset
 * @hw: hardware handle
 *
 * The 82576's reset sequence without the completion timeout step: what
 * the 82580, I350, I354, I210 and I211 get (igb sets the timeout on the
 * 82575 and 82576 only).
 *
 * Return: 0; -ENODEV if the device is gone; -ETIMEDOUT if CTRL.RST never
 * cleared. A master-disable or auto-read timeout is only logged: a board
 * without NVM never sets AUTO_RD, and a reset is the cure for a stuck
 * master anyway.
 */
int igbx_reset_mac(struct igbx_hw *hw)
{
	return igbx_reset_seq(hw, false);
}

/*
 * The 82575 and 82576: the reset sequence with the PCIe completion
 * timeout set between the master disable and the reset itself, where
 * igb sets it. Returns as igbx_reset_mac().
 */
static int igbx_reset_82575(struct igbx_hw *hw)
{
	return igbx_reset_seq(hw, true);
}

/**
 * igbx_rx_pba_kb_82576() - the receive packet buffer's size
 * @hw: hardware handle
 *
 * RXPBS holds the size in KiB (82576 datasheet, RXPBS); a zero there is
 * taken as the 82576's 64 KiB default.
 *
 * Return: the size in KiB.
 */
u32 igbx_rx_pba_kb_82576(struct igbx_hw *hw)
{
	u32 kb = FIELD_GET(IGBX_RXPBS_SIZE_MASK, igbx_rd32(hw, IGBX_RXPBS));

	return kb ?: 64;	/* the 82576's default buffer */
}

/*
 * The 82575 has no RXPBS: its receive allocation is the low half of PBA,
 * in KiB (82575 datasheet, PBA; igb reads the transmit share from the
 * high half). A zero there is taken as the 34 KiB igb gives the 82575.
 */
static u32 igbx_rx_pba_kb_82575(struct igbx_hw *hw)
{
	u32 kb = FIELD_GET(IGBX_PBA_RXA_82575, igbx_rd32(hw, IGBX_PBA));

	return kb ?: 34;
}

/**
 * igbx_map_queue_irq_82576() - route a queue's causes through IVAR
 * @hw: hardware handle
 * @queue: the queue's register index
 * @tx: the TX queue (else the RX queue)
 * @vector: the interrupt vector
 *
 * A byte per queue, valid bit 7 (82576 datasheet, IVAR): queue q sits in
 * IVAR(q % 8), RX in byte 0 (queues 0-7) or 2 (8-15), TX in byte 1 or 3.
 *
 * Return: the vector's EICR bit (EICR bits are vectors in MSI-X mode).
 */
u32 igbx_map_queue_irq_82576(struct igbx_hw *hw, unsigned int queue, bool tx,
			     unsigned int vector)
{
	unsigned int index = queue & 7;
	unsigned int shift = (queue & 8) << 1;
	u32 ivar;

	if (tx)
		shift += 8;
	ivar = igbx_rd32(hw, IGBX_IVAR(index));
	ivar &= ~(0xFFU << shift);
	ivar |= (vector | IGBX_IVAR_VALID) << shift;
	igbx_wr32(hw, IGBX_IVAR(index), ivar);
	return BIT(vector);
}

/**
 * igbx_map_other_irq_82576() - MSI-X mode, and link and other causes to
 *	a vector
 * @hw: hardware handle
 * @vector: the MSI-X vector
 *
 * GPIE first (82576 datasheet, GPIE): MSI-X mode, under which EICR bits
 * are vectors, with PBA support and ICR cleared on read; then the "other
 * causes" byte of IVAR_MISC, valid bit 7 (IVAR_MISC). The 82580, I350,
 * I354, I210 and I211 do the same.
 *
 * Return: the vector's EICR bit.
 */
u32 igbx_map_other_irq_82576(struct igbx_hw *hw, unsigned int vector)
{
	igbx_wr32(hw, IGBX_GPIE, IGBX_GPIE_MSIX_MODE | IGBX_GPIE_PBA |
		  IGBX_GPIE_NSICR);
	igbx_wr32(hw, IGBX_IVAR_MISC,
		  (vector | IGBX_IVAR_VALID) << IGBX_IVAR_MISC_OTHER);
	return BIT(vector);
}

/*
 * Make @bit of the 82575's MSIXBM set in vector @vector's bitmap and in
 * no other, so that the cause signals that one vector only (82575
 * datasheet, MSIXBM).
 */
static void igbx_msixbm_route_82575(struct igbx_hw *hw, u32 bit,
				    unsigned int vector)
{
	unsigned int v;

	for (v = 0; v < IGBX_MSIXBM_NR_82575; v++) {
		u32 map = igbx_rd32(hw, IGBX_MSIXBM(v));
		u32 want = v == vector ? map | bit : map & ~bit;

		if (want != map)
			igbx_wr32(hw, IGBX_MSIXBM(v), want);
	}
}

/*
 * The 82575 routes a queue by its cause bit, RX queue q bit q and TX
 * queue q bit 8 + q, in the vector's MSIXBM (82575 datasheet, MSIXBM
 * and EICR), and masks it by that same bit. Returns the bit.
 */
static u32 igbx_map_queue_irq_82575(struct igbx_hw *hw, unsigned int queue,
				    bool tx, unsigned int vector)
{
	u32 bit = tx ? IGBX_EICR_TXQ_82575(queue) : IGBX_EICR_RXQ_82575(queue);

	igbx_msixbm_route_82575(hw, bit, vector);
	return bit;
}

/*
 * MSI-X mode on the 82575 is CTRL_EXT's (82575 datasheet, CTRL_EXT and
 * the MSI-X chapter): PBA_CLR for MSI-X pending bit support, EIAME and
 * IRCA as igb sets them; the other causes are EICR bit 31, routed by
 * MSIXBM like the queues. Returns bit 31.
 */
static u32 igbx_map_other_irq_82575(struct igbx_hw *hw, unsigned int vector)
{
	igbx_wr32(hw, IGBX_CTRL_EXT, igbx_rd32(hw, IGBX_CTRL_EXT) |
		  IGBX_CTRL_EXT_PBA_CLR | IGBX_CTRL_EXT_EIAME |
		  IGBX_CTRL_EXT_IRCA);
	igbx_msixbm_route_82575(hw, IGBX_EICR_OTHER_82575, vector);
	return IGBX_EICR_OTHER_82575;
}

/*
 * The 82575 has a counter in EITR's bits 30:16 that a write loads as
 * well: it gets the interval too, so the next interrupt waits a whole
 * interval (82575 datasheet, EITR).
 */
static u32 igbx_eitr_82575(u32 usecs)
{
	u32 eitr = FIELD_PREP(IGBX_EITR_INTERVAL_MASK, usecs);

	return eitr | eitr << 16;
}

/**
 * igbx_eitr_82576() - the EITR word for an interval
 * @usecs: least microseconds between two interrupts
 *
 * The 82576 and later keep their counter running when the write sets
 * CNT_IGNR, bit 31 (82576 datasheet, EITR).
 *
 * Return: the value to write.
 */
u32 igbx_eitr_82576(u32 usecs)
{
	return FIELD_PREP(IGBX_EITR_INTERVAL_MASK, usecs) | IGBX_EITR_CNT_IGNR;
}

/**
 * igbx_write_vfta_82576() - write a VLAN filter table register once
 * @hw: hardware handle
 * @reg: the register, 0..127
 * @val: its 32 VLAN ID bits
 *
 * One write takes (82576 datasheet, VFTA); so on the 82575, 82580 and
 * the I210/I211.
 */
void igbx_write_vfta_82576(struct igbx_hw *hw, unsigned int reg, u32 val)
{
	igbx_wr32(hw, IGBX_VFTA(reg), val);
}

/*
 * Read/write registers of the 82576 with the bits that hold their value
 * (82576 datasheet, the register descriptions). Ring base addresses
 * ignore their low 7 bits (128-byte alignment), ring lengths their low
 * 4; RAH keeps only AV and the address select bits.
 */
static const struct igbx_reg_test igbx_reg_tests_82576[] = {
	{ IGBX_REG_ONE, IGBX_FCAL,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCAH,  0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCT,   0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_VET,   0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCTTV, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_ONE, IGBX_FCRTH, 0x0000FFF0, 0x0000FFF0 },
	{ IGBX_REG_ONE, IGBX_TIPG,  0x3FFFFFFF, 0x3FFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_BAL, 0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_BAH, 0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_LEN, 0x000FFFF0, 0x000FFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_BAL, 0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_BAH, 0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_LEN, 0x000FFFF0, 0x000FFFFF },
	{ IGBX_REG_RAR, 0,          0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RAR, 4,          0x8003FFFF, 0xFFFFFFFF },
	{ IGBX_REG_MTA, 0,          0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_END }
};

/*
 * Read/write registers of the 82575 with the bits that hold their value
 * (82575 datasheet, register descriptions): four queue slots (the count
 * comes from igbx_families[]); ring lengths count 128-byte units, so
 * their low 7 bits are read-only; RAH keeps AV (bit 31) and 19:0; TXCW
 * keeps its configuration word in 15:0 and bits 31:30, of which only
 * 15:0 are written. No second receive-address block. RDT is left out:
 * igb enables the 82575's queues before testing their tails, which
 * this table cannot express.
 */
static const struct igbx_reg_test igbx_reg_tests_82575[] = {
	{ IGBX_REG_ONE, IGBX_FCAL,  0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCAH,  0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCT,   0x0000FFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_VET,   0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_ONE, IGBX_FCTTV, 0x0000FFFF, 0x0000FFFF },
	{ IGBX_REG_ONE, IGBX_FCRTH, 0x0000FFF0, 0x0000FFF0 },
	{ IGBX_REG_ONE, IGBX_TIPG,  0x3FFFFFFF, 0x3FFFFFFF },
	{ IGBX_REG_ONE, IGBX_TXCW,  0xC000FFFF, 0x0000FFFF },
	{ IGBX_REG_RXQ, IGBX_Q_BAL, 0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_BAH, 0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RXQ, IGBX_Q_LEN, 0x000FFF80, 0x000FFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_BAL, 0xFFFFFF80, 0xFFFFFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_BAH, 0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_TXQ, IGBX_Q_LEN, 0x000FFF80, 0x000FFFFF },
	{ IGBX_REG_RAR, 0,          0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_RAR, 4,          0x800FFFFF, 0xFFFFFFFF },
	{ IGBX_REG_MTA, 0,          0xFFFFFFFF, 0xFFFFFFFF },
	{ IGBX_REG_END }
};

/*
 * The 82575: the 82576's sequences (the completion timeout in the reset
 * included), with MSIXBM for IVAR and its own EITR.
 */
const struct igbx_mac_ops igbx_82575_ops = {
	.reset		= igbx_reset_82575,
	.acquire	= igbx_swfw_acquire,
	.release	= igbx_swfw_release,
	.nvm_read	= igbx_nvm_read_eerd,
	.nvm_validate	= igbx_nvm_validate_sum,
	.read_mac_addr	= igbx_read_mac_addr,
	.phy_read	= igbx_phy_read_mdic,
	.phy_write	= igbx_phy_write_mdic,
	.phy_reset	= igbx_phy_reset_82575,
	.setup_link	= igbx_setup_copper_link,
	.check_link	= igbx_check_copper_link,
	.rx_pba_kb	= igbx_rx_pba_kb_82575,
	.map_queue_irq	= igbx_map_queue_irq_82575,
	.map_other_irq	= igbx_map_other_irq_82575,
	.eitr_value	= igbx_eitr_82575,
	.write_vfta	= igbx_write_vfta_82576,
	.reg_tests	= igbx_reg_tests_82575,
};

/*
 * The 82576: the sequences igbx was written with, and the 82575's reset
 * with the completion timeout.
 */
const struct igbx_mac_ops igbx_82576_ops = {
	.reset		= igbx_reset_82575,
	.acquire	= igbx_swfw_acquire,
	.release	= igbx_swfw_release,
	.nvm_read	= igbx_nvm_read_eerd,
	.nvm_validate	= igbx_nvm_validate_sum,
	.read_mac_addr	= igbx_read_mac_addr,
	.phy_read	= igbx_phy_read_mdic,
	.phy_write	= igbx_phy_write_mdic,
	.phy_reset	= igbx_phy_reset_82575,
	.setup_link	= igbx_setup_copper_link,
	.check_link	= igbx_check_copper_link,
	.rx_pba_kb	= igbx_rx_pba_kb_82576,
	.map_queue_irq	= igbx_map_queue_irq_82576,
	.map_other_irq	= igbx_map_other_irq_82576,
	.eitr_value	= igbx_eitr_82576,
	.write_vfta	= igbx_write_vfta_82576,
	.reg_tests	= igbx_reg_tests_82576,
};
