// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - a reimplementation of the igb driver path for Intel's 82575,
 * 82576, 82580, I350, I354, I210 and I211 gigabit Ethernet controllers.
 *
 * Theory of operation
 * ===================
 *
 * The controller talks to the host through two things: memory-mapped
 * registers in BAR0 (control, status, interrupt causes, ring pointers,
 * statistics), and descriptor rings in host memory that it reads and
 * writes by DMA. A descriptor is 16 bytes: a buffer address plus command
 * or status bits (include/desc.h). Software owns the descriptors between
 * the ring's head (where the NIC works) and its tail (the "doorbell"
 * register software writes); the NIC owns the rest.
 *
 * Receive: software fills the RX ring with empty buffers and moves the
 * tail past them. The NIC DMAs each arriving frame into the next buffer,
 * writes the descriptor back with the length and DD ("descriptor done")
 * set, and raises an interrupt. The hard IRQ handler only masks the
 * interrupt and schedules NAPI; the NAPI poll, in softirq context, turns
 * finished descriptors into skbs, hands them to the stack through GRO
 * (napi_gro_receive -> netif_receive_skb), refills the ring and unmasks.
 * When no empty buffer is left the NIC drops the frame and counts it
 * (MPC missed packets, RNBC no buffer): users see these as "overruns".
 *
 * Transmit: ndo_start_xmit maps the skb's head and fragments for DMA,
 * writes one descriptor per buffer, the last one with EOP and RS ("report
 * status"), and writes the TX tail register. The NIC fetches the frame,
 * sends it, writes DD back into the last descriptor and raises the
 * completion interrupt; NAPI then unmaps the buffers and frees the skbs.
 *
 * Where each stage lives
 * ======================
 *
 *   main.c      this overview, module init/exit, open/close, MTU, and
 *               igbx_reinit(): every "stop the port, change, start" path
 *   pci.c       PCI ID table, probe and remove
 *   pm.c        power management and recovery: shutdown, system sleep,
 *               PCIe error recovery, function-level reset, Wake-on-LAN
 *   hw.c        register access, the family table (igbx_families[]),
 *               the software/firmware semaphores (SWSM, SW_FW_SYNC),
 *               receive addresses, flow control
 *   nvm.c       NVM words (EERD, iNVM), checksum, MAC address, image
 *               version, wake-up word: shared by the families
 *   phy.c       PHY registers (MDIC), PHY reset and ID, copper link
 *               setup per PHY type, link check: shared by the families
 *   mac_82575.c the 82575 and 82576: MAC reset (with the PCIe
 *               completion timeout), MSIXBM and IVAR routing, EITR form,
 *               receive packet buffer size, VFTA writes, register-test
 *               tables, and their ops tables; the later families'
 *               tables point at many of these
 *   mac_82580.c the 82580, I350 and I354: their IVAR layout, NVM
 *               checksum rules, RXPBS decoding, the I350's VFTA
 *               erratum, register-test tables, their ops tables
 *   mac_i210.c  the I210 and I211: reset with the packet buffer split,
 *               the semaphore's stuck-SMBI clearing, NVM words from
 *               flash or iNVM, buffer size, PHY reset with the PLL
 *               workaround, register-test table, their ops table
 *   ring.c      ring constants and memory, ring registers (TX and RX
 *               alike), the new ring sets of a resize
 *   tx.c        TX rings, ndo_start_xmit, TX completion cleaning, XDP
 *               frames on the TX rings (XDP_TX and ndo_xdp_xmit)
 *   rx.c        RX rings, buffer refill, skb building, RSS registers,
 *               running the XDP program on each frame and its verdicts
 *   xdp.c       native XDP: ndo_bpf (attach, replace, detach, the MTU
 *               limit of one buffer per frame), ndo_xdp_xmit
 *   xsk.c       AF_XDP zero-copy: which queue pairs run on a socket's
 *               buffers, switching one pair while the others run,
 *               ndo_xsk_wakeup (the zero-copy receive poll is rx.c's,
 *               the zero-copy transmit tx.c's)
 *   irq.c       interrupt vectors, hard IRQ handlers, the NAPI poll
 *   itr.c       interrupt moderation: a fixed interval, or adaptive
 *               through the kernel's DIM library (net_dim)
 *   offload.c   features (ethtool -k/-K) and the receive offload
 *               registers: checksum, VLAN stripping, frame length
 *   filter.c    receive address filters, promiscuous modes, VLAN filter
 *   watchdog.c  link state, TX hang detection, the reset task
 *   stats.c     hardware counters, get_stats64, per-queue qstats
 *   debugfs.c   a live view of every ring
 *   diag.c      ethtool -t's offline tests: register pattern, interrupt,
 *               PHY loopback (phy.c sets it per PHY), link (the NVM
 *               checksum is nvm.c's)
 *   regdump.c   ethtool -d: the register dump in igb's layout
 *   ptp.c       the PTP hardware clock (SYSTIM through the kernel's
 *               timecounter, or the I210's SYSTIM written directly),
 *               hardware timestamps (hwtstamp requests, the TX stamp
 *               work, RX stamps from RXSTMPL/H or from the header in
 *               the receive buffer), ethtool -T; per-generation tables
 *               (struct igbx_ptp_ops) for the 82576, the 82580/I350/I354
 *               and the I210/I211
 *   ethtool.c   ethtool operations
 *   include/regs.h   register offsets and bits
 *   include/desc.h   descriptor formats and their encoders
 *   include/ring.h   ring, buffer and vector structures
 *   include/igbx.h   adapter and hardware structures, the family table
 *                    (struct igbx_family_info, struct igbx_mac_ops) and
 *                    the wrappers that call a family's ops
 *   include/compat.h what differs between the kernels igbx builds on,
 *                    from the IGBX_HAVE_* tests in include/compat.mk
 *
 * Calls point down this stack, never up: pci.c (probe) and pm.c (sleep,
 * shutdown, recovery); ethtool.c, diag.c, regdump.c, debugfs.c and xdp.c
 * (user requests: ethtool, debugfs, ndo_bpf, and ndo_xdp_xmit);
 * main.c and watchdog.c (the port's life: up, down, reinit, reset); xsk.c
 * (a queue pair's AF_XDP socket); irq.c, offload.c, filter.c, stats.c;
 * itr.c; tx.c and rx.c (the packet path); ptp.c; ring.c; the family's
 * ops (mac_82575.c, mac_82580.c, mac_i210.c), reached through igbx.h's
 * wrappers; nvm.c and phy.c; hw.c. The shared code in nvm.c, phy.c and
 * hw.c calls back through the ops table only for what a family supplies
 * there (its semaphore, its NVM and PHY access, its receive buffer's
 * size).
 *
 * Families
 * ========
 *
 * The PCI ID table maps each device ID to a family (enum igbx_family).
 * igbx_families[] (hw.c) holds each family's constants (queue counts,
 * NVM layout, USO, the 82575's RETA layout and per-queue TX context
 * slot, the I210/I211's extra register in ethtool -d) and a pointer to
 * its struct igbx_mac_ops: the hardware sequences that differ between
 * MAC generations (reset, firmware semaphores, NVM read and check, MAC
 * address, PHY access, link setup and check, packet buffer size and
 * pause marks, interrupt routing and the EITR word, the register-test
 * table), and a pointer to its time sync unit's struct igbx_ptp_ops
 * (ptp.c: TIMINCA's arithmetic, SYSTIM's latching read and layout, how
 * time is set and stepped, the RX filters, the stamp in the receive
 * buffer; NULL on the 82575). Code outside those files reaches them as
 * hw->info->ops and hw->info->ptp,
 * mostly through igbx.h's wrappers (igbx_reset_hw(), igbx_nvm_read(),
 * igbx_phy_read(), igbx_setup_link(), igbx_check_link() ...), and never
 * compares the family itself. The packet path calls no op per frame but
 * for a timestamped one (ptp.c converts its stamp through the family's
 * table): it reads a constant there (tx.c, the TX context slot) and
 * calls ops only when it programs the MAC (irq.c, itr.c, rx.c). Where a family does
 * what another does, its table points at the same function. What
 * differs: the MAC reset (the 82575 and 82576 also set the PCIe
 * completion timeout in it; the I210 and I211 size their packet buffers
 * after it); interrupt routing (MSIXBM bitmaps on the 82575, IVAR bytes
 * in the 82576's or the later layout) and the 82575's EITR word; the NVM
 * checksum rule (one image at word 0 on the 82575, 82576 and I210 with
 * flash; on the 82580 port 0's section only, or all four per-port
 * sections when NVM word 0x03 bit 15 says so; on the I350 and I354
 * always all four); where the NVM words come from (EERD, or on the I211
 * and on an I210 whose EECD shows no flash the iNVM's word-autoload
 * records, with no checksum; decided at init into hw->nvm); the receive
 * packet buffer's size behind the pause marks (RXPBS in KiB on the
 * 82576, PBA on the 82575, an RXPBS table index on the 82580, I350 and
 * I354, RXPBSIZE on the I210 and I211); VFTA writes (the I350 and I354
 * repeat each one, their erratum); and the register-test table. Every
 * family takes the same software/firmware semaphores (SWSM, then its bit
 * in SW_FW_SYNC: the NVM's, or the port's own PHY's) around each EERD
 * block and each MDIC access, so that management firmware and the other
 * ports' drivers are kept out; one held past its limit fails the access
 * with -EBUSY; the I210 and I211 clear an SWSM.SMBI left set once per
 * load. Every family resets its PHY the same way (CTRL.PHY_RST inside
 * the PHY semaphore, then the port's CFG_DONE in EEMNGCTL, the I210's
 * own copy on the I210 and I211, which first run the PLL workaround when
 * their NVM is the iNVM); the PHY's ID, read at probe, decides its type
 * (M88, IGP, 82580/I350 internal, I210 internal) and so the settings
 * each link setup makes (phy.c); an unknown ID fails the probe. No
 * family switches its PHY's power apart from link setup (phy_power is
 * NULL). The 82580 has a table of its own, the I350 and I354 share one,
 * and the I210 and I211 another. The 82576's copper IDs are bound as
 * any driver's are; the other families' copper IDs only when igbx was
 * loaded with untested_families=1 (pci.c), since their bring-up has run
 * against KUnit's register models alone. No fiber, SerDes, SGMII or
 * backplane ID is bound: their link code does not exist.
 *
 * Probe resets the MAC, checks the NVM, takes the MAC address, then
 * resets and identifies the PHY (igbx_phy_init()). Bringing a port up
 * (igbx_open): allocate every ring's descriptors and buffers, attach
 * the interrupt handlers, then igbx_up(): program the rings and the
 * MAC, enable NAPI and interrupts, start the queues and, unless the
 * link is up already, reset the PHY and start auto-negotiation.
 * igbx_down() is the mirror image; the MAC reset in it is what
 * guarantees that no DMA is in flight when buffers are freed (a device
 * that cannot be reset loses bus mastering instead).
 * A change that needs the rings rebuilt (MTU, ring sizes, queue pairs,
 * the offline self-test, a reset after a hang) goes through
 * igbx_reinit(), which takes a running port down just far enough.
 * Each queue pair in use has one interrupt vector and one NAPI context;
 * only those contexts are registered with the stack (irq.c).
 *
 * Locking
 * =======
 *
 * RTNL serialises every configuration path: open and close, ethtool,
 * MTU, features, VLAN IDs, the reset task (which takes it itself), the
 * debugfs ring view and each step of pm.c. Hence up, down and
 * igbx_reinit() never race each other, and &igbx_adapter.state's DOWN
 * bit, set by igbx_down() before anything is torn down, is what the
 * watchdog, the link interrupt and the poll's unmask look at to stay out
 * of the way; igbx_down() then waits for a watchdog run that began
 * before it, which could still turn the carrier on and wake the queues.
 * The adapter's stats_lock (a BH spinlock) serialises reading the
 * clear-on-read hardware counters into the 64-bit totals against the
 * readers of those totals (get_stats64 may run in any context). The
 * itr_lock orders the EITR writes of ethtool -C against those of DIM's
 * work items, so that a switch to a fixed interval is the last word; the
 * poll reads the adaptive flag with acquire, after DIM's reset state
 * (itr.c). DIM's profile table (6.11 on: the netdev's, for ethtool's
 * rx-profile) is replaced by the netlink core under RTNL and read by
 * DIM's work items under RCU.
 * The watchdog runs without RTNL; where it writes CTRL (the pause
 * directions a new link negotiated) it holds the adapter's link_lock,
 * as do the ethtool paths that set the link up again or force pause.
 * A ring belongs to its NAPI poll while the port is up: RX
 * entirely, TX from next_to_clean on, with ndo_start_xmit owning
 * next_to_use under the stack's TX queue lock (tx.c has the barriers).
 * XDP: the program pointers (&igbx_adapter.xdp_prog, and each RX ring's
 * copy, which its poll reads once per run) are written under RTNL; a
 * replaced program is put after the writes, and freed by BPF only after
 * an RCU grace period, which no poll outlives. Attaching the first
 * program or detaching the last changes the RX buffer layout, so each
 * queue pair in turn is stopped alone (igbx_pair_stop()) to take its new
 * pool and program (xdp.c). XDP_TX (from the poll, on its own vector's TX
 * ring) and ndo_xdp_xmit (any CPU) write TX rings as ndo_start_xmit
 * does, under the same TX queue lock; ndo_xdp_xmit checks DOWN under
 * that lock, which igbx_down()'s netif_tx_disable() takes after setting
 * DOWN. AF_XDP zero-copy (xsk.c): the socket's pool on a queue pair's
 * rings (&igbx_ring.xsk_pool) changes under RTNL, only while that pair
 * is stopped (igbx_pair_stop()): its queue marked paused under the TX
 * queue lock (which
 * ndo_start_xmit, ndo_xdp_xmit and the zero-copy transmit check under
 * it), its NAPI context disabled; ndo_xsk_wakeup, without RTNL, only
 * reads the pointer to fire the vector.
 * The PTP clock's IRQ-safe spinlock (&igbx_ptp.lock) covers its
 * timecounter, every SYSTIM read and write and the TIMINCA writes, so
 * that the clock operations, the overflow work and the conversion of TX
 * and RX stamps see one consistent clock; a TX stamp in flight belongs to
 * whoever holds its busy bit (ptp.c). Every MAC reset zeroes TIMINCA
 * and SYSTIM, so igbx_ptp_reset() follows each one that leaves the port usable
 * (igbx_configure(), igbx_down(), pm.c's revive).
 * Per-ring counters use
 * u64_stats. The receive address lists are read under the stack's
 * address lock (netif_addr_lock_bh), as the core calls
 * ndo_set_rx_mode. A device found gone (igbx_rd32() reads all ones)
 * has its BAR pointer (hw_addr) cleared; igbx_rd32() and igbx_wr32()
 * check it, and the doorbells, written through each ring's own pointer,
 * land in the mapping itself (io_addr), which stays until remove.
 * Before the device sleeps or is reset, pm.c takes the interface off the
 * stack (netif_device_detach(): the core then refuses open, ethtool, MTU
 * and address changes), stops a port that is up as close does (DOWN
 * set, no rings or IRQs held, as after a failed start, so a close in
 * between has nothing to free) and parks the device: hw_addr is cleared
 * as for a device found gone. igbx_reinit() then refuses a running port
 * (-ENODEV), the reset task does nothing, and whatever else still runs
 * cannot read the device while it cannot answer. Only pm.c, under RTNL,
 * points hw_addr at the mapping again (igbx_hw_rearm()), once the device
 * is back, and it cancels the reset task before that. On a fatal PCIe
 * error the device is parked before anything else, so that the frozen
 * link's all-ones reads are never taken for a removal; a device the PCI
 * core gives up on is parked for good (IGBX_STATE_GONE).
 */
#include <kunit/visibility.h>
#include <linux/iopoll.h>
#include <linux/module.h>

#include "igbx.h"

/**
 * igbx_configure() - program what the MAC lost in its last reset
 * @adapter: the port, with its rings allocated
 *
 * Address, flow control, interrupt routing, the TX unit and rings, then
 * the receive side in the order of the 82576 datasheet's Receive
 * Initialization, with the receiver still off from the reset: the RSS
 * table, the receive offloads and VLAN filter, the rings, the address
 * filters; the receiver is switched on last and its rings filled.
 */
void igbx_configure(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;

	igbx_wr32(hw, IGBX_CTRL_EXT,
		  igbx_rd32(hw, IGBX_CTRL_EXT) | IGBX_CTRL_EXT_DRV_LOAD);
	igbx_write_rar(hw, 0, adapter->netdev->dev_addr);
	igbx_apply_flow_control(adapter, false);
	igbx_configure_interrupts(adapter);
	/* which queue pairs run on an AF_XDP socket's buffers */
	igbx_xsk_update(adapter);
	igbx_configure_tx(adapter);

	igbx_write_rss(adapter);
	igbx_write_rx_offloads(adapter);
	igbx_write_vfta(adapter);
	igbx_configure_rx(adapter);
	/* The address lists are read under their lock, as the stack does. */
	netif_addr_lock_bh(adapter->netdev);
	igbx_set_rx_mode(adapter->netdev);
	netif_addr_unlock_bh(adapter->netdev);
	igbx_ptp_reset(adapter);
	igbx_start_rx(adapter);
}

/**
 * igbx_up() - start a port whose rings are allocated and IRQs attached
 * @adapter: the port
 *
 * Used by open and by the reset task. Cannot fail: a short RX ring
 * (allocation failure) is counted and refilled by later polls.
 */
void igbx_up(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	unsigned int v;

	igbx_itr_start(adapter);
	igbx_configure(adapter);

	clear_bit(IGBX_STATE_DOWN, &adapter->state);
	for (v = 0; v < adapter->num_q_vectors; v++)
		napi_enable(&adapter->q_vector[v]->napi);
	igbx_link_queues(adapter, true);
	igbx_rd32(hw, IGBX_ICR);
	igbx_irq_enable(adapter);
	/*
	 * Wake, not just start: after a reset, sleep or PCIe error the
	 * qdisc may hold frames queued while the port was stopped, and only
	 * a wake schedules it; attaching later wakes nothing, the queues
	 * being started by then. Left queued, a TCP flow's frames block its
	 * own retransmissions (still in the host queue) for good.
	 */
	netif_tx_wake_all_queues(adapter->netdev);

	if (!igbx_check_link(hw, NULL, NULL)) {
		/* as igb powers the link up: PHY reset, then setup (phy.c) */
		int err = igbx_setup_link(hw);

		if (err)
			netdev_warn(adapter->netdev,
				    "link setup failed (%d): the PHY does not answer or its semaphore is held; link may stay down\n",
				    err);
	}
	igbx_start_watchdog(adapter);
}

/**
 * igbx_down() - stop a port: no interrupts, no polls, no DMA, no buffers
 * @adapter: the port
 *
 * A port already down (DOWN set: at probe, or after a failed start) is
 * left alone. The watchdog is stopped first (it could wake the queues
 * again), then the receiver so the rings stop filling, the queues next,
 * then interrupts and NAPI. The MAC reset ends every DMA transfer,
 * after which the rings can be emptied safely; a device that cannot be
 * reset (found gone, or parked by pm.c) loses bus mastering instead.
 * Counters are read before the reset clears them.
 */
void igbx_down(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	struct igbx_hw *hw = &adapter->hw;
	unsigned int v;

	if (test_and_set_bit(IGBX_STATE_DOWN, &adapter->state))
		return;
	/*
	 * The watchdog first: a run already past its DOWN check would
	 * otherwise see the carrier go off below, turn it on again and
	 * wake the queues, and frames would be sent into rings being freed.
	 */
	igbx_stop_watchdog(adapter);
	igbx_wr32(hw, IGBX_RCTL, igbx_rd32(hw, IGBX_RCTL) & ~IGBX_RCTL_EN);

	netif_carrier_off(netdev);
	netif_tx_disable(netdev);
	igbx_irq_disable(adapter);
	igbx_link_queues(adapter, false);
	for (v = 0; v < adapter->num_q_vectors; v++)
		napi_disable(&adapter->q_vector[v]->napi);
	igbx_itr_stop(adapter);

	igbx_update_hw_stats(adapter);
	if (!igbx_removed(hw)) {
		igbx_reset_hw(hw);
		/* the clock keeps running while the port is down */
		igbx_ptp_reset(adapter);
	}
	/*
	 * A device found gone, or parked by pm.c, cannot be reset: stop its
	 * DMA at the bus, through configuration space, before the buffers go.
	 * pm.c lets it master the bus again when it revives it. One the PCI
	 * core has given up on is left alone.
	 */
	if (igbx_removed(hw) && !test_bit(IGBX_STATE_GONE, &adapter->state))
		pci_clear_master(adapter->pdev);

	for (v = 0; v < adapter->num_q_vectors; v++) {
		igbx_clean_tx_ring(&adapter->q_vector[v]->tx_ring);
		igbx_clean_rx_ring(&adapter->q_vector[v]->rx_ring);
	}
}

/**
 * igbx_free_rings() - free every ring's descriptors and buffers
 * @adapter: the port, with its rings emptied
 */
void igbx_free_rings(struct igbx_adapter *adapter)
{
	unsigned int v;

	for (v = 0; v < adapter->num_q_vectors; v++) {
		igbx_free_tx_ring(&adapter->q_vector[v]->tx_ring);
		igbx_free_rx_ring(&adapter->q_vector[v]->rx_ring);
	}
}

/**
 * igbx_setup_rings() - descriptors and buffers for every queue pair
 * @adapter: the port
 *
 * Return: 0, or -ENOMEM with nothing allocated.
 */
int igbx_setup_rings(struct igbx_adapter *adapter)
{
	unsigned int v;
	int err;

	for (v = 0; v < adapter->num_q_vectors; v++) {
		struct igbx_q_vector *q_vector = adapter->q_vector[v];

		q_vector->tx_ring.count = adapter->tx_ring_count;
		q_vector->rx_ring.count = adapter->rx_ring_count;
		err = igbx_setup_tx_ring(&q_vector->tx_ring);
		if (!err)
			err = igbx_setup_rx_ring(&q_vector->rx_ring);
		if (err) {
			netdev_err(adapter->netdev,
				   "cannot allocate rings of queue %u: %d\n", v, err);
			igbx_free_rings(adapter);
			return err;
		}
	}
	return 0;
}

/**
 * igbx_start() - rings, IRQs, up: what open does, the device known present
 * @adapter: the port, holding no rings or IRQs (DOWN set)
 *
 * Return: 0, or the allocation/request_irq error with nothing left
 * allocated (DOWN still set).
 */
int igbx_start(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	int err;

	netif_carrier_off(netdev);
	err = igbx_setup_rings(adapter);
	if (err)
		return err;

	err = igbx_request_irqs(adapter);
	if (err) {
		netdev_err(netdev, "cannot attach interrupt handlers: %d\n", err);
		goto err_irqs;
	}

	igbx_up(adapter);
	return 0;

err_irqs:
	igbx_free_rings(adapter);
	return err;
}

/**
 * igbx_stop() - down, IRQs and rings freed: the reverse of igbx_start()
 * @adapter: the port
 *
 * A port whose last start failed (DOWN still set) holds none of them and
 * is left alone; so is one that pm.c has stopped already.
 */
void igbx_stop(struct igbx_adapter *adapter)
{
	if (test_bit(IGBX_STATE_DOWN, &adapter->state))
		return;
	igbx_down(adapter);
	igbx_free_irqs(adapter);
	igbx_free_rings(adapter);
}

/**
 * igbx_reinit() - stop a running port, apply a change, start it again
 * @adapter: the port; RTNL held
 * @depth: %IGBX_REINIT_RINGS: igbx_down() and igbx_up(), rings, page
 *	pools and IRQs kept (a reset, a new buffer size); %IGBX_REINIT_ALL:
 *	as close and open do, rings and IRQs freed and taken again (new
 *	queue pairs, the offline self-test, which needs the device alone)
 * @apply: the change, made while the port is stopped, or %NULL
 * @arg: handed to @apply
 *
 * The one path for every "stop, change, start" of the driver. A port
 * that is not running gets @apply alone: its next open uses the change.
 * A running port whose last start failed holds nothing: with
 * %IGBX_REINIT_ALL it is started again after @apply, with
 * %IGBX_REINIT_RINGS it gets @apply alone.
 *
 * Return: @apply's error (the port restarts as it was), else the
 * restart's (the port stays down; closing and opening it tries again),
 * or -ENODEV when the device is gone or parked for sleep or a reset
 * (pm.c).
 */
int igbx_reinit(struct igbx_adapter *adapter, enum igbx_reinit_depth depth,
		int (*apply)(struct igbx_adapter *adapter, void *arg), void *arg)
{
	struct net_device *netdev = adapter->netdev;
	bool started = !test_bit(IGBX_STATE_DOWN, &adapter->state);
	int err = 0, restart;

	ASSERT_RTNL();
	if (!netif_running(netdev))
		return apply ? apply(adapter, arg) : 0;
	if (igbx_removed(&adapter->hw))
		return -ENODEV;

	if (depth == IGBX_REINIT_RINGS) {
		if (started)
			igbx_down(adapter);
		if (apply)
			err = apply(adapter, arg);
		if (started)
			igbx_up(adapter);
		return err;
	}

	igbx_stop(adapter);
	if (apply)
		err = apply(adapter, arg);
	restart = igbx_start(adapter);
	if (restart)
		netdev_err(netdev, "cannot restart (%d); set the interface down and up\n",
			   restart);
	return err ?: restart;
}

/*
 * A queue disabled in the NIC: ENABLE cleared, then read back as 0 (82576
 * datasheet, Receive Initialization and Transmit Initialization: the
 * queue first finishes what it had fetched). A device that is gone reads
 * all ones: no wait then.
 */
static void igbx_queue_off(struct igbx_adapter *adapter, u32 reg)
{
	struct igbx_hw *hw = &adapter->hw;
	u32 val;

	igbx_wr32(hw, reg, 0);
	if (read_poll_timeout(igbx_rd32, val, !(val & IGBX_DCTL_ENABLE) ||
			      igbx_removed(hw), 100, 10000, false, hw, reg))
		netdev_warn(adapter->netdev,
			    "queue register %#x still enabled after 10 ms\n", reg);
}

/**
 * igbx_pair_stop() - stop one queue pair of a running port
 * @adapter: the port, up (RTNL held)
 * @v: the queue pair
 *
 * The per-pair sibling of igbx_reinit(), for a change that concerns one
 * pair's buffers (an AF_XDP socket's pool, xsk.c; the RX layout an XDP
 * program wants, xdp.c): the other pairs carry on, and the MAC is not
 * reset, so the link stays up. The pair's TX queue is stopped under its
 * xmit lock and marked paused (ndo_start_xmit, ndo_xdp_xmit and the
 * zero-copy transmit leave it alone), the NIC's RX and TX queues are
 * disabled (igbx_queue_off()), NAPI is disabled, and both rings are
 * emptied. The watchdog runs on meanwhile: a link-up it reports wakes
 * every queue, but ndo_start_xmit finds this one paused and stops it
 * again (tx.c); a vector kick finds NAPI disabled.
 */
void igbx_pair_stop(struct igbx_adapter *adapter, unsigned int v)
{
	struct igbx_q_vector *q_vector = adapter->q_vector[v];
	struct netdev_queue *txq = netdev_get_tx_queue(adapter->netdev, v);

	__netif_tx_lock_bh(txq);
	q_vector->tx_ring.xsk_paused = true;
	/*
	 * The stack's watchdog times out a stopped queue whose last send is
	 * older than watchdog_timeo, as an idle queue's may be: the stop
	 * counts as a send. A pause longer than that is not taken for a
	 * hang either (igbx_tx_timeout()).
	 */
	txq_trans_cond_update(txq);
	netif_tx_stop_queue(txq);
	__netif_tx_unlock_bh(txq);

	igbx_queue_off(adapter, IGBX_RXDCTL(q_vector->rx_ring.reg_idx));
	napi_disable(&q_vector->napi);
	igbx_queue_off(adapter, IGBX_TXDCTL(q_vector->tx_ring.reg_idx));

	igbx_clean_tx_ring(&q_vector->tx_ring);
	igbx_clean_rx_ring(&q_vector->rx_ring);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_pair_stop);

/**
 * igbx_pair_start() - start a queue pair igbx_pair_stop() stopped
 * @adapter: the port (RTNL held)
 * @v: the queue pair
 *
 * The pair is programmed as it now is (its socket's pool or its own,
 * igbx_xsk_update_pair(); the program its pool was made for) and its
 * poll run once: a socket may have frames to send already, and an
 * interrupt taken while NAPI was off left the vector masked, which only
 * a completed poll undoes.
 */
void igbx_pair_start(struct igbx_adapter *adapter, unsigned int v)
{
	struct igbx_q_vector *q_vector = adapter->q_vector[v];
	struct netdev_queue *txq = netdev_get_tx_queue(adapter->netdev, v);
	struct igbx_ring *rx = &q_vector->rx_ring;

	igbx_xsk_update_pair(adapter, v);
	igbx_configure_tx_ring(adapter, &q_vector->tx_ring);
	igbx_configure_rx_ring(adapter, rx);
	igbx_alloc_rx_buffers(rx, igbx_desc_unused(rx));
	napi_enable(&q_vector->napi);

	__netif_tx_lock_bh(txq);
	q_vector->tx_ring.xsk_paused = false;
	__netif_tx_unlock_bh(txq);
	netif_tx_wake_queue(txq);
	local_bh_disable();
	napi_schedule(&q_vector->napi);
	local_bh_enable();
}
EXPORT_SYMBOL_IF_KUNIT(igbx_pair_start);

/* The swap igbx_resize_rings() applies while the port is down. */
static int igbx_swap_rings(struct igbx_adapter *adapter, void *arg)
{
	struct igbx_ring *set = arg;
	unsigned int n = adapter->num_q_vectors, v;
	int err = 0;

	/* page pools are made with NAPI disabled, so only now */
	for (v = 0; v < n && !err; v++)
		err = igbx_create_rx_pool(&set[n + v]);
	if (err) {
		while (v--)
			igbx_free_rx_pool(&set[n + v]);
		return err;
	}

	for (v = 0; v < n; v++) {
		struct igbx_q_vector *q_vector = adapter->q_vector[v];

		igbx_free_tx_ring(&q_vector->tx_ring);
		igbx_free_rx_ring(&q_vector->rx_ring);
		igbx_ring_move_memory(&q_vector->tx_ring, &set[v]);
		igbx_ring_move_memory(&q_vector->rx_ring, &set[n + v]);
	}
	adapter->tx_ring_count = set[0].count;
	adapter->rx_ring_count = set[n].count;
	return 0;
}

/**
 * igbx_resize_rings() - change the ring sizes, also while the port is up
 * @adapter: the port, RTNL held
 * @tx_count: descriptors per TX ring, already valid for the hardware
 * @rx_count: descriptors per RX ring, likewise
 *
 * A running port gets its new rings' memory allocated first, while
 * traffic flows (igbx_alloc_ring_set()). Only then is it taken down,
 * for the new RX rings' page pools and the swap. If any allocation
 * fails the old rings stay, and the port comes up with them.
 *
 * Return: 0, or the failed allocation's errno (nothing changed then).
 */
int igbx_resize_rings(struct igbx_adapter *adapter, u16 tx_count, u16 rx_count)
{
	struct igbx_ring *set;
	int err;

	if (!netif_running(adapter->netdev) ||
	    test_bit(IGBX_STATE_DOWN, &adapter->state)) {
		adapter->tx_ring_count = tx_count;
		adapter->rx_ring_count = rx_count;
		return 0;
	}

	set = igbx_alloc_ring_set(adapter, tx_count, rx_count);
	if (!set)
		return -ENOMEM;
	err = igbx_reinit(adapter, IGBX_REINIT_RINGS, igbx_swap_rings, set);
	igbx_free_ring_set(set, adapter->num_q_vectors);
	return err;
}

/**
 * igbx_open() - ndo_open: allocate rings, attach IRQs, bring the port up
 * @netdev: the interface
 *
 * Return: 0, or the allocation/request_irq error with nothing left
 * allocated.
 */
static int igbx_open(struct net_device *netdev)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	if (igbx_removed(&adapter->hw))
		return -ENODEV;
	return igbx_start(adapter);
}

/**
 * igbx_close() - ndo_stop: bring the port down and free what open took
 * @netdev: the interface
 *
 * Return: 0.
 */
static int igbx_close(struct net_device *netdev)
{
	igbx_stop(netdev_priv(netdev));
	return 0;
}

static int igbx_apply_queue_pairs(struct igbx_adapter *adapter, void *arg)
{
	return igbx_set_num_queues(adapter, *(unsigned int *)arg);
}

/**
 * igbx_set_queue_pairs() - change the number of queue pairs in use
 * @adapter: the port, RTNL held
 * @n: 1..@adapter->max_q_vectors
 *
 * A running port is stopped, given @n pairs (rings, vectors, RSS table)
 * and started again: traffic pauses for the time of a reset. If it cannot
 * start with @n pairs (no memory for the rings, say), it goes back to the
 * old number and starts with that.
 *
 * Return: 0, or the error that made the change fail (the old number of
 * pairs is in use again then).
 */
int igbx_set_queue_pairs(struct igbx_adapter *adapter, unsigned int n)
{
	unsigned int old = adapter->num_q_vectors;
	int err;

	err = igbx_reinit(adapter, IGBX_REINIT_ALL, igbx_apply_queue_pairs, &n);
	if (err && adapter->num_q_vectors != old) {
		netdev_err(adapter->netdev, "cannot run %u queue pairs (%d), back to %u\n",
			   n, err, old);
		igbx_reinit(adapter, IGBX_REINIT_ALL, igbx_apply_queue_pairs, &old);
	}
	return err;
}

/**
 * igbx_change_mtu() - ndo_change_mtu, 68..9216, applied while running
 * @netdev: the interface
 * @new_mtu: within [min_mtu, max_mtu], checked by the core
 *
 * A longer frame spans several receive buffers (rx.c chains them into
 * one skb), so usually only the length limit changes. When the new MTU
 * needs a different buffer size (half a page or a whole one, see
 * igbx_rx_truesize()) the buffers already on the rings are the wrong
 * size: the port is reinitialised, which refills them, as igb does for
 * every MTU change. While an XDP program is attached a frame must fit
 * one buffer (xdp.c), and a larger MTU is refused.
 *
 * Return: 0, -EINVAL for an MTU too large for the XDP program, or
 * -ENODEV when the device is gone.
 */
static int igbx_change_mtu(struct net_device *netdev, int new_mtu)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct igbx_ring *rx = &adapter->q_vector[0]->rx_ring;

	if (igbx_removed(&adapter->hw))
		return -ENODEV;
	if (adapter->xdp_prog && new_mtu > igbx_xdp_max_mtu(adapter)) {
		netdev_warn(netdev, "MTU %d too large while an XDP program is attached: at most %d, one receive buffer per frame\n",
			    new_mtu, igbx_xdp_max_mtu(adapter));
		return -EINVAL;
	}
	netif_dbg(adapter, drv, netdev, "MTU %u -> %d\n", netdev->mtu, new_mtu);
	WRITE_ONCE(netdev->mtu, new_mtu);
	if (igbx_rx_ring_truesize(rx) != rx->rx_truesize)
		return igbx_reinit(adapter, IGBX_REINIT_RINGS, NULL, NULL);
	igbx_write_rlpml(adapter);
	return 0;
}

/* Change the port's own address: RAR0 is the filter that matches it. */
static int igbx_set_mac_address(struct net_device *netdev, void *p)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct sockaddr *addr = p;

	if (!is_valid_ether_addr(addr->sa_data))
		return -EADDRNOTAVAIL;
	eth_hw_addr_set(netdev, addr->sa_data);
	igbx_write_rar(&adapter->hw, 0, netdev->dev_addr);
	return 0;
}

const struct net_device_ops igbx_netdev_ops = {
	.ndo_open		= igbx_open,
	.ndo_stop		= igbx_close,
	.ndo_start_xmit		= igbx_xmit_frame,
	.ndo_get_stats64	= igbx_get_stats64,
	.ndo_set_rx_mode	= igbx_set_rx_mode,
	.ndo_set_mac_address	= igbx_set_mac_address,
	.ndo_validate_addr	= eth_validate_addr,
	.ndo_tx_timeout		= igbx_tx_timeout,
	.ndo_features_check	= igbx_features_check,
	.ndo_set_features	= igbx_set_features,
	.ndo_change_mtu		= igbx_change_mtu,
	.ndo_vlan_rx_add_vid	= igbx_vlan_rx_add_vid,
	.ndo_vlan_rx_kill_vid	= igbx_vlan_rx_kill_vid,
	.ndo_bpf		= igbx_bpf,
	.ndo_xdp_xmit		= igbx_xdp_xmit,
	.ndo_xsk_wakeup		= igbx_xsk_wakeup,
#ifdef IGBX_HAVE_NDO_HWTSTAMP
	.ndo_hwtstamp_get	= igbx_hwtstamp_get,
	.ndo_hwtstamp_set	= igbx_hwtstamp_set,
#else
	.ndo_eth_ioctl		= igbx_eth_ioctl,
#endif
};

static int __init igbx_init_module(void)
{
	int err;

	pr_info("%s: Intel 82575/82576/82580/I350/I354/I210/I211 driver\n",
		IGBX_DRV_NAME);
	igbx_dbg_init();
	err = igbx_register_driver();
	if (err)
		igbx_dbg_exit();
	return err;
}
module_init(igbx_init_module);

static void __exit igbx_exit_module(void)
{
	igbx_unregister_driver();
	igbx_dbg_exit();
}
module_exit(igbx_exit_module);

MODULE_DESCRIPTION("Intel 82575/82576/82580/I350/I354/I210/I211 Gigabit Ethernet (igbx)");
MODULE_LICENSE("GPL");
