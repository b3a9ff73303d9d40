// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the I210 and I211 MAC generation
 *
 * What igbx does on these MACs today is the 82576's (mac_82575.c) with
 * the 82580's IVAR layout (mac_82580.c); that the I211 has no
 * EERD-readable NVM is handled by the shared NVM code (nvm.c) from the
 * family table's layout, and their RR2DCDELAY register by a constant of
 * the family table. The two share one ops table until their sequences
 * differ.
 */
#include "igbx.h"

/* The I210 and I211: the 82576's sequences, the 82580's IVAR layout. */
const struct igbx_mac_ops igbx_i210_ops = {
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
