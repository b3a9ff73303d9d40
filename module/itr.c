// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - interrupt moderation: how often a queue vector may interrupt
 *
 * Every queue vector has an EITR register holding the least time between
 * two of its interrupts, in microseconds (82576 datasheet, Interrupt
 * Moderation, and the EITR register's description: interval in bits 14:2,
 * 0 to 8191 us; 0 throttles nothing). A cause that arrives sooner waits
 * for the interval to run out; one that arrives later interrupts at once.
 * So a long interval saves interrupts under load and delays the frames
 * of a sparse flow (an ACK, a ping) by up to the interval.
 *
 * The interval comes from one of two places:
 *   adaptive (the default; ethtool -C adaptive-rx on): the kernel's DIM
 *     library watches each vector. At the end of each NAPI poll,
 *     igbx_dim_sample() hands it the vector's frames, bytes and
 *     interrupts so far; when it decides to move to another profile, it
 *     queues igbx_dim_work(), which writes that profile's interval
 *     (igbx_dim_usecs[]) to the vector's EITR.
 *   fixed (ethtool -C rx-usecs N): every vector at N us, DIM off.
 * On kernels whose DIM keeps the profile table in the net_device (6.11
 * on), igbx hands DIM its table at probe and reads each decision back
 * from there, so ethtool -C rx-profile can change the intervals; the
 * netlink core swaps the table under RTNL and frees the old one after an
 * RCU grace period. Older kernels use igbx_dim_usecs[] as it is.
 * TX and RX of a queue pair share their vector, so one interval serves
 * both directions, and DIM's samples count both.
 */
#include <kunit/visibility.h>
#include <linux/dim.h>
#include <linux/rtnetlink.h>

#include "igbx.h"

/*
 * DIM's profiles, least moderation first: 100000, 40000, 20000, 8000 and
 * 4000 interrupts a second at most. The ends match igb's dynamic mode
 * (about 70000/s for the lowest latency, 4000/s in bulk); 20000/s is its
 * low-latency step. A vector starts at IGBX_DIM_START_PROFILE.
 */
const u16 igbx_dim_usecs[NET_DIM_PARAMS_NUM_PROFILES] = {
	10, 25, 50, 125, 250
};
EXPORT_SYMBOL_IF_KUNIT(igbx_dim_usecs);

#define IGBX_DIM_START_PROFILE	2

/**
 * igbx_eitr_value() - the EITR word for an interval
 * @info: the MAC generation's constants and operations
 * @usecs: least microseconds between two interrupts, at most
 *	IGBX_EITR_MAX_US
 *
 * The word's form is the family's (&igbx_mac_ops.eitr_value): the 82575
 * loads its counter with the interval as well, the 82576 and later keep
 * the counter running (CNT_IGNR; mac_82575.c has the details).
 *
 * Return: the value to write.
 */
VISIBLE_IF_KUNIT u32 igbx_eitr_value(const struct igbx_family_info *info,
				     u32 usecs)
{
	return info->ops->eitr_value(usecs);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_eitr_value);

/*
 * The interval of the profile DIM chose for @q_vector. A user's profile
 * may ask for more than EITR holds (the netlink core takes any value): it
 * is capped at IGBX_EITR_MAX_US.
 */
static u32 igbx_dim_profile_usecs(struct igbx_q_vector *q_vector)
{
#ifdef IGBX_HAVE_DIM_IRQ_MODER
	struct dim_cq_moder moder;

	moder = net_dim_get_rx_irq_moder(q_vector->adapter->netdev,
					 &q_vector->dim);
	return min_t(u32, moder.usec, IGBX_EITR_MAX_US);
#else
	return igbx_dim_usecs[q_vector->dim.profile_ix];
#endif
}

/*
 * A queue vector's EITR: vector v is EITR(v + 1) in MSI-X mode. MSI and
 * INTx have one vector, throttled by EITR 0 (the emulated 82576 throttles
 * in MSI-X mode only).
 */
static void igbx_write_vector_itr(struct igbx_q_vector *q_vector, u32 usecs)
{
	struct igbx_adapter *adapter = q_vector->adapter;
	struct igbx_hw *hw = &adapter->hw;
	unsigned int reg = adapter->int_mode == IGBX_INT_MSIX ?
			   q_vector->v_idx + 1 : 0;

	igbx_wr32(hw, IGBX_EITR(reg), igbx_eitr_value(hw->info, usecs));
}

/**
 * igbx_write_itr() - program every queue vector's interval
 * @adapter: the port
 *
 * Fixed mode: &igbx_adapter.itr_us. Adaptive: each vector's current DIM
 * profile. At bring-up, and when ethtool -C changes the mode or the
 * interval.
 */
void igbx_write_itr(struct igbx_adapter *adapter)
{
	unsigned int v;

	spin_lock(&adapter->itr_lock);
	for (v = 0; v < adapter->num_q_vectors; v++) {
		struct igbx_q_vector *q_vector = adapter->q_vector[v];

		igbx_write_vector_itr(q_vector, adapter->adaptive_rx ?
				      igbx_dim_profile_usecs(q_vector) :
				      adapter->itr_us);
	}
	spin_unlock(&adapter->itr_lock);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_write_itr);

/*
 * DIM decided on another profile: write it, and let DIM measure again.
 * Under itr_lock, so that a switch to fixed mode (which writes under it
 * too) is never overwritten by a decision taken just before it.
 */
static void igbx_dim_work(struct work_struct *work)
{
	struct dim *dim = container_of(work, struct dim, work);
	struct igbx_q_vector *q_vector = container_of(dim, struct igbx_q_vector,
						      dim);
	struct igbx_adapter *adapter = q_vector->adapter;

	spin_lock(&adapter->itr_lock);
	if (adapter->adaptive_rx)
		igbx_write_vector_itr(q_vector, igbx_dim_profile_usecs(q_vector));
	spin_unlock(&adapter->itr_lock);
	dim->state = DIM_START_MEASURE;
}

/**
 * igbx_itr_init() - give DIM igbx's profile table, for ethtool to change
 * @adapter: the port, at probe, before its net_device is registered
 *
 * Only the interval of each profile can be changed (DIM_COALESCE_USEC):
 * EITR has no frame count. A no-op on kernels without the netdev's table.
 *
 * Return: 0, or -ENOMEM.
 */
int igbx_itr_init(struct igbx_adapter *adapter)
{
#ifdef IGBX_HAVE_DIM_IRQ_MODER
	struct net_device *netdev = adapter->netdev;
	struct dim_cq_moder *profile;
	unsigned int i;
	int err;

	err = net_dim_init_irq_moder(netdev, DIM_PROFILE_RX, DIM_COALESCE_USEC,
				     DIM_CQ_PERIOD_MODE_START_FROM_EQE,
				     DIM_CQ_PERIOD_MODE_START_FROM_EQE,
				     igbx_dim_work, NULL);
	if (err)
		return err;
	/* nobody else can see the table before register_netdev() */
	profile = rcu_dereference_protected(netdev->irq_moder->rx_profile, true);
	for (i = 0; i < NET_DIM_PARAMS_NUM_PROFILES; i++)
		profile[i].usec = igbx_dim_usecs[i];
#endif
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_itr_init);

/**
 * igbx_itr_free() - free what igbx_itr_init() set up
 * @adapter: the port, its net_device unregistered or never registered
 */
void igbx_itr_free(struct igbx_adapter *adapter)
{
#ifdef IGBX_HAVE_DIM_IRQ_MODER
	rtnl_lock();
	net_dim_free_irq_moder(adapter->netdev);
	rtnl_unlock();
#endif
}
EXPORT_SYMBOL_IF_KUNIT(igbx_itr_free);

/**
 * igbx_itr_start() - every queue vector's DIM at its starting profile
 * @adapter: the port, at bring-up, before igbx_write_itr() and NAPI
 */
void igbx_itr_start(struct igbx_adapter *adapter)
{
	unsigned int v;

	for (v = 0; v < adapter->num_q_vectors; v++) {
		struct dim *dim = &adapter->q_vector[v]->dim;

		memset(dim, 0, sizeof(*dim));
		INIT_WORK(&dim->work, igbx_dim_work);
		/* EITR's interval runs from the last interrupt: EQE mode */
		dim->mode = DIM_CQ_PERIOD_MODE_START_FROM_EQE;
		dim->profile_ix = IGBX_DIM_START_PROFILE;
	}
}
EXPORT_SYMBOL_IF_KUNIT(igbx_itr_start);

/**
 * igbx_itr_stop() - wait for DIM's pending decisions
 * @adapter: the port, its NAPI contexts disabled (no new ones)
 */
void igbx_itr_stop(struct igbx_adapter *adapter)
{
	unsigned int v;

	for (v = 0; v < adapter->num_q_vectors; v++)
		cancel_work_sync(&adapter->q_vector[v]->dim.work);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_itr_stop);

/**
 * igbx_set_itr() - ethtool -C: adaptive, or a fixed interval
 * @adapter: the port; under RTNL
 * @adaptive: DIM picks each vector's interval
 * @usecs: the fixed interval, kept for when adaptive is off
 */
void igbx_set_itr(struct igbx_adapter *adapter, bool adaptive, u32 usecs)
{
	bool running = !test_bit(IGBX_STATE_DOWN, &adapter->state);

	/*
	 * Off -> on: start where a fresh port starts. The polls leave DIM
	 * alone until they see the flag, and a decision still pending from
	 * an earlier spell is waited for first.
	 */
	if (running && adaptive && !adapter->adaptive_rx) {
		igbx_itr_stop(adapter);
		igbx_itr_start(adapter);
	}
	spin_lock(&adapter->itr_lock);
	adapter->itr_us = usecs;
	/* pairs with the poll's smp_load_acquire(): DIM's reset state first */
	smp_store_release(&adapter->adaptive_rx, adaptive);
	spin_unlock(&adapter->itr_lock);
	if (running)
		igbx_write_itr(adapter);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_set_itr);

/**
 * igbx_dim_sample() - feed DIM at the end of a NAPI poll
 * @q_vector: the vector, from its own poll, adaptive mode on
 *
 * The sample holds running totals (DIM takes the differences):
 * interrupts taken, and frames and bytes of both rings.
 */
void igbx_dim_sample(struct igbx_q_vector *q_vector)
{
	struct dim_sample sample = {};

	dim_update_sample(q_vector->irqs,
			  q_vector->rx_ring.stats.packets +
			  q_vector->tx_ring.stats.packets,
			  q_vector->rx_ring.stats.bytes +
			  q_vector->tx_ring.stats.bytes, &sample);
#ifdef IGBX_HAVE_NET_DIM_PTR
	net_dim(&q_vector->dim, &sample);
#else
	net_dim(&q_vector->dim, sample);
#endif
}
