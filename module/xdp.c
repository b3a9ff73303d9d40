// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - native XDP: attaching a program (ndo_bpf) and sending frames
 * redirected into the port (ndo_xdp_xmit)
 *
 * The program runs in the RX poll (rx.c) on frames that fit one receive
 * buffer: this driver does not build multi-buffer XDP frames, so while a
 * program is attached the MTU is held to what one buffer takes
 * (igbx_xdp_max_mtu(), rx.c), and a program is refused while the MTU is
 * larger.
 *
 * The RX buffer layout depends on whether a program is attached: XDP
 * wants XDP_PACKET_HEADROOM in front of the frame and, for XDP_TX, pages
 * mapped both ways. Going from no program to one, or back, therefore
 * makes every page pool again (igbx_xdp_rebuild()), and a running port
 * takes the new ones a queue pair at a time, each pair stopped alone as
 * an AF_XDP socket's binding stops it (igbx_pair_stop()): the MAC is not
 * reset and the link stays up; a pair loses only the frames that arrive
 * while it is stopped. Each RX ring runs the program its pool was made
 * for (&igbx_ring.xdp_prog), so no poll sees a program with the wrong
 * layout while the pairs change over. Replacing one program by another
 * changes no layout and is a pointer swap: a poll uses the pointer it
 * read at its start, and the old program is freed only after an RCU
 * grace period (bpf_prog_put()), which no poll outlives.
 *
 * XDP_TX and ndo_xdp_xmit share the stack's TX rings (tx.c), under each
 * queue's xmit lock. ndo_xdp_xmit picks the ring by CPU, and checks
 * under that lock that the port is up: igbx_down() sets DOWN before
 * netif_tx_disable() takes every xmit lock, so a sender that gets the
 * lock after that sees DOWN and touches no ring.
 */
#include <linux/bpf.h>
#include <linux/filter.h>
#include <net/xdp.h>

#include "igbx.h"

/*
 * Every RX ring's page pool made again in @tmp, for the layout the
 * adapter's program now wants (igbx_create_rx_pool()): all or none.
 */
static int igbx_xdp_new_pools(struct igbx_adapter *adapter, struct igbx_ring *tmp)
{
	unsigned int n = adapter->num_q_vectors, v;
	int err = 0;

	for (v = 0; v < n && !err; v++) {
		igbx_init_ring(&tmp[v], adapter->q_vector[v], v);
		tmp[v].count = adapter->q_vector[v]->rx_ring.count;
		err = igbx_create_rx_pool(&tmp[v]);
	}
	if (err) {
		/* the ring whose pool failed holds none */
		for (v--; v--; )
			igbx_free_rx_pool(&tmp[v]);
	}
	return err;
}

/*
 * @rx, its NAPI context disabled and its ring empty, takes the pool made
 * in @new; its old one is destroyed (pages still in the stack return to
 * it later, and it lives until they have).
 */
static void igbx_xdp_take_pool(struct igbx_ring *rx, struct igbx_ring *new)
{
	igbx_free_rx_pool(rx);
	rx->pp = new->pp;
	rx->rx_headroom = new->rx_headroom;
	rx->xdp_rxq = new->xdp_rxq;
}

/**
 * igbx_xdp_rebuild() - attach the first program, or detach the last
 * @adapter: the port, RTNL held
 * @prog: the program, or %NULL
 *
 * The RX buffer layout changes, so every pool is made again, before
 * anything stops: an allocation that fails leaves the old program and
 * pools in place. A running port then takes its new pools one queue pair
 * at a time (igbx_pair_stop(), igbx_pair_start()): the other pairs carry
 * on, the MAC is not reset and the link stays up. Until its turn, a pair
 * runs the program its pool was made for (&igbx_ring.xdp_prog).
 *
 * Return: 0, or a negative errno with nothing changed.
 */
static int igbx_xdp_rebuild(struct igbx_adapter *adapter, struct bpf_prog *prog)
{
	bool live = !test_bit(IGBX_STATE_DOWN, &adapter->state);
	struct bpf_prog *old = adapter->xdp_prog;
	unsigned int n = adapter->num_q_vectors, v;
	struct igbx_ring *tmp;
	int err;

	if (netif_running(adapter->netdev) && igbx_removed(&adapter->hw))
		return -ENODEV;
	WRITE_ONCE(adapter->xdp_prog, prog);
	/* a closed port, or one whose last start failed, holds no pools */
	if (!adapter->q_vector[0]->rx_ring.pp)
		return 0;

	tmp = kcalloc(n, sizeof(*tmp), GFP_KERNEL);
	err = tmp ? igbx_xdp_new_pools(adapter, tmp) : -ENOMEM;
	if (err) {
		WRITE_ONCE(adapter->xdp_prog, old);
		kfree(tmp);
		return err;
	}
	for (v = 0; v < n; v++) {
		if (live)
			igbx_pair_stop(adapter, v);
		igbx_xdp_take_pool(&adapter->q_vector[v]->rx_ring, &tmp[v]);
		if (live)
			igbx_pair_start(adapter, v);
	}
	kfree(tmp);
	return 0;
}

/**
 * igbx_xdp_setup() - attach, replace or detach the XDP program
 * @adapter: the port, RTNL held
 * @prog: the new program (the core's reference is now the driver's), or
 *	%NULL to detach
 * @extack: where to say why a program is refused
 *
 * Return: 0 (the old program's reference is dropped), or a negative
 * errno with nothing changed (the core then drops @prog's reference).
 */
static int igbx_xdp_setup(struct igbx_adapter *adapter, struct bpf_prog *prog,
			  struct netlink_ext_ack *extack)
{
	struct net_device *netdev = adapter->netdev;
	struct bpf_prog *old = adapter->xdp_prog;
	int err;

	if (prog && netdev->mtu > igbx_xdp_max_mtu(adapter)) {
		NL_SET_ERR_MSG_MOD(extack,
				   "MTU too large for XDP: a frame must fit one receive buffer (no multi-buffer XDP); lower the MTU");
		netdev_warn(netdev, "XDP needs an MTU of at most %d, not %u\n",
			    igbx_xdp_max_mtu(adapter), netdev->mtu);
		return -EINVAL;
	}

	if (!old == !prog) {
		unsigned int v;

		/* same buffer layout: only the pointers change */
		WRITE_ONCE(adapter->xdp_prog, prog);
		for (v = 0; v < adapter->num_q_vectors; v++)
			WRITE_ONCE(adapter->q_vector[v]->rx_ring.xdp_prog, prog);
	} else {
		err = igbx_xdp_rebuild(adapter, prog);
		if (err) {
			NL_SET_ERR_MSG_MOD(extack,
					   "cannot rebuild the receive buffers for XDP");
			return err;
		}
	}
	if (old)
		bpf_prog_put(old);
	return 0;
}

/**
 * igbx_bpf() - ndo_bpf: XDP program and AF_XDP zero-copy setup
 * @netdev: the interface
 * @bpf: the command: %XDP_SETUP_PROG, or %XDP_SETUP_XSK_POOL (xsk.c)
 *
 * Return: 0 or a negative errno.
 */
int igbx_bpf(struct net_device *netdev, struct netdev_bpf *bpf)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	switch (bpf->command) {
	case XDP_SETUP_PROG:
		return igbx_xdp_setup(adapter, bpf->prog, bpf->extack);
	case XDP_SETUP_XSK_POOL:
		return igbx_xsk_setup(adapter, bpf->xsk.pool, bpf->xsk.queue_id,
				      bpf->extack);
	default:
		return -EINVAL;
	}
}

/**
 * igbx_xdp_xmit() - ndo_xdp_xmit: send frames redirected into the port
 * @netdev: the interface
 * @n: frames in @frames
 * @frames: the frames, one buffer each
 * @flags: %XDP_XMIT_FLUSH rings the doorbell after the batch
 *
 * Runs in the softirq of whichever device redirected the frames, on any
 * CPU: the ring is the CPU's (modulo the queue pairs), taken under its
 * xmit lock. Frames that do not fit are left to the caller, who frees
 * them.
 *
 * Return: frames queued, or -ENETDOWN when the port is not up, -EINVAL
 * for unknown @flags.
 */
int igbx_xdp_xmit(struct net_device *netdev, int n, struct xdp_frame **frames,
		  u32 flags)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	unsigned int q = smp_processor_id() % READ_ONCE(adapter->num_q_vectors);
	struct netdev_queue *txq;
	struct igbx_ring *ring;
	int sent = 0;

	if (unlikely(flags & ~XDP_XMIT_FLAGS_MASK))
		return -EINVAL;

	txq = netdev_get_tx_queue(netdev, q);
	__netif_tx_lock(txq, smp_processor_id());
	/*
	 * DOWN is set before igbx_down() takes this lock (see the top);
	 * xsk_paused while the pair is stopped alone (igbx_pair_stop())
	 */
	if (unlikely(test_bit(IGBX_STATE_DOWN, &adapter->state) ||
		     q >= adapter->num_q_vectors ||
		     adapter->q_vector[q]->tx_ring.xsk_paused)) {
		__netif_tx_unlock(txq);
		return -ENETDOWN;
	}
	ring = &adapter->q_vector[q]->tx_ring;

	while (sent < n && !igbx_xmit_xdp(ring, frames[sent], IGBX_TX_XDP_XMIT, 0))
		sent++;
	ring->tx_stats.xdp_xmit += sent;
	ring->tx_stats.xdp_xmit_errors += n - sent;
	if (flags & XDP_XMIT_FLUSH)
		igbx_xdp_doorbell(ring);
	__netif_tx_unlock(txq);
	return sent;
}
