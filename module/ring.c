// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - what TX and RX rings have in common: their constants, the
 * descriptor memory, the software array beside it, the registers that
 * tell the NIC where the ring is, and the second set of rings a resize
 * builds before it swaps them in. tx.c and rx.c add what differs.
 */
#include "igbx.h"

/**
 * igbx_init_ring() - a ring's constants: its vector, interface, device, queue
 * @ring: the ring to fill in
 * @q_vector: the vector that cleans it
 * @queue: its stack and hardware queue number
 */
void igbx_init_ring(struct igbx_ring *ring, struct igbx_q_vector *q_vector,
		    unsigned int queue)
{
	ring->q_vector = q_vector;
	ring->netdev = q_vector->adapter->netdev;
	ring->dev = &q_vector->adapter->pdev->dev;
	ring->queue_index = queue;
	ring->reg_idx = queue;
	u64_stats_init(&ring->stats.syncp);
}

/**
 * igbx_alloc_ring_memory() - descriptors and the software array of a ring
 * @ring: ring with @count set
 * @buffer_size: bytes of one software-array entry
 *
 * Both descriptor formats are 16 bytes; the ring's byte length is
 * rounded up to the 128 bytes the hardware requires.
 *
 * Return: 0 or -ENOMEM (then nothing stays allocated).
 */
int igbx_alloc_ring_memory(struct igbx_ring *ring, size_t buffer_size)
{
	ring->tx_buffer_info = kvcalloc(ring->count, buffer_size, GFP_KERNEL);
	if (!ring->tx_buffer_info)
		return -ENOMEM;

	ring->size = ALIGN(ring->count * sizeof(union e1000_adv_tx_desc),
			   IGBX_RING_ALIGN_BYTES);
	ring->desc = dma_alloc_coherent(ring->dev, ring->size, &ring->dma,
					GFP_KERNEL);
	if (!ring->desc) {
		kvfree(ring->tx_buffer_info);
		ring->tx_buffer_info = NULL;
		return -ENOMEM;
	}
	ring->next_to_use = 0;
	ring->next_to_clean = 0;
	return 0;
}

/**
 * igbx_free_ring_memory() - free what igbx_alloc_ring_memory() allocated
 * @ring: the ring; nothing happens when it has no memory
 */
void igbx_free_ring_memory(struct igbx_ring *ring)
{
	if (!ring->desc)
		return;
	dma_free_coherent(ring->dev, ring->size, ring->desc, ring->dma);
	ring->desc = NULL;
	kvfree(ring->tx_buffer_info);
	ring->tx_buffer_info = NULL;
}

/* One of a ring's registers, by its offset within the queue's slot. */
static u32 igbx_ring_reg(const struct igbx_ring *ring, bool tx, u32 off)
{
	return tx ? IGBX_TXQ_REG(ring->reg_idx, off) : IGBX_RXQ_REG(ring->reg_idx, off);
}

/**
 * igbx_program_ring() - tell the NIC where a (disabled) ring is
 * @hw: hardware handle
 * @ring: the ring
 * @tx: a TX ring (else RX)
 *
 * Base address, byte length, and head = tail = 0: the ring starts empty.
 * The caller disables the queue before and enables it after.
 */
void igbx_program_ring(struct igbx_hw *hw, struct igbx_ring *ring, bool tx)
{
	igbx_wr32(hw, igbx_ring_reg(ring, tx, IGBX_Q_BAL), lower_32_bits(ring->dma));
	igbx_wr32(hw, igbx_ring_reg(ring, tx, IGBX_Q_BAH), upper_32_bits(ring->dma));
	igbx_wr32(hw, igbx_ring_reg(ring, tx, IGBX_Q_LEN), ring->size);
	igbx_wr32(hw, igbx_ring_reg(ring, tx, IGBX_Q_HEAD), 0);
	igbx_wr32(hw, igbx_ring_reg(ring, tx, IGBX_Q_TAIL), 0);
	ring->tail = hw->io_addr + igbx_ring_reg(ring, tx, IGBX_Q_TAIL);
	ring->next_to_use = 0;
	ring->next_to_clean = 0;
}

/**
 * igbx_alloc_ring_set() - a second set of rings, for a resize
 * @adapter: the port
 * @tx_count: descriptors per TX ring
 * @rx_count: descriptors per RX ring
 *
 * One TX and one RX ring per queue pair in use, as set[0..n) TX and
 * set[n..2n) RX, with their descriptors and software arrays but no page
 * pools yet: a pool can only be made while its NAPI context is disabled.
 *
 * Return: the set, or %NULL with nothing allocated.
 */
struct igbx_ring *igbx_alloc_ring_set(struct igbx_adapter *adapter,
				      u16 tx_count, u16 rx_count)
{
	unsigned int n = adapter->num_q_vectors, v;
	struct igbx_ring *set;

	set = kvcalloc(2 * n, sizeof(*set), GFP_KERNEL);
	if (!set)
		return NULL;
	for (v = 0; v < n; v++) {
		struct igbx_ring *tx = &set[v], *rx = &set[n + v];

		igbx_init_ring(tx, adapter->q_vector[v], v);
		igbx_init_ring(rx, adapter->q_vector[v], v);
		tx->count = tx_count;
		rx->count = rx_count;
		rx->rx_buf_len = adapter->rx_buf_len;
		if (igbx_alloc_ring_memory(tx, sizeof(struct igb_tx_buffer)) ||
		    igbx_alloc_ring_memory(rx, sizeof(struct igbx_rx_buffer))) {
			igbx_free_ring_set(set, n);
			return NULL;
		}
	}
	return set;
}

/**
 * igbx_free_ring_set() - free a set from igbx_alloc_ring_set()
 * @set: the set; rings whose memory was moved out hold nothing
 * @n: queue pairs it was made for
 */
void igbx_free_ring_set(struct igbx_ring *set, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < 2 * n; i++)
		igbx_free_ring_memory(&set[i]);
	kvfree(set);
}

/**
 * igbx_ring_move_memory() - hand a ring's memory to the ring in use
 * @dst: the ring in use, its own memory already freed
 * @src: a ring of a set; it holds nothing afterwards
 *
 * Descriptors, software array, page pool (with its XDP registration and
 * buffer layout) and the sizes that go with them.
 */
void igbx_ring_move_memory(struct igbx_ring *dst, struct igbx_ring *src)
{
	dst->desc = src->desc;
	dst->dma = src->dma;
	dst->size = src->size;
	dst->count = src->count;
	dst->tx_buffer_info = src->tx_buffer_info;	/* or rx_buffer_info */
	dst->pp = src->pp;
	dst->rx_buf_len = src->rx_buf_len;
	dst->rx_headroom = src->rx_headroom;
	dst->xdp_rxq = src->xdp_rxq;
	src->desc = NULL;
	src->tx_buffer_info = NULL;
	src->pp = NULL;
}
