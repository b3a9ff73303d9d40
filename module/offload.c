// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - offloads: the work the NIC does for the stack besides moving
 * bytes, and which of it is switched on (ethtool -k/-K)
 *
 *   transmit  TCP/UDP checksums over IPv4 and IPv6, TCP segmentation
 *             (TSO, TSO6), VLAN tag insertion: asked for per frame with a
 *             context descriptor (tx.c, igbx_tx_context())
 *   receive   IPv4/TCP/UDP checksum verification, the RSS hash, VLAN tag
 *             stripping: the results come back in each frame's EOP
 *             descriptor (rx.c, igbx_rx_offloads()); the VLAN filter
 *             table lives with the other receive filters (filter.c)
 *
 * This file says which features the interface offers, writes the
 * receive-side switches into the NIC (RXCSUM, CTRL.VME, RLPML for the
 * MTU) whenever they change or the MAC was reset, and refuses per frame
 * what a context descriptor cannot describe (ndo_features_check).
 */
#include <kunit/visibility.h>
#include <linux/if_vlan.h>

#include "igbx.h"

/* Offloads the NIC has; all are on by default and each can be toggled. */
#define IGBX_FEATURES	(NETIF_F_SG | NETIF_F_IP_CSUM | NETIF_F_IPV6_CSUM | \
			 NETIF_F_TSO | NETIF_F_TSO6 | NETIF_F_RXCSUM | \
			 NETIF_F_RXHASH | NETIF_F_HW_VLAN_CTAG_RX | \
			 NETIF_F_HW_VLAN_CTAG_TX | NETIF_F_HW_VLAN_CTAG_FILTER)

/* What VLAN devices on top of an igbx port may use. */
#define IGBX_VLAN_FEATURES (NETIF_F_SG | NETIF_F_IP_CSUM | NETIF_F_IPV6_CSUM | \
			    NETIF_F_TSO | NETIF_F_TSO6)

/**
 * igbx_init_features() - the features an igbx interface offers
 * @netdev: the interface, before register_netdev()
 * @info: its MAC generation (UDP segmentation is the 82576's and later's)
 */
void igbx_init_features(struct net_device *netdev,
			const struct igbx_family_info *info)
{
	netdev_features_t features = IGBX_FEATURES;

	if (info->udp_seg)
		features |= NETIF_F_GSO_UDP_L4;
	/* secondary unicast addresses go to RAR entries (filter.c) */
	netdev->priv_flags |= IFF_UNICAST_FLT;
	netdev->hw_features = features;
	netdev->features = features;
	netdev->vlan_features = IGBX_VLAN_FEATURES;
	netdev->min_mtu = ETH_MIN_MTU;
	netdev->max_mtu = IGBX_MAX_MTU;
}

/*
 * Receive checksum checking on or off. RXCSUM.PCSD stays set in both
 * cases: it puts the RSS hash into the descriptors, and the NIC computes
 * no RSS hash without it.
 */
static void igbx_write_rxcsum(struct igbx_adapter *adapter)
{
	u32 rxcsum = IGBX_RXCSUM_PCSD;

	if (adapter->netdev->features & NETIF_F_RXCSUM)
		rxcsum |= IGBX_RXCSUM_IPOFL | IGBX_RXCSUM_TUOFL;
	igbx_wr32(&adapter->hw, IGBX_RXCSUM, rxcsum);
}

/**
 * igbx_write_rlpml() - the longest frame the receiver accepts, from the MTU
 * @adapter: the port
 *
 * RCTL.LPE is always set, so RLPML alone decides; longer frames are
 * dropped by the NIC and counted in ROC (rx_long_length_errors).
 */
void igbx_write_rlpml(struct igbx_adapter *adapter)
{
	igbx_wr32(&adapter->hw, IGBX_RLPML, igbx_max_frame(adapter->netdev));
}

/* CTRL.VME: strip VLAN tags into the RX descriptor, or leave them in. */
static void igbx_write_vlan_strip(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	u32 ctrl = igbx_rd32(hw, IGBX_CTRL);

	if (adapter->netdev->features & NETIF_F_HW_VLAN_CTAG_RX)
		ctrl |= IGBX_CTRL_VME;
	else
		ctrl &= ~IGBX_CTRL_VME;
	igbx_wr32(hw, IGBX_CTRL, ctrl);
}

/**
 * igbx_write_rx_offloads() - write every receive-side switch into the NIC
 * @adapter: the port; after a MAC reset or a feature change
 */
void igbx_write_rx_offloads(struct igbx_adapter *adapter)
{
	igbx_write_rxcsum(adapter);
	igbx_write_rlpml(adapter);
	igbx_write_vlan_strip(adapter);
}

/**
 * igbx_set_features() - ndo_set_features: ethtool -K
 * @netdev: the interface
 * @features: the features wanted
 *
 * Transmit offloads need nothing from the NIC beyond what each frame's
 * context descriptor says, so only the receive side is rewritten: the
 * checksum and VLAN-stripping switches, and the receive filters for the
 * VLAN filter table (RCTL.VFE). Registers only: the interface keeps
 * running, nothing is reset.
 *
 * Return: 1: @netdev->features is already updated.
 */
int igbx_set_features(struct net_device *netdev, netdev_features_t features)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	netdev->features = features;
	igbx_write_rx_offloads(adapter);
	netif_addr_lock_bh(netdev);
	igbx_set_rx_mode(netdev);
	netif_addr_unlock_bh(netdev);
	return 1;
}

/**
 * igbx_features_check() - ndo_features_check: what this frame may use
 * @skb: the frame
 * @netdev: the interface
 * @features: what the stack would use
 *
 * A context descriptor has 7 bits for the MAC header length and 9 for the
 * IP header's; frames with longer headers get their checksum and
 * segmentation done in software.
 *
 * Return: @features, less what this frame cannot have.
 */
netdev_features_t igbx_features_check(struct sk_buff *skb, struct net_device *netdev,
				      netdev_features_t features)
{
	unsigned int maclen, iplen;

	features = vlan_features_check(skb, features);
	if (skb->ip_summed != CHECKSUM_PARTIAL)
		return features;

	maclen = skb_network_offset(skb);
	iplen = skb_checksum_start_offset(skb) - maclen;
	if (maclen > IGBX_TXC_MAX_MACLEN || iplen > IGBX_TXC_MAX_IPLEN)
		features &= ~(NETIF_F_CSUM_MASK | NETIF_F_GSO_MASK);
	return features;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_features_check);
