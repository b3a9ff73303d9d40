// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the watchdog: link state, statistics, TX hang detection, reset
 *
 * A delayed work item runs every two seconds while the interface is up,
 * and at once when the link-status-change interrupt fires. It
 *   - turns STATUS.LU into netif_carrier_on/off, with one log line,
 *     and on a link that is up keeps speed, duplex and the negotiated
 *     pause directions current,
 *   - folds the clear-on-read hardware counters into 64-bit totals,
 *   - looks for a TX ring that holds work but made no progress across two
 *     runs while the link was up (a hung queue), and
 *   - fires every queue vector once, so a lost interrupt cannot strand a
 *     ring.
 * A hang, like the stack's ndo_tx_timeout, schedules the reset task,
 * which takes the rings down and up again under RTNL.
 */
#include <linux/mii.h>
#include <linux/rtnetlink.h>

#include "igbx.h"

#define IGBX_WATCHDOG_PERIOD	(2 * HZ)

static const char *igbx_flow_control_name(u32 ctrl)
{
	switch (ctrl & (IGBX_CTRL_RFCE | IGBX_CTRL_TFCE)) {
	case IGBX_CTRL_RFCE | IGBX_CTRL_TFCE:
		return "RX/TX";
	case IGBX_CTRL_RFCE:
		return "RX";
	case IGBX_CTRL_TFCE:
		return "TX";
	default:
		return "None";
	}
}

/**
 * igbx_apply_flow_control() - put the pause directions in force
 * @adapter: the port
 * @link_up: the link is up, at &igbx_adapter.link_full_duplex
 *
 * Forced (&igbx_adapter.pause_autoneg off), the directions are the ones
 * ethtool -A set. Negotiated, they are the resolution of both ends'
 * advertisement once the link is up (igbx_phy_pause_resolve()), and
 * until then the requested ones, as igb holds them before the link
 * comes up. Written to the MAC with igbx_setup_flow_control(); with
 * the link up, only when CTRL does not hold them already.
 *
 * Return: true when the directions in CTRL changed.
 */
bool igbx_apply_flow_control(struct igbx_adapter *adapter, bool link_up)
{
	bool rx = adapter->rx_pause, tx = adapter->tx_pause;
	u32 ctrl;
	u8 fc;

	if (adapter->pause_autoneg && link_up) {
		bool unread = igbx_phy_pause_resolve(&adapter->hw,
						     adapter->link_full_duplex,
						     &fc);

		/* once per spell of failed reads, not every watchdog run */
		if (unread && !adapter->pause_unread)
			netif_warn(adapter, link, adapter->netdev,
				   "link partner's pause ability unreadable: no pause frames\n");
		adapter->pause_unread = unread;
		rx = fc & FLOW_CTRL_RX;
		tx = fc & FLOW_CTRL_TX;
	}
	ctrl = igbx_rd32(&adapter->hw, IGBX_CTRL);
	if (link_up && !!(ctrl & IGBX_CTRL_RFCE) == rx &&
	    !!(ctrl & IGBX_CTRL_TFCE) == tx)
		return false;
	igbx_setup_flow_control(&adapter->hw, rx, tx,
				igbx_max_frame(adapter->netdev));
	return true;
}

/*
 * Follow the link (STATUS.LU on copper, igbx_check_link()) with the
 * carrier, saying so once per change. While it is up, speed, duplex
 * and the negotiated pause directions are read again on every run, not
 * only when the carrier comes on: a renegotiation (ethtool -A or -r, or
 * the partner's) can end between two runs without the link ever being
 * seen down.
 */
static void igbx_update_link(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	bool was_up = netif_carrier_ok(netdev);
	struct igbx_hw *hw = &adapter->hw;
	bool full_duplex = false, changed;
	u32 speed = 0;
	bool up = igbx_check_link(hw, &speed, &full_duplex) && !igbx_removed(hw);

	if (!up) {
		if (!was_up)
			return;
		netif_carrier_off(netdev);
		adapter->link_speed = 0;
		netif_info(adapter, link, netdev, "NIC Link is Down\n");
		return;
	}
	changed = !was_up || speed != adapter->link_speed ||
		  full_duplex != adapter->link_full_duplex;
	adapter->link_speed = speed;
	adapter->link_full_duplex = full_duplex;
	mutex_lock(&adapter->link_lock);
	if (igbx_apply_flow_control(adapter, true))
		changed = true;
	mutex_unlock(&adapter->link_lock);
	if (!changed)
		return;
	netif_info(adapter, link, netdev,
		   "NIC Link is Up %u Mbps %s Duplex, Flow Control: %s\n",
		   adapter->link_speed,
		   adapter->link_full_duplex ? "Full" : "Half",
		   igbx_flow_control_name(igbx_rd32(hw, IGBX_CTRL)));
	if (was_up)
		return;
	netif_carrier_on(netdev);
	netif_tx_wake_all_queues(netdev);
}

/*
 * A ring is hung when it holds frames the NIC has not completed and its
 * completed count did not move since the previous check, twice in a row.
 */
static bool igbx_tx_ring_hung(struct igbx_ring *ring)
{
	u64 packets = READ_ONCE(ring->stats.packets);
	bool pending = READ_ONCE(ring->next_to_clean) != READ_ONCE(ring->next_to_use);
	bool stuck = pending && packets == ring->hang_check_packets;

	ring->hang_check_packets = packets;
	if (!stuck) {
		ring->hang_suspect = false;
		return false;
	}
	if (!ring->hang_suspect) {
		ring->hang_suspect = true;
		return false;
	}
	return true;
}

static void igbx_check_tx_hang(struct igbx_adapter *adapter)
{
	unsigned int v;

	if (!netif_carrier_ok(adapter->netdev))
		return;
	for (v = 0; v < adapter->num_q_vectors; v++) {
		struct igbx_ring *ring = &adapter->q_vector[v]->tx_ring;

		if (!igbx_tx_ring_hung(ring))
			continue;
		netdev_err(adapter->netdev,
			   "TX queue %u hung: next_to_use %u, next_to_clean %u, TDH %u, TDT %u; resetting\n",
			   v, ring->next_to_use, ring->next_to_clean,
			   igbx_rd32(&adapter->hw, IGBX_TDH(ring->reg_idx)),
			   igbx_rd32(&adapter->hw, IGBX_TDT(ring->reg_idx)));
		adapter->tx_timeout_count++;
		schedule_work(&adapter->reset_task);
		return;
	}
}

static void igbx_watchdog(struct work_struct *work)
{
	struct igbx_adapter *adapter = container_of(to_delayed_work(work),
						    struct igbx_adapter,
						    watchdog_task);

	if (test_bit(IGBX_STATE_DOWN, &adapter->state))
		return;

	igbx_update_link(adapter);
	igbx_update_hw_stats(adapter);
	igbx_check_tx_hang(adapter);
	if (igbx_removed(&adapter->hw))
		return;
	igbx_ptp_rx_hang_check(adapter);
	igbx_irq_kick(adapter);

	if (!test_bit(IGBX_STATE_DOWN, &adapter->state))
		mod_delayed_work(system_percpu_wq, &adapter->watchdog_task,
				 IGBX_WATCHDOG_PERIOD);
}

/* Take the rings down and up again: the cure for a hung queue. */
static void igbx_reset_task(struct work_struct *work)
{
	struct igbx_adapter *adapter = container_of(work, struct igbx_adapter,
						    reset_task);

	rtnl_lock();
	if (netif_running(adapter->netdev) &&
	    !test_bit(IGBX_STATE_DOWN, &adapter->state) &&
	    !igbx_removed(&adapter->hw)) {
		netdev_warn(adapter->netdev, "resetting the rings\n");
		adapter->reset_count++;
		igbx_reinit(adapter, IGBX_REINIT_RINGS, NULL, NULL);
	}
	rtnl_unlock();
}

/**
 * igbx_tx_timeout() - ndo_tx_timeout: the stack saw a queue stuck
 * @netdev: the interface
 * @txqueue: the stuck queue
 *
 * Called by the stack's watchdog (softirq, its tx_global_lock held) for a
 * queue stopped longer than watchdog_timeo. A hung one is counted and
 * reset by the reset task.
 */
void igbx_tx_timeout(struct net_device *netdev, unsigned int txqueue)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct netdev_queue *txq = netdev_get_tx_queue(netdev, txqueue);
	bool hung;

	/*
	 * Not hung: a pair stopped on its own (igbx_pair_stop()), whose
	 * change can outlast watchdog_timeo on a starved machine, or a queue
	 * that has been woken since the stack looked. No reset then, which
	 * would take the link down; the queue counts as just used instead.
	 */
	__netif_tx_lock(txq, smp_processor_id());
	hung = netif_xmit_stopped(txq) &&
	       !(txqueue < adapter->num_q_vectors &&
		 adapter->q_vector[txqueue]->tx_ring.xsk_paused);
	if (!hung)
		txq_trans_cond_update(txq);
	__netif_tx_unlock(txq);
	if (!hung) {
		netdev_info(netdev, "queue %u: stopped on purpose or running again, not hung\n",
			    txqueue);
		return;
	}

	adapter->tx_timeout_count++;
	netdev_err(netdev, "transmit timeout on queue %u\n", txqueue);
	schedule_work(&adapter->reset_task);
}

/**
 * igbx_init_watchdog() - set up the work items, at probe
 * @adapter: the port
 */
void igbx_init_watchdog(struct igbx_adapter *adapter)
{
	INIT_DELAYED_WORK(&adapter->watchdog_task, igbx_watchdog);
	INIT_WORK(&adapter->reset_task, igbx_reset_task);
}

/**
 * igbx_start_watchdog() - first run now, then every two seconds
 * @adapter: the port, coming up
 */
void igbx_start_watchdog(struct igbx_adapter *adapter)
{
	mod_delayed_work(system_percpu_wq, &adapter->watchdog_task, 0);
}

/**
 * igbx_stop_watchdog() - wait until the watchdog is not running
 * @adapter: the port, with IGBX_STATE_DOWN already set so it cannot
 *	re-arm itself
 */
void igbx_stop_watchdog(struct igbx_adapter *adapter)
{
	cancel_delayed_work_sync(&adapter->watchdog_task);
}
