// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the receive path: RX ring setup, buffer refill, skb building
 *
 * Receive, step by step:
 *   igbx_alloc_rx_buffers()  puts empty pages on the ring, moves RDT
 *   ... the NIC DMAs a frame into the next buffer, writes the descriptor
 *   back (length, DD, EOP, errors; on EOP also its checksum verdict, RSS
 *   hash and the VLAN tag it stripped) and raises an interrupt (irq.c)
 *   that schedules NAPI ...
 *   igbx_clean_rx_irq()      in the NAPI poll: for each finished
 *                            descriptor builds or extends an skb, and on
 *                            EOP hands it to napi_gro_receive(), which
 *                            passes it on to netif_receive_skb()
 *
 * Buffers come from a page_pool per ring: the pool maps its pages for
 * DMA once, and a page whose skbs have been freed comes back to the pool
 * (skb_mark_for_recycle()) instead of to the page allocator. A buffer is
 * half a page while the longest frame fits in one (MTU up to about 1600),
 * else a whole page (igbx_rx_truesize()). The NIC writes at
 * IGBX_RX_HEADROOM into the buffer so that the skb can be built around
 * the data without a copy, with room for the stack's headers in front and
 * for skb_shared_info behind.
 *
 * XDP: while a program is attached (xdp.c), each pool's buffers start
 * with XDP_PACKET_HEADROOM instead, take a whole page each, and are
 * mapped both ways so that XDP_TX can send them as they are. The MTU is
 * then held to one buffer per frame, and the poll runs the program on
 * each frame before any skb exists (igbx_rx_xdp()): PASS builds the skb
 * where the program left the data, TX queues it on this vector's TX ring
 * (one doorbell per poll), REDIRECT hands it to the core (one
 * xdp_do_flush() per poll), and ABORTED, an unknown verdict or a failed
 * TX or redirect is traced as an exception and dropped. A dropped frame's
 * buffer stays in its slot for the NIC to fill again: synced for the
 * device, as the pool would on a recycle, without the trip through it
 * (igb too reuses the buffer in place). A frame the program consumes
 * still counts in the ring's packets and bytes (received is received, as
 * for igb). With no program the poll tests one pointer.
 *
 * AF_XDP zero-copy (xsk.c): a queue pair bound to a socket receives into
 * the socket's buffers instead of the page_pool's, and its poll is
 * igbx_clean_rx_irq_zc(): the same verdicts, but a frame the program
 * passes is copied into an skb, as the buffer is the socket's.
 *
 * Concurrency: everything on an RX ring (indexes, buffers, the partial
 * skb) belongs to its NAPI poll; setup, configure and clean run with NAPI
 * disabled.
 */
#include <kunit/visibility.h>
#include <linux/bpf_trace.h>
#include <linux/filter.h>
#include <linux/if_vlan.h>
#include <net/xdp.h>
#include <net/xdp_sock_drv.h>

#include "igbx.h"

/**
 * igbx_max_frame() - the longest frame the receiver takes
 * @netdev: the interface
 *
 * Return: MTU plus Ethernet header, one VLAN tag and FCS.
 */
u32 igbx_max_frame(const struct net_device *netdev)
{
	return READ_ONCE(netdev->mtu) + ETH_HLEN + VLAN_HLEN + ETH_FCS_LEN;
}

/**
 * igbx_xdp_max_mtu() - the largest MTU an XDP program can run with
 * @adapter: the port
 *
 * The longest frame (igbx_max_frame()) must fit one receive buffer,
 * together with the timestamp header the 82580 and later may write
 * ahead of it (igbx_ptp_rx_pktstamp()); room is kept for the header
 * whether or not receive stamping is on, as it can be turned on while
 * the program runs.
 *
 * Return: the MTU limit.
 */
int igbx_xdp_max_mtu(const struct igbx_adapter *adapter)
{
	int max = adapter->rx_buf_len - (ETH_HLEN + VLAN_HLEN + ETH_FCS_LEN);

	if (igbx_ptp_srrctl(&adapter->hw))
		max -= IGBX_PTP_TS_HDR_LEN;
	return max;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_xdp_max_mtu);

/**
 * igbx_rx_truesize() - how much of a page each RX buffer gets
 * @max_frame: the longest frame the NIC accepts (RLPML), FCS included
 * @buf_len: bytes the NIC may write into one buffer (SRRCTL.BSIZEPKT)
 *
 * A buffer holds the headroom, what the NIC writes into it (never more
 * than the longest frame: the NIC drops longer ones), and, behind a
 * frame's first buffer, the skb_shared_info napi_build_skb() puts there.
 * When all that fits in 2 KiB a page carries two buffers, as igb's page
 * halves do: half the pages per ring, and a socket is charged 2 KiB for a
 * full-sized frame instead of 4, so TCP's receive window, which it
 * derives from payload per charged byte, opens about twice as far.
 *
 * Return: SZ_2K or PAGE_SIZE.
 */
unsigned int igbx_rx_truesize(unsigned int max_frame, unsigned int buf_len)
{
	unsigned int written = min(max_frame, buf_len);

	if (IGBX_RX_HEADROOM + written +
	    SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) <= SZ_2K)
		return SZ_2K;
	return PAGE_SIZE;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_rx_truesize);

/**
 * igbx_rx_ring_truesize() - igbx_rx_truesize() for @ring at today's MTU
 * @ring: an RX ring
 *
 * Return: what @ring->rx_truesize must be for the interface's MTU.
 */
unsigned int igbx_rx_ring_truesize(const struct igbx_ring *ring)
{
	/* XDP: a page per buffer, whatever the MTU */
	if (ring->rx_headroom == XDP_PACKET_HEADROOM)
		return PAGE_SIZE;
	return igbx_rx_truesize(igbx_max_frame(ring->netdev), ring->rx_buf_len);
}

/**
 * igbx_create_rx_pool() - the page_pool an RX ring's buffers come from
 * @ring: ring with @count set
 *
 * The pool is tied to the ring's NAPI context (pages freed in that poll
 * go straight back to it), so it must be created and destroyed while
 * that NAPI context is disabled: page_pool checks that it cannot race.
 * The buffer layout follows the adapter's XDP program as it is now
 * (@ring->rx_headroom), and the ring is registered with XDP together
 * with the pool, which XDP then knows as the ring's memory model.
 *
 * Return: 0 or a negative errno (no pool then).
 */
int igbx_create_rx_pool(struct igbx_ring *ring)
{
	bool xdp = !!READ_ONCE(ring->q_vector->adapter->xdp_prog);
	u16 headroom = xdp ? XDP_PACKET_HEADROOM : IGBX_RX_HEADROOM;
	struct page_pool_params pp = {
		.flags		= PP_FLAG_DMA_MAP | PP_FLAG_DMA_SYNC_DEV |
				  IGBX_PP_FLAG_FRAG,
		.order		= 0,
		.pool_size	= ring->count,
		.nid		= dev_to_node(ring->dev),
		.dev		= ring->dev,
		/* XDP_TX sends the page the NIC wrote into */
		.dma_dir	= xdp ? DMA_BIDIRECTIONAL : DMA_FROM_DEVICE,
		.offset		= headroom,
		/* from the first buffer's data to the end of the page, so
		 * that a recycled page is synced for both of its halves
		 */
		.max_len	= PAGE_SIZE - headroom,
	};
	struct page_pool *pool;
	int err;

#ifdef IGBX_HAVE_PP_NAPI
	pp.napi = &ring->q_vector->napi;
#endif
#ifdef IGBX_HAVE_PP_NETDEV
	pp.netdev = ring->netdev;
#endif
#ifdef IGBX_HAVE_PP_QUEUE_IDX
	pp.queue_idx = ring->queue_index;
#endif
	pool = page_pool_create(&pp);

	if (IS_ERR(pool))
		return PTR_ERR(pool);

	err = xdp_rxq_info_reg(&ring->xdp_rxq, ring->netdev, ring->queue_index,
			       ring->q_vector->napi.napi_id);
	if (!err) {
		err = xdp_rxq_info_reg_mem_model(&ring->xdp_rxq,
						 MEM_TYPE_PAGE_POOL, pool);
		if (err)
			xdp_rxq_info_unreg(&ring->xdp_rxq);
	}
	if (err) {
		page_pool_destroy(pool);
		return err;
	}
	ring->pp = pool;
	ring->rx_headroom = headroom;
	return 0;
}

/**
 * igbx_setup_rx_ring() - allocate an RX ring's descriptors, buffers, pool
 * @ring: ring with @count set, its NAPI context disabled
 *
 * Return: 0 or a negative errno; on failure nothing stays allocated.
 */
int igbx_setup_rx_ring(struct igbx_ring *ring)
{
	int err;

	err = igbx_alloc_ring_memory(ring, sizeof(struct igbx_rx_buffer));
	if (err)
		return err;
	err = igbx_create_rx_pool(ring);
	if (err) {
		igbx_free_ring_memory(ring);
		return err;
	}
	ring->rx_buf_len = ring->q_vector->adapter->rx_buf_len;
	return 0;
}

/**
 * igbx_free_rx_ring() - free what igbx_setup_rx_ring() allocated
 * @ring: a ring already emptied by igbx_clean_rx_ring()
 *
 * Pages still held by skbs in the stack return to the pool later; the
 * pool stays alive (detached) until the last one is back.
 */
void igbx_free_rx_ring(struct igbx_ring *ring)
{
	if (!ring->desc)
		return;
	igbx_free_ring_memory(ring);
	igbx_free_rx_pool(ring);
}

/**
 * igbx_free_rx_pool() - destroy what igbx_create_rx_pool() made
 * @ring: the ring, its NAPI context disabled
 *
 * A ring without a pool (its creation failed, or the pool moved to the
 * ring in use) has nothing to destroy: no pool, and no XDP registration,
 * whose removal the core would report as a driver bug.
 */
void igbx_free_rx_pool(struct igbx_ring *ring)
{
	if (!ring->pp)
		return;
	/* drops the reference the memory model took on the pool */
	if (xdp_rxq_info_is_reg(&ring->xdp_rxq))
		xdp_rxq_info_unreg(&ring->xdp_rxq);
	page_pool_destroy(ring->pp);
	ring->pp = NULL;
}

/**
 * igbx_configure_rx_ring() - give an RX ring to the NIC
 * @adapter: the port
 * @ring: ring with its descriptors allocated
 *
 * 82576 datasheet, Receive Initialization: disable the queue, program
 * base, length, pointers and buffer layout (SRRCTL: advanced descriptors,
 * one buffer), enable it; buffers and RDT come afterwards. The ring is
 * empty here, so this is also where its buffers' size is chosen, from
 * the MTU.
 */
void igbx_configure_rx_ring(struct igbx_adapter *adapter, struct igbx_ring *ring)
{
	struct igbx_hw *hw = &adapter->hw;
	u8 q = ring->reg_idx;
	u32 srrctl;

	igbx_wr32(hw, IGBX_RXDCTL(q), 0);
	igbx_flush(hw);

	igbx_program_ring(hw, ring, false);
	memset(ring->desc, 0, ring->size);
	/*
	 * Zero-copy (xsk.c): the NIC writes into the socket's buffers, in
	 * whole KiB; a frame longer than one is dropped (igbx_xsk_buf_len())
	 */
	ring->rx_buf_len = ring->xsk_pool ? igbx_xsk_buf_len(ring->xsk_pool) :
					    adapter->rx_buf_len;
	ring->rx_truesize = igbx_rx_ring_truesize(ring);
	ring->xsk_partial = false;
	/* the program the pool's layout was made for (igbx_create_rx_pool()) */
	WRITE_ONCE(ring->xdp_prog, adapter->xdp_prog);

	srrctl = FIELD_PREP(IGBX_SRRCTL_BSIZEPKT_MASK, ring->rx_buf_len / SZ_1K) |
		 FIELD_PREP(IGBX_SRRCTL_DESCTYPE_MASK,
			    IGBX_SRRCTL_DESCTYPE_ADV_ONEBUF);
	/* With several queues, one full ring must not stall the others. */
	if (adapter->num_q_vectors > 1)
		srrctl |= IGBX_SRRCTL_DROP_EN;
	/* 82580 and later: RX stamps go into the buffer (ptp.c) */
	srrctl |= igbx_ptp_srrctl(hw);
	igbx_wr32(hw, IGBX_SRRCTL(q), srrctl);

	/* Prefetch 8, host 8, write back 4: igb's thresholds. */
	igbx_wr32(hw, IGBX_RXDCTL(q), igbx_dctl_enable(8, 8, 4));
}

/* Give a ring's buffer back to its pool and forget it. */
static void igbx_put_rx_page(struct igbx_ring *ring, struct igbx_rx_buffer *buf,
			     bool napi)
{
	page_pool_put_full_page(ring->pp, buf->page, napi);
	buf->page = NULL;
	ring->rx_stats.pages_out++;
}

/**
 * igbx_clean_rx_ring() - take every buffer off a stopped RX ring
 * @ring: a ring the NIC no longer writes to (queue disabled or MAC reset)
 */
void igbx_clean_rx_ring(struct igbx_ring *ring)
{
	u16 i;

	if (!ring->rx_buffer_info)
		return;
	if (ring->skb) {
		dev_kfree_skb_any(ring->skb);
		ring->skb = NULL;
	}
	for (i = 0; i < ring->count; i++) {
		struct igbx_rx_buffer *buf = &ring->rx_buffer_info[i];

		if (!buf->page)
			continue;
		if (ring->xsk_pool) {
			xsk_buff_free(buf->xdp);
			buf->xdp = NULL;
			ring->rx_stats.pages_out++;
		} else {
			igbx_put_rx_page(ring, buf, false);
		}
	}
	ring->next_to_use = 0;
	ring->next_to_clean = 0;
}

/* A fresh buffer for @buf: half a page or a whole one, per rx_truesize. */
static bool igbx_get_rx_page(struct igbx_ring *ring, struct igbx_rx_buffer *buf)
{
	unsigned int size = ring->rx_truesize;

	buf->page = igbx_pp_dev_alloc(ring->pp, &buf->page_offset, &size);
	if (unlikely(!buf->page)) {
		ring->rx_stats.alloc_failed++;
		return false;
	}
	buf->va = page_address(buf->page) + buf->page_offset;
	buf->dma = page_pool_get_dma_addr(buf->page) + buf->page_offset;
	ring->rx_stats.pages_in++;
	return true;
}

/*
 * Zero-copy: a buffer of the AF_XDP socket's pool for @buf, and its DMA
 * address (the pool mapped it when the socket was bound).
 */
static bool igbx_get_rx_xsk(struct igbx_ring *ring, struct igbx_rx_buffer *buf,
			    dma_addr_t *dma)
{
	if (!buf->xdp) {
		buf->xdp = xsk_buff_alloc(ring->xsk_pool);
		if (!buf->xdp) {
			ring->rx_stats.alloc_failed++;
			return false;
		}
		ring->rx_stats.pages_in++;
	}
	*dma = xsk_buff_xdp_get_dma(buf->xdp);
	return true;
}

/**
 * igbx_alloc_rx_buffers() - hand empty buffers to the NIC
 * @ring: RX ring
 * @count: descriptors to fill, from next_to_use on
 *
 * A slot whose buffer was not handed to an skb keeps it (the NIC just
 * did not use it, or the frame was dropped). When the pool is empty the ring
 * stays short, the event is counted, and the next poll tries again. In
 * zero-copy mode the buffers are the AF_XDP socket's, and an empty pool
 * means the application has not given any back yet.
 *
 * The ring is short afterwards (igbx_desc_unused()) when the pool ran dry.
 */
void igbx_alloc_rx_buffers(struct igbx_ring *ring, u16 count)
{
	/* read once: the descriptor writes below could alias them */
	const bool zc = ring->xsk_pool;
	const unsigned int headroom = ring->rx_headroom;
	u16 i = ring->next_to_use;

	while (count--) {
		struct igbx_rx_buffer *buf = &ring->rx_buffer_info[i];
		union e1000_adv_rx_desc *desc = IGBX_RX_DESC(ring, i);
		dma_addr_t dma;

		if (zc) {
			if (!igbx_get_rx_xsk(ring, buf, &dma))
				break;
		} else {
			if (!buf->page && !igbx_get_rx_page(ring, buf))
				break;
			dma = buf->dma + headroom;
		}
		desc->read.pkt_addr = cpu_to_le64(dma);
		/* Clears the write-back status, DD included. */
		desc->read.hdr_addr = 0;
		if (++i == ring->count)
			i = 0;
	}

	if (i == ring->next_to_use)
		return;
	ring->next_to_use = i;
	/* writel() orders the descriptor writes before the doorbell. */
	writel(i, ring->tail);
}

/*
 * First buffer of a frame: build the skb around the buffer at @va, no
 * copy; the data starts @headroom bytes in (an XDP program may have
 * moved it), with @metasize bytes of XDP metadata right in front.
 */
static struct sk_buff *igbx_build_skb(struct igbx_ring *ring, void *va,
				      unsigned int headroom, unsigned int size,
				      unsigned int metasize)
{
	struct sk_buff *skb;

	skb = napi_build_skb(va, ring->rx_truesize);
	if (unlikely(!skb))
		return NULL;
	skb_mark_for_recycle(skb);
	skb_reserve(skb, headroom);
	__skb_put(skb, size);
	if (metasize)
		skb_metadata_set(skb, metasize);
	return skb;
}

/* A following buffer of the same frame becomes a page fragment. */
static void igbx_add_rx_frag(struct igbx_ring *ring, struct sk_buff *skb,
			     struct igbx_rx_buffer *buf, unsigned int size)
{
	skb_add_rx_frag(skb, skb_shinfo(skb)->nr_frags, buf->page,
			buf->page_offset + ring->rx_headroom, size, ring->rx_truesize);
}

/**
 * igbx_rx_hash_type() - how much of a frame the NIC's RSS hash covered
 * @pkt_info: the write-back descriptor's pkt_info, CPU order; its bits
 *	3:0 say which fields were hashed (82576 datasheet 7.1.5.2)
 *
 * Return: %PKT_HASH_TYPE_L4 when ports were hashed too, %PKT_HASH_TYPE_L3
 * for addresses only, %PKT_HASH_TYPE_NONE when there is no hash.
 */
VISIBLE_IF_KUNIT enum pkt_hash_types igbx_rx_hash_type(u16 pkt_info)
{
	switch (FIELD_GET(IGBX_RXD_RSSTYPE_MASK, pkt_info)) {
	case IGBX_RSSTYPE_TCP4:
	case IGBX_RSSTYPE_TCP6_EX:
	case IGBX_RSSTYPE_TCP6:
	case IGBX_RSSTYPE_UDP4:
	case IGBX_RSSTYPE_UDP6:
	case IGBX_RSSTYPE_UDP6_EX:
		return PKT_HASH_TYPE_L4;
	case IGBX_RSSTYPE_IP4:
	case IGBX_RSSTYPE_IP6_EX:
	case IGBX_RSSTYPE_IP6:
		return PKT_HASH_TYPE_L3;
	default:
		return PKT_HASH_TYPE_NONE;
	}
}
EXPORT_SYMBOL_IF_KUNIT(igbx_rx_hash_type);

/**
 * igbx_rx_csum_verdict() - what the NIC's checksum check says of a frame
 * @status_error: the EOP descriptor's status_error, CPU order
 *
 * Return: %CHECKSUM_UNNECESSARY when the NIC verified the TCP or UDP
 * checksum (and the IPv4 header's, if any), %CHECKSUM_NONE when it did
 * not check it (fragments, other protocols, UDP without a checksum), or
 * -EBADMSG when it found one wrong: the stack then checks again itself.
 */
VISIBLE_IF_KUNIT int igbx_rx_csum_verdict(u32 status_error)
{
	if (status_error & IGBX_RXD_STAT_IXSM)
		return CHECKSUM_NONE;
	if (status_error & (IGBX_RXD_ERR_L4E | IGBX_RXD_ERR_IPE))
		return -EBADMSG;
	if (status_error & (IGBX_RXD_STAT_L4CS | IGBX_RXD_STAT_UDPCS))
		return CHECKSUM_UNNECESSARY;
	return CHECKSUM_NONE;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_rx_csum_verdict);

/*
 * What the NIC found out about a frame, written into its EOP descriptor:
 * checksum verdict, RSS hash, the VLAN tag it stripped, and whether it
 * latched the frame's IEEE 1588 receive time (ptp.c reads it).
 */
static void igbx_rx_offloads(struct igbx_ring *ring, union e1000_adv_rx_desc *desc,
			     u32 status, struct sk_buff *skb)
{
	netdev_features_t features = ring->netdev->features;
	enum pkt_hash_types type;
	int verdict;

	if (features & NETIF_F_RXHASH) {
		type = igbx_rx_hash_type(le16_to_cpu(desc->wb.pkt_info));
		if (type != PKT_HASH_TYPE_NONE)
			skb_set_hash(skb, le32_to_cpu(desc->wb.rss_hash), type);
	}

	if (features & NETIF_F_RXCSUM) {
		verdict = igbx_rx_csum_verdict(status);
		if (verdict == CHECKSUM_UNNECESSARY) {
			skb->ip_summed = CHECKSUM_UNNECESSARY;
			ring->rx_stats.csum_good++;
		} else if (verdict < 0) {
			ring->rx_stats.csum_err++;
		}
	}

	if (status & IGBX_RXD_STAT_VP)
		__vlan_hwaccel_put_tag(skb, htons(ETH_P_8021Q),
				       le16_to_cpu(desc->wb.vlan));
	/* a stamp in the registers, not one in the buffer (TSIP) */
	if (unlikely((status & (IGBX_RXD_STAT_TS | IGBX_RXD_STAT_TSIP)) ==
		     IGBX_RXD_STAT_TS))
		igbx_ptp_rx_stamp(netdev_priv(ring->netdev), skb);
}

/*
 * A complete frame: drop it if the NIC flagged an error or it cannot be
 * Ethernet, otherwise give it to the stack. Returns true if delivered.
 */
static bool igbx_rx_deliver(struct igbx_ring *ring, union e1000_adv_rx_desc *eop,
			    struct sk_buff *skb, u32 status_error)
{
	if (unlikely(igbx_rx_frame_error(status_error) || skb->len < ETH_HLEN)) {
		if (igbx_rx_frame_error(status_error))
			ring->rx_stats.frame_errors++;
		ring->rx_stats.drops++;
		dev_kfree_skb_any(skb);
		return false;
	}
	igbx_rx_offloads(ring, eop, status_error, skb);
	skb_record_rx_queue(skb, ring->queue_index);
	skb->protocol = eth_type_trans(skb, ring->netdev);
	napi_gro_receive(&ring->q_vector->napi, skb);
	return true;
}

/* What one poll's XDP work leaves to do once, at its end. */
#define IGBX_XDP_TX_PENDING	BIT(0)	/* XDP_TX frames wait for the doorbell */
#define IGBX_XDP_REDIRECTED	BIT(1)	/* redirected frames wait for a flush */

/**
 * struct igbx_xdp_poll - one poll's XDP state
 * @xdp: the buffer the program sees, its frame size and queue set once
 * @flags: IGBX_XDP_TX_PENDING, IGBX_XDP_REDIRECTED
 * @pass: frames passed to the stack
 * @drop: frames dropped by the program
 * @tx: frames bounced with XDP_TX
 * @redirect: frames redirected
 * @aborted: frames dropped as an exception
 */
struct igbx_xdp_poll {
	struct xdp_buff xdp;
	u32 flags;
	u32 pass;
	u32 drop;
	u32 tx;
	u32 redirect;
	u32 aborted;
};

/*
 * XDP_TX: queue the frame on this vector's own TX ring, whose cleaner
 * runs in this same NAPI poll. The ring is shared with ndo_start_xmit
 * and ndo_xdp_xmit, so its queue's xmit lock is taken, as they hold it.
 * A frame from a page_pool buffer @buf goes out of that buffer, whose
 * bus address @buf remembers; one from a zero-copy ring (no @buf) is a
 * copy in a page of its own (the core's conversion makes it), which
 * tx.c maps like a redirected one.
 */
static __always_inline int igbx_rx_xdp_tx(struct igbx_ring *ring,
					  struct xdp_frame *xdpf,
					  const struct igbx_rx_buffer *buf)
{
	struct igbx_ring *tx = &ring->q_vector->tx_ring;
	struct netdev_queue *txq;
	int err;

	txq = netdev_get_tx_queue(tx->netdev, tx->queue_index);
	__netif_tx_lock(txq, smp_processor_id());
	if (buf)
		err = igbx_xmit_xdp(tx, xdpf, IGBX_TX_XDP_TX,
				    buf->dma + (xdpf->data - buf->va));
	else
		err = igbx_xmit_xdp(tx, xdpf, IGBX_TX_XDP_XMIT, 0);
	__netif_tx_unlock(txq);
	return err;
}

/* The doorbell for every XDP_TX frame of this poll, under the same lock. */
static void igbx_rx_xdp_tx_flush(struct igbx_ring *ring)
{
	struct igbx_ring *tx = &ring->q_vector->tx_ring;
	struct netdev_queue *txq = netdev_get_tx_queue(tx->netdev, tx->queue_index);

	__netif_tx_lock(txq, smp_processor_id());
	igbx_xdp_doorbell(tx);
	__netif_tx_unlock(txq);
}

/* What became of a frame's buffer in igbx_rx_xdp(). */
enum igbx_xdp_fate {
	IGBX_XDP_STACK,		/* passed: the caller builds an skb */
	IGBX_XDP_GONE,		/* sent, redirected or given back */
	IGBX_XDP_KEEP,		/* dropped: the buffer stays in its slot */
};

/*
 * A frame dropped by the program or as an exception: a page_pool buffer
 * stays in its slot, for the NIC to fill again (the caller syncs it for
 * the device); the AF_XDP socket's buffer (zero-copy, no @buf) goes back
 * to its pool.
 */
static enum igbx_xdp_fate igbx_rx_xdp_drop(struct xdp_buff *xdp,
					   const struct igbx_rx_buffer *buf)
{
	if (buf)
		return IGBX_XDP_KEEP;
	xsk_buff_free(xdp);
	return IGBX_XDP_GONE;
}

/**
 * igbx_rx_xdp() - run the XDP program on a one-buffer frame, act on it
 * @ring: the RX ring
 * @prog: the program
 * @xdp: the frame, synced for the CPU: @st->xdp over @buf, or on a
 *	zero-copy ring the socket's buffer
 * @buf: the page_pool buffer @xdp lies in, or %NULL on a zero-copy ring
 * @st: this poll's XDP state
 *
 * Return: %IGBX_XDP_STACK when the program passed the frame (@xdp then
 * says where its data now lies; the buffer is still the caller's),
 * %IGBX_XDP_GONE when the buffer was sent, redirected or given back,
 * %IGBX_XDP_KEEP when the frame was dropped and its page stays in its
 * slot. Whatever the fate, the verdict is counted.
 */
static __always_inline enum igbx_xdp_fate
igbx_rx_xdp(struct igbx_ring *ring, struct bpf_prog *prog, struct xdp_buff *xdp,
	    const struct igbx_rx_buffer *buf, struct igbx_xdp_poll *st)
{
	struct xdp_frame *xdpf;
	u32 act;

	act = bpf_prog_run_xdp(prog, xdp);
	switch (act) {
	case XDP_PASS:
		st->pass++;
		return IGBX_XDP_STACK;
	case XDP_TX:
		xdpf = xdp_convert_buff_to_frame(xdp);
		if (unlikely(!xdpf))
			break;
		if (likely(!igbx_rx_xdp_tx(ring, xdpf, buf))) {
			st->flags |= IGBX_XDP_TX_PENDING;
			st->tx++;
			return IGBX_XDP_GONE;
		}
		/* zero-copy: the socket's buffer is back already, the copy goes */
		if (!buf) {
			xdp_return_frame(xdpf);
			trace_xdp_exception(ring->netdev, prog, act);
			st->aborted++;
			return IGBX_XDP_GONE;
		}
		break;
	case XDP_REDIRECT:
		if (unlikely(xdp_do_redirect(ring->netdev, xdp, prog)))
			break;
		st->flags |= IGBX_XDP_REDIRECTED;
		st->redirect++;
		return IGBX_XDP_GONE;
	case XDP_DROP:
		st->drop++;
		return igbx_rx_xdp_drop(xdp, buf);
	default:
		bpf_warn_invalid_xdp_action(ring->netdev, prog, act);
		break;
	case XDP_ABORTED:
		break;
	}
	/* an exception: traced, counted, and dropped */
	trace_xdp_exception(ring->netdev, prog, act);
	st->aborted++;
	return igbx_rx_xdp_drop(xdp, buf);
}

/* One poll's XDP work done at its end: doorbell, flush, counters. */
static void igbx_rx_xdp_finish(struct igbx_ring *ring, struct igbx_xdp_poll *st)
{
	if (st->flags & IGBX_XDP_TX_PENDING)
		igbx_rx_xdp_tx_flush(ring);
	if (st->flags & IGBX_XDP_REDIRECTED)
		xdp_do_flush();
	ring->rx_stats.xdp_pass += st->pass;
	ring->rx_stats.xdp_drop += st->drop;
	ring->rx_stats.xdp_tx += st->tx;
	ring->rx_stats.xdp_redirect += st->redirect;
	ring->rx_stats.xdp_aborted += st->aborted;
}

/* The ring's packet and byte counters, once per poll. */
static void igbx_rx_count(struct igbx_ring *ring, unsigned int packets,
			  unsigned int bytes)
{
	u64_stats_update_begin(&ring->stats.syncp);
	ring->stats.packets += packets;
	ring->stats.bytes += bytes;
	u64_stats_update_end(&ring->stats.syncp);
}

/*
 * A poll's next descriptor @i, if the NIC has finished it (DD): its
 * status in @status, or NULL. First, once a batch of slots has been
 * cleaned (@cleaned), the ring is refilled from next_to_clean (@i) on.
 *
 * The NIC owns the slots from next_to_clean up to, not including,
 * next_to_use (RDT). The slot at next_to_use is not the NIC's (its buffer,
 * if an XDP drop left one there, has not been given back yet), and its
 * descriptor may still carry DD from its last lap: when a refill came up
 * short (an empty page_pool, an AF_XDP fill queue the application stopped
 * refilling) the poll would reach it, so it stops there.
 */
static __always_inline union e1000_adv_rx_desc *
igbx_rx_next_done(struct igbx_ring *ring, u16 i, u16 *cleaned, u32 *status)
{
	union e1000_adv_rx_desc *desc;

	if (*cleaned >= IGBX_RX_REFILL_BATCH) {
		ring->next_to_clean = i;
		igbx_alloc_rx_buffers(ring, *cleaned);
		*cleaned = igbx_desc_unused(ring);
	}
	if (unlikely(i == ring->next_to_use))
		return NULL;
	desc = IGBX_RX_DESC(ring, i);
	*status = le32_to_cpu(READ_ONCE(desc->wb.status_error));
	if (!(*status & IGBX_RXD_STAT_DD))
		return NULL;
	/* Read the rest of the descriptor only after DD. */
	dma_rmb();
	return desc;
}

/**
 * igbx_clean_rx_irq() - turn finished RX descriptors into skbs
 * @q_vector: the vector whose RX ring to clean
 * @budget: frames this poll may deliver
 *
 * For each descriptor with DD set: sync the buffer for the CPU, start an
 * skb (first buffer) or add a fragment (later buffers); at EOP deliver
 * it. The ring is refilled every IGBX_RX_REFILL_BATCH descriptors and at
 * the end, so the NIC is never starved for long. With an XDP program
 * attached each frame (one buffer: xdp.c holds the MTU to that) goes
 * through igbx_rx_xdp() first.
 *
 * Return: frames delivered, dropped or consumed by XDP: all count
 * against @budget.
 */
int igbx_clean_rx_irq(struct igbx_q_vector *q_vector, int budget)
{
	struct igbx_ring *ring = &q_vector->rx_ring;
	struct bpf_prog *prog = READ_ONCE(ring->xdp_prog);
	unsigned int done = 0, packets = 0, bytes = 0;
	struct sk_buff *skb = ring->skb;
	u16 cleaned = igbx_desc_unused(ring);
	u16 i = ring->next_to_clean;
	struct igbx_xdp_poll st;

	if (prog) {
		memset(&st, 0, sizeof(st));
		xdp_init_buff(&st.xdp, ring->rx_truesize, &ring->xdp_rxq);
	}

	while (done < budget) {
		union e1000_adv_rx_desc *desc;
		struct igbx_rx_buffer *buf;
		unsigned int size;
		u32 status;

		desc = igbx_rx_next_done(ring, i, &cleaned, &status);
		if (!desc)
			break;

		buf = &ring->rx_buffer_info[i];
		size = min_t(unsigned int, le16_to_cpu(desc->wb.length),
			     ring->rx_buf_len);
		igbx_rx_sync_for_cpu(ring, buf, size);

		if (!skb) {
			void *va = buf->va;
			unsigned int headroom = ring->rx_headroom, meta = 0;
			ktime_t stamp = 0;

			/* a timestamp header leads the frame (ptp.c) */
			if (unlikely(status & IGBX_RXD_STAT_TSIP)) {
				unsigned int hlen;

				hlen = igbx_ptp_rx_pktstamp(netdev_priv(ring->netdev),
							    va + headroom, size,
							    &stamp);
				headroom += hlen;
				size -= hlen;
			}
			if (prog && !igbx_rx_frame_error(status)) {
				enum igbx_xdp_fate fate;

				xdp_prepare_buff(&st.xdp, va, headroom, size, true);
				fate = igbx_rx_xdp(ring, prog, &st.xdp, buf, &st);
				if (fate != IGBX_XDP_STACK) {
					/* received, as igb counts it */
					packets++;
					bytes += size;
					if (fate == IGBX_XDP_KEEP) {
						igbx_rx_sync_for_device(ring, buf);
					} else {
						buf->page = NULL;
						ring->rx_stats.pages_out++;
					}
					cleaned++;
					if (++i == ring->count)
						i = 0;
					done++;
					continue;
				}
				headroom = st.xdp.data - st.xdp.data_hard_start;
				size = st.xdp.data_end - st.xdp.data;
				meta = st.xdp.data - st.xdp.data_meta;
			}
			net_prefetch(va + headroom);
			skb = igbx_build_skb(ring, va, headroom, size, meta);
			if (unlikely(!skb)) {
				ring->rx_stats.alloc_failed++;
				/* Leave the descriptor for the next poll ... */
				if (!prog)
					break;
				/* ... unless the program has seen it already */
				igbx_put_rx_page(ring, buf, true);
				ring->rx_stats.drops++;
				cleaned++;
				if (++i == ring->count)
					i = 0;
				done++;
				continue;
			}
			if (unlikely(stamp))
				skb_hwtstamps(skb)->hwtstamp = stamp;
		} else {
			igbx_add_rx_frag(ring, skb, buf, size);
		}
		/* The buffer now belongs to the skb. */
		buf->page = NULL;
		ring->rx_stats.pages_out++;
		cleaned++;
		if (++i == ring->count)
			i = 0;

		if (!(status & IGBX_RXD_STAT_EOP))
			continue;

		size = skb->len;
		if (igbx_rx_deliver(ring, desc, skb, status)) {
			packets++;
			bytes += size;
		}
		done++;
		skb = NULL;
	}

	ring->next_to_clean = i;
	ring->skb = skb;

	if (prog)
		igbx_rx_xdp_finish(ring, &st);
	igbx_rx_count(ring, packets, bytes);

	if (cleaned)
		igbx_alloc_rx_buffers(ring, cleaned);
	return done;
}

/*
 * Zero-copy XDP_PASS: the frame, and any metadata the program put in
 * front of it, copied into a new skb; the socket's buffer stays the
 * caller's to give back.
 */
static struct sk_buff *igbx_xsk_copy_skb(struct igbx_ring *ring,
					 const struct xdp_buff *xdp)
{
	unsigned int meta = xdp->data - xdp->data_meta;
	unsigned int len = xdp->data_end - xdp->data_meta;
	struct sk_buff *skb;

	skb = napi_alloc_skb(&ring->q_vector->napi, len);
	if (unlikely(!skb))
		return NULL;
	memcpy(__skb_put(skb, len), xdp->data_meta, len);
	if (meta) {
		__skb_pull(skb, meta);
		skb_metadata_set(skb, meta);
	}
	return skb;
}

/**
 * igbx_clean_rx_irq_zc() - the receive poll of a ring in AF_XDP zero-copy mode
 * @q_vector: the vector whose RX ring holds an AF_XDP socket's buffers
 *	(xsk.c)
 * @budget: frames this poll may handle
 *
 * A zero-copy socket is bound to a queue only while an XDP program is
 * attached (xsk.c), so every frame goes through the program: XDP_REDIRECT
 * into the socket hands it the buffer itself, XDP_PASS copies the frame
 * into an skb for the stack and gives the buffer back, XDP_TX sends a
 * copy. A frame longer than one of the socket's buffers is dropped whole
 * (&igbx_rx_stats.xsk_long). When the socket's fill queue has run dry,
 * need_wakeup asks the application to kick the driver (ndo_xsk_wakeup)
 * once it has given buffers back.
 *
 * Return: frames handled; all count against @budget.
 */
int igbx_clean_rx_irq_zc(struct igbx_q_vector *q_vector, int budget)
{
	struct igbx_adapter *adapter = q_vector->adapter;
	struct igbx_ring *ring = &q_vector->rx_ring;
	struct bpf_prog *prog = READ_ONCE(ring->xdp_prog);
	struct xsk_buff_pool *pool = ring->xsk_pool;
	unsigned int done = 0, packets = 0, bytes = 0;
	u16 cleaned = igbx_desc_unused(ring);
	u16 i = ring->next_to_clean;
	struct igbx_xdp_poll st = { };

	while (done < budget) {
		union e1000_adv_rx_desc *desc;
		struct xdp_buff *xdp;
		struct sk_buff *skb;
		unsigned int size;
		ktime_t stamp = 0;
		u32 status;

		desc = igbx_rx_next_done(ring, i, &cleaned, &status);
		if (!desc)
			break;

		xdp = ring->rx_buffer_info[i].xdp;
		ring->rx_buffer_info[i].xdp = NULL;
		ring->rx_stats.pages_out++;
		cleaned++;
		if (++i == ring->count)
			i = 0;

		/* each buffer of a frame that needed several is dropped */
		if (unlikely(ring->xsk_partial || !(status & IGBX_RXD_STAT_EOP))) {
			xsk_buff_free(xdp);
			ring->xsk_partial = !(status & IGBX_RXD_STAT_EOP);
			if (!ring->xsk_partial) {
				ring->rx_stats.xsk_long++;
				ring->rx_stats.drops++;
				done++;
			}
			continue;
		}
		done++;
		if (unlikely(igbx_rx_frame_error(status))) {
			xsk_buff_free(xdp);
			ring->rx_stats.frame_errors++;
			ring->rx_stats.drops++;
			continue;
		}

		size = min_t(unsigned int, le16_to_cpu(desc->wb.length),
			     ring->rx_buf_len);
		xsk_buff_set_size(xdp, size);
		igbx_xsk_sync_for_cpu(xdp, pool);
		/* a timestamp header leads the frame (ptp.c) */
		if (unlikely(status & IGBX_RXD_STAT_TSIP)) {
			unsigned int hlen;

			hlen = igbx_ptp_rx_pktstamp(adapter, xdp->data, size, &stamp);
			xdp->data += hlen;
			xdp->data_meta = xdp->data;
			size -= hlen;
		}

		if (prog && igbx_rx_xdp(ring, prog, xdp, NULL, &st) != IGBX_XDP_STACK) {
			/* received, as igb counts it */
			packets++;
			bytes += size;
			continue;
		}
		skb = igbx_xsk_copy_skb(ring, xdp);
		xsk_buff_free(xdp);
		if (unlikely(!skb)) {
			ring->rx_stats.alloc_failed++;
			ring->rx_stats.drops++;
			continue;
		}
		if (unlikely(stamp))
			skb_hwtstamps(skb)->hwtstamp = stamp;
		size = skb->len;
		if (igbx_rx_deliver(ring, desc, skb, status)) {
			packets++;
			bytes += size;
		}
	}

	ring->next_to_clean = i;
	igbx_rx_xdp_finish(ring, &st);
	igbx_rx_count(ring, packets, bytes);
	if (cleaned)
		igbx_alloc_rx_buffers(ring, cleaned);

	/*
	 * The application must kick us once it refills the fill queue if
	 * the ring is still short: the fill queue ran dry.
	 */
	if (xsk_uses_need_wakeup(pool)) {
		if (igbx_desc_unused(ring))
			xsk_set_rx_need_wakeup(pool);
		else
			xsk_clear_rx_need_wakeup(pool);
	}
	return done;
}

/**
 * igbx_reta_word() - one RETA register: four redirection table entries
 * @indir: the four entries' RX queues, entry 4n first
 * @info: the MAC generation: &igbx_family_info.reta_shift says where an
 *	entry's queue sits in its byte (bits 7:6 on the 82575, the low bits
 *	on later MACs)
 *
 * Return: the register value; entry 4n sits in bits 7:0.
 */
VISIBLE_IF_KUNIT u32 igbx_reta_word(const u8 *indir,
				    const struct igbx_family_info *info)
{
	unsigned int shift = info->reta_shift;
	u32 reta = 0;
	unsigned int j;

	for (j = 0; j < 4; j++)
		reta |= (u32)(indir[j] << shift) << (8 * j);
	return reta;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_reta_word);

/**
 * igbx_write_rss() - spread received flows over the RX queues
 * @adapter: the port
 *
 * The NIC hashes the IPv4/IPv6 addresses and TCP ports of each frame with
 * the key (Toeplitz), and the low 7 bits of the hash pick an entry of the
 * redirection table, which names the RX queue. Key and table come from
 * the adapter (ethtool -x/-X). With one queue every entry points at it
 * and the hash still reaches the skbs. The NIC only hashes with
 * RXCSUM.PCSD set (the descriptor then carries the hash instead of the
 * IP checksum): igbx_write_rx_offloads() always sets it.
 */
void igbx_write_rss(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	unsigned int i;

	/* key byte 4n is the low byte of register n */
	for (i = 0; i < IGBX_RSS_KEY_BYTES / 4; i++)
		igbx_wr32(hw, IGBX_RSSRK(i), get_unaligned_le32(&adapter->rss_key[4 * i]));
	for (i = 0; i < IGBX_RETA_ENTRIES / 4; i++)
		igbx_wr32(hw, IGBX_RETA(i),
			  igbx_reta_word(&adapter->rss_indir[4 * i], hw->info));

	igbx_wr32(hw, IGBX_MRQC, IGBX_MRQC_RSS | IGBX_MRQC_HASH_IP4 |
		  IGBX_MRQC_HASH_TCP4 | IGBX_MRQC_HASH_IP6 | IGBX_MRQC_HASH_TCP6 |
		  IGBX_MRQC_HASH_TCP6_EX);
}

/**
 * igbx_configure_rx() - the receive unit off, every RX ring given to it
 * @adapter: the port, after a MAC reset, with the rings allocated
 *
 * The receiver stays off (RCTL.EN clear) while its rings and then the
 * address filters (igbx_configure()) are programmed: broadcast accepted,
 * CRC stripped (so lengths exclude the FCS), frames up to the MTU
 * (RCTL.LPE with the limit in RLPML; a longer frame is dropped and
 * counted in ROC). igbx_start_rx() turns it on.
 */
void igbx_configure_rx(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	unsigned int v;

	igbx_wr32(hw, IGBX_RCTL, 0);
	for (v = 0; v < adapter->num_q_vectors; v++)
		igbx_configure_rx_ring(adapter, &adapter->q_vector[v]->rx_ring);
	igbx_wr32(hw, IGBX_RCTL, IGBX_RCTL_BAM | IGBX_RCTL_SECRC | IGBX_RCTL_LPE);
}

/**
 * igbx_start_rx() - switch the receiver on and fill every RX ring
 * @adapter: the port, configured by igbx_configure_rx() and the filter
 *	and offload writers
 */
void igbx_start_rx(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	unsigned int v;

	igbx_wr32(hw, IGBX_RCTL, igbx_rd32(hw, IGBX_RCTL) | IGBX_RCTL_EN);
	for (v = 0; v < adapter->num_q_vectors; v++) {
		struct igbx_ring *ring = &adapter->q_vector[v]->rx_ring;

		igbx_alloc_rx_buffers(ring, igbx_desc_unused(ring));
	}
}
