// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - a live, read-only view of the rings in debugfs
 *
 *   /sys/kernel/debug/igbx/<pci address>/tx_ring_N
 *   /sys/kernel/debug/igbx/<pci address>/rx_ring_N
 *   /sys/kernel/debug/igbx/<pci address>/buffers
 *
 * Each file shows the software indexes (next_to_use, next_to_clean), the
 * NIC's head and tail registers, and the descriptors around them decoded:
 * who owns the slot (handed to the NIC, or back with software), raw words
 * plus the bits that matter (DD, EOP, length). A software-owned slot may
 * still show what the NIC wrote back on the previous lap. Reading takes
 * the RTNL, so the ring cannot be freed or resized meanwhile; the NIC and
 * NAPI keep running, so the view is a snapshot taken while they work.
 *
 * "buffers" counts, per queue pair, the DMA mappings xmit made and the
 * cleaner undid, and the pages RX took from its page_pool and gave up
 * (to skbs or back to the pool). With the interface down both pairs of
 * numbers must be equal: anything else is a leaked mapping or page.
 */
#include <linux/debugfs.h>
#include <linux/rtnetlink.h>
#include <linux/seq_file.h>

#include "igbx.h"

/* Descriptors shown before and after each index of interest */
#define IGBX_DBG_AROUND		4

static struct dentry *igbx_dbg_root;

/*
 * Show slot i, marking the slots where software and hardware indexes
 * point. Shown as the NIC last wrote it: a written-back descriptor
 * carries DD; one still owned by the NIC shows the buffer address.
 */
static void igbx_dbg_desc(struct seq_file *m, struct igbx_ring *ring, bool tx,
			  u16 i, u32 head, u32 tail)
{
	const __le64 *q = (const __le64 *)ring->desc + 2 * i;
	u64 lo = le64_to_cpu(READ_ONCE(q[0])), hi = le64_to_cpu(READ_ONCE(q[1]));
	u16 ahead = (i + ring->count - ring->next_to_clean) % ring->count;
	u16 given = (ring->next_to_use + ring->count - ring->next_to_clean) % ring->count;

	/* Slots from next_to_clean up to next_to_use are handed to the NIC. */
	seq_printf(m, "%4u %s %016llx %016llx", i, ahead < given ? "nic" : "sw ", lo, hi);
	if (tx) {
		/* cmd_type_len in the low half, status (DD) in the high half */
		seq_printf(m, " len %5llu%s%s", hi & IGBX_TXD_DTALEN_MASK,
			   (hi & IGBX_TXD_CMD_EOP) ? " EOP" : "",
			   (upper_32_bits(hi) & IGBX_TXD_STAT_DD) ? " DD" : "");
	} else if (lower_32_bits(hi) & IGBX_RXD_STAT_DD) {
		/* write-back: status_error low, length in bits 47:32 */
		seq_printf(m, " len %5llu DD%s", (hi >> 32) & 0xffff,
			   (lower_32_bits(hi) & IGBX_RXD_STAT_EOP) ? " EOP" : "");
	} else {
		seq_puts(m, " (empty buffer)");
	}
	seq_printf(m, "%s%s%s%s\n",
		   i == ring->next_to_clean ? " <- next_to_clean" : "",
		   i == ring->next_to_use ? " <- next_to_use" : "",
		   i == head ? " <- head" : "", i == tail ? " <- tail" : "");
}

/* Show the slots within IGBX_DBG_AROUND of @center, once each. */
static void igbx_dbg_window(struct seq_file *m, struct igbx_ring *ring, bool tx,
			    u16 center, u32 head, u32 tail)
{
	int d;

	seq_puts(m, "   ...\n");
	for (d = -IGBX_DBG_AROUND; d <= IGBX_DBG_AROUND; d++) {
		u16 i = (center + ring->count + d) % ring->count;

		igbx_dbg_desc(m, ring, tx, i, head, tail);
	}
}

static int igbx_dbg_ring_show(struct seq_file *m, bool tx)
{
	struct igbx_q_vector *q_vector = m->private;
	struct igbx_ring *ring = tx ? &q_vector->tx_ring : &q_vector->rx_ring;
	struct igbx_hw *hw = &q_vector->adapter->hw;
	u8 q = ring->reg_idx;
	u32 head, tail;

	rtnl_lock();
	if (!ring->desc) {
		seq_puts(m, "ring not allocated (interface down, or queue pair not in use)\n");
		goto out;
	}
	head = igbx_rd32(hw, tx ? IGBX_TDH(q) : IGBX_RDH(q));
	tail = igbx_rd32(hw, tx ? IGBX_TDT(q) : IGBX_RDT(q));
	seq_printf(m, "%s ring %u: %u descriptors at %pad\n", tx ? "TX" : "RX",
		   ring->queue_index, ring->count, &ring->dma);
	seq_printf(m, "next_to_use %u  next_to_clean %u  head %u  tail %u  unused %u\n",
		   ring->next_to_use, ring->next_to_clean, head, tail,
		   igbx_desc_unused(ring));
	seq_printf(m, "packets %llu  bytes %llu\n", ring->stats.packets,
		   ring->stats.bytes);
	if (ring->xsk_pool && tx)
		seq_puts(m, "AF_XDP zero-copy: the socket's buffers\n");
	else if (ring->xsk_pool)
		seq_printf(m, "AF_XDP zero-copy: the socket's buffers, NIC writes up to %u\n",
			   ring->rx_buf_len);
	else if (!tx)
		seq_printf(m, "buffers %u bytes of a %lu-byte page, NIC writes up to %u\n",
			   ring->rx_truesize, PAGE_SIZE, ring->rx_buf_len);
	seq_puts(m, "slot owner qword 0        qword 1\n");
	igbx_dbg_window(m, ring, tx, ring->next_to_clean, head, tail);
	igbx_dbg_window(m, ring, tx, ring->next_to_use, head, tail);
out:
	rtnl_unlock();
	return 0;
}

static int igbx_dbg_tx_ring_show(struct seq_file *m, void *unused)
{
	return igbx_dbg_ring_show(m, true);
}
DEFINE_SHOW_ATTRIBUTE(igbx_dbg_tx_ring);

static int igbx_dbg_rx_ring_show(struct seq_file *m, void *unused)
{
	return igbx_dbg_ring_show(m, false);
}
DEFINE_SHOW_ATTRIBUTE(igbx_dbg_rx_ring);

static int igbx_dbg_buffers_show(struct seq_file *m, void *unused)
{
	struct igbx_adapter *adapter = m->private;
	unsigned int v;

	rtnl_lock();
	for (v = 0; v < adapter->max_q_vectors; v++) {
		const struct igbx_q_vector *q_vector = adapter->q_vector[v];
		const struct igbx_tx_stats *tx = &q_vector->tx_ring.tx_stats;
		const struct igbx_rx_stats *rx = &q_vector->rx_ring.rx_stats;

		seq_printf(m, "queue %u: tx maps %llu unmaps %llu  rx pages_in %llu pages_out %llu\n",
			   v, tx->maps, tx->unmaps, rx->pages_in, rx->pages_out);
	}
	rtnl_unlock();
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(igbx_dbg_buffers);

/**
 * igbx_dbg_adapter_init() - create a port's directory and ring files
 * @adapter: the port, with its queue pairs created
 *
 * Failures are not errors: debugfs is an aid, and its calls cope with
 * a missing parent.
 */
void igbx_dbg_adapter_init(struct igbx_adapter *adapter)
{
	unsigned int v;
	char name[sizeof("tx_ring_") + 10];	/* room for any unsigned int */

	adapter->dbg_dir = debugfs_create_dir(pci_name(adapter->pdev), igbx_dbg_root);
	debugfs_create_file("buffers", 0400, adapter->dbg_dir, adapter,
			    &igbx_dbg_buffers_fops);
	/* every queue pair ethtool -L can put in use */
	for (v = 0; v < adapter->max_q_vectors; v++) {
		snprintf(name, sizeof(name), "tx_ring_%u", v);
		debugfs_create_file(name, 0400, adapter->dbg_dir, adapter->q_vector[v],
				    &igbx_dbg_tx_ring_fops);
		snprintf(name, sizeof(name), "rx_ring_%u", v);
		debugfs_create_file(name, 0400, adapter->dbg_dir, adapter->q_vector[v],
				    &igbx_dbg_rx_ring_fops);
	}
}

/**
 * igbx_dbg_adapter_exit() - remove a port's directory
 * @adapter: the port
 */
void igbx_dbg_adapter_exit(struct igbx_adapter *adapter)
{
	debugfs_remove_recursive(adapter->dbg_dir);
	adapter->dbg_dir = NULL;
}

/** igbx_dbg_init() - create /sys/kernel/debug/igbx, at module load */
void igbx_dbg_init(void)
{
	igbx_dbg_root = debugfs_create_dir(IGBX_DRV_NAME, NULL);
}

/** igbx_dbg_exit() - remove it, at module unload */
void igbx_dbg_exit(void)
{
	debugfs_remove_recursive(igbx_dbg_root);
}
