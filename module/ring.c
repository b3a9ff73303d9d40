// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - what TX and RX rings have in common: the descriptor memory, the
 * software array beside it, and the registers that tell the NIC where the
 * ring is. tx.c and rx.c add what differs.
 */
#include "igbx.h"

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
	ring->tail = hw->hw_addr + igbx_ring_reg(ring, tx, IGBX_Q_TAIL);
	ring->next_to_use = 0;
	ring->next_to_clean = 0;
}
