// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the 82580, I350 and I354 MAC generation
 *
 * What igbx does on these MACs today is the 82576's (mac_82575.c) except
 * for the IVAR layout; their per-port NVM sections are handled by the
 * shared NVM code (nvm.c) from the family table's layout. The three
 * share one ops table until their sequences differ.
 */
#include "igbx.h"

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
 */
void igbx_map_queue_irq_82580(struct igbx_hw *hw, unsigned int queue, bool tx,
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
}

/*
 * The 82580, I350 and I354: the 82576's sequences with the 82580's IVAR
 * layout. Each family gets a table of its own once its sequences differ.
 */
const struct igbx_mac_ops igbx_82580_ops = {
	.reset		= igbx_reset_82576,
	.acquire	= igbx_swfw_acquire,
	.release	= igbx_swfw_release,
	.nvm_read	= igbx_nvm_read_eerd,
	.nvm_validate	= igbx_nvm_validate_sum,
	.read_mac_addr	= igbx_read_mac_addr,
	.phy_read	= igbx_phy_read_mdic,
	.phy_write	= igbx_phy_write_mdic,
	.setup_link	= igbx_setup_copper_link,
	.check_link	= igbx_check_copper_link,
	.fc_marks	= igbx_fc_marks_82576,
	.map_queue_irq	= igbx_map_queue_irq_82580,
	.map_other_irq	= igbx_map_other_irq_82576,
	.eitr_value	= igbx_eitr_82576,
	.reg_tests	= igbx_reg_tests_82576,
};
