// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the transmit path: TX ring setup, ndo_start_xmit, completion
 *
 * Transmit, step by step:
 *   igbx_xmit_frame()     picks the ring, checks room, records the skb
 *   igbx_tx_context()     offloads: when the frame wants a checksum, TCP
 *                         segmentation or a VLAN tag inserted, describes
 *                         its headers in a context descriptor
 *   igbx_tx_map()         maps head and fragments, writes the descriptors,
 *                         rings the doorbell (TDT)
 *   ... the NIC sends the frame and writes DD into its last descriptor,
 *   then raises the completion interrupt (irq.c) which schedules NAPI ...
 *   igbx_clean_tx_irq()   in the NAPI poll: unmaps, frees the skbs,
 *                         wakes the queue
 *
 * XDP shares these rings: igbx_xmit_xdp() puts one xdp_frame on a ring,
 * either a frame this port's program bounced (XDP_TX, from rx.c, on the
 * polling vector's own ring; its page stays mapped by the RX page_pool)
 * or one redirected into the port (ndo_xdp_xmit, xdp.c; mapped here).
 * Both callers hold the queue's xmit lock, as ndo_start_xmit does, and
 * ring the doorbell (igbx_xdp_doorbell()) once per batch. The cleaner
 * returns such frames to their memory model instead of freeing an skb.
 * A queue pair bound to an AF_XDP socket in zero-copy mode (xsk.c) also
 * sends the socket's own buffers, from its NAPI poll (igbx_xmit_zc()),
 * and the cleaner reports them back to the socket's pool.
 *
 * Who touches what (the ring's concurrency rules):
 *   next_to_use, the descriptors and the buffers from next_to_use on are
 *   written by xmit only, under the queue's xmit lock; "xmit" here is
 *   ndo_start_xmit, XDP_TX and ndo_xdp_xmit alike (igbx_xmit_xdp()),
 *   and the zero-copy transmit (igbx_xmit_zc()).
 *   next_to_clean and the buffers before next_to_use are written by the
 *   cleaner only, in NAPI context (one poll at a time per vector).
 *   The hand-off between the two is next_to_watch: xmit fills every
 *   descriptor and buffer of a frame, then (after a write barrier) sets
 *   next_to_watch on its first buffer; the cleaner reads next_to_watch,
 *   and only then (after a read barrier) the descriptor status and the
 *   buffers. A frame without next_to_watch does not exist for the cleaner.
 *   Stopping and waking the queue race on the free-descriptor count; both
 *   sides use a full barrier between changing their index and looking at
 *   the other's (igbx_maybe_stop_tx() and the end of igbx_clean_tx_irq()).
 *   Reset and close (igbx_clean_tx_ring()) run with NAPI disabled and the
 *   queues stopped, so they own everything.
 */
#include <kunit/visibility.h>
#include <linux/if_vlan.h>
#include <linux/prefetch.h>
#include <net/ip6_checksum.h>
#include <net/tcp.h>
#include <net/xdp_sock_drv.h>

#include "igbx.h"

/**
 * igbx_setup_tx_ring() - allocate a TX ring's descriptors and buffers
 * @ring: ring with @count set
 *
 * Return: 0 or -ENOMEM.
 */
int igbx_setup_tx_ring(struct igbx_ring *ring)
{
	return igbx_alloc_ring_memory(ring, sizeof(struct igb_tx_buffer));
}

/**
 * igbx_free_tx_ring() - free what igbx_setup_tx_ring() allocated
 * @ring: a ring already emptied by igbx_clean_tx_ring()
 */
void igbx_free_tx_ring(struct igbx_ring *ring)
{
	igbx_free_ring_memory(ring);
}

/**
 * igbx_configure_tx_ring() - give a TX ring to the NIC
 * @adapter: the port
 * @ring: ring with its descriptors allocated
 *
 * 82576 datasheet, Transmit Initialization: the queue is disabled before
 * its base, length and pointers change, and enabled last.
 */
void igbx_configure_tx_ring(struct igbx_adapter *adapter, struct igbx_ring *ring)
{
	struct igbx_hw *hw = &adapter->hw;
	u8 q = ring->reg_idx;

	igbx_wr32(hw, IGBX_TXDCTL(q), 0);
	igbx_flush(hw);
	usleep_range(10000, 11000);

	igbx_program_ring(hw, ring, true);
	ring->hang_suspect = false;

	/* Prefetch 8, host threshold 1, write back after 16 (igb's values). */
	igbx_wr32(hw, IGBX_TXDCTL(q), igbx_dctl_enable(8, 1, 16));
}

/*
 * Unmap one buffer of a frame, if anything is mapped there. Returns the
 * number of mappings released (0 or 1), for the unmaps counter.
 */
static __always_inline unsigned int igbx_unmap_tx_buffer(struct igbx_ring *ring,
							 struct igb_tx_buffer *buf,
							 bool head)
{
	if (!dma_unmap_len(buf, len))
		return 0;
	if (head)
		dma_unmap_single(ring->dev, dma_unmap_addr(buf, dma),
				 dma_unmap_len(buf, len), DMA_TO_DEVICE);
	else
		dma_unmap_page(ring->dev, dma_unmap_addr(buf, dma),
			       dma_unmap_len(buf, len), DMA_TO_DEVICE);
	dma_unmap_len_set(buf, len, 0);
	return 1;
}

/**
 * igbx_clean_tx_ring() - drop every frame still on a stopped TX ring
 * @ring: a ring the NIC no longer works on (queue disabled or MAC reset)
 *
 * Used by close and reset, with NAPI disabled: frees the skbs that were
 * never completed and unmaps all their buffers.
 */
void igbx_clean_tx_ring(struct igbx_ring *ring)
{
	u16 i = ring->next_to_clean;
	u32 xsk = 0;

	while (i != ring->next_to_use) {
		struct igb_tx_buffer *buf = &ring->tx_buffer_info[i];

		ring->tx_stats.unmaps += igbx_unmap_tx_buffer(ring, buf, !!buf->skb);
		if (buf->type == IGBX_TX_XSK)
			xsk++;
		else if (buf->skb && buf->type != IGBX_TX_SKB)
			xdp_return_frame(buf->xdpf);
		else if (buf->skb)
			dev_kfree_skb_any(buf->skb);
		buf->skb = NULL;
		buf->type = IGBX_TX_SKB;
		buf->next_to_watch = NULL;
		if (++i == ring->count)
			i = 0;
	}
	/* the socket's buffers go back to it as if sent */
	if (xsk)
		xsk_tx_completed(ring->xsk_pool, xsk);
	ring->next_to_use = 0;
	ring->next_to_clean = 0;
	netdev_tx_reset_queue(netdev_get_tx_queue(ring->netdev, ring->queue_index));
}

/*
 * The slow half of igbx_maybe_stop_tx(): stop the queue. The cleaner may
 * have freed descriptors between our check and the stop: look again after
 * a full barrier (paired with the one in igbx_clean_tx_irq()), and restart
 * if it did.
 */
static __cold int igbx_stop_tx(struct igbx_ring *ring, u16 needed)
{
	netif_stop_subqueue(ring->netdev, ring->queue_index);
	/* Publish the stop before re-reading next_to_clean. */
	smp_mb();
	if (likely(igbx_desc_unused(ring) < needed))
		return -EBUSY;

	netif_start_subqueue(ring->netdev, ring->queue_index);
	ring->tx_stats.restart_queue++;
	return 0;
}

/*
 * Stop the queue when a worst-case skb might not fit. Runs twice per
 * frame: the check stays inline, the stop does not.
 */
static __always_inline int igbx_maybe_stop_tx(struct igbx_ring *ring, u16 needed)
{
	if (likely(igbx_desc_unused(ring) >= needed))
		return 0;
	return igbx_stop_tx(ring, needed);
}

/* Descriptors an skb needs: one per started IGBX_TXD_MAX_DATA of each buffer. */
static u16 igbx_tx_desc_count(const struct sk_buff *skb)
{
	const struct skb_shared_info *shinfo = skb_shinfo(skb);
	u16 count = DIV_ROUND_UP(skb_headlen(skb), IGBX_TXD_MAX_DATA);
	unsigned int f;

	for (f = 0; f < shinfo->nr_frags; f++)
		count += DIV_ROUND_UP(skb_frag_size(&shinfo->frags[f]),
				      IGBX_TXD_MAX_DATA);
	return count;
}

/*
 * TCP and UDP segmentation: the NIC cuts the payload into MSS-sized
 * segments and writes each one's IP length, IPv4 checksum and L4 checksum
 * (for TCP also the sequence number and flags). It adds each segment's
 * length into the L4 checksum itself, so the pseudo-header sum the stack
 * left there must not contain the length; the IP length fields are
 * rewritten per segment and start at zero (82576 datasheet 7.2.5, TCP/UDP
 * Segmentation; UDP only on the 82576 and later, igbx_init_features()).
 */
static __always_inline int igbx_tx_tso(struct sk_buff *skb, struct igbx_tx_ctx *ctx,
				       struct igbx_tx_info *info)
{
	unsigned int l4_offset = skb_transport_offset(skb);
	unsigned int l4len, paylen;
	__sum16 *check;
	bool ipv4;
	u32 l4t;
	int err;

	err = skb_cow_head(skb, 0);
	if (err < 0)
		return err;

	if (skb_shinfo(skb)->gso_type & SKB_GSO_UDP_L4) {
		l4t = IGBX_TXC_L4T_UDP;
		l4len = sizeof(struct udphdr);
		check = &udp_hdr(skb)->check;
	} else {
		l4t = IGBX_TXC_L4T_TCP;
		l4len = tcp_hdrlen(skb);
		check = &tcp_hdr(skb)->check;
	}
	ipv4 = ip_hdr(skb)->version == 4;
	paylen = skb->len - l4_offset;
	csum_replace_by_diff(check, (__force __wsum)htonl(paylen));
	if (ipv4) {
		ip_hdr(skb)->tot_len = 0;
		ip_hdr(skb)->check = 0;
		info->flags |= IGBX_TX_FLAGS_IPV4;
	} else {
		ipv6_hdr(skb)->payload_len = 0;
	}

	info->flags |= IGBX_TX_FLAGS_TSO | IGBX_TX_FLAGS_CSUM;
	info->paylen = paylen - l4len;
	info->gso_segs = skb_shinfo(skb)->gso_segs;
	info->bytecount = skb->len + (info->gso_segs - 1) * (l4_offset + l4len);

	ctx->vlan_macip_lens = igbx_txc_vlan_macip_lens(info->vlan,
							skb_network_offset(skb),
							l4_offset - skb_network_offset(skb));
	ctx->type_tucmd_mlhl = igbx_txc_type_tucmd(l4t, ipv4);
	ctx->mss_l4len_idx = igbx_txc_mss_l4len_idx(skb_shinfo(skb)->gso_size,
						    l4len, info->ctx_idx);
	return 1;
}

/*
 * Checksum offload of one frame: the stack has put the pseudo-header sum
 * in the TCP or UDP checksum field; the NIC sums from the L4 header to the
 * end and stores the result there. Anything but TCP and UDP is summed here
 * in software.
 */
static __always_inline int igbx_tx_csum(struct sk_buff *skb, struct igbx_tx_ctx *ctx,
					struct igbx_tx_info *info)
{
	unsigned int maclen = skb_network_offset(skb);
	unsigned int iplen = skb_checksum_start_offset(skb) - maclen;
	u32 l4t;

	if (skb->ip_summed != CHECKSUM_PARTIAL)
		goto no_csum;

	switch (skb->csum_offset) {
	case offsetof(struct tcphdr, check):
		l4t = IGBX_TXC_L4T_TCP;
		break;
	case offsetof(struct udphdr, check):
		l4t = IGBX_TXC_L4T_UDP;
		break;
	default:
		if (skb_checksum_help(skb))
			return -EINVAL;
		goto no_csum;
	}
	info->flags |= IGBX_TX_FLAGS_CSUM;
	ctx->vlan_macip_lens = igbx_txc_vlan_macip_lens(info->vlan, maclen, iplen);
	ctx->type_tucmd_mlhl = igbx_txc_type_tucmd(l4t, false);
	ctx->mss_l4len_idx = igbx_txc_mss_l4len_idx(0, 0, info->ctx_idx);
	return 1;

no_csum:
	if (!(info->flags & IGBX_TX_FLAGS_VLAN))
		return 0;
	/* A tag to insert still needs a context, with the tag in it. */
	ctx->vlan_macip_lens = igbx_txc_vlan_macip_lens(info->vlan, 0, 0);
	ctx->type_tucmd_mlhl = igbx_txc_type_tucmd(IGBX_TXC_L4T_UDP, false);
	ctx->mss_l4len_idx = igbx_txc_mss_l4len_idx(0, 0, info->ctx_idx);
	return 1;
}

/**
 * igbx_tx_context() - what a frame asks of the NIC, as a context descriptor
 * @skb: the frame; TSO rewrites its IP length and TCP checksum fields
 * @ctx: filled in, CPU byte order, when the return value is 1
 * @info: in: @info->ctx_idx; out: flags, PAYLEN, segments and bytes
 *
 * It and its two helpers are inlined into xmit: with no call taking
 * @info's address, @info stays in registers on the common path.
 *
 * Return: 1 when the frame needs @ctx in front of its data descriptors,
 * 0 when it needs none, or a negative errno (the frame is to be dropped).
 */
VISIBLE_IF_KUNIT __always_inline int igbx_tx_context(struct sk_buff *skb,
						     struct igbx_tx_ctx *ctx,
						     struct igbx_tx_info *info)
{
	info->flags = 0;
	info->paylen = skb->len;
	info->gso_segs = 1;
	info->bytecount = skb->len;
	info->vlan = 0;
	if (skb_vlan_tag_present(skb)) {
		info->flags |= IGBX_TX_FLAGS_VLAN;
		info->vlan = skb_vlan_tag_get(skb);
	}
	if (skb_is_gso(skb))
		return igbx_tx_tso(skb, ctx, info);
	/* the common case, a frame that asks nothing of the NIC */
	if (skb->ip_summed != CHECKSUM_PARTIAL && !info->flags)
		return 0;
	return igbx_tx_csum(skb, ctx, info);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_tx_context);

/* Put a context descriptor in the ring at next_to_use. */
static void igbx_tx_write_context(struct igbx_ring *ring, const struct igbx_tx_ctx *c)
{
	struct e1000_adv_tx_context_desc *desc = ring->desc;

	desc += ring->next_to_use;
	desc->vlan_macip_lens = cpu_to_le32(c->vlan_macip_lens);
	desc->seqnum_seed = 0;
	desc->type_tucmd_mlhl = cpu_to_le32(c->type_tucmd_mlhl);
	desc->mss_l4len_idx = cpu_to_le32(c->mss_l4len_idx);
	if (++ring->next_to_use == ring->count)
		ring->next_to_use = 0;
}

/**
 * igbx_tx_data_flags() - the per-frame bits of a frame's data descriptors
 * @info: what igbx_tx_context() found
 * @cmd: set to the cmd_type_len bits (TSE, VLE, MAC_TSTAMP)
 * @olinfo: set to the olinfo_status word (PAYLEN, checksum options, IDX)
 */
VISIBLE_IF_KUNIT __always_inline void igbx_tx_data_flags(const struct igbx_tx_info *info,
							 u32 *cmd, u32 *olinfo)
{
	*cmd = 0;
	*olinfo = igbx_tx_olinfo_status(info->paylen);
	if (info->flags & IGBX_TX_FLAGS_TSO)
		*cmd |= IGBX_TXD_CMD_TSE;
	if (info->flags & IGBX_TX_FLAGS_VLAN)
		*cmd |= IGBX_TXD_CMD_VLE;
	if (unlikely(info->flags & IGBX_TX_FLAGS_TSTAMP))
		*cmd |= IGBX_TXD_MAC_TSTAMP;
	if (info->flags & IGBX_TX_FLAGS_CSUM)
		*olinfo |= IGBX_TXD_POPTS_TXSM;
	if (info->flags & IGBX_TX_FLAGS_IPV4)
		*olinfo |= IGBX_TXD_POPTS_IXSM;
	if (info->flags & (IGBX_TX_FLAGS_CSUM | IGBX_TX_FLAGS_VLAN))
		*olinfo |= FIELD_PREP(IGBX_TXD_IDX_MASK, info->ctx_idx);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_tx_data_flags);

/* Fill one data descriptor. */
static void igbx_tx_desc(union e1000_adv_tx_desc *desc, dma_addr_t dma,
			 u32 len, u32 cmd, u32 olinfo, bool last)
{
	desc->read.buffer_addr = cpu_to_le64(dma);
	desc->read.cmd_type_len = cpu_to_le32(igbx_tx_cmd_type_len(len, last) | cmd);
	desc->read.olinfo_status = cpu_to_le32(olinfo);
}

/*
 * Undo a partly mapped frame after a mapping error: walk back from the
 * failed slot to @first, unmapping as we go.
 */
static void igbx_tx_unwind(struct igbx_ring *ring, struct igb_tx_buffer *first,
			   u16 i)
{
	for (;;) {
		struct igb_tx_buffer *buf = &ring->tx_buffer_info[i];

		ring->tx_stats.unmaps += igbx_unmap_tx_buffer(ring, buf, buf == first);
		if (buf == first)
			break;
		i = i ? i - 1 : ring->count - 1;
	}
	first->skb = NULL;
}

/*
 * Hand a fully written frame, @first's buffer to the descriptor @eop in
 * slot @i, to the cleaner, and move next_to_use past it.
 */
static __always_inline void igbx_tx_publish(struct igbx_ring *ring,
					    struct igb_tx_buffer *first,
					    union e1000_adv_tx_desc *eop, u16 i)
{
	/*
	 * The descriptors and buffers must be in memory before the cleaner
	 * sees next_to_watch; pairs with the smp_rmb() in
	 * igbx_clean_tx_irq(), which reads the status only after it.
	 */
	smp_wmb();
	first->next_to_watch = eop;

	if (++i == ring->count)
		i = 0;
	ring->next_to_use = i;
}

/**
 * igbx_tx_map() - map an skb and hand its descriptors to the NIC
 * @ring: TX ring with at least igbx_tx_desc_count() free descriptors
 * @first: software buffer of the frame's first descriptor (the context
 *	descriptor's slot when there is one: the head mapping is kept here
 *	all the same, so the cleaner finds it where the frame starts)
 * @info: the frame's offloads (igbx_tx_context())
 *
 * Return: 0, or -ENOMEM when a DMA mapping failed (the skb is then the
 * caller's to drop; nothing stays mapped).
 */
static int igbx_tx_map(struct igbx_ring *ring, struct igb_tx_buffer *first,
		       const struct igbx_tx_info *info)
{
	struct sk_buff *skb = first->skb;
	skb_frag_t *frag = &skb_shinfo(skb)->frags[0];
	unsigned int nr_frags = skb_shinfo(skb)->nr_frags;
	unsigned int size = skb_headlen(skb);
	struct igb_tx_buffer *buf = first;
	union e1000_adv_tx_desc *desc;
	u16 i = ring->next_to_use;
	u32 cmd, olinfo;
	dma_addr_t dma;

	igbx_tx_data_flags(info, &cmd, &olinfo);
	dma = dma_map_single(ring->dev, skb->data, size, DMA_TO_DEVICE);
	for (;;) {
		if (dma_mapping_error(ring->dev, dma))
			goto err_unwind;
		ring->tx_stats.maps++;
		dma_unmap_len_set(buf, len, size);
		dma_unmap_addr_set(buf, dma, dma);

		/* A buffer longer than one descriptor takes several. */
		while (size > IGBX_TXD_MAX_DATA) {
			desc = IGBX_TX_DESC(ring, i);
			igbx_tx_desc(desc, dma, IGBX_TXD_MAX_DATA, cmd, olinfo, false);
			dma += IGBX_TXD_MAX_DATA;
			size -= IGBX_TXD_MAX_DATA;
			if (++i == ring->count)
				i = 0;
			ring->tx_buffer_info[i].skb = NULL;
			dma_unmap_len_set(&ring->tx_buffer_info[i], len, 0);
		}

		desc = IGBX_TX_DESC(ring, i);
		igbx_tx_desc(desc, dma, size, cmd, olinfo, !nr_frags);
		if (!nr_frags)
			break;

		if (++i == ring->count)
			i = 0;
		buf = &ring->tx_buffer_info[i];
		buf->skb = NULL;
		size = skb_frag_size(frag);
		dma = skb_frag_dma_map(ring->dev, frag, 0, size, DMA_TO_DEVICE);
		frag++;
		nr_frags--;
	}

	netdev_tx_sent_queue(netdev_get_tx_queue(ring->netdev, ring->queue_index),
			     first->bytecount);
	skb_tx_timestamp(skb);
	igbx_tx_publish(ring, first, desc, i);
	return 0;

err_unwind:
	igbx_tx_unwind(ring, first, i);
	return -ENOMEM;
}

/* Ring the doorbell: TDT tells the NIC it may fetch up to next_to_use. */
static void igbx_tx_doorbell(struct igbx_ring *ring)
{
	/* writel() orders the descriptor writes before the MMIO write. */
	writel(ring->next_to_use, ring->tail);
	ring->tx_stats.doorbells++;
}

/**
 * igbx_xmit_frame() - ndo_start_xmit: put one skb on a TX ring
 * @skb: the frame
 * @netdev: the interface
 *
 * Called by the stack under the queue's xmit lock. The doorbell is
 * written only for the last skb of a batch (netdev_xmit_more()), or when
 * the queue had to stop.
 *
 * Return: NETDEV_TX_OK (the skb is consumed, sent or dropped and counted),
 * or NETDEV_TX_BUSY when the ring is unexpectedly full.
 */
netdev_tx_t igbx_xmit_frame(struct sk_buff *skb, struct net_device *netdev)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct igbx_tx_info info = { };
	struct igbx_tx_ctx ctx;
	struct igb_tx_buffer *first;
	struct igbx_ring *ring;
	u16 start;
	int err;

	ring = &adapter->q_vector[skb_get_queue_mapping(skb)]->tx_ring;
	/*
	 * The queue pair is stopped alone (igbx_pair_stop(): AF_XDP
	 * zero-copy or XDP's buffer layout changing): its queue was
	 * stopped, but a link-up may have woken it
	 */
	if (unlikely(ring->xsk_paused)) {
		netif_stop_subqueue(netdev, ring->queue_index);
		return NETDEV_TX_BUSY;
	}

	/* With TCTL.PSP the NIC pads to 64 bytes, but it needs 17 to start. */
	if (skb_put_padto(skb, 17))
		return NETDEV_TX_OK;

	/* the frame's data descriptors, a context descriptor, the gap */
	if (igbx_maybe_stop_tx(ring, igbx_tx_desc_count(skb) + 2)) {
		ring->tx_stats.tx_busy++;
		return NETDEV_TX_BUSY;
	}

	start = ring->next_to_use;
	first = &ring->tx_buffer_info[start];
	first->skb = skb;

	/* the 82575 keeps one context slot per queue, later MACs need none */
	if (adapter->hw.info->tx_ctx_per_queue)
		info.ctx_idx = ring->reg_idx;
	err = igbx_tx_context(skb, &ctx, &info);
	if (err < 0) {
		ring->tx_stats.offload_errors++;
		goto drop;
	}
	if (err)
		igbx_tx_write_context(ring, &ctx);
	first->bytecount = info.bytecount;
	first->gso_segs = info.gso_segs;
	/* one frame at a time may have its send time latched (ptp.c) */
	if (unlikely(skb_shinfo(skb)->tx_flags & SKBTX_HW_TSTAMP) &&
	    igbx_ptp_tx_claim(adapter, skb))
		info.flags |= IGBX_TX_FLAGS_TSTAMP;

	if (igbx_tx_map(ring, first, &info)) {
		ring->tx_stats.dma_errors++;
		goto drop;
	}
	if (info.flags & IGBX_TX_FLAGS_TSO)
		ring->tx_stats.tso_packets++;
	if (unlikely(info.flags & IGBX_TX_FLAGS_TSTAMP))
		igbx_ptp_tx_start(adapter);

	igbx_maybe_stop_tx(ring, IGBX_DESC_NEEDED);
	if (netif_xmit_stopped(netdev_get_tx_queue(netdev, ring->queue_index)) ||
	    !netdev_xmit_more())
		igbx_tx_doorbell(ring);
	return NETDEV_TX_OK;

drop:
	if (unlikely(info.flags & IGBX_TX_FLAGS_TSTAMP))
		igbx_ptp_tx_abort(adapter);
	first->skb = NULL;
	ring->next_to_use = start;
	dev_kfree_skb_any(skb);
	return NETDEV_TX_OK;
}

/*
 * Put one single-buffer frame, already at @dma, in the slot at
 * next_to_use and publish it. Only %IGBX_TX_XDP_XMIT buffers were mapped
 * here, so only they have a mapping for the cleaner to undo; an XDP_TX
 * page stays the page_pool's, a socket's buffer the socket's. @xdpf is
 * NULL for a socket's buffer.
 */
static __always_inline void igbx_tx_single(struct igbx_ring *ring,
					   struct xdp_frame *xdpf,
					   enum igbx_tx_type type,
					   dma_addr_t dma, u32 len)
{
	u16 i = ring->next_to_use;
	struct igb_tx_buffer *buf = &ring->tx_buffer_info[i];
	union e1000_adv_tx_desc *desc = IGBX_TX_DESC(ring, i);

	if (type == IGBX_TX_XDP_XMIT) {
		dma_unmap_len_set(buf, len, len);
		dma_unmap_addr_set(buf, dma, dma);
	} else {
		dma_unmap_len_set(buf, len, 0);
	}
	buf->xdpf = xdpf;
	buf->type = type;
	buf->bytecount = len;
	buf->gso_segs = 1;
	igbx_tx_desc(desc, dma, len, 0, igbx_tx_olinfo_status(len), true);
	igbx_tx_publish(ring, buf, desc, i);
}

/**
 * igbx_xmit_xdp() - put one xdp_frame on a TX ring
 * @ring: the TX ring; the caller holds its queue's xmit lock and checked
 *	that the port is up
 * @xdpf: the frame, one buffer
 * @type: %IGBX_TX_XDP_TX for a frame whose page the RX page_pool mapped
 *	(both ways): it is only synced; %IGBX_TX_XDP_XMIT for any other,
 *	which is mapped here
 * @dma: with %IGBX_TX_XDP_TX, the bus address of @xdpf's data (the RX
 *	buffer knows its own, so no page lookup is needed); otherwise unused
 *
 * No doorbell: the caller rings it once for its batch. The frame counts
 * for BQL like an skb, since the cleaner reports all it completes.
 *
 * Return: 0, or -EBUSY when the ring is full or -ENOMEM when mapping
 * failed: the frame is then still the caller's.
 */
int igbx_xmit_xdp(struct igbx_ring *ring, struct xdp_frame *xdpf,
		  enum igbx_tx_type type, dma_addr_t dma)
{
	struct netdev_queue *txq = netdev_get_tx_queue(ring->netdev, ring->queue_index);
	u32 len = xdpf->len;

	/* one data descriptor, and the gap ndo_start_xmit also keeps */
	if (unlikely(igbx_desc_unused(ring) < 2))
		return -EBUSY;

	if (type == IGBX_TX_XDP_TX) {
		dma_sync_single_for_device(ring->dev, dma, len, DMA_BIDIRECTIONAL);
	} else {
		dma = dma_map_single(ring->dev, xdpf->data, len, DMA_TO_DEVICE);
		if (dma_mapping_error(ring->dev, dma))
			return -ENOMEM;
		ring->tx_stats.maps++;
	}
	netdev_tx_sent_queue(txq, len);
	txq_trans_cond_update(txq);
	igbx_tx_single(ring, xdpf, type, dma, len);
	return 0;
}

/**
 * igbx_xmit_zc() - send what the AF_XDP socket bound in zero-copy mode queued
 * @q_vector: the vector whose TX ring has a socket's pool (xsk.c)
 *
 * In the vector's NAPI poll, after the completions: takes descriptors
 * from the socket's TX queue, at most IGBX_TX_CLEAN_BUDGET and never so
 * many that ndo_start_xmit, which shares the ring, would have to stop
 * for a full-sized skb; each buffer, mapped by the socket's pool when it
 * was bound, goes out as it is. One doorbell for the batch. Under the
 * queue's xmit lock, as every writer of the ring.
 *
 * Return: true when the socket had no more to send than was taken.
 */
bool igbx_xmit_zc(struct igbx_q_vector *q_vector)
{
	struct igbx_ring *ring = &q_vector->tx_ring;
	struct xsk_buff_pool *pool = ring->xsk_pool;
	struct netdev_queue *txq = netdev_get_tx_queue(ring->netdev, ring->queue_index);
	struct xdp_desc *descs = pool->tx_descs;
	u32 n, k, bytes = 0, budget = 0;
	u16 unused;

	__netif_tx_lock(txq, smp_processor_id());
	unused = igbx_desc_unused(ring);
	if (!ring->xsk_paused && unused > IGBX_DESC_NEEDED + 1)
		budget = min_t(u32, unused - IGBX_DESC_NEEDED - 1,
			       IGBX_TX_CLEAN_BUDGET);
	n = budget ? xsk_tx_peek_release_desc_batch(pool, budget) : 0;
	for (k = 0; k < n; k++) {
		u32 len = descs[k].len;
		dma_addr_t dma = xsk_buff_raw_get_dma(pool, descs[k].addr);

		xsk_buff_raw_dma_sync_for_device(pool, dma, len);
		igbx_tx_single(ring, NULL, IGBX_TX_XSK, dma, len);
		bytes += len;
	}
	if (n) {
		netdev_tx_sent_queue(txq, bytes);
		txq_trans_cond_update(txq);
		igbx_tx_doorbell(ring);
		ring->tx_stats.xsk_xmit += n;
	}
	__netif_tx_unlock(txq);
	return n < budget || !budget;
}

/**
 * igbx_xdp_doorbell() - tell the NIC about the XDP frames just queued
 * @ring: the TX ring; the caller holds its queue's xmit lock
 *
 * Also sends whatever ndo_start_xmit queued behind an xmit_more hint:
 * the NIC may fetch up to next_to_use either way.
 */
void igbx_xdp_doorbell(struct igbx_ring *ring)
{
	igbx_tx_doorbell(ring);
}

/*
 * The cleaner's position: slot index, software buffer and descriptor,
 * stepped and wrapped together (no index arithmetic per slot).
 */
struct igbx_tx_cursor {
	u16 i;
	struct igb_tx_buffer *buf;
	union e1000_adv_tx_desc *desc;
	u32 xsk;
};

static __always_inline void igbx_tx_cursor_next(const struct igbx_ring *ring,
						struct igbx_tx_cursor *c)
{
	if (unlikely(++c->i == ring->count)) {
		c->i = 0;
		c->buf = ring->tx_buffer_info;
		c->desc = IGBX_TX_DESC(ring, 0);
		return;
	}
	c->buf++;
	c->desc++;
}

/*
 * Release one completed frame: its first buffer holds the skb and the
 * head mapping, the following ones up to @eop a fragment's mapping or
 * nothing (the rest of a long buffer). Leaves the cursor on the slot
 * after @eop; returns the mappings released.
 */
static __always_inline unsigned int
igbx_tx_complete_frame(struct igbx_ring *ring, struct igbx_tx_cursor *c,
		       union e1000_adv_tx_desc *eop, int napi_budget)
{
	unsigned int unmaps;

	c->buf->next_to_watch = NULL;
	unmaps = igbx_unmap_tx_buffer(ring, c->buf, true);
	if (likely(c->buf->type == IGBX_TX_SKB)) {
		napi_consume_skb(c->buf->skb, napi_budget);
	} else if (c->buf->type == IGBX_TX_XSK) {
		/* reported to the socket's pool in one go, at the end */
		c->xsk++;
	} else {
		/*
		 * An XDP_TX frame's page is from this vector's own RX pool,
		 * and this is that pool's NAPI poll: it may go straight
		 * back. Anything else takes the pool's safe path.
		 */
		if (c->buf->type == IGBX_TX_XDP_TX && napi_budget)
			xdp_return_frame_rx_napi(c->buf->xdpf);
		else
			xdp_return_frame(c->buf->xdpf);
	}
	/* the slot's next frame is an skb unless its sender says otherwise */
	c->buf->type = IGBX_TX_SKB;
	c->buf->skb = NULL;

	while (c->desc != eop) {
		igbx_tx_cursor_next(ring, c);
		unmaps += igbx_unmap_tx_buffer(ring, c->buf, false);
	}
	igbx_tx_cursor_next(ring, c);
	return unmaps;
}

/**
 * igbx_clean_tx_irq() - reclaim the frames the NIC has sent
 * @q_vector: the vector whose TX ring to clean
 * @napi_budget: the NAPI budget (0 from netpoll: then skbs are freed
 *	without the NAPI cache)
 *
 * Walks from next_to_clean while the frame's EOP descriptor has DD set,
 * at most IGBX_TX_CLEAN_BUDGET frames, then reports the work to BQL and
 * wakes the queue if xmit had stopped it and there is room again.
 *
 * Return: true when the ring was cleaned completely, false when the
 * budget ran out (the poll must then be rescheduled).
 */
bool igbx_clean_tx_irq(struct igbx_q_vector *q_vector, int napi_budget)
{
	struct igbx_ring *ring = &q_vector->tx_ring;
	unsigned int packets = 0, bytes = 0, unmaps = 0;
	unsigned int budget = IGBX_TX_CLEAN_BUDGET;
	struct igbx_tx_cursor c;
	struct netdev_queue *txq;

	if (!ring->desc)
		return true;

	c.i = ring->next_to_clean;
	c.buf = &ring->tx_buffer_info[c.i];
	c.desc = IGBX_TX_DESC(ring, c.i);
	c.xsk = 0;
	for (; budget; budget--) {
		union e1000_adv_tx_desc *eop = READ_ONCE(c.buf->next_to_watch);

		if (!eop)
			break;
		/*
		 * Read the status only after seeing next_to_watch; pairs
		 * with the smp_wmb() in igbx_tx_publish().
		 */
		smp_rmb();
		if (!(eop->wb.status & cpu_to_le32(IGBX_TXD_STAT_DD)))
			break;

		packets += c.buf->gso_segs;
		bytes += c.buf->bytecount;
		unmaps += igbx_tx_complete_frame(ring, &c, eop, napi_budget);
		prefetch(c.desc);
	}
	ring->next_to_clean = c.i;
	ring->tx_stats.unmaps += unmaps;
	/* zero-copy: sent buffers go back to the socket (xsk.c) */
	if (unlikely(ring->xsk_pool)) {
		if (c.xsk)
			xsk_tx_completed(ring->xsk_pool, c.xsk);
		if (xsk_uses_need_wakeup(ring->xsk_pool))
			xsk_set_tx_need_wakeup(ring->xsk_pool);
	}

	u64_stats_update_begin(&ring->stats.syncp);
	ring->stats.packets += packets;
	ring->stats.bytes += bytes;
	u64_stats_update_end(&ring->stats.syncp);

	txq = netdev_get_tx_queue(ring->netdev, ring->queue_index);
	netdev_tx_completed_queue(txq, packets, bytes);

	if (unlikely(packets && netif_carrier_ok(ring->netdev) &&
		     igbx_desc_unused(ring) >= IGBX_TX_WAKE_THRESHOLD)) {
		/* Pairs with the barrier in igbx_maybe_stop_tx(). */
		smp_mb();
		if (netif_tx_queue_stopped(txq) &&
		    !test_bit(IGBX_STATE_DOWN, &q_vector->adapter->state)) {
			netif_wake_subqueue(ring->netdev, ring->queue_index);
			ring->tx_stats.restart_queue++;
		}
	}
	return budget != 0;
}

/**
 * igbx_configure_tx() - set up every TX ring and the transmit unit
 * @adapter: the port, after a MAC reset, with the rings allocated
 *
 * Full duplex collision distance, short frames padded, retransmit on
 * late collision, then TCTL.EN.
 */
void igbx_configure_tx(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	unsigned int v;
	u32 tctl;

	for (v = 0; v < adapter->num_q_vectors; v++)
		igbx_configure_tx_ring(adapter, &adapter->q_vector[v]->tx_ring);

	tctl = IGBX_TCTL_PSP | IGBX_TCTL_RTLC | IGBX_TCTL_EN |
	       FIELD_PREP(IGBX_TCTL_CT_MASK, IGBX_TCTL_CT_DEFAULT) |
	       FIELD_PREP(IGBX_TCTL_COLD_MASK, IGBX_TCTL_COLD_FD);
	igbx_wr32(hw, IGBX_TCTL, tctl);
}
