// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - interrupt vectors, hard IRQ handlers and the NAPI poll
 *
 * The interrupt path, step by step:
 *   the NIC sets a cause (frame received, TX descriptor written back, link
 *   changed) and signals its vector
 *   igbx_msix_ring() / igbx_intr()  hard IRQ: mask the vector, note link
 *                                    changes, napi_schedule()
 *   igbx_poll()                      NAPI poll (softirq): clean TX, then
 *                                    RX within the budget; when done,
 *                                    napi_complete_done() and unmask
 *
 * Modes, chosen once at probe (module parameter int_mode can force one):
 *   MSI-X: vector 0 takes link and other causes (IVAR_MISC), vectors 1..N
 *     one queue pair each (IVAR). EICR bits are vectors (GPIE.MSIX_MODE);
 *     on the 82575 they stay causes, routed by each vector's MSIXBM, and
 *     a vector is masked by its causes' bits: the family's map functions
 *     say which bits a vector uses (&igbx_q_vector.eims_value).
 *     EIAC clears a queue vector's cause when its message is sent. Vectors
 *     for every queue pair the MAC has are allocated at probe; N, the
 *     pairs in use, is one per CPU until ethtool -L changes it.
 *   MSI, INTx: one vector, one queue pair; causes in ICR, masked with IMC.
 *     INTx may be shared: ICR without INT_ASSERTED means "not ours".
 * The IVAR entries are valid in every mode: the 82576 signals a queue's
 * causes only through a valid entry. How a queue's entry is found differs
 * per MAC: the family's &igbx_mac_ops.map_queue_irq writes it.
 */
#include <linux/module.h>

#include "igbx.h"

static int int_mode;
module_param(int_mode, int, 0444);
MODULE_PARM_DESC(int_mode,
		 "Interrupt mode: 0 best available (default), 1 INTx, 2 MSI, 3 MSI-X");

/* The most queue pairs the MAC (and igbx) can run. */
static unsigned int igbx_max_queue_pairs(struct igbx_adapter *adapter)
{
	return min_t(unsigned int, adapter->hw.info->max_queue_pairs,
		     IGBX_MAX_Q_VECTORS);
}

/*
 * Allocate the PCI interrupt vectors: MSI-X with one vector per queue
 * pair the MAC can run plus one, else MSI, else INTx (one queue pair).
 */
static int igbx_alloc_vectors(struct igbx_adapter *adapter)
{
	struct pci_dev *pdev = adapter->pdev;
	int mode = int_mode ? int_mode : IGBX_INT_MSIX;
	unsigned int pairs = igbx_max_queue_pairs(adapter);
	int n;

	if (mode >= IGBX_INT_MSIX) {
		n = pci_alloc_irq_vectors(pdev, 2, pairs + 1, PCI_IRQ_MSIX);
		if (n > 0) {
			adapter->int_mode = IGBX_INT_MSIX;
			adapter->max_q_vectors = n - 1;
			return 0;
		}
		dev_warn(&pdev->dev, "MSI-X unavailable (%d), trying MSI\n", n);
	}
	if (mode >= IGBX_INT_MSI) {
		n = pci_alloc_irq_vectors(pdev, 1, 1, PCI_IRQ_MSI);
		if (n > 0) {
			adapter->int_mode = IGBX_INT_MSI;
			adapter->max_q_vectors = 1;
			return 0;
		}
		dev_warn(&pdev->dev, "MSI unavailable (%d), using INTx\n", n);
	}
	n = pci_alloc_irq_vectors(pdev, 1, 1, PCI_IRQ_INTX);
	if (n < 0)
		return n;
	adapter->int_mode = IGBX_INT_INTX;
	adapter->max_q_vectors = 1;
	return 0;
}

static int igbx_poll(struct napi_struct *napi, int budget);

/*
 * One queue pair: its vector and the two rings' constants. Its NAPI
 * context is registered while the pair is in use (igbx_set_num_queues()).
 */
static int igbx_alloc_q_vector(struct igbx_adapter *adapter, unsigned int v)
{
	struct igbx_q_vector *q_vector;

	q_vector = kzalloc(sizeof(*q_vector), GFP_KERNEL);
	if (!q_vector)
		return -ENOMEM;
	q_vector->adapter = adapter;
	q_vector->v_idx = v;

	igbx_init_ring(&q_vector->tx_ring, q_vector, v);
	igbx_init_ring(&q_vector->rx_ring, q_vector, v);
	adapter->q_vector[v] = q_vector;
	return 0;
}

/*
 * Only the queue pairs in use have their NAPI context registered with
 * the stack, as the core expects: it may wait on every registered one
 * (on 7.2, switching threaded NAPI off waits for each to be idle or
 * owned by its thread, which a context never enabled is not). With a
 * persistent configuration (6.13) a context keeps its ID and settings,
 * such as threaded, across ethtool -L.
 */
static void igbx_add_napis(struct igbx_adapter *adapter, unsigned int from,
			   unsigned int to)
{
	unsigned int v;

	for (v = from; v < to; v++)
#ifdef IGBX_HAVE_NAPI_CONFIG
		netif_napi_add_config(adapter->netdev, &adapter->q_vector[v]->napi,
				      igbx_poll, v);
#else
		netif_napi_add(adapter->netdev, &adapter->q_vector[v]->napi,
			       igbx_poll);
#endif
}

static void igbx_del_napis(struct igbx_adapter *adapter, unsigned int from,
			   unsigned int to)
{
	unsigned int v;

	for (v = from; v < to; v++)
		netif_napi_del(&adapter->q_vector[v]->napi);
}

static void igbx_free_q_vectors(struct igbx_adapter *adapter)
{
	unsigned int v;

	igbx_del_napis(adapter, 0, adapter->num_q_vectors);
	adapter->num_q_vectors = 0;
	for (v = 0; v < IGBX_MAX_Q_VECTORS; v++) {
		kfree(adapter->q_vector[v]);
		adapter->q_vector[v] = NULL;
	}
}

/**
 * igbx_set_num_queues() - how many of the queue pairs are in use
 * @adapter: the port, not running
 * @n: 1..@adapter->max_q_vectors
 *
 * Tells the stack how many TX and RX queues there are, registers the
 * NAPI contexts of the pairs in use and only those (every context is
 * disabled here: at probe, or with the port stopped), and spreads the
 * RSS redirection table over them unless the user has set it (ethtool
 * -X; the core then refuses a count the table does not fit).
 *
 * Return: 0 or the stack's error (nothing changed then).
 */
int igbx_set_num_queues(struct igbx_adapter *adapter, unsigned int n)
{
	struct net_device *netdev = adapter->netdev;
	unsigned int old = netdev->real_num_tx_queues;
	unsigned int i;
	int err;

	err = netif_set_real_num_tx_queues(netdev, n);
	if (err)
		return err;
	err = netif_set_real_num_rx_queues(netdev, n);
	if (err) {
		netif_set_real_num_tx_queues(netdev, old);
		return err;
	}
	if (n < adapter->num_q_vectors)
		igbx_del_napis(adapter, n, adapter->num_q_vectors);
	else
		igbx_add_napis(adapter, adapter->num_q_vectors, n);
	adapter->num_q_vectors = n;
	if (!netif_is_rxfh_configured(netdev))
		for (i = 0; i < IGBX_RETA_ENTRIES; i++)
			adapter->rss_indir[i] = ethtool_rxfh_indir_default(i, n);
	return 0;
}

/**
 * igbx_init_interrupts() - choose the interrupt mode, create the queue pairs
 * @adapter: the port, at probe
 *
 * Every queue pair the interrupt mode allows is created; one per CPU of
 * them is used (ethtool -L changes that).
 *
 * Return: 0 or a negative errno (nothing stays allocated then).
 */
int igbx_init_interrupts(struct igbx_adapter *adapter)
{
	unsigned int v;
	int err;

	err = igbx_alloc_vectors(adapter);
	if (err)
		return err;

	for (v = 0; v < adapter->max_q_vectors; v++) {
		err = igbx_alloc_q_vector(adapter, v);
		if (err)
			goto err_q_vectors;
	}

	err = igbx_set_num_queues(adapter, min(num_online_cpus(),
					       adapter->max_q_vectors));
	if (err)
		goto err_q_vectors;
	return 0;

err_q_vectors:
	igbx_free_q_vectors(adapter);
	pci_free_irq_vectors(adapter->pdev);
	return err;
}

/**
 * igbx_free_interrupts() - undo igbx_init_interrupts(), at remove
 * @adapter: the port
 */
void igbx_free_interrupts(struct igbx_adapter *adapter)
{
	igbx_free_q_vectors(adapter);
	pci_free_irq_vectors(adapter->pdev);
}

/* Mask a queue vector (or the single vector) until its poll is done. */
static void igbx_mask_vector(struct igbx_q_vector *q_vector)
{
	struct igbx_adapter *adapter = q_vector->adapter;

	if (adapter->int_mode == IGBX_INT_MSIX)
		igbx_wr32(&adapter->hw, IGBX_EIMC, q_vector->eims_value);
	else
		igbx_wr32(&adapter->hw, IGBX_IMC, ~0U);
}

static void igbx_unmask_vector(struct igbx_q_vector *q_vector)
{
	struct igbx_adapter *adapter = q_vector->adapter;

	if (test_bit(IGBX_STATE_DOWN, &adapter->state))
		return;
	if (adapter->int_mode == IGBX_INT_MSIX)
		igbx_wr32(&adapter->hw, IGBX_EIMS, q_vector->eims_value);
	else
		igbx_wr32(&adapter->hw, IGBX_IMS, IGBX_IMS_LEGACY);
}

/* A link change: let the watchdog look at it now rather than in 2 s. */
static void igbx_link_event(struct igbx_adapter *adapter)
{
	if (!test_bit(IGBX_STATE_DOWN, &adapter->state))
		mod_delayed_work(system_percpu_wq, &adapter->watchdog_task, 0);
}

/* MSI-X vector 0: link and other causes. ICR clears on read (GPIE.NSICR). */
static irqreturn_t igbx_msix_other(int irq, void *data)
{
	struct igbx_adapter *adapter = data;
	u32 icr = igbx_rd32(&adapter->hw, IGBX_ICR);

	if (igbx_removed(&adapter->hw))
		return IRQ_NONE;
	if (icr & IGBX_ICR_LSC)
		igbx_link_event(adapter);
	return IRQ_HANDLED;
}

/* MSI-X queue vector: EIAC already cleared the cause; mask and poll. */
static irqreturn_t igbx_msix_ring(int irq, void *data)
{
	struct igbx_q_vector *q_vector = data;

	q_vector->irqs++;
	igbx_mask_vector(q_vector);
	napi_schedule(&q_vector->napi);
	return IRQ_HANDLED;
}

/* MSI or INTx: the one vector carries every cause. */
static irqreturn_t igbx_intr(int irq, void *data)
{
	struct igbx_adapter *adapter = data;
	struct igbx_q_vector *q_vector = adapter->q_vector[0];
	u32 icr = igbx_rd32(&adapter->hw, IGBX_ICR);

	if (igbx_removed(&adapter->hw))
		return IRQ_NONE;
	/* INTx only: a shared line raised by another device. */
	if (adapter->int_mode == IGBX_INT_INTX && !(icr & IGBX_ICR_INT_ASSERTED))
		return IRQ_NONE;

	q_vector->irqs++;
	igbx_mask_vector(q_vector);
	if (icr & IGBX_ICR_LSC)
		igbx_link_event(adapter);
	napi_schedule(&q_vector->napi);
	return IRQ_HANDLED;
}

/**
 * igbx_poll() - the NAPI poll of one queue pair
 * @napi: the vector's NAPI context
 * @budget: frames the RX side may process
 *
 * TX completions first (they free descriptors xmit is waiting for and
 * do not count against the budget), then RX. Only when both are done is
 * the poll completed and the vector unmasked.
 *
 * Return: work done; @budget means "poll me again".
 */
static int igbx_poll(struct napi_struct *napi, int budget)
{
	struct igbx_q_vector *q_vector = container_of(napi, struct igbx_q_vector,
						      napi);
	bool tx_done;
	int work;

	q_vector->irq_polls++;
	tx_done = igbx_clean_tx_irq(q_vector, budget);
	/* Netpoll polls with budget 0: TX only, and never complete. */
	if (!budget)
		return 0;
	/* a queue pair on an AF_XDP socket's buffers (xsk.c) */
	if (unlikely(q_vector->rx_ring.xsk_pool)) {
		tx_done &= igbx_xmit_zc(q_vector);
		work = igbx_clean_rx_irq_zc(q_vector, budget);
	} else {
		work = igbx_clean_rx_irq(q_vector, budget);
	}

	if (!tx_done || work >= budget) {
		q_vector->irq_polls_full++;
		return budget;
	}
	/*
	 * DIM's sample, while the poll still owns the context. Pairs with
	 * igbx_set_itr()'s smp_store_release().
	 */
	if (smp_load_acquire(&q_vector->adapter->adaptive_rx))
		igbx_dim_sample(q_vector);
	if (napi_complete_done(napi, work))
		igbx_unmask_vector(q_vector);
	return work;
}

/*
 * Which interrupt a NAPI context is polled from, for the netdev netlink
 * family (napi-get reports it; -1: none). Under RTNL.
 */
static void igbx_napi_irq(struct igbx_q_vector *q_vector, int irq)
{
#ifdef IGBX_HAVE_NAPI_LINKS
	netif_napi_set_irq(&q_vector->napi, irq);
#endif
}

/**
 * igbx_link_queues() - tell the stack which NAPI context serves each queue
 * @adapter: the port, its contexts registered; under RTNL
 * @on: at start (queue pair v: vector v's context) or at stop (none)
 *
 * The netdev netlink family reports the link (queue-get's napi-id); the
 * core uses it, for example to keep a queue's settings across ethtool -L.
 */
void igbx_link_queues(struct igbx_adapter *adapter, bool on)
{
#ifdef IGBX_HAVE_NAPI_LINKS
	unsigned int v;

	for (v = 0; v < adapter->num_q_vectors; v++) {
		struct napi_struct *napi = on ? &adapter->q_vector[v]->napi : NULL;

		netif_queue_set_napi(adapter->netdev, v, NETDEV_QUEUE_TYPE_RX, napi);
		netif_queue_set_napi(adapter->netdev, v, NETDEV_QUEUE_TYPE_TX, napi);
	}
#endif
}

/**
 * igbx_request_irqs() - attach the handlers, at open
 * @adapter: the port
 *
 * Return: 0 or the error of request_irq() (nothing stays attached then).
 */
int igbx_request_irqs(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	struct pci_dev *pdev = adapter->pdev;
	unsigned int v;
	int err;

	if (adapter->int_mode != IGBX_INT_MSIX) {
		err = request_irq(pci_irq_vector(pdev, 0), igbx_intr,
				  adapter->int_mode == IGBX_INT_INTX ? IRQF_SHARED : 0,
				  netdev->name, adapter);
		if (err)
			return err;
		for (v = 0; v < adapter->num_q_vectors; v++)
			igbx_napi_irq(adapter->q_vector[v], pci_irq_vector(pdev, 0));
		return 0;
	}

	err = request_irq(pci_irq_vector(pdev, 0), igbx_msix_other, 0,
			  netdev->name, adapter);
	if (err)
		return err;
	for (v = 0; v < adapter->num_q_vectors; v++) {
		struct igbx_q_vector *q_vector = adapter->q_vector[v];

		snprintf(q_vector->name, sizeof(q_vector->name), "%s-TxRx-%u",
			 netdev->name, v);
		err = request_irq(pci_irq_vector(pdev, v + 1), igbx_msix_ring, 0,
				  q_vector->name, q_vector);
		if (err)
			goto err_unwind;
		igbx_napi_irq(q_vector, pci_irq_vector(pdev, v + 1));
	}
	return 0;

err_unwind:
	while (v--) {
		igbx_napi_irq(adapter->q_vector[v], -1);
		free_irq(pci_irq_vector(pdev, v + 1), adapter->q_vector[v]);
	}
	free_irq(pci_irq_vector(pdev, 0), adapter);
	return err;
}

/**
 * igbx_free_irqs() - detach the handlers, at close
 * @adapter: the port
 */
void igbx_free_irqs(struct igbx_adapter *adapter)
{
	struct pci_dev *pdev = adapter->pdev;
	unsigned int v;

	free_irq(pci_irq_vector(pdev, 0), adapter);
	for (v = 0; v < adapter->num_q_vectors; v++) {
		igbx_napi_irq(adapter->q_vector[v], -1);
		if (adapter->int_mode == IGBX_INT_MSIX)
			free_irq(pci_irq_vector(pdev, v + 1), adapter->q_vector[v]);
	}
}

/**
 * igbx_configure_interrupts() - program the cause-to-vector routing
 * @adapter: the port, after a MAC reset, with every cause masked
 *
 * The routing registers are the family's (&igbx_mac_ops.map_queue_irq
 * and .map_other_irq: IVAR and IVAR_MISC, their layout per MAC, or the
 * 82575's MSIXBM), and so are the EIMS bits each vector is masked with.
 */
void igbx_configure_interrupts(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	const struct igbx_mac_ops *ops = hw->info->ops;
	unsigned int v;

	if (adapter->int_mode != IGBX_INT_MSIX) {
		ops->map_queue_irq(hw, 0, false, 0);
		ops->map_queue_irq(hw, 0, true, 0);
		igbx_write_itr(adapter);
		return;
	}

	/* MSI-X mode first: EIAC and the vector bits mean nothing before. */
	adapter->eims_other = ops->map_other_irq(hw, 0);

	adapter->eims_queues = 0;
	for (v = 0; v < adapter->num_q_vectors; v++) {
		struct igbx_q_vector *q_vector = adapter->q_vector[v];

		q_vector->eims_value = ops->map_queue_irq(hw, q_vector->rx_ring.reg_idx,
							  false, v + 1);
		q_vector->eims_value |= ops->map_queue_irq(hw, q_vector->tx_ring.reg_idx,
							   true, v + 1);
		adapter->eims_queues |= q_vector->eims_value;
	}
	igbx_write_itr(adapter);
	/* Sending a vector's message clears its EICR bit. */
	igbx_wr32(hw, IGBX_EIAC, adapter->eims_queues | adapter->eims_other);
}

/**
 * igbx_irq_enable() - unmask every vector, at the end of bring-up
 * @adapter: the port
 */
void igbx_irq_enable(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;

	if (adapter->int_mode == IGBX_INT_MSIX) {
		igbx_wr32(hw, IGBX_EIMS, adapter->eims_queues | adapter->eims_other);
		igbx_wr32(hw, IGBX_IMS, IGBX_ICR_LSC);
	} else {
		igbx_wr32(hw, IGBX_IMS, IGBX_IMS_LEGACY);
	}
	igbx_flush(hw);
}

/**
 * igbx_irq_disable() - mask everything and wait for running handlers
 * @adapter: the port, going down
 */
void igbx_irq_disable(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	unsigned int v;

	igbx_wr32(hw, IGBX_IMC, ~0U);
	if (adapter->int_mode == IGBX_INT_MSIX) {
		igbx_wr32(hw, IGBX_EIMC, ~0U);
		igbx_wr32(hw, IGBX_EIAC, 0);
	}
	igbx_flush(hw);

	synchronize_irq(pci_irq_vector(adapter->pdev, 0));
	if (adapter->int_mode != IGBX_INT_MSIX)
		return;
	for (v = 0; v < adapter->num_q_vectors; v++)
		synchronize_irq(pci_irq_vector(adapter->pdev, v + 1));
}

/**
 * igbx_irq_kick_vector() - fire one queue vector from software
 * @q_vector: the vector; with MSI or INTx, the port's one interrupt
 *
 * For AF_XDP's wakeup (xsk.c): the vector's poll then runs as if the
 * NIC had raised it, in the vector's own interrupt and moderation.
 */
void igbx_irq_kick_vector(struct igbx_q_vector *q_vector)
{
	struct igbx_adapter *adapter = q_vector->adapter;

	if (adapter->int_mode == IGBX_INT_MSIX)
		igbx_wr32(&adapter->hw, IGBX_EICS, q_vector->eims_value);
	else
		igbx_wr32(&adapter->hw, IGBX_ICS, IGBX_ICR_RXT0);
}

/**
 * igbx_irq_kick() - fire every queue vector once from software
 * @adapter: the port
 *
 * The watchdog calls this so that a lost interrupt (or one cleared by a
 * shared-line read) cannot leave a ring uncleaned for good.
 */
void igbx_irq_kick(struct igbx_adapter *adapter)
{
	if (adapter->int_mode == IGBX_INT_MSIX)
		igbx_wr32(&adapter->hw, IGBX_EICS, adapter->eims_queues);
	else
		igbx_wr32(&adapter->hw, IGBX_ICS, IGBX_ICR_RXT0);
}
