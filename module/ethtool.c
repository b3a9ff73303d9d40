// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - ethtool operations
 *
 * What a user sees with ethtool: -i (driver, NVM version, bus), -g/-G
 * (ring sizes, changeable while traffic flows), -S (the NIC's counters
 * with the names the other Intel drivers use, per-queue counters and the
 * packet path's own: interrupts and NAPI polls; --groups: the standard
 * pause, eth-mac, eth-ctrl, eth-phy and rmon statistics), -t (self-test,
 * diag.c), -d (register dump, regdump.c), -l/-L (queue pairs), -n/-x/-X
 * (RSS), -e, -c/-C, -a/-A, -p, -s (link modes, and wol: Wake-on-LAN),
 * msglevel and link.
 */
#include <linux/ethtool.h>
#include <linux/linkmode.h>
#include <linux/mii.h>

#include "igbx.h"

/**
 * struct igbx_stat - one line of ethtool -S outside the per-queue block
 * @name: the name the other Intel drivers use for it
 * @hw: index into &igbx_adapter.hw_stats, or -1
 * @offset: when @hw is -1: offset of a u64 in &struct igbx_adapter
 */
struct igbx_stat {
	char name[ETH_GSTRING_LEN];
	int hw;
	size_t offset;
};

#define IGBX_HW_STAT(n, i)	{ .name = n, .hw = IGBX_HWS_##i }
#define IGBX_SW_STAT(n, f)	{ .name = n, .hw = -1, \
				  .offset = offsetof(struct igbx_adapter, f) }

static const struct igbx_stat igbx_stats[] = {
	IGBX_HW_STAT("rx_packets", GPRC),
	IGBX_HW_STAT("tx_packets", GPTC),
	IGBX_HW_STAT("rx_bytes", GORC),
	IGBX_HW_STAT("tx_bytes", GOTC),
	IGBX_HW_STAT("rx_broadcast", BPRC),
	IGBX_HW_STAT("tx_broadcast", BPTC),
	IGBX_HW_STAT("rx_multicast", MPRC),
	IGBX_HW_STAT("tx_multicast", MPTC),
	IGBX_HW_STAT("multicast", MPRC),
	IGBX_HW_STAT("collisions", COLC),
	IGBX_HW_STAT("rx_crc_errors", CRCERRS),
	IGBX_HW_STAT("rx_no_buffer_count", RNBC),
	IGBX_HW_STAT("rx_missed_errors", MPC),
	IGBX_HW_STAT("tx_aborted_errors", ECOL),
	IGBX_HW_STAT("tx_carrier_errors", TNCRS),
	IGBX_HW_STAT("tx_window_errors", LATECOL),
	IGBX_HW_STAT("tx_deferred_ok", DC),
	IGBX_HW_STAT("tx_single_coll_ok", SCC),
	IGBX_HW_STAT("tx_multi_coll_ok", MCC),
	IGBX_SW_STAT("tx_timeout_count", tx_timeout_count),
	IGBX_SW_STAT("reset_count", reset_count),
	IGBX_HW_STAT("rx_long_length_errors", ROC),
	IGBX_HW_STAT("rx_short_length_errors", RUC),
	IGBX_HW_STAT("rx_align_errors", ALGNERRC),
	IGBX_HW_STAT("rx_symbol_errors", SYMERRS),
	IGBX_HW_STAT("rx_fragments", RFC),
	IGBX_HW_STAT("rx_jabbers", RJC),
	IGBX_HW_STAT("rx_flow_control_xon", XONRXC),
	IGBX_HW_STAT("rx_flow_control_xoff", XOFFRXC),
	IGBX_HW_STAT("tx_flow_control_xon", XONTXC),
	IGBX_HW_STAT("tx_flow_control_xoff", XOFFTXC),
	IGBX_HW_STAT("rx_long_byte_count", GORC),
	IGBX_SW_STAT("tx_hwtstamps", ptp.tx_stamped),
	IGBX_SW_STAT("tx_hwtstamp_timeouts", ptp.tx_timeouts),
	IGBX_SW_STAT("tx_hwtstamp_skipped", ptp.tx_skipped),
	IGBX_SW_STAT("rx_hwtstamp_cleared", ptp.rx_cleared),
};

/* The packet path's counters, summed over the vectors. */
static const char igbx_path_stats[][ETH_GSTRING_LEN] = {
	"irqs", "napi_polls", "napi_polls_budget_exhausted",
};

static const char igbx_txq_stats[][ETH_GSTRING_LEN] = {
	"packets", "bytes", "restart", "busy", "dma_errors", "offload_errors",
	"tso_packets", "doorbells", "xdp_xmit", "xdp_xmit_errors", "xsk_xmit",
};

static const char igbx_rxq_stats[][ETH_GSTRING_LEN] = {
	"packets", "bytes", "drops", "frame_errors", "alloc_failed", "csum_err",
	"csum_good", "xdp_pass", "xdp_drop", "xdp_tx", "xdp_redirect",
	"xdp_aborted", "xsk_long",
};

/* ethtool -t: the names and order igb uses, so scripts read both alike. */
static const char igbx_test_names[][ETH_GSTRING_LEN] = {
	"Register test  (offline)", "Eeprom test    (offline)",
	"Interrupt test (offline)", "Loopback test  (offline)",
	"Link test   (on/offline)",
};

static int igbx_get_sset_count(struct net_device *netdev, int sset)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	if (sset == ETH_SS_TEST)
		return ARRAY_SIZE(igbx_test_names);
	if (sset != ETH_SS_STATS)
		return -EOPNOTSUPP;
	return ARRAY_SIZE(igbx_stats) + ARRAY_SIZE(igbx_path_stats) +
	       adapter->num_q_vectors *
	       (ARRAY_SIZE(igbx_txq_stats) + ARRAY_SIZE(igbx_rxq_stats));
}

static void igbx_get_strings(struct net_device *netdev, u32 sset, u8 *data)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	unsigned int i, v;

	if (sset == ETH_SS_TEST) {
		for (i = 0; i < ARRAY_SIZE(igbx_test_names); i++)
			ethtool_puts(&data, igbx_test_names[i]);
		return;
	}
	if (sset != ETH_SS_STATS)
		return;
	for (i = 0; i < ARRAY_SIZE(igbx_stats); i++)
		ethtool_puts(&data, igbx_stats[i].name);
	for (i = 0; i < ARRAY_SIZE(igbx_path_stats); i++)
		ethtool_puts(&data, igbx_path_stats[i]);
	for (v = 0; v < adapter->num_q_vectors; v++)
		for (i = 0; i < ARRAY_SIZE(igbx_txq_stats); i++)
			ethtool_sprintf(&data, "tx_queue_%u_%s", v, igbx_txq_stats[i]);
	for (v = 0; v < adapter->num_q_vectors; v++)
		for (i = 0; i < ARRAY_SIZE(igbx_rxq_stats); i++)
			ethtool_sprintf(&data, "rx_queue_%u_%s", v, igbx_rxq_stats[i]);
}

/*
 * ethtool -S and the standard statistics groups read the 64-bit totals
 * after folding in what the clear-on-read registers hold now; the lock
 * keeps the watchdog's fold out until they are done.
 */
static const u64 *igbx_lock_hw_stats(struct igbx_adapter *adapter)
	__acquires(&adapter->stats_lock)
{
	igbx_update_hw_stats(adapter);
	spin_lock_bh(&adapter->stats_lock);
	return adapter->hw_stats;
}

static void igbx_unlock_hw_stats(struct igbx_adapter *adapter)
	__releases(&adapter->stats_lock)
{
	spin_unlock_bh(&adapter->stats_lock);
}

static void igbx_get_ethtool_stats(struct net_device *netdev,
				   struct ethtool_stats *stats, u64 *data)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	const u64 *hws = igbx_lock_hw_stats(adapter);
	unsigned int i, v;

	for (i = 0; i < ARRAY_SIZE(igbx_stats); i++) {
		const struct igbx_stat *st = &igbx_stats[i];

		*data++ = st->hw >= 0 ? hws[st->hw] : *(u64 *)((u8 *)adapter + st->offset);
	}
	igbx_unlock_hw_stats(adapter);

	memset(data, 0, ARRAY_SIZE(igbx_path_stats) * sizeof(*data));
	for (v = 0; v < adapter->max_q_vectors; v++) {
		data[0] += READ_ONCE(adapter->q_vector[v]->irqs);
		data[1] += READ_ONCE(adapter->q_vector[v]->irq_polls);
		data[2] += READ_ONCE(adapter->q_vector[v]->irq_polls_full);
	}
	data += ARRAY_SIZE(igbx_path_stats);

	for (v = 0; v < adapter->num_q_vectors; v++) {
		const struct igbx_ring *ring = &adapter->q_vector[v]->tx_ring;

		igbx_ring_totals(ring, &data[0], &data[1]);
		data += 2;
		*data++ = READ_ONCE(ring->tx_stats.restart_queue);
		*data++ = READ_ONCE(ring->tx_stats.tx_busy);
		*data++ = READ_ONCE(ring->tx_stats.dma_errors);
		*data++ = READ_ONCE(ring->tx_stats.offload_errors);
		*data++ = READ_ONCE(ring->tx_stats.tso_packets);
		*data++ = READ_ONCE(ring->tx_stats.doorbells);
		*data++ = READ_ONCE(ring->tx_stats.xdp_xmit);
		*data++ = READ_ONCE(ring->tx_stats.xdp_xmit_errors);
		*data++ = READ_ONCE(ring->tx_stats.xsk_xmit);
	}
	for (v = 0; v < adapter->num_q_vectors; v++) {
		const struct igbx_ring *ring = &adapter->q_vector[v]->rx_ring;

		igbx_ring_totals(ring, &data[0], &data[1]);
		data += 2;
		*data++ = READ_ONCE(ring->rx_stats.drops);
		*data++ = READ_ONCE(ring->rx_stats.frame_errors);
		*data++ = READ_ONCE(ring->rx_stats.alloc_failed);
		*data++ = READ_ONCE(ring->rx_stats.csum_err);
		*data++ = READ_ONCE(ring->rx_stats.csum_good);
		*data++ = READ_ONCE(ring->rx_stats.xdp_pass);
		*data++ = READ_ONCE(ring->rx_stats.xdp_drop);
		*data++ = READ_ONCE(ring->rx_stats.xdp_tx);
		*data++ = READ_ONCE(ring->rx_stats.xdp_redirect);
		*data++ = READ_ONCE(ring->rx_stats.xdp_aborted);
		*data++ = READ_ONCE(ring->rx_stats.xsk_long);
	}
}

static void igbx_get_ringparam(struct net_device *netdev,
			       struct ethtool_ringparam *ring,
			       struct kernel_ethtool_ringparam *kring,
			       struct netlink_ext_ack *extack)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	ring->rx_max_pending = IGBX_MAX_RING_COUNT;
	ring->tx_max_pending = IGBX_MAX_RING_COUNT;
	ring->rx_pending = adapter->rx_ring_count;
	ring->tx_pending = adapter->tx_ring_count;
}

/*
 * ethtool -G: sizes are clamped to 80..4096 and rounded up to a multiple
 * of 8 (the ring's byte length must be a multiple of 128); -g then shows
 * what was applied.
 */
static int igbx_set_ringparam(struct net_device *netdev,
			      struct ethtool_ringparam *ring,
			      struct kernel_ethtool_ringparam *kring,
			      struct netlink_ext_ack *extack)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	u16 tx = igbx_ring_count_clamp(ring->tx_pending);
	u16 rx = igbx_ring_count_clamp(ring->rx_pending);
	int err;

	if (ring->rx_mini_pending || ring->rx_jumbo_pending) {
		NL_SET_ERR_MSG(extack, "igbx has no mini or jumbo rings");
		return -EINVAL;
	}
	if (tx == adapter->tx_ring_count && rx == adapter->rx_ring_count)
		return 0;
	if (igbx_removed(&adapter->hw)) {
		NL_SET_ERR_MSG(extack, "the device is gone");
		return -ENODEV;
	}
	err = igbx_resize_rings(adapter, tx, rx);
	if (err)
		NL_SET_ERR_MSG(extack, "no memory for the new rings; the old ones stay");
	return err;
}

/*
 * ethtool -c/-C: a queue pair's TX and RX share their vector, so one
 * interval serves both: rx-usecs sets it, tx-usecs may only repeat it; 0
 * turns throttling off. adaptive-rx on (the default) lets DIM pick each
 * vector's interval (itr.c), and rx-usecs is then the interval kept for
 * when it is off. Changing rx-usecs turns adaptive-rx off, as users
 * expect of a fixed value, unless the same request turns it on.
 */
static int igbx_get_coalesce(struct net_device *netdev,
			     struct ethtool_coalesce *ec,
			     struct kernel_ethtool_coalesce *kec,
			     struct netlink_ext_ack *extack)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	ec->rx_coalesce_usecs = adapter->itr_us;
	ec->tx_coalesce_usecs = adapter->itr_us;
	ec->use_adaptive_rx_coalesce = adapter->adaptive_rx;
	return 0;
}

static int igbx_set_coalesce(struct net_device *netdev,
			     struct ethtool_coalesce *ec,
			     struct kernel_ethtool_coalesce *kec,
			     struct netlink_ext_ack *extack)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	u32 usecs = ec->rx_coalesce_usecs;
	bool adaptive = ec->use_adaptive_rx_coalesce;

	if (ec->tx_coalesce_usecs != adapter->itr_us &&
	    ec->tx_coalesce_usecs != usecs) {
		NL_SET_ERR_MSG(extack, "TX and RX share a vector: set rx-usecs only");
		return -EINVAL;
	}
	/* the message is fixed text, and names the limit the NIC has */
	BUILD_BUG_ON(IGBX_EITR_MAX_US != 8191);
	if (usecs > IGBX_EITR_MAX_US) {
		NL_SET_ERR_MSG(extack, "rx-usecs is at most 8191");
		return -EINVAL;
	}
	if (adaptive && adapter->adaptive_rx && usecs != adapter->itr_us)
		adaptive = false;
	igbx_set_itr(adapter, adaptive, usecs);
	return 0;
}

/*
 * Copper link modes and where the PHY keeps their advertisement bit
 * (register 4 for 10/100, register 9 for 1000; 1000 half duplex is not
 * offered, as on igb).
 */
static const struct {
	int mode;
	u8 reg;
	u16 bit;
} igbx_link_modes[] = {
	{ ETHTOOL_LINK_MODE_10baseT_Half_BIT, IGBX_PHY_ANAR, IGBX_ANAR_10HALF },
	{ ETHTOOL_LINK_MODE_10baseT_Full_BIT, IGBX_PHY_ANAR, IGBX_ANAR_10FULL },
	{ ETHTOOL_LINK_MODE_100baseT_Half_BIT, IGBX_PHY_ANAR, IGBX_ANAR_100HALF },
	{ ETHTOOL_LINK_MODE_100baseT_Full_BIT, IGBX_PHY_ANAR, IGBX_ANAR_100FULL },
	{ ETHTOOL_LINK_MODE_1000baseT_Full_BIT, IGBX_PHY_CTRL1000, IGBX_CTRL1000_FULL },
};

/*
 * Set the link up again (auto-negotiation restarted), its CTRL writes
 * kept apart from the watchdog's flow control ones by the link lock.
 */
static int igbx_relink(struct igbx_adapter *adapter)
{
	int err;

	mutex_lock(&adapter->link_lock);
	err = igbx_setup_link(&adapter->hw);
	mutex_unlock(&adapter->link_lock);
	return err;
}

static int igbx_get_link_ksettings(struct net_device *netdev,
				   struct ethtool_link_ksettings *cmd)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	u16 anar, ctrl1000, lpa, stat1000;
	unsigned int i;
	int err;

	err = igbx_phy_read(&adapter->hw, IGBX_PHY_ANAR, &anar);
	if (!err)
		err = igbx_phy_read(&adapter->hw, IGBX_PHY_CTRL1000, &ctrl1000);
	if (err)
		return err;

	for (i = 0; i < ARRAY_SIZE(igbx_link_modes); i++) {
		u16 reg = igbx_link_modes[i].reg == IGBX_PHY_ANAR ? anar : ctrl1000;

		linkmode_set_bit(igbx_link_modes[i].mode, cmd->link_modes.supported);
		if (reg & igbx_link_modes[i].bit)
			linkmode_set_bit(igbx_link_modes[i].mode,
					 cmd->link_modes.advertising);
	}
	linkmode_set_bit(ETHTOOL_LINK_MODE_Autoneg_BIT, cmd->link_modes.supported);
	linkmode_set_bit(ETHTOOL_LINK_MODE_Autoneg_BIT, cmd->link_modes.advertising);
	linkmode_set_bit(ETHTOOL_LINK_MODE_TP_BIT, cmd->link_modes.supported);
	linkmode_set_bit(ETHTOOL_LINK_MODE_Pause_BIT, cmd->link_modes.supported);
	linkmode_set_bit(ETHTOOL_LINK_MODE_Asym_Pause_BIT, cmd->link_modes.supported);
	linkmode_mod_bit(ETHTOOL_LINK_MODE_Pause_BIT, cmd->link_modes.advertising,
			 anar & IGBX_ANAR_PAUSE);
	linkmode_mod_bit(ETHTOOL_LINK_MODE_Asym_Pause_BIT,
			 cmd->link_modes.advertising, anar & IGBX_ANAR_ASM_DIR);

	cmd->base.port = PORT_TP;
	cmd->base.phy_address = IGBX_PHY_ADDR;
	cmd->base.autoneg = AUTONEG_ENABLE;
	cmd->base.speed = SPEED_UNKNOWN;
	cmd->base.duplex = DUPLEX_UNKNOWN;
	if (!netif_carrier_ok(netdev))
		return 0;
	cmd->base.speed = adapter->link_speed;
	cmd->base.duplex = adapter->link_full_duplex ? DUPLEX_FULL : DUPLEX_HALF;
	/*
	 * The partner's modes and pause bits, as its last negotiation gave
	 * them; left out (not a failed ethtool) when the PHY cannot be read.
	 */
	if (igbx_phy_read(&adapter->hw, IGBX_PHY_LPA, &lpa) ||
	    igbx_phy_read(&adapter->hw, IGBX_PHY_STAT1000, &stat1000))
		return 0;
	mii_lpa_mod_linkmode_lpa_t(cmd->link_modes.lp_advertising, lpa);
	mii_stat1000_mod_linkmode_lpa_t(cmd->link_modes.lp_advertising, stat1000);
	return 0;
}

/* What @adv asks for, as the PHY register @reg's advertisement bits. */
static u16 igbx_advertising_bits(u8 reg, const unsigned long *adv)
{
	unsigned int i;
	u16 bits = 0;

	for (i = 0; i < ARRAY_SIZE(igbx_link_modes); i++)
		if (igbx_link_modes[i].reg == reg &&
		    linkmode_test_bit(igbx_link_modes[i].mode, adv))
			bits |= igbx_link_modes[i].bit;
	return bits;
}

/*
 * ethtool -s: what to advertise, then renegotiate. Only auto-negotiation
 * is offered; forcing speed and duplex is refused.
 */
static int igbx_set_link_ksettings(struct net_device *netdev,
				   const struct ethtool_link_ksettings *cmd)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	__ETHTOOL_DECLARE_LINK_MODE_MASK(supported) = { };
	unsigned int i;
	int err;

	if (cmd->base.autoneg != AUTONEG_ENABLE)
		return -EINVAL;
	for (i = 0; i < ARRAY_SIZE(igbx_link_modes); i++)
		linkmode_set_bit(igbx_link_modes[i].mode, supported);
	if (!linkmode_intersects(cmd->link_modes.advertising, supported))
		return -EINVAL;

	/*
	 * Kept in hw->phy, which every link setup writes again (after a PHY
	 * reset, say), and written to the PHY now for ethtool to read back.
	 */
	adapter->hw.phy.adv_anar = igbx_advertising_bits(IGBX_PHY_ANAR,
							 cmd->link_modes.advertising);
	adapter->hw.phy.adv_1000 = igbx_advertising_bits(IGBX_PHY_CTRL1000,
							 cmd->link_modes.advertising);
	err = igbx_phy_write_advertising(&adapter->hw);
	if (!err && netif_running(netdev))
		err = igbx_relink(adapter);
	return err;
}

/*
 * ethtool -a/-A: the pause directions asked for, and whether they are
 * negotiated (the default) or forced. What a negotiation gave shows in
 * ethtool -a's "negotiated" lines, from both ends' advertisement
 * (igbx_get_link_ksettings()).
 */
static void igbx_get_pauseparam(struct net_device *netdev,
				struct ethtool_pauseparam *pause)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	pause->autoneg = adapter->pause_autoneg ? AUTONEG_ENABLE : AUTONEG_DISABLE;
	pause->rx_pause = adapter->rx_pause;
	pause->tx_pause = adapter->tx_pause;
}

/*
 * The advertisement changes with the directions either way; a
 * negotiated setting renegotiates (the watchdog resolves it when the
 * link is back), a forced one is written at once.
 */
static int igbx_set_pauseparam(struct net_device *netdev,
			       struct ethtool_pauseparam *pause)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct igbx_hw *hw = &adapter->hw;
	int err;

	if (adapter->pause_autoneg == !!pause->autoneg &&
	    adapter->rx_pause == !!pause->rx_pause &&
	    adapter->tx_pause == !!pause->tx_pause)
		return 0;
	adapter->pause_autoneg = pause->autoneg;
	adapter->rx_pause = pause->rx_pause;
	adapter->tx_pause = pause->tx_pause;
	igbx_phy_set_pause_adv(hw, adapter->rx_pause, adapter->tx_pause);
	err = igbx_phy_write_advertising(hw);
	if (err || !netif_running(netdev))
		return err;
	if (adapter->pause_autoneg)
		return igbx_relink(adapter);
	mutex_lock(&adapter->link_lock);
	igbx_apply_flow_control(adapter, netif_carrier_ok(netdev));
	mutex_unlock(&adapter->link_lock);
	return 0;
}

/* ethtool -I -a: pause frames counted by the NIC (XON and XOFF alike). */
static void igbx_get_pause_stats(struct net_device *netdev,
				 struct ethtool_pause_stats *ps)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	const u64 *hws = igbx_lock_hw_stats(adapter);

	ps->tx_pause_frames = hws[IGBX_HWS_XONTXC] + hws[IGBX_HWS_XOFFTXC];
	ps->rx_pause_frames = hws[IGBX_HWS_XONRXC] + hws[IGBX_HWS_XOFFRXC];
	igbx_unlock_hw_stats(adapter);
}

/*
 * ethtool -S --groups eth-mac: the IEEE 802.3 MAC counters. 802.3's octet
 * counts take only data and padding; the NIC's count the whole frame,
 * addresses, type and FCS included: 18 bytes a frame more.
 */
static void igbx_get_eth_mac_stats(struct net_device *netdev,
				   struct ethtool_eth_mac_stats *mac)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	const u64 *hws = igbx_lock_hw_stats(adapter);

	mac->FramesTransmittedOK = hws[IGBX_HWS_GPTC];
	mac->SingleCollisionFrames = hws[IGBX_HWS_SCC];
	mac->MultipleCollisionFrames = hws[IGBX_HWS_MCC];
	mac->FramesReceivedOK = hws[IGBX_HWS_GPRC];
	mac->FrameCheckSequenceErrors = hws[IGBX_HWS_CRCERRS];
	mac->AlignmentErrors = hws[IGBX_HWS_ALGNERRC];
	mac->OctetsTransmittedOK = hws[IGBX_HWS_GOTC];
	mac->FramesWithDeferredXmissions = hws[IGBX_HWS_DC];
	mac->LateCollisions = hws[IGBX_HWS_LATECOL];
	mac->FramesAbortedDueToXSColls = hws[IGBX_HWS_ECOL];
	mac->CarrierSenseErrors = hws[IGBX_HWS_TNCRS];
	mac->OctetsReceivedOK = hws[IGBX_HWS_GORC];
	mac->FramesLostDueToIntMACRcvError = hws[IGBX_HWS_MPC];
	mac->MulticastFramesXmittedOK = hws[IGBX_HWS_MPTC];
	mac->BroadcastFramesXmittedOK = hws[IGBX_HWS_BPTC];
	mac->MulticastFramesReceivedOK = hws[IGBX_HWS_MPRC];
	mac->BroadcastFramesReceivedOK = hws[IGBX_HWS_BPRC];
	mac->FrameTooLongErrors = hws[IGBX_HWS_ROC];
	igbx_unlock_hw_stats(adapter);
}

/* ethtool -S --groups eth-ctrl: MAC control frames (pause is the only kind). */
static void igbx_get_eth_ctrl_stats(struct net_device *netdev,
				    struct ethtool_eth_ctrl_stats *ctrl)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	const u64 *hws = igbx_lock_hw_stats(adapter);

	ctrl->MACControlFramesTransmitted = hws[IGBX_HWS_XONTXC] + hws[IGBX_HWS_XOFFTXC];
	ctrl->MACControlFramesReceived = hws[IGBX_HWS_XONRXC] + hws[IGBX_HWS_XOFFRXC] +
					 hws[IGBX_HWS_FCRUC];
	ctrl->UnsupportedOpcodesReceived = hws[IGBX_HWS_FCRUC];
	igbx_unlock_hw_stats(adapter);
}

/* ethtool -S --groups eth-phy: symbol errors seen while the carrier was up. */
static void igbx_get_eth_phy_stats(struct net_device *netdev,
				   struct ethtool_eth_phy_stats *phy)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	const u64 *hws = igbx_lock_hw_stats(adapter);

	phy->SymbolErrorDuringCarrier = hws[IGBX_HWS_SYMERRS];
	igbx_unlock_hw_stats(adapter);
}

/* The NIC's frame-size counters, as RMON histogram buckets. */
static const struct ethtool_rmon_hist_range igbx_rmon_ranges[] = {
	{ 64, 64 }, { 65, 127 }, { 128, 255 }, { 256, 511 }, { 512, 1023 },
	{ 1024, 1522 }, { }
};

/* The loop below walks both counter groups in register order. */
static_assert(IGBX_HWS_PRC1522 - IGBX_HWS_PRC64 == 5);
static_assert(IGBX_HWS_PTC1522 - IGBX_HWS_PTC64 == 5);

static void igbx_get_rmon_stats(struct net_device *netdev,
				struct ethtool_rmon_stats *rmon,
				const struct ethtool_rmon_hist_range **ranges)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	const u64 *hws = igbx_lock_hw_stats(adapter);
	unsigned int i;

	rmon->undersize_pkts = hws[IGBX_HWS_RUC];
	rmon->oversize_pkts = hws[IGBX_HWS_ROC];
	rmon->fragments = hws[IGBX_HWS_RFC];
	rmon->jabbers = hws[IGBX_HWS_RJC];
	for (i = 0; i < ARRAY_SIZE(igbx_rmon_ranges) - 1; i++) {
		rmon->hist[i] = hws[IGBX_HWS_PRC64 + i];
		rmon->hist_tx[i] = hws[IGBX_HWS_PTC64 + i];
	}
	igbx_unlock_hw_stats(adapter);
	*ranges = igbx_rmon_ranges;
}

/*
 * ethtool -l/-L: queue pairs. Each pair is one "combined" channel with its
 * own vector; in MSI-X mode one more vector takes link and other causes.
 */
static void igbx_get_channels(struct net_device *netdev, struct ethtool_channels *ch)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	u32 other = adapter->int_mode == IGBX_INT_MSIX ? 1 : 0;

	ch->max_combined = adapter->max_q_vectors;
	ch->combined_count = adapter->num_q_vectors;
	ch->max_other = other;
	ch->other_count = other;
}

static int igbx_set_channels(struct net_device *netdev, struct ethtool_channels *ch)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	/* the core has checked the counts against the maxima */
	if (ch->rx_count || ch->tx_count || !ch->combined_count)
		return -EINVAL;
	if (ch->other_count != (adapter->int_mode == IGBX_INT_MSIX ? 1 : 0))
		return -EINVAL;
	if (ch->combined_count == adapter->num_q_vectors)
		return 0;
	if (igbx_removed(&adapter->hw))
		return -ENODEV;
	return igbx_set_queue_pairs(adapter, ch->combined_count);
}

/*
 * ethtool -n/-x: RSS. The hash covers addresses and TCP ports (MRQC in
 * igbx_write_rss()); UDP and other IP traffic is hashed on the addresses.
 */
static u32 igbx_rss_fields(u32 flow_type)
{
	switch (flow_type) {
	case TCP_V4_FLOW:
	case TCP_V6_FLOW:
		return RXH_IP_SRC | RXH_IP_DST | RXH_L4_B_0_1 | RXH_L4_B_2_3;
	case UDP_V4_FLOW:
	case UDP_V6_FLOW:
	case SCTP_V4_FLOW:
	case SCTP_V6_FLOW:
	case AH_ESP_V4_FLOW:
	case AH_ESP_V6_FLOW:
	case IPV4_FLOW:
	case IPV6_FLOW:
		return RXH_IP_SRC | RXH_IP_DST;
	default:
		return 0;
	}
}

/* ethtool -l/-x: the queue pairs RSS may spread received flows over */
static u32 igbx_get_rx_ring_count(struct net_device *netdev)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	return adapter->num_q_vectors;
}

#ifndef IGBX_HAVE_RX_RING_COUNT
/* Before the ring count and the hashed fields had operations of their own */
static int igbx_get_rxnfc(struct net_device *netdev, struct ethtool_rxnfc *cmd,
			  u32 *rule_locs)
{
	switch (cmd->cmd) {
	case ETHTOOL_GRXRINGS:
		cmd->data = igbx_get_rx_ring_count(netdev);
		return 0;
#ifndef IGBX_HAVE_RXFH_FIELDS
	case ETHTOOL_GRXFH:
		cmd->data = igbx_rss_fields(cmd->flow_type);
		return 0;
#endif
	default:
		return -EOPNOTSUPP;
	}
}
#endif

#ifdef IGBX_HAVE_RXFH_FIELDS
/* Since 6.17 the fields hashed per flow type have their own operation. */
static int igbx_get_rxfh_fields(struct net_device *netdev,
				struct ethtool_rxfh_fields *fields)
{
	fields->data = igbx_rss_fields(fields->flow_type);
	return 0;
}
#endif

static u32 igbx_get_rxfh_key_size(struct net_device *netdev)
{
	return IGBX_RSS_KEY_BYTES;
}

static u32 igbx_get_rxfh_indir_size(struct net_device *netdev)
{
	return IGBX_RETA_ENTRIES;
}

/* ethtool -x: the redirection table, the key, and the hash (Toeplitz). */
static void igbx_rss_get(struct igbx_adapter *adapter, u32 *indir, u8 *key, u8 *hfunc)
{
	unsigned int i;

	if (hfunc)
		*hfunc = ETH_RSS_HASH_TOP;
	if (indir)
		for (i = 0; i < IGBX_RETA_ENTRIES; i++)
			indir[i] = adapter->rss_indir[i];
	if (key)
		memcpy(key, adapter->rss_key, IGBX_RSS_KEY_BYTES);
}

/* ethtool -X: a new table or key, written to the NIC at once. */
static int igbx_rss_set(struct igbx_adapter *adapter, const u32 *indir, const u8 *key,
			u8 hfunc, struct netlink_ext_ack *extack)
{
	unsigned int i;

	if (hfunc != ETH_RSS_HASH_NO_CHANGE && hfunc != ETH_RSS_HASH_TOP) {
		NL_SET_ERR_MSG_MOD(extack, "the NIC hashes with Toeplitz only");
		return -EOPNOTSUPP;
	}
	/* the core has checked every entry against ETHTOOL_GRXRINGS */
	if (indir)
		for (i = 0; i < IGBX_RETA_ENTRIES; i++)
			adapter->rss_indir[i] = indir[i];
	if (key)
		memcpy(adapter->rss_key, key, IGBX_RSS_KEY_BYTES);
	igbx_write_rss(adapter);
	return 0;
}

#ifdef IGBX_HAVE_RXFH_PARAM
static int igbx_get_rxfh(struct net_device *netdev, struct ethtool_rxfh_param *rxfh)
{
	igbx_rss_get(netdev_priv(netdev), rxfh->indir, rxfh->key, &rxfh->hfunc);
	return 0;
}

static int igbx_set_rxfh(struct net_device *netdev, struct ethtool_rxfh_param *rxfh,
			 struct netlink_ext_ack *extack)
{
	return igbx_rss_set(netdev_priv(netdev), rxfh->indir, rxfh->key, rxfh->hfunc,
			    extack);
}
#else
static int igbx_get_rxfh(struct net_device *netdev, u32 *indir, u8 *key, u8 *hfunc)
{
	igbx_rss_get(netdev_priv(netdev), indir, key, hfunc);
	return 0;
}

static int igbx_set_rxfh(struct net_device *netdev, const u32 *indir, const u8 *key,
			 const u8 hfunc)
{
	return igbx_rss_set(netdev_priv(netdev), indir, key, hfunc, NULL);
}
#endif

/* ethtool -e: the NVM, read word by word through EERD. */
static int igbx_get_eeprom_len(struct net_device *netdev)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	return igbx_nvm_words(&adapter->hw) * 2;
}

static int igbx_get_eeprom(struct net_device *netdev,
			   struct ethtool_eeprom *eeprom, u8 *bytes)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	u16 first = eeprom->offset / 2;
	u16 last = (eeprom->offset + eeprom->len - 1) / 2;
	unsigned int i;
	u16 *words;
	int err;

	if (!eeprom->len)
		return -EINVAL;
	words = kmalloc_array(last - first + 1, sizeof(*words), GFP_KERNEL);
	if (!words)
		return -ENOMEM;
	eeprom->magic = adapter->pdev->vendor | (adapter->pdev->device << 16);
	err = igbx_nvm_read(&adapter->hw, first, last - first + 1, words);
	if (!err) {
		/* NVM words are little-endian: low byte at the lower offset */
		for (i = 0; i < eeprom->len; i++) {
			u16 w = words[(eeprom->offset + i) / 2 - first];

			bytes[i] = (eeprom->offset + i) & 1 ? w >> 8 : w & 0xff;
		}
	}
	kfree(words);
	return err;
}

/*
 * ethtool -p: blink LED0 once a second (the core calls ON and OFF in
 * turn), then give the LED back to the link indication.
 */
static int igbx_set_phys_id(struct net_device *netdev,
			    enum ethtool_phys_id_state state)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct igbx_hw *hw = &adapter->hw;
	u32 led = adapter->ledctl_saved & ~(IGBX_LEDCTL_LED0_MODE | IGBX_LEDCTL_LED0_IVRT);

	switch (state) {
	case ETHTOOL_ID_ACTIVE:
		adapter->ledctl_saved = igbx_rd32(hw, IGBX_LEDCTL);
		return 1;
	case ETHTOOL_ID_ON:
		igbx_wr32(hw, IGBX_LEDCTL, led | IGBX_LEDCTL_MODE_ON);
		break;
	case ETHTOOL_ID_OFF:
		igbx_wr32(hw, IGBX_LEDCTL, led | IGBX_LEDCTL_MODE_OFF);
		break;
	case ETHTOOL_ID_INACTIVE:
		igbx_wr32(hw, IGBX_LEDCTL, adapter->ledctl_saved);
		break;
	}
	return 0;
}

/*
 * ethtool -s IF wol g|u|m|b|d: wake the system on a Magic Packet, a frame
 * to one of the port's unicast addresses, one to a multicast group it
 * has joined, or a broadcast. pm.c arms the filters at suspend and
 * shutdown. Offered only where the port can wake the system (pci.c's
 * igbx_init_wol()); ARP, PHY (link change) and SecureOn wake-ups are not.
 */
static const struct {
	u32 wake;
	u32 wufc;
} igbx_wol_filters[] = {
	{ WAKE_MAGIC, IGBX_WUFC_MAG },
	{ WAKE_UCAST, IGBX_WUFC_EX },
	{ WAKE_MCAST, IGBX_WUFC_MC },
	{ WAKE_BCAST, IGBX_WUFC_BC },
};

#define IGBX_WAKE_SUPPORTED	(WAKE_MAGIC | WAKE_UCAST | WAKE_MCAST | WAKE_BCAST)

static void igbx_get_wol(struct net_device *netdev, struct ethtool_wolinfo *wol)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	unsigned int i;

	wol->supported = 0;
	wol->wolopts = 0;
	if (!adapter->wol_supported)
		return;
	wol->supported = IGBX_WAKE_SUPPORTED;
	for (i = 0; i < ARRAY_SIZE(igbx_wol_filters); i++)
		if (adapter->wol & igbx_wol_filters[i].wufc)
			wol->wolopts |= igbx_wol_filters[i].wake;
}

static int igbx_set_wol(struct net_device *netdev, struct ethtool_wolinfo *wol)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	unsigned int i;
	u32 wufc = 0;

	if (wol->wolopts & ~IGBX_WAKE_SUPPORTED)
		return -EOPNOTSUPP;
	if (!adapter->wol_supported)
		return wol->wolopts ? -EOPNOTSUPP : 0;
	for (i = 0; i < ARRAY_SIZE(igbx_wol_filters); i++)
		if (wol->wolopts & igbx_wol_filters[i].wake)
			wufc |= igbx_wol_filters[i].wufc;
	adapter->wol = wufc;
	device_set_wakeup_enable(&adapter->pdev->dev, wufc);
	return 0;
}

/* ethtool -r: restart auto-negotiation. */
static int igbx_nway_reset(struct net_device *netdev)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	if (!netif_running(netdev))
		return -EAGAIN;
	return igbx_relink(adapter);
}

static void igbx_get_drvinfo(struct net_device *netdev,
			     struct ethtool_drvinfo *info)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	strscpy(info->driver, IGBX_DRV_NAME, sizeof(info->driver));
	strscpy(info->bus_info, pci_name(adapter->pdev), sizeof(info->bus_info));
	strscpy(info->fw_version, adapter->fw_version, sizeof(info->fw_version));
}

static u32 igbx_get_msglevel(struct net_device *netdev)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	return adapter->msg_enable;
}

static void igbx_set_msglevel(struct net_device *netdev, u32 level)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	adapter->msg_enable = level;
}

enum { IGBX_T_REG, IGBX_T_EEPROM, IGBX_T_IRQ, IGBX_T_LOOPBACK, IGBX_T_LINK };

/*
 * The offline tests, applied by igbx_reinit() while the port is closed;
 * the MAC is left reset with its own address back in RAR0.
 */
static int igbx_offline_tests(struct igbx_adapter *adapter, void *arg)
{
	struct igbx_hw *hw = &adapter->hw;
	u64 *data = arg;
	u32 reg = 0;
	int err;

	if (igbx_test_registers(hw, &reg))
		data[IGBX_T_REG] = reg ? reg : 1;
	igbx_reset_hw(hw);
	data[IGBX_T_EEPROM] = !!igbx_nvm_validate_checksum(hw);
	data[IGBX_T_IRQ] = !!igbx_test_interrupt(adapter);
	igbx_reset_hw(hw);
	err = igbx_test_loopback(adapter);
	if (err)	/* which step: no link, no frame back, a wrong one */
		netdev_err(adapter->netdev, "self-test: loopback failed: %pe\n",
			   ERR_PTR(err));
	data[IGBX_T_LOOPBACK] = !!err;
	igbx_reset_hw(hw);
	data[IGBX_T_LINK] = !!igbx_test_link(adapter, true);
	igbx_reset_hw(hw);
	igbx_write_rar(hw, 0, adapter->netdev->dev_addr);
	return 0;
}

/*
 * ethtool -t: offline runs all five tests with the interface closed
 * (and reopens it); online only looks at the link, traffic keeps going.
 * A non-zero result marks a failed test (the register test reports the
 * offset of the register that failed). A device found gone fails all.
 */
static void igbx_self_test(struct net_device *netdev,
			   struct ethtool_test *eth_test, u64 *data)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	unsigned int i;

	memset(data, 0, ARRAY_SIZE(igbx_test_names) * sizeof(*data));
	if (!(eth_test->flags & ETH_TEST_FL_OFFLINE)) {
		data[IGBX_T_LINK] = !!igbx_test_link(adapter, false);
		goto out;
	}

	netif_info(adapter, hw, netdev, "offline self-test starting\n");
	if (igbx_reinit(adapter, IGBX_REINIT_ALL, igbx_offline_tests, data) == -ENODEV)
		for (i = 0; i < ARRAY_SIZE(igbx_test_names); i++)
			data[i] = 1;
out:
	for (i = 0; i < ARRAY_SIZE(igbx_test_names); i++)
		if (data[i])
			eth_test->flags |= ETH_TEST_FL_FAILED;
}

#ifdef IGBX_HAVE_KERNEL_TS_INFO
#define igbx_ts_info kernel_ethtool_ts_info
#else
#define igbx_ts_info ethtool_ts_info
#endif

/* ethtool -T: the timestamps and the PHC (ptp.c knows what they are). */
static int igbx_get_ts_info(struct net_device *netdev,
			    struct igbx_ts_info *info)
{
	igbx_ptp_get_ts_info(netdev_priv(netdev), &info->so_timestamping,
			     &info->phc_index, &info->tx_types,
			     &info->rx_filters);
	return 0;
}

#ifdef IGBX_HAVE_TS_STATS
/* The standard timestamping group: stamps delivered and given up. */
static void igbx_get_ts_stats(struct net_device *netdev,
			      struct ethtool_ts_stats *ts)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	ts->pkts = READ_ONCE(adapter->ptp.tx_stamped);
	ts->lost = READ_ONCE(adapter->ptp.tx_timeouts);
}
#endif

static const struct ethtool_ops igbx_ethtool_ops = {
	.supported_coalesce_params = ETHTOOL_COALESCE_USECS |
				     ETHTOOL_COALESCE_USE_ADAPTIVE_RX,
	.get_drvinfo		= igbx_get_drvinfo,
	.get_regs_len		= igbx_get_regs_len,
	.get_regs		= igbx_get_regs,
	.get_msglevel		= igbx_get_msglevel,
	.set_msglevel		= igbx_set_msglevel,
	.get_link		= ethtool_op_get_link,
	.get_link_ksettings	= igbx_get_link_ksettings,
	.set_link_ksettings	= igbx_set_link_ksettings,
	.get_wol		= igbx_get_wol,
	.set_wol		= igbx_set_wol,
	.nway_reset		= igbx_nway_reset,
	.get_ringparam		= igbx_get_ringparam,
	.set_ringparam		= igbx_set_ringparam,
	.get_sset_count		= igbx_get_sset_count,
	.get_strings		= igbx_get_strings,
	.get_ethtool_stats	= igbx_get_ethtool_stats,
	.self_test		= igbx_self_test,
	.set_phys_id		= igbx_set_phys_id,
	.get_eeprom_len		= igbx_get_eeprom_len,
	.get_eeprom		= igbx_get_eeprom,
	.get_pauseparam		= igbx_get_pauseparam,
	.set_pauseparam		= igbx_set_pauseparam,
	.get_pause_stats	= igbx_get_pause_stats,
	.get_rmon_stats		= igbx_get_rmon_stats,
	.get_eth_mac_stats	= igbx_get_eth_mac_stats,
	.get_eth_ctrl_stats	= igbx_get_eth_ctrl_stats,
	.get_eth_phy_stats	= igbx_get_eth_phy_stats,
	.get_ts_info		= igbx_get_ts_info,
#ifdef IGBX_HAVE_TS_STATS
	.get_ts_stats		= igbx_get_ts_stats,
#endif
	.get_coalesce		= igbx_get_coalesce,
	.set_coalesce		= igbx_set_coalesce,
	.get_channels		= igbx_get_channels,
	.set_channels		= igbx_set_channels,
#ifdef IGBX_HAVE_RX_RING_COUNT
	.get_rx_ring_count	= igbx_get_rx_ring_count,
#else
	.get_rxnfc		= igbx_get_rxnfc,
#endif
#ifdef IGBX_HAVE_RXFH_FIELDS
	.get_rxfh_fields	= igbx_get_rxfh_fields,
#endif
	.get_rxfh_key_size	= igbx_get_rxfh_key_size,
	.get_rxfh_indir_size	= igbx_get_rxfh_indir_size,
	.get_rxfh		= igbx_get_rxfh,
	.set_rxfh		= igbx_set_rxfh,
};

/**
 * igbx_set_ethtool_ops() - attach the ethtool operations to an interface
 * @netdev: the interface
 */
void igbx_set_ethtool_ops(struct net_device *netdev)
{
	netdev->ethtool_ops = &igbx_ethtool_ops;
}
