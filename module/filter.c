// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - receive filters: own and secondary unicast addresses, the
 * multicast hash table, promiscuous and all-multicast modes, the VLAN
 * filter table
 *
 * The NIC accepts a frame when its destination matches a valid receive
 * address (RAR entries; entry 0 is the port's own address), or its
 * multicast bit is set in the 4096-bit table (MTA, indexed by
 * igbx_mta_hash()), or it is broadcast (RCTL.BAM), or a promiscuous bit
 * (RCTL.UPE, RCTL.MPE) says to take everything of its kind.
 *
 * Before that, with RCTL.VFE set, a tagged frame must carry a VLAN ID
 * whose bit is set in the 4096-bit VLAN filter table (VFTA); untagged
 * frames always pass. The stack registers every VLAN ID in use through
 * ndo_vlan_rx_add_vid (ID 0 for priority tags included). The table does
 * not depend on the address filters, so promiscuous mode turns it off.
 * The driver's bitmap of those IDs is the table's copy: each register is
 * written from it through the family's &igbx_mac_ops.write_vfta and never
 * read back (the I350's VFTA erratum, mac_82580.c).
 */
#include <kunit/visibility.h>
#include <linux/if_vlan.h>

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
	u32 rctl = igbx_rd32(hw, IGBX_RCTL);

	rctl &= ~(IGBX_RCTL_UPE | IGBX_RCTL_MPE | IGBX_RCTL_VFE);
	if ((netdev->features & NETIF_F_HW_VLAN_CTAG_FILTER) &&
	    !(netdev->flags & IFF_PROMISC))
		rctl |= IGBX_RCTL_VFE;

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

/* The VLAN filter table register holding a VLAN ID's bit */
#define IGBX_VFTA_REG(vid)	(((vid) >> 5) & 0x7F)

/**
 * igbx_vfta_write_reg() - write one VLAN filter table register from the
 *	driver's own copy of the table
 * @hw: hardware handle
 * @vlans: the VLAN IDs in use, one bit each (&igbx_adapter.active_vlans),
 *	which is the copy: the table is never read back from the MAC
 * @reg: the register, 0..127; it holds VLAN IDs 32 * @reg to 32 * @reg + 31
 *
 * The word goes out through &igbx_mac_ops.write_vfta, which writes it as
 * the family must (once, or repeatedly on the I350 and I354). Building it
 * from @vlans rather than by read-modify-write keeps a lost write on
 * those MACs from being read back and written again as the new value.
 */
VISIBLE_IF_KUNIT void igbx_vfta_write_reg(struct igbx_hw *hw,
					  const unsigned long *vlans,
					  unsigned int reg)
{
	u32 word = vlans[BIT_WORD(reg * 32)] >> (reg * 32 % BITS_PER_LONG);

	hw->info->ops->write_vfta(hw, reg, word);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_vfta_write_reg);

/**
 * igbx_write_vfta() - write the whole VLAN filter table from the IDs in use
 * @adapter: the port; after a MAC reset, which leaves the table undefined
 */
void igbx_write_vfta(struct igbx_adapter *adapter)
{
	unsigned int reg;

	for (reg = 0; reg < IGBX_VFTA_LEN; reg++)
		igbx_vfta_write_reg(&adapter->hw, adapter->active_vlans, reg);
}

/**
 * igbx_vlan_rx_add_vid() - ndo_vlan_rx_add_vid: take frames of a VLAN
 * @netdev: the interface
 * @proto: only 802.1Q is offered
 * @vid: VLAN ID 0..4095
 *
 * Return: 0.
 */
int igbx_vlan_rx_add_vid(struct net_device *netdev, __be16 proto, u16 vid)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	set_bit(vid, adapter->active_vlans);
	igbx_vfta_write_reg(&adapter->hw, adapter->active_vlans,
			    IGBX_VFTA_REG(vid));
	return 0;
}

/**
 * igbx_vlan_rx_kill_vid() - ndo_vlan_rx_kill_vid: stop taking a VLAN
 * @netdev: the interface
 * @proto: only 802.1Q is offered
 * @vid: VLAN ID 0..4095
 *
 * Return: 0.
 */
int igbx_vlan_rx_kill_vid(struct net_device *netdev, __be16 proto, u16 vid)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	clear_bit(vid, adapter->active_vlans);
	igbx_vfta_write_reg(&adapter->hw, adapter->active_vlans,
			    IGBX_VFTA_REG(vid));
	return 0;
}
