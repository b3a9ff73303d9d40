// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - AF_XDP zero-copy: a socket's buffers on a queue pair's rings
 *
 * An AF_XDP socket bound to a queue in zero-copy mode brings its own
 * memory (an xsk_buff_pool over the application's UMEM). The core hands
 * the pool to the driver through ndo_bpf (XDP_SETUP_XSK_POOL), and from
 * then on, while an XDP program is attached, that queue pair runs on it:
 *
 *   receive   the NIC writes into the socket's buffers; the poll
 *             (rx.c, igbx_clean_rx_irq_zc()) runs the program on each
 *             frame, and XDP_REDIRECT into the socket passes the buffer
 *             itself, with no copy
 *   transmit  the poll takes the socket's TX descriptors and sends their
 *             buffers as they are (tx.c, igbx_xmit_zc()); the cleaner
 *             reports them sent (xsk_tx_completed())
 *   wakeup    the application kicks the queue's vector through
 *             ndo_xsk_wakeup (igbx_xsk_wakeup()) when the need_wakeup
 *             flags ask for it, rather than the driver polling for work
 *
 * Which queues run zero-copy is &igbx_adapter.xsk_zc_qps: the core also
 * registers copy-mode sockets at their queue, so the pool it knows for a
 * queue is not proof that the driver took it. igbx_xsk_update() sets
 * each queue pair's &igbx_ring.xsk_pool from that, and switches the RX
 * ring's XDP memory model between its page_pool and the socket's pool;
 * igbx_configure() calls it whenever the rings are programmed.
 *
 * Binding or unbinding a socket while the port runs stops its queue pair
 * alone, the others carry on, and the link stays up: igbx_pair_stop()
 * and igbx_pair_start() (main.c), with the pair programmed again as it
 * now is in between.
 */
#include <kunit/visibility.h>
#include <net/xdp_sock_drv.h>

#include "igbx.h"

/* the socket's pages are synced by hand, as the page_pool's are */
#define IGBX_XSK_DMA_ATTR	(DMA_ATTR_SKIP_CPU_SYNC | DMA_ATTR_WEAK_ORDERING)

/**
 * igbx_xsk_pool() - the zero-copy socket's pool a queue pair runs on
 * @adapter: the port
 * @qid: the queue pair
 *
 * Return: the pool, or %NULL when the pair runs on its page_pool: no
 * socket took the queue in zero-copy mode, or no XDP program is attached.
 */
static struct xsk_buff_pool *igbx_xsk_pool(struct igbx_adapter *adapter,
					   unsigned int qid)
{
	if (!READ_ONCE(adapter->xdp_prog) || !test_bit(qid, &adapter->xsk_zc_qps))
		return NULL;
	return xsk_get_pool_from_qid(adapter->netdev, qid);
}

/*
 * The RX ring's XDP memory model: the socket's pool in zero-copy mode,
 * else the ring's page_pool. A ring without a page_pool (its start
 * failed) has no registration to change.
 */
static int igbx_xsk_mem_model(struct igbx_ring *rx, struct xsk_buff_pool *pool)
{
	enum xdp_mem_type want = pool ? MEM_TYPE_XSK_BUFF_POOL : MEM_TYPE_PAGE_POOL;
	int err;

	if (!xdp_rxq_info_is_reg(&rx->xdp_rxq))
		return 0;
	if (rx->xdp_rxq.mem.type != want) {
		xdp_rxq_info_unreg_mem_model(&rx->xdp_rxq);
		err = xdp_rxq_info_reg_mem_model(&rx->xdp_rxq, want,
						 pool ? NULL : rx->pp);
		if (err)
			return err;
	}
	if (pool)
		xsk_pool_set_rxq_info(pool, &rx->xdp_rxq);
	return 0;
}

/**
 * igbx_xsk_update_pair() - a queue pair on the socket's pool or its own
 * @adapter: the port (RTNL held)
 * @v: the queue pair, its rings not running
 */
void igbx_xsk_update_pair(struct igbx_adapter *adapter, unsigned int v)
{
	struct igbx_q_vector *q_vector = adapter->q_vector[v];
	struct xsk_buff_pool *pool = igbx_xsk_pool(adapter, v);
	int err;

	err = igbx_xsk_mem_model(&q_vector->rx_ring, pool);
	if (err) {
		netdev_err(adapter->netdev,
			   "queue %u: cannot register its XDP memory (%d): AF_XDP zero-copy off\n",
			   v, err);
		pool = NULL;
	}
	/* igbx_xsk_wakeup() reads it without RTNL */
	WRITE_ONCE(q_vector->rx_ring.xsk_pool, pool);
	q_vector->tx_ring.xsk_pool = pool;
}

/**
 * igbx_xsk_update() - each queue pair on the socket's pool or its own
 * @adapter: the port, its rings allocated and not running (RTNL held)
 *
 * Called before the rings are programmed (igbx_configure()): RX buffers
 * are sized and allocated by what this chooses.
 */
void igbx_xsk_update(struct igbx_adapter *adapter)
{
	unsigned int v;

	for (v = 0; v < adapter->num_q_vectors; v++)
		igbx_xsk_update_pair(adapter, v);
}

/*
 * Apply a change to which queues run zero-copy: the pair @qid is stopped
 * and started again if the port runs and the change moves it between
 * pools; otherwise the next start picks it up.
 */
static void igbx_xsk_repair(struct igbx_adapter *adapter, unsigned int qid)
{
	struct igbx_q_vector *q_vector = adapter->q_vector[qid];

	if (test_bit(IGBX_STATE_DOWN, &adapter->state) ||
	    q_vector->rx_ring.xsk_pool == igbx_xsk_pool(adapter, qid))
		return;
	igbx_pair_stop(adapter, qid);
	igbx_pair_start(adapter, qid);
}

/* XDP_SETUP_XSK_POOL with a pool: the queue takes the socket's buffers. */
static int igbx_xsk_enable(struct igbx_adapter *adapter,
			   struct xsk_buff_pool *pool, unsigned int qid,
			   struct netlink_ext_ack *extack)
{
	int err;

	if (qid >= adapter->num_q_vectors) {
		NL_SET_ERR_MSG_MOD(extack, "no such queue pair");
		return -EINVAL;
	}
	if (xsk_pool_get_rx_frame_size(pool) < SZ_1K) {
		NL_SET_ERR_MSG_MOD(extack,
				   "AF_XDP zero-copy needs at least 1 KiB per chunk after the headroom");
		return -EINVAL;
	}
	err = xsk_pool_dma_map(pool, &adapter->pdev->dev, IGBX_XSK_DMA_ATTR);
	if (err)
		return err;
	if (igbx_xsk_buf_len(pool) < igbx_max_frame(adapter->netdev))
		netdev_info(adapter->netdev,
			    "AF_XDP zero-copy on queue %u: frames longer than %u bytes are dropped (chunk smaller than the MTU needs)\n",
			    qid, igbx_xsk_buf_len(pool));
	set_bit(qid, &adapter->xsk_zc_qps);
	igbx_xsk_repair(adapter, qid);
	return 0;
}

/* XDP_SETUP_XSK_POOL without one: the queue gives the socket's back. */
static int igbx_xsk_disable(struct igbx_adapter *adapter, unsigned int qid)
{
	struct xsk_buff_pool *pool;

	if (qid >= IGBX_MAX_Q_VECTORS || !test_bit(qid, &adapter->xsk_zc_qps))
		return -EINVAL;
	pool = xsk_get_pool_from_qid(adapter->netdev, qid);
	clear_bit(qid, &adapter->xsk_zc_qps);
	if (qid < adapter->num_q_vectors)
		igbx_xsk_repair(adapter, qid);
	if (pool)
		xsk_pool_dma_unmap(pool, IGBX_XSK_DMA_ATTR);
	return 0;
}

/**
 * igbx_xsk_setup() - ndo_bpf's XDP_SETUP_XSK_POOL
 * @adapter: the port, RTNL held
 * @pool: the socket's pool, or %NULL when the socket goes
 * @qid: the queue the socket is bound to
 * @extack: where to say why the pool is refused
 *
 * A refusal is not fatal to the socket: unless it asked for zero-copy
 * only, the core falls back to copy mode.
 *
 * Return: 0 or a negative errno.
 */
int igbx_xsk_setup(struct igbx_adapter *adapter, struct xsk_buff_pool *pool,
		   u16 qid, struct netlink_ext_ack *extack)
{
	return pool ? igbx_xsk_enable(adapter, pool, qid, extack) :
		      igbx_xsk_disable(adapter, qid);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_xsk_setup);

/**
 * igbx_xsk_wakeup() - ndo_xsk_wakeup: the application has work for a queue
 * @netdev: the interface
 * @qid: the queue its socket is bound to
 * @flags: XDP_WAKEUP_RX and/or XDP_WAKEUP_TX; both are served by the
 *	queue's one poll
 *
 * Fires the queue's vector, unless its poll is running already: then it
 * is told to run once more (napi_if_scheduled_mark_missed()).
 *
 * Return: 0, -ENETDOWN when the port is down, -EINVAL when the queue
 * does not run zero-copy.
 */
int igbx_xsk_wakeup(struct net_device *netdev, u32 qid, u32 flags)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct igbx_q_vector *q_vector;

	if (test_bit(IGBX_STATE_DOWN, &adapter->state))
		return -ENETDOWN;
	if (qid >= adapter->num_q_vectors)
		return -EINVAL;
	q_vector = adapter->q_vector[qid];
	if (!READ_ONCE(q_vector->rx_ring.xsk_pool))
		return -EINVAL;
	if (!napi_if_scheduled_mark_missed(&q_vector->napi))
		igbx_irq_kick_vector(q_vector);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_xsk_wakeup);
