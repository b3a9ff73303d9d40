// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - statistics: the NIC's counters and the interface totals
 *
 * The NIC counts in clear-on-read registers (32 bits, or a 64-bit low/high
 * pair for octets). The watchdog reads them every two seconds, and before
 * a MAC reset, adding each reading to a 64-bit total (igbx_hw_stats_fold),
 * so totals never wrap and nothing is lost when the registers clear.
 *
 * get_stats64 (ip -s link, ifconfig, /proc/net/dev) combines the rings'
 * software counters (packets and bytes as the driver saw them) with those
 * totals: notably MPC, frames missed because the receive FIFO overflowed,
 * becomes rx_missed_errors, and RNBC, frames that found no free RX
 * descriptor, becomes rx_fifo_errors, which is what ifconfig prints as
 * "overruns".
 */
#include <kunit/visibility.h>
#include <net/netdev_queues.h>

#include "igbx.h"

/**
 * struct igbx_hw_stat_reg - where one hardware counter lives
 * @reg: register offset (the low half of a pair)
 * @pair: a 64-bit low/high pair: the low half is read first
 */
struct igbx_hw_stat_reg {
	u32 reg;
	bool pair;
};

static const struct igbx_hw_stat_reg igbx_hw_stat_regs[IGBX_NR_HW_STATS] = {
	[IGBX_HWS_CRCERRS]	= { IGBX_CRCERRS },
	[IGBX_HWS_ALGNERRC]	= { IGBX_ALGNERRC },
	[IGBX_HWS_SYMERRS]	= { IGBX_SYMERRS },
	[IGBX_HWS_RXERRC]	= { IGBX_RXERRC },
	[IGBX_HWS_MPC]		= { IGBX_MPC },
	[IGBX_HWS_SCC]		= { IGBX_SCC },
	[IGBX_HWS_ECOL]		= { IGBX_ECOL },
	[IGBX_HWS_MCC]		= { IGBX_MCC },
	[IGBX_HWS_LATECOL]	= { IGBX_LATECOL },
	[IGBX_HWS_COLC]		= { IGBX_COLC },
	[IGBX_HWS_DC]		= { IGBX_DC },
	[IGBX_HWS_TNCRS]	= { IGBX_TNCRS },
	[IGBX_HWS_CEXTERR]	= { IGBX_CEXTERR },
	[IGBX_HWS_RLEC]		= { IGBX_RLEC },
	[IGBX_HWS_XONRXC]	= { IGBX_XONRXC },
	[IGBX_HWS_XONTXC]	= { IGBX_XONTXC },
	[IGBX_HWS_XOFFRXC]	= { IGBX_XOFFRXC },
	[IGBX_HWS_XOFFTXC]	= { IGBX_XOFFTXC },
	[IGBX_HWS_FCRUC]	= { IGBX_FCRUC },
	[IGBX_HWS_PRC64]	= { IGBX_PRC64 },
	[IGBX_HWS_PRC127]	= { IGBX_PRC127 },
	[IGBX_HWS_PRC255]	= { IGBX_PRC255 },
	[IGBX_HWS_PRC511]	= { IGBX_PRC511 },
	[IGBX_HWS_PRC1023]	= { IGBX_PRC1023 },
	[IGBX_HWS_PRC1522]	= { IGBX_PRC1522 },
	[IGBX_HWS_GPRC]		= { IGBX_GPRC },
	[IGBX_HWS_BPRC]		= { IGBX_BPRC },
	[IGBX_HWS_MPRC]		= { IGBX_MPRC },
	[IGBX_HWS_GPTC]		= { IGBX_GPTC },
	[IGBX_HWS_GORC]		= { IGBX_GORCL, true },
	[IGBX_HWS_GOTC]		= { IGBX_GOTCL, true },
	[IGBX_HWS_RNBC]		= { IGBX_RNBC },
	[IGBX_HWS_RUC]		= { IGBX_RUC },
	[IGBX_HWS_RFC]		= { IGBX_RFC },
	[IGBX_HWS_ROC]		= { IGBX_ROC },
	[IGBX_HWS_RJC]		= { IGBX_RJC },
	[IGBX_HWS_TOR]		= { IGBX_TORL, true },
	[IGBX_HWS_TOT]		= { IGBX_TOTL, true },
	[IGBX_HWS_TPR]		= { IGBX_TPR },
	[IGBX_HWS_TPT]		= { IGBX_TPT },
	[IGBX_HWS_PTC64]	= { IGBX_PTC64 },
	[IGBX_HWS_PTC127]	= { IGBX_PTC127 },
	[IGBX_HWS_PTC255]	= { IGBX_PTC255 },
	[IGBX_HWS_PTC511]	= { IGBX_PTC511 },
	[IGBX_HWS_PTC1023]	= { IGBX_PTC1023 },
	[IGBX_HWS_PTC1522]	= { IGBX_PTC1522 },
	[IGBX_HWS_MPTC]		= { IGBX_MPTC },
	[IGBX_HWS_BPTC]		= { IGBX_BPTC },
};

/**
 * igbx_hw_stats_fold() - add one reading of every counter to the totals
 * @totals: 64-bit totals, indexed by &enum igbx_hw_stat
 * @deltas: what the registers held (they clear when read)
 */
VISIBLE_IF_KUNIT void igbx_hw_stats_fold(u64 *totals, const u64 *deltas)
{
	unsigned int i;

	for (i = 0; i < IGBX_NR_HW_STATS; i++)
		totals[i] += deltas[i];
}
EXPORT_SYMBOL_IF_KUNIT(igbx_hw_stats_fold);

/**
 * igbx_read_hw_stats() - read every hardware counter once
 * @hw: hardware handle
 * @deltas: out: what each register held, indexed by &enum igbx_hw_stat
 *
 * Reading clears them. A counter the family does not keep validly
 * (&igbx_family_info.no_tncrs) is not read and reads as 0.
 */
VISIBLE_IF_KUNIT void igbx_read_hw_stats(struct igbx_hw *hw, u64 *deltas)
{
	unsigned int i;

	for (i = 0; i < IGBX_NR_HW_STATS; i++) {
		const struct igbx_hw_stat_reg *r = &igbx_hw_stat_regs[i];

		deltas[i] = 0;
		if (i == IGBX_HWS_TNCRS && hw->info->no_tncrs)
			continue;
		deltas[i] = igbx_rd32(hw, r->reg);
		if (r->pair)
			deltas[i] |= (u64)igbx_rd32(hw, r->reg + 4) << 32;
	}
}
EXPORT_SYMBOL_IF_KUNIT(igbx_read_hw_stats);

/**
 * igbx_update_hw_stats() - read the hardware counters into the totals
 * @adapter: the port
 *
 * Runs in process context (watchdog, down, ethtool). A device that turns
 * out to be gone reads as all ones; such a reading is thrown away.
 */
void igbx_update_hw_stats(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	u64 deltas[IGBX_NR_HW_STATS];

	if (igbx_removed(hw))
		return;
	spin_lock_bh(&adapter->stats_lock);
	igbx_read_hw_stats(hw, deltas);
	if (!igbx_removed(hw))
		igbx_hw_stats_fold(adapter->hw_stats, deltas);
	spin_unlock_bh(&adapter->stats_lock);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_update_hw_stats);

/**
 * igbx_fill_stats64() - the hardware part of the interface statistics
 * @hw_stats: totals, indexed by &enum igbx_hw_stat
 * @s: the error fields of @s are set from @hw_stats
 */
VISIBLE_IF_KUNIT void igbx_fill_stats64(const u64 *hw_stats,
					struct rtnl_link_stats64 *s)
{
	s->multicast = hw_stats[IGBX_HWS_MPRC];
	s->collisions = hw_stats[IGBX_HWS_COLC];

	s->rx_crc_errors = hw_stats[IGBX_HWS_CRCERRS];
	s->rx_frame_errors = hw_stats[IGBX_HWS_ALGNERRC];
	s->rx_length_errors = hw_stats[IGBX_HWS_RUC] + hw_stats[IGBX_HWS_ROC];
	s->rx_missed_errors = hw_stats[IGBX_HWS_MPC];
	s->rx_fifo_errors = hw_stats[IGBX_HWS_RNBC];
	s->rx_errors = hw_stats[IGBX_HWS_RXERRC] + hw_stats[IGBX_HWS_CRCERRS] +
		       hw_stats[IGBX_HWS_ALGNERRC] + hw_stats[IGBX_HWS_RUC] +
		       hw_stats[IGBX_HWS_ROC] + hw_stats[IGBX_HWS_CEXTERR];

	s->tx_aborted_errors = hw_stats[IGBX_HWS_ECOL];
	s->tx_window_errors = hw_stats[IGBX_HWS_LATECOL];
	s->tx_carrier_errors = hw_stats[IGBX_HWS_TNCRS];
	s->tx_errors = hw_stats[IGBX_HWS_ECOL] + hw_stats[IGBX_HWS_LATECOL];
}
EXPORT_SYMBOL_IF_KUNIT(igbx_fill_stats64);

/**
 * igbx_ring_totals() - packets and bytes of one ring, read consistently
 * @ring: any ring
 * @packets: out
 * @bytes: out
 */
void igbx_ring_totals(const struct igbx_ring *ring, u64 *packets, u64 *bytes)
{
	unsigned int start;

	do {
		start = u64_stats_fetch_begin(&ring->stats.syncp);
		*packets = ring->stats.packets;
		*bytes = ring->stats.bytes;
	} while (u64_stats_fetch_retry(&ring->stats.syncp, start));
}

/**
 * igbx_get_stats64() - ndo_get_stats64: the interface totals
 * @netdev: the interface
 * @s: filled in
 *
 * Rings live as long as the device, so their counters keep counting
 * across ifdown/ifup. The hardware part is at most one watchdog period
 * (2 s) old.
 */
void igbx_get_stats64(struct net_device *netdev, struct rtnl_link_stats64 *s)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	unsigned int v;

	/* every queue pair: those ethtool -L took out of use counted too */
	for (v = 0; v < adapter->max_q_vectors; v++) {
		const struct igbx_q_vector *q_vector = adapter->q_vector[v];
		u64 packets, bytes;

		igbx_ring_totals(&q_vector->rx_ring, &packets, &bytes);
		s->rx_packets += packets;
		s->rx_bytes += bytes;
		s->rx_dropped += READ_ONCE(q_vector->rx_ring.rx_stats.drops);

		igbx_ring_totals(&q_vector->tx_ring, &packets, &bytes);
		s->tx_packets += packets;
		s->tx_bytes += bytes;
		s->tx_dropped += READ_ONCE(q_vector->tx_ring.tx_stats.dma_errors) +
				 READ_ONCE(q_vector->tx_ring.tx_stats.offload_errors);
	}

	spin_lock_bh(&adapter->stats_lock);
	igbx_fill_stats64(adapter->hw_stats, s);
	spin_unlock_bh(&adapter->stats_lock);
}

#ifdef IGBX_HAVE_QSTATS
/*
 * Per-queue statistics for the netdev netlink family (ynl qstats-get):
 * the rings' own counters. Rings live as long as the device, so the
 * queues in use report their totals, and the base is what the queue
 * pairs ethtool -L took out of use had counted. Kernels before 6.10
 * have no such family: there ethtool -S's per-queue counters remain.
 */
static void igbx_zero_qstats(struct netdev_queue_stats_rx *rx,
			     struct netdev_queue_stats_tx *tx)
{
	if (rx) {
		rx->packets = 0;
		rx->bytes = 0;
		rx->alloc_fail = 0;
		rx->csum_bad = 0;
		rx->csum_unnecessary = 0;
	}
	if (tx) {
		tx->packets = 0;
		tx->bytes = 0;
		tx->hw_drops = 0;
		tx->hw_gso_packets = 0;
	}
}

static void igbx_add_qstats_rx(const struct igbx_ring *ring,
			       struct netdev_queue_stats_rx *stats)
{
	u64 packets, bytes;

	igbx_ring_totals(ring, &packets, &bytes);
	stats->packets += packets;
	stats->bytes += bytes;
	stats->alloc_fail += READ_ONCE(ring->rx_stats.alloc_failed);
	stats->csum_bad += READ_ONCE(ring->rx_stats.csum_err);
	stats->csum_unnecessary += READ_ONCE(ring->rx_stats.csum_good);
}

static void igbx_add_qstats_tx(const struct igbx_ring *ring,
			       struct netdev_queue_stats_tx *stats)
{
	u64 packets, bytes;

	igbx_ring_totals(ring, &packets, &bytes);
	stats->packets += packets;
	stats->bytes += bytes;
	stats->hw_drops += READ_ONCE(ring->tx_stats.dma_errors);
	stats->hw_gso_packets += READ_ONCE(ring->tx_stats.tso_packets);
}

static void igbx_get_queue_stats_rx(struct net_device *netdev, int idx,
				    struct netdev_queue_stats_rx *stats)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	igbx_zero_qstats(stats, NULL);
	igbx_add_qstats_rx(&adapter->q_vector[idx]->rx_ring, stats);
}

static void igbx_get_queue_stats_tx(struct net_device *netdev, int idx,
				    struct netdev_queue_stats_tx *stats)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	igbx_zero_qstats(NULL, stats);
	igbx_add_qstats_tx(&adapter->q_vector[idx]->tx_ring, stats);
}

static void igbx_get_base_stats(struct net_device *netdev,
				struct netdev_queue_stats_rx *rx,
				struct netdev_queue_stats_tx *tx)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	unsigned int v;

	igbx_zero_qstats(rx, tx);
	for (v = adapter->num_q_vectors; v < adapter->max_q_vectors; v++) {
		igbx_add_qstats_rx(&adapter->q_vector[v]->rx_ring, rx);
		igbx_add_qstats_tx(&adapter->q_vector[v]->tx_ring, tx);
	}
}

const struct netdev_stat_ops igbx_stat_ops = {
	.get_queue_stats_rx	= igbx_get_queue_stats_rx,
	.get_queue_stats_tx	= igbx_get_queue_stats_tx,
	.get_base_stats		= igbx_get_base_stats,
};
#endif
