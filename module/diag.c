// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - self-tests behind "ethtool -t": registers, interrupt, loopback,
 * link (the NVM checksum is in nvm.c)
 *
 * The offline tests need the port idle (interface down, DMA stopped):
 * they write ring and filter registers, take the interrupt vector and
 * build their own rings. ethtool.c closes the interface around them.
 */
#include <kunit/visibility.h>
#include <linux/delay.h>
#include <linux/iopoll.h>

#include "igbx.h"

/* How many registers an entry covers on this port. */
static unsigned int igbx_reg_test_count(const struct igbx_hw *hw,
					const struct igbx_reg_test *t)
{
	switch (t->kind) {
	case IGBX_REG_RXQ:
	case IGBX_REG_TXQ:
		return hw->info->hw_queues;
	case IGBX_REG_RAR:
		return 16;
	case IGBX_REG_RAR2:
		return t->count;
	case IGBX_REG_MTA:
		return IGBX_MTA_LEN;
	default:
		return 1;
	}
}

/* Address of the @i-th register of an entry. */
static u32 igbx_reg_test_addr(const struct igbx_reg_test *t, unsigned int i)
{
	switch (t->kind) {
	case IGBX_REG_RXQ:
		return IGBX_RXQ_REG(i, t->off);
	case IGBX_REG_TXQ:
		return IGBX_TXQ_REG(i, t->off);
	case IGBX_REG_RAR:
		return igbx_rar_reg(i, t->off);
	case IGBX_REG_RAR2:
		return igbx_rar_reg(16 + i, t->off);
	case IGBX_REG_MTA:
		return IGBX_MTA(i);
	default:
		return t->off;
	}
}

static const u32 igbx_test_patterns[] = {
	0x5A5A5A5A, 0xA5A5A5A5, 0x00000000, 0xFFFFFFFF,
};

/* Pattern-test one register; restores its value. Returns false on mismatch. */
static bool igbx_test_one_register(struct igbx_hw *hw, u32 reg, u32 mask,
				   u32 write)
{
	u32 saved = igbx_rd32(hw, reg);
	bool ok = true;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(igbx_test_patterns) && ok; i++) {
		u32 want = igbx_test_patterns[i] & write & mask;

		igbx_wr32(hw, reg, igbx_test_patterns[i] & write);
		if ((igbx_rd32(hw, reg) & mask) != want) {
			dev_err(hw->dev, "register 0x%05x: wrote 0x%08x, read 0x%08x (mask 0x%08x)\n",
				reg, igbx_test_patterns[i] & write,
				igbx_rd32(hw, reg), mask);
			ok = false;
		}
	}
	igbx_wr32(hw, reg, saved);
	return ok;
}

/**
 * igbx_test_registers() - offline register pattern test
 * @hw: hardware handle of an idle port
 * @failed_reg: set to the offset of the first register that failed
 *
 * Writes four patterns to every register in the family's table
 * (&igbx_mac_ops.reg_tests), checks that the writable bits read back,
 * and restores each register's value.
 *
 * Return: 0 when all passed, -EIO on the first mismatch, -ENODEV if the
 * device is gone.
 */
int igbx_test_registers(struct igbx_hw *hw, u32 *failed_reg)
{
	const struct igbx_reg_test *t;
	unsigned int i;

	for (t = hw->info->ops->reg_tests; t->kind != IGBX_REG_END; t++) {
		for (i = 0; i < igbx_reg_test_count(hw, t); i++) {
			u32 reg = igbx_reg_test_addr(t, i);

			if (igbx_test_one_register(hw, reg, t->mask, t->write))
				continue;
			*failed_reg = reg;
			return igbx_removed(hw) ? -ENODEV : -EIO;
		}
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_test_registers);

/* What the interrupt test's handler saw. */
struct igbx_irq_probe {
	struct igbx_adapter *adapter;
	atomic_t calls;
	u32 icr;
};

static irqreturn_t igbx_test_intr(int irq, void *data)
{
	struct igbx_irq_probe *probe = data;
	u32 icr = igbx_rd32(&probe->adapter->hw, IGBX_ICR);

	if (probe->adapter->int_mode == IGBX_INT_INTX &&
	    !(icr & IGBX_ICR_INT_ASSERTED))
		return IRQ_NONE;
	probe->icr |= icr;
	atomic_inc(&probe->calls);
	return IRQ_HANDLED;
}

/* Fire LSC from software; did the handler run (and see it)? */
static bool igbx_test_fire(struct igbx_hw *hw, struct igbx_irq_probe *probe)
{
	atomic_set(&probe->calls, 0);
	probe->icr = 0;
	igbx_wr32(hw, IGBX_ICS, IGBX_ICR_LSC);
	igbx_flush(hw);
	msleep(50);
	return atomic_read(&probe->calls) > 0;
}

/**
 * igbx_test_interrupt() - does a cause reach the CPU, and only unmasked?
 * @adapter: an idle port (its own handlers detached)
 *
 * Takes the port's first vector with a probe handler, routes the "other"
 * causes to it (MSI-X), and sets LSC through ICS twice: unmasked, the
 * handler must run and read LSC from ICR; masked, it must not run.
 *
 * Return: 0, -EIO when the interrupt did not arrive, -EBUSY when a
 * masked cause interrupted anyway, or the request_irq() error.
 */
int igbx_test_interrupt(struct igbx_adapter *adapter)
{
	struct igbx_irq_probe probe = { .adapter = adapter };
	unsigned int irq = pci_irq_vector(adapter->pdev, 0);
	struct igbx_hw *hw = &adapter->hw;
	int err;

	igbx_wr32(hw, IGBX_IMC, ~0U);
	igbx_wr32(hw, IGBX_EIMC, ~0U);
	igbx_rd32(hw, IGBX_ICR);
	err = request_irq(irq, igbx_test_intr,
			  adapter->int_mode == IGBX_INT_INTX ? IRQF_SHARED : 0,
			  "igbx-selftest", &probe);
	if (err)
		return err;
	if (adapter->int_mode == IGBX_INT_MSIX)
		igbx_wr32(hw, IGBX_EIMS, hw->info->ops->map_other_irq(hw, 0));

	igbx_wr32(hw, IGBX_IMS, IGBX_ICR_LSC);
	if (!igbx_test_fire(hw, &probe) || !(probe.icr & IGBX_ICR_LSC))
		err = -EIO;
	igbx_wr32(hw, IGBX_IMC, IGBX_ICR_LSC);
	if (!err && igbx_test_fire(hw, &probe))
		err = -EBUSY;

	igbx_wr32(hw, IGBX_IMC, ~0U);
	igbx_wr32(hw, IGBX_EIMC, ~0U);
	igbx_flush(hw);
	free_irq(irq, &probe);
	return err;
}

#define IGBX_LB_FRAMES		64
#define IGBX_LB_LEN		1024
#define IGBX_LB_ETHERTYPE	0x88B5	/* IEEE 802 local experimental */
#define IGBX_LINK_WAIT_US	(5 * USEC_PER_SEC)

/* Test frame @n: to and from the port itself, then a pattern. */
static void igbx_lb_frame(struct igbx_adapter *adapter, u8 *frame, unsigned int n)
{
	struct ethhdr *eth = (struct ethhdr *)frame;
	unsigned int i;

	ether_addr_copy(eth->h_dest, adapter->netdev->dev_addr);
	ether_addr_copy(eth->h_source, adapter->netdev->dev_addr);
	eth->h_proto = htons(IGBX_LB_ETHERTYPE);
	for (i = ETH_HLEN; i < IGBX_LB_LEN; i++)
		frame[i] = (u8)(i + 3 * n);
}

static int igbx_wait_link(struct igbx_hw *hw)
{
	u32 status;

	return read_poll_timeout(igbx_rd32, status,
				 (status & IGBX_STATUS_LU) || igbx_removed(hw),
				 10000, IGBX_LINK_WAIT_US, false, hw, IGBX_STATUS);
}

/*
 * Put the test frames on TX ring 0 by hand (one descriptor each), ring
 * the doorbell, wait for the last one's DD. @dma holds the mappings.
 */
static int igbx_lb_send(struct igbx_ring *tx, u8 *frames, dma_addr_t *dma)
{
	union e1000_adv_tx_desc *last = IGBX_TX_DESC(tx, IGBX_LB_FRAMES - 1);
	unsigned int n;
	u32 status;

	for (n = 0; n < IGBX_LB_FRAMES; n++) {
		union e1000_adv_tx_desc *desc = IGBX_TX_DESC(tx, n);

		dma[n] = dma_map_single(tx->dev, frames + n * IGBX_LB_LEN,
					IGBX_LB_LEN, DMA_TO_DEVICE);
		if (dma_mapping_error(tx->dev, dma[n]))
			return -ENOMEM;
		desc->read.buffer_addr = cpu_to_le64(dma[n]);
		desc->read.cmd_type_len = cpu_to_le32(igbx_tx_cmd_type_len(IGBX_LB_LEN, true));
		desc->read.olinfo_status = cpu_to_le32(igbx_tx_olinfo_status(IGBX_LB_LEN));
	}
	writel(IGBX_LB_FRAMES, tx->tail);
	return read_poll_timeout(le32_to_cpu, status, status & IGBX_TXD_STAT_DD,
				 1000, USEC_PER_SEC, false, READ_ONCE(last->wb.status));
}

/*
 * Every test frame must come back on RX ring 0, in order, intact. Frames
 * of any other EtherType are passed over and counted in @foreign: the
 * ring receives from igbx_configure() on, so a frame from the link
 * partner can land there between the link coming up and the PHY going
 * into loopback. A frame of ours that is wrong says where and how.
 */
static int igbx_lb_check(struct igbx_ring *rx, const u8 *frames,
			 unsigned int *foreign)
{
	unsigned int n = 0, i;

	*foreign = 0;
	for (i = 0; n < IGBX_LB_FRAMES && i < rx->count; i++) {
		union e1000_adv_rx_desc *desc = IGBX_RX_DESC(rx, i);
		struct igbx_rx_buffer *buf = &rx->rx_buffer_info[i];
		const u8 *data;
		u32 status;

		if (read_poll_timeout(le32_to_cpu, status, status & IGBX_RXD_STAT_DD,
				      1000, USEC_PER_SEC, false,
				      READ_ONCE(desc->wb.status_error)))
			return -ETIMEDOUT;
		dma_rmb();
		igbx_rx_sync_for_cpu(rx, buf, IGBX_LB_LEN);
		data = buf->va + rx->rx_headroom;
		if (((const struct ethhdr *)data)->h_proto != htons(IGBX_LB_ETHERTYPE)) {
			(*foreign)++;
			continue;
		}
		if (le16_to_cpu(desc->wb.length) != IGBX_LB_LEN) {
			netdev_err(rx->netdev, "self-test: loopback frame %u came back in descriptor %u with %u bytes, not %u\n",
				   n, i, le16_to_cpu(desc->wb.length), IGBX_LB_LEN);
			return -EMSGSIZE;
		}
		if (memcmp(data, frames + n * IGBX_LB_LEN, IGBX_LB_LEN)) {
			netdev_err(rx->netdev, "self-test: loopback frame %u came back in descriptor %u with other bytes\n",
				   n, i);
			return -EILSEQ;
		}
		n++;
	}
	return n < IGBX_LB_FRAMES ? -ETIMEDOUT : 0;
}

/**
 * igbx_test_loopback() - frames through the PHY's loopback
 * @adapter: an idle port, rings not allocated
 *
 * Builds the rings as open does, sets the link up, then puts the copper
 * PHY in loopback at 1000 Mb/s full duplex with the MAC forced to match
 * (igbx_phy_loopback(): a PHY loopback, as igb's test uses, so the path
 * from the MAC to the PHY is tested too), sends IGBX_LB_FRAMES frames of
 * IGBX_LB_LEN bytes by hand on queue 0 and expects each back on RX queue
 * 0 byte for byte (other frames there are passed over and logged). The
 * PHY's loopback is ended, the MAC reset and the rings freed afterwards;
 * the next open sets the link up again.
 *
 * Return: 0; -ENOLINK when the MAC sees no link (a PHY in loopback
 * gives it one; the emulated 82576 only once auto-negotiation has
 * completed, hence the link setup first); -ETIMEDOUT, -EMSGSIZE or
 * -EILSEQ when a frame did not come back, came back with another
 * length, or with other bytes; -ENOMEM.
 */
int igbx_test_loopback(struct igbx_adapter *adapter)
{
	struct igbx_ring *tx = &adapter->q_vector[0]->tx_ring;
	struct igbx_ring *rx = &adapter->q_vector[0]->rx_ring;
	struct igbx_hw *hw = &adapter->hw;
	dma_addr_t dma[IGBX_LB_FRAMES] = { };
	unsigned int n, foreign = 0;
	u8 *frames;
	int err;

	frames = kmalloc_array(IGBX_LB_FRAMES, IGBX_LB_LEN, GFP_KERNEL);
	if (!frames)
		return -ENOMEM;
	for (n = 0; n < IGBX_LB_FRAMES; n++)
		igbx_lb_frame(adapter, frames + n * IGBX_LB_LEN, n);

	err = igbx_setup_rings(adapter);
	if (err)
		goto out_frames;
	igbx_configure(adapter);
	/* the link set up first, as igb's reset before its test does it */
	if (igbx_setup_link(hw) || igbx_phy_loopback(hw, true) ||
	    igbx_wait_link(hw)) {
		err = -ENOLINK;
		goto out_rings;
	}

	err = igbx_lb_send(tx, frames, dma);
	if (!err)
		err = igbx_lb_check(rx, frames, &foreign);
	if (foreign)
		netdev_info(adapter->netdev, "self-test: loopback passed over %u frames of other EtherTypes\n",
			    foreign);

out_rings:
	igbx_phy_loopback(hw, false);
	igbx_reset_hw(hw);
	for (n = 0; n < IGBX_LB_FRAMES; n++)
		if (dma[n] && !dma_mapping_error(tx->dev, dma[n]))
			dma_unmap_single(tx->dev, dma[n], IGBX_LB_LEN, DMA_TO_DEVICE);
	for (n = 0; n < adapter->num_q_vectors; n++)
		igbx_clean_rx_ring(&adapter->q_vector[n]->rx_ring);
	igbx_free_rings(adapter);
out_frames:
	kfree(frames);
	return err;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_test_loopback);

/**
 * igbx_test_link() - is there a link?
 * @adapter: the port
 * @offline: restart auto-negotiation and wait for it (up to 5 s)
 *	instead of looking at the link as it is
 *
 * Return: 0 with link, -ENOLINK without.
 */
int igbx_test_link(struct igbx_adapter *adapter, bool offline)
{
	struct igbx_hw *hw = &adapter->hw;

	if (offline && (igbx_setup_link(hw) || igbx_wait_link(hw)))
		return -ENOLINK;
	return igbx_check_link(hw, NULL, NULL) ? 0 : -ENOLINK;
}
