/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx - descriptor rings and the interrupt vectors that service them
 *
 * A ring is two arrays of the same length: the hardware one (descriptors,
 * in DMA-coherent memory the NIC reads and writes) and the software one
 * (per-descriptor bookkeeping only the CPU reads: which skb or page sits
 * behind a descriptor and how to unmap it). Index i of one belongs to
 * index i of the other.
 *
 * Each &struct igbx_q_vector owns one TX ring and one RX ring (a "queue
 * pair"), one interrupt vector and one NAPI context. Rings and vectors
 * live from probe to remove, so statistics survive ifdown; only the
 * descriptor memory and buffers are allocated at open and freed at close.
 */
#ifndef _IGBX_RING_H_
#define _IGBX_RING_H_

#include <linux/dim.h>
#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/netdevice.h>
#include <linux/skbuff.h>
#include <linux/u64_stats_sync.h>
#include <net/xdp.h>
#include <net/xdp_sock_drv.h>

#include "compat.h"
#include "desc.h"

struct igbx_adapter;
struct igbx_hw;
struct igbx_q_vector;
struct page_pool;
struct xsk_buff_pool;

/**
 * enum igbx_tx_type - what a TX frame's first buffer holds
 * @IGBX_TX_SKB: an skb from ndo_start_xmit, mapped by tx.c
 * @IGBX_TX_XDP_TX: an xdp_frame bounced by this port's XDP program
 *	(XDP_TX): its page belongs to the RX ring's page_pool, which mapped
 *	it, so nothing is unmapped at completion
 * @IGBX_TX_XDP_XMIT: an xdp_frame from ndo_xdp_xmit (a redirect into this
 *	port), mapped by tx.c
 * @IGBX_TX_XSK: a buffer of the AF_XDP socket bound to the queue in
 *	zero-copy mode (xsk.c): the socket's pool mapped it, and its
 *	completion is reported to the pool (xsk_tx_completed())
 */
enum igbx_tx_type {
	IGBX_TX_SKB = 0,
	IGBX_TX_XDP_TX,
	IGBX_TX_XDP_XMIT,
	IGBX_TX_XSK,
};

/**
 * struct igb_tx_buffer - what software remembers about one TX descriptor
 * @next_to_watch: on a frame's first buffer: the frame's last (EOP)
 *	descriptor, whose DD bit says the whole frame is done; NULL when no
 *	frame starts here. Written by xmit after the descriptors, read by
 *	the cleaner (see the ordering notes in tx.c).
 * @skb: on a frame's first buffer of type %IGBX_TX_SKB: the skb to free
 *	once DD is seen
 * @xdpf: on a first buffer of an XDP type: the xdp_frame to return
 * @type: what @skb / @xdpf holds (&enum igbx_tx_type); the cleaner puts
 *	it back to %IGBX_TX_SKB after an XDP frame, so ndo_start_xmit never
 *	has to write it
 * @bytecount: bytes of the frame as the stack gave it (before the NIC pads
 *	it to 60), for BQL and statistics, as other Linux drivers count
 * @gso_segs: frames the skb becomes on the wire (1 without TSO)
 * @dma: DMA address of this descriptor's buffer, for unmapping
 * @len: bytes mapped at @dma; 0 when nothing is mapped here
 *
 * The name is the one the igb driver and the design use for it.
 */
struct igb_tx_buffer {
	union e1000_adv_tx_desc *next_to_watch;
	union {
		struct sk_buff *skb;
		struct xdp_frame *xdpf;
	};
	unsigned int bytecount;
	u16 gso_segs;
	u8 type;
	DEFINE_DMA_UNMAP_ADDR(dma);
	DEFINE_DMA_UNMAP_LEN(len);
};

/**
 * struct igbx_rx_buffer - what software remembers about one RX descriptor
 * @page: the page the descriptor's buffer lies in; NULL once the buffer
 *	has been handed to an skb and not yet replaced. Pages come from the
 *	ring's page_pool, which maps them for DMA once and recycles them.
 * @xdp: instead of @page on a ring in AF_XDP zero-copy mode
 *	(&igbx_ring.xsk_pool set): a buffer of the socket's pool, which
 *	mapped it; NULL once the frame in it has been consumed
 * @va: the buffer's start in the kernel's address space (@page's
 *	address plus @page_offset), kept from when the buffer was taken
 *	from the pool, so that a buffer reused in its slot (an XDP drop)
 *	costs no page-to-address lookup per frame
 * @dma: the bus address of the same byte (the pool's mapping of @page
 *	plus @page_offset)
 * @page_offset: where in @page the buffer starts (0, or 2048 for the
 *	second half of a page split in two; see &igbx_ring.rx_truesize)
 *
 * @va and @dma are meaningful only while @page is set (never in
 * zero-copy mode, where the socket's pool knows both).
 */
struct igbx_rx_buffer {
	union {
		struct page *page;
		struct xdp_buff *xdp;
	};
	void *va;
	dma_addr_t dma;
	unsigned int page_offset;
};

/**
 * struct igbx_ring_stats - packet counters of one ring
 * @packets: frames completed (TX) or handed to the stack (RX)
 * @bytes: their bytes
 * @syncp: lets 32-bit readers see @packets and @bytes consistently
 */
struct igbx_ring_stats {
	u64 packets;
	u64 bytes;
	struct u64_stats_sync syncp;
};

/**
 * struct igbx_tx_stats - TX events of one ring, written by one context each
 * @restart_queue: the queue was woken by the cleaner after a stop
 * @tx_busy: xmit found the ring full (should not happen: it stops early)
 * @dma_errors: skbs dropped because mapping them for DMA failed
 * @offload_errors: skbs dropped because their offload could not be set up
 *	(no memory to unshare the headers TSO rewrites)
 * @tso_packets: skbs the NIC segmented (TSO)
 * @doorbells: TDT writes; packets / @doorbells shows how well xmit_more
 *	batches
 * @maps: buffers mapped for DMA (xmit only)
 * @unmaps: buffers unmapped: by the completion cleaner, by an xmit that
 *	fails part-way, and at ring teardown; after ifdown @maps == @unmaps
 * @xdp_xmit: xdp_frames ndo_xdp_xmit put on the ring (redirects into
 *	this port)
 * @xdp_xmit_errors: xdp_frames ndo_xdp_xmit refused (ring full, mapping
 *	failed, port down)
 * @xsk_xmit: AF_XDP zero-copy frames put on the ring (xsk.c)
 */
struct igbx_tx_stats {
	u64 restart_queue;
	u64 tx_busy;
	u64 dma_errors;
	u64 offload_errors;
	u64 tso_packets;
	u64 doorbells;
	u64 maps;
	u64 unmaps;
	u64 xdp_xmit;
	u64 xdp_xmit_errors;
	u64 xsk_xmit;
};

/**
 * struct igbx_rx_stats - RX events of one ring, written in NAPI context
 * @alloc_failed: a buffer or skb could not be allocated (retried later)
 * @drops: frames dropped by the driver (errored or malformed)
 * @frame_errors: of @drops, frames the NIC flagged as errored
 * @csum_err: frames whose TCP/UDP or IPv4 header checksum the NIC found
 *	wrong (delivered all the same: the stack checks again and drops)
 * @csum_good: frames the NIC verified, delivered as CHECKSUM_UNNECESSARY
 * @pages_in: buffers (pages or page halves) taken from the page_pool
 *	into the ring
 * @pages_out: buffers that left the ring, to an skb or back to the pool;
 *	after ifdown @pages_in == @pages_out
 * @xdp_pass: frames the XDP program passed on to the stack
 * @xdp_drop: frames it dropped (XDP_DROP)
 * @xdp_tx: frames it bounced back out of the port (XDP_TX)
 * @xdp_redirect: frames it redirected (XDP_REDIRECT)
 * @xdp_aborted: frames dropped as an exception: XDP_ABORTED, an unknown
 *	verdict, or an XDP_TX or redirect that failed
 * @xsk_long: AF_XDP zero-copy: frames dropped because they were longer
 *	than one of the socket's buffers
 */
struct igbx_rx_stats {
	u64 alloc_failed;
	u64 drops;
	u64 frame_errors;
	u64 csum_err;
	u64 csum_good;
	u64 pages_in;
	u64 pages_out;
	u64 xdp_pass;
	u64 xdp_drop;
	u64 xdp_tx;
	u64 xdp_redirect;
	u64 xdp_aborted;
	u64 xsk_long;
};

/**
 * struct igbx_ring - one TX or RX descriptor ring
 * @q_vector: the vector (and NAPI context) that cleans this ring
 * @netdev: the interface
 * @dev: the device DMA is mapped for
 * @desc: the descriptor array (hardware ring)
 * @tx_buffer_info: the TX software ring (TX rings only)
 * @rx_buffer_info: the RX software ring (RX rings only)
 * @pp: page_pool the RX buffers come from (RX rings only)
 * @skb: RX only: a frame whose first buffers have been seen but not its
 *	EOP descriptor yet, carried across NAPI polls
 * @tail: mapped address of the tail (doorbell) register
 * @dma: bus address of @desc
 * @size: bytes of @desc
 * @count: descriptors in the ring
 * @queue_index: stack queue number
 * @reg_idx: hardware queue number
 * @next_to_use: next descriptor software hands to the NIC
 * @next_to_clean: next descriptor software expects the NIC to finish
 * @rx_buf_len: RX only: bytes the NIC may write into one buffer
 * @rx_headroom: RX only: bytes in front of the frame in each buffer, fixed
 *	when the pool is made: IGBX_RX_HEADROOM, or XDP_PACKET_HEADROOM
 *	while an XDP program is attached
 * @rx_truesize: RX only: bytes of page each buffer owns, which is what an
 *	skb built on it is charged: half a page when headroom, the longest
 *	frame and skb_shared_info fit in it, else a whole page
 * @stats: packet and byte counters
 * @tx_stats: TX events
 * @rx_stats: RX events
 * @xdp_prog: RX only: the XDP program the ring's poll runs, or %NULL: the
 *	adapter's as it was when the ring was last programmed, so always
 *	one the layout of @pp was made for; written under RTNL with the
 *	ring stopped, or replaced by one of the same layout (xdp.c)
 * @xdp_rxq: RX only: the ring as XDP sees it (its queue and page_pool),
 *	registered together with @pp; its memory model is the socket's
 *	pool while @xsk_pool is set
 * @xsk_pool: the AF_XDP socket's buffer pool when the queue pair runs in
 *	zero-copy mode (xsk.c), on both of its rings; changed only while the
 *	pair is stopped
 * @xsk_paused: TX only: the queue pair is stopped on its own
 *	(igbx_pair_stop()), for @xsk_pool or the RX buffer layout to
 *	change; xmit must leave the ring alone. Read and written under the
 *	queue's xmit lock.
 * @xsk_partial: RX, zero-copy: the frame being received did not fit one
 *	buffer; its buffers are dropped up to its EOP descriptor
 * @hang_check_packets: TX watchdog: @stats.packets at the previous check
 * @hang_suspect: TX watchdog: no progress at the previous check
 */
struct igbx_ring {
	struct igbx_q_vector *q_vector;
	struct net_device *netdev;
	struct device *dev;
	void *desc;
	union {
		struct igb_tx_buffer *tx_buffer_info;
		struct igbx_rx_buffer *rx_buffer_info;
	};
	struct page_pool *pp;
	struct sk_buff *skb;
	u8 __iomem *tail;
	dma_addr_t dma;
	unsigned int size;
	u16 count;
	u16 queue_index;
	u8 reg_idx;
	u16 next_to_use;
	u16 next_to_clean;
	u16 rx_buf_len;
	u16 rx_headroom;
	unsigned int rx_truesize;
	struct igbx_ring_stats stats;
	union {
		struct igbx_tx_stats tx_stats;
		struct igbx_rx_stats rx_stats;
	};
	struct bpf_prog *xdp_prog;
	struct xdp_rxq_info xdp_rxq;
	struct xsk_buff_pool *xsk_pool;
	bool xsk_paused;
	bool xsk_partial;
	u64 hang_check_packets;
	bool hang_suspect;
};

/**
 * struct igbx_q_vector - one interrupt vector, its NAPI context, its rings
 * @adapter: the port
 * @napi: the poll that cleans @tx_ring then @rx_ring
 * @tx_ring: TX ring of this queue pair
 * @rx_ring: RX ring of this queue pair
 * @eims_value: MSI-X mode: this vector's bits in EIMS/EIMC/EICS (its
 *	vector's bit; on the 82575 its queues' cause bits)
 * @v_idx: index in &igbx_adapter.q_vector
 * @irq_polls: NAPI polls run (ethtool -S)
 * @irq_polls_full: polls that used their whole budget
 * @irqs: hard interrupts taken
 * @dim: the vector's adaptive moderation state (itr.c); its profile is
 *	the interval while &igbx_adapter.adaptive_rx is on
 * @name: interrupt name in /proc/interrupts
 */
struct igbx_q_vector {
	struct igbx_adapter *adapter;
	struct napi_struct napi;
	struct igbx_ring tx_ring;
	struct igbx_ring rx_ring;
	u32 eims_value;
	u16 v_idx;
	u64 irq_polls;
	u64 irq_polls_full;
	u64 irqs;
	struct dim dim;
	char name[IFNAMSIZ + 16];
};

/* Ring geometry helpers */
#define IGBX_TX_DESC(r, i)	(&((union e1000_adv_tx_desc *)(r)->desc)[i])
#define IGBX_RX_DESC(r, i)	(&((union e1000_adv_rx_desc *)(r)->desc)[i])

/**
 * igbx_desc_unused() - descriptors software may fill without overrunning
 * @ring: any ring
 *
 * One slot always stays empty so that head == tail means "empty" to the
 * NIC, never "full".
 *
 * Return: the number of free descriptors.
 */
static inline u16 igbx_desc_unused(const struct igbx_ring *ring)
{
	u16 ntc = ring->next_to_clean, ntu = ring->next_to_use;

	return (ntc > ntu ? 0 : ring->count) + ntc - ntu - 1;
}

/* RX buffers: the frame starts after room for the stack's headers. */
#define IGBX_RX_HEADROOM	(NET_SKB_PAD + NET_IP_ALIGN)
#define IGBX_RX_BUF_LEN		2048	/* what SRRCTL can say: 1 KiB units */
#define IGBX_RX_REFILL_BATCH	16	/* refill (and write RDT) this often */

/* Worst case descriptors one skb needs, and when a stopped queue wakes. */
#define IGBX_DESC_NEEDED	(MAX_SKB_FRAGS + 4)
#define IGBX_TX_WAKE_THRESHOLD	(IGBX_DESC_NEEDED * 2)
#define IGBX_TX_CLEAN_BUDGET	256	/* frames cleaned per poll at most */

/* What a frame asks of the NIC beyond sending its bytes (tx.c) */
#define IGBX_TX_FLAGS_CSUM	BIT(0)	/* insert the TCP/UDP checksum */
#define IGBX_TX_FLAGS_IPV4	BIT(1)	/* insert IPv4 header checksums (TSO) */
#define IGBX_TX_FLAGS_TSO	BIT(2)	/* TCP segmentation */
#define IGBX_TX_FLAGS_VLAN	BIT(3)	/* insert a VLAN tag */
#define IGBX_TX_FLAGS_TSTAMP	BIT(4)	/* latch a TX timestamp (ptp.c) */

/**
 * struct igbx_tx_info - one frame's offloads, found by igbx_tx_context()
 * @flags: IGBX_TX_FLAGS_*
 * @paylen: PAYLEN of the data descriptors: the frame's length, or with
 *	TSO the TCP payload's
 * @bytecount: bytes the frame puts on the wire (headers repeated per
 *	TSO segment), for BQL and statistics
 * @gso_segs: frames on the wire
 * @vlan: the tag to insert with %IGBX_TX_FLAGS_VLAN
 * @ctx_idx: context slot the frame uses
 */
struct igbx_tx_info {
	u32 flags;
	u32 paylen;
	u32 bytecount;
	u16 gso_segs;
	u16 vlan;
	u8 ctx_idx;
};

/* ring.c */
void igbx_init_ring(struct igbx_ring *ring, struct igbx_q_vector *q_vector,
		    unsigned int queue);
int igbx_alloc_ring_memory(struct igbx_ring *ring, size_t buffer_size);
void igbx_free_ring_memory(struct igbx_ring *ring);
void igbx_program_ring(struct igbx_hw *hw, struct igbx_ring *ring, bool tx);
struct igbx_ring *igbx_alloc_ring_set(struct igbx_adapter *adapter,
				      u16 tx_count, u16 rx_count);
void igbx_free_ring_set(struct igbx_ring *set, unsigned int n);
void igbx_ring_move_memory(struct igbx_ring *dst, struct igbx_ring *src);

/* tx.c */
int igbx_setup_tx_ring(struct igbx_ring *ring);
void igbx_free_tx_ring(struct igbx_ring *ring);
void igbx_configure_tx_ring(struct igbx_adapter *adapter, struct igbx_ring *ring);
void igbx_clean_tx_ring(struct igbx_ring *ring);
bool igbx_clean_tx_irq(struct igbx_q_vector *q_vector, int napi_budget);
netdev_tx_t igbx_xmit_frame(struct sk_buff *skb, struct net_device *netdev);
int igbx_xmit_xdp(struct igbx_ring *ring, struct xdp_frame *xdpf,
		  enum igbx_tx_type type, dma_addr_t dma);
void igbx_xdp_doorbell(struct igbx_ring *ring);
bool igbx_xmit_zc(struct igbx_q_vector *q_vector);
void igbx_configure_tx(struct igbx_adapter *adapter);

/**
 * igbx_rx_sync_for_cpu() - let the CPU see what the NIC wrote into a buffer
 * @ring: the RX ring
 * @buf: the buffer, its page from @ring's page_pool (mapped by the pool)
 * @size: bytes the NIC wrote, from @ring->rx_headroom on
 */
static inline void igbx_rx_sync_for_cpu(const struct igbx_ring *ring,
					const struct igbx_rx_buffer *buf,
					unsigned int size)
{
	dma_sync_single_range_for_cpu(ring->dev, buf->dma, ring->rx_headroom,
				      size, DMA_FROM_DEVICE);
}

/**
 * igbx_rx_sync_for_device() - give a buffer the CPU has read back to the NIC
 * @ring: the RX ring
 * @buf: the buffer, staying in its slot (an XDP drop), its page from
 *	@ring's page_pool
 *
 * What the pool does for a page it recycles, for the part the NIC writes.
 */
static inline void igbx_rx_sync_for_device(const struct igbx_ring *ring,
					   const struct igbx_rx_buffer *buf)
{
	dma_sync_single_range_for_device(ring->dev, buf->dma, ring->rx_headroom,
					 ring->rx_buf_len,
					 page_pool_get_dma_dir(ring->pp));
}

/**
 * igbx_xsk_buf_len() - bytes the NIC may write into one AF_XDP buffer
 * @pool: the socket's buffer pool (zero-copy)
 *
 * What a chunk holds after its headroom, in whole KiB as SRRCTL.BSIZEPKT
 * counts; xsk.c refuses a pool whose chunks hold less than 1 KiB.
 *
 * Return: the buffer length.
 */
static inline u16 igbx_xsk_buf_len(struct xsk_buff_pool *pool)
{
	return rounddown(xsk_pool_get_rx_frame_size(pool), SZ_1K);
}

/* rx.c */
u32 igbx_max_frame(const struct net_device *netdev);
unsigned int igbx_rx_truesize(unsigned int max_frame, unsigned int buf_len);
unsigned int igbx_rx_ring_truesize(const struct igbx_ring *ring);
int igbx_create_rx_pool(struct igbx_ring *ring);
void igbx_free_rx_pool(struct igbx_ring *ring);
int igbx_setup_rx_ring(struct igbx_ring *ring);
void igbx_free_rx_ring(struct igbx_ring *ring);
void igbx_configure_rx_ring(struct igbx_adapter *adapter, struct igbx_ring *ring);
void igbx_clean_rx_ring(struct igbx_ring *ring);
void igbx_alloc_rx_buffers(struct igbx_ring *ring, u16 count);
int igbx_clean_rx_irq(struct igbx_q_vector *q_vector, int budget);
int igbx_clean_rx_irq_zc(struct igbx_q_vector *q_vector, int budget);
void igbx_configure_rx(struct igbx_adapter *adapter);
void igbx_start_rx(struct igbx_adapter *adapter);
void igbx_write_rss(struct igbx_adapter *adapter);

#endif /* _IGBX_RING_H_ */
