// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - receive filters: own and secondary unicast addresses, the
 * multicast hash table, promiscuous and all-multicast modes
 *
 * The NIC accepts a frame when its destination matches a valid receive
 * address (RAR entries; entry 0 is the port's own address), or its
 * multicast bit is set in the 4096-bit table (MTA, indexed by
 * igbx_mta_hash()), or it is broadcast (RCTL.BAM), or a promiscuous bit
 * (RCTL.UPE, RCTL.MPE) says to take everything of its kind.
 */
#include "igbx.h"

/* Receive address entries every family has; 0 is the port's own. */
#define IGBX_RAR_ENTRIES	16

/*
 * Program the secondary unicast addresses into RAR 1..15 and clear the
 * rest. Return false if there are more than fit (then: promiscuous).
 */
static bool igbx_write_uc_list(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	struct igbx_hw *hw = &adapter->hw;
	struct netdev_hw_addr *ha;
	unsigned int i = 1;

	if (netdev_uc_count(netdev) > IGBX_RAR_ENTRIES - 1)
		return false;
	netdev_for_each_uc_addr(ha, netdev)
		igbx_write_rar(hw, i++, ha->addr);
	for (; i < IGBX_RAR_ENTRIES; i++) {
		igbx_wr32(hw, IGBX_RAH(i), 0);
		igbx_wr32(hw, IGBX_RAL(i), 0);
	}
	return true;
}

/* Rebuild the multicast table from the interface's group list. */
static void igbx_write_mc_list(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	u32 mta[IGBX_MTA_LEN] = { };
	struct netdev_hw_addr *ha;
	unsigned int i;

	netdev_for_each_mc_addr(ha, netdev) {
		u16 hash = igbx_mta_hash(ha->addr);

		mta[hash / 32] |= BIT(hash % 32);
	}
	for (i = 0; i < IGBX_MTA_LEN; i++)
		igbx_wr32(&adapter->hw, IGBX_MTA(i), mta[i]);
}

/**
 * igbx_set_rx_mode() - ndo_set_rx_mode: apply the interface's filters
 * @netdev: the interface
 *
 * Called with the address lists locked (atomic context): register
 * writes only.
 */
void igbx_set_rx_mode(struct net_device *netdev)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct igbx_hw *hw = &adapter->hw;
	u32 rctl = igbx_rd32(hw, IGBX_RCTL) & ~(IGBX_RCTL_UPE | IGBX_RCTL_MPE);

	if (netdev->flags & IFF_PROMISC) {
		rctl |= IGBX_RCTL_UPE | IGBX_RCTL_MPE;
	} else {
		if (netdev->flags & IFF_ALLMULTI)
			rctl |= IGBX_RCTL_MPE;
		else
			igbx_write_mc_list(adapter);
		if (!igbx_write_uc_list(adapter))
			rctl |= IGBX_RCTL_UPE;
	}
	igbx_wr32(hw, IGBX_RCTL, rctl);
}
