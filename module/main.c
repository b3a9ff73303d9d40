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
 *   main.c     this overview, module init/exit, the net_device operations
 *   pci.c      PCI ID table, probe and remove
 *   hw.c       register access, MAC reset, NVM (EERD), MAC address
 *   diag.c     offline self-tests (register pattern test)
 *   ethtool.c  ethtool operations
 *   include/regs.h   register offsets and bits
 *   include/desc.h   descriptor formats and their encoders
 *   include/igbx.h   adapter and hardware structures
 *
 * Current state: probe brings the port to a registered interface with its
 * permanent MAC address; the rings, interrupts and NAPI are not written
 * yet, so opening the interface fails with -EOPNOTSUPP.
 */
#include <linux/module.h>

#include "igbx.h"

/*
 * The data path (rings, interrupts, NAPI) is not there yet: refuse to
 * open rather than pretend.
 */
static int igbx_open(struct net_device *netdev)
{
	netdev_err(netdev, "igbx cannot carry traffic yet (no packet path)\n");
	return -EOPNOTSUPP;
}

static int igbx_close(struct net_device *netdev)
{
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
	.ndo_set_mac_address	= igbx_set_mac_address,
	.ndo_validate_addr	= eth_validate_addr,
};

static int __init igbx_init_module(void)
{
	pr_info("%s: Intel 82575/82576/82580/I350/I354/I210/I211 driver\n",
		IGBX_DRV_NAME);
	return igbx_register_driver();
}
module_init(igbx_init_module);

static void __exit igbx_exit_module(void)
{
	igbx_unregister_driver();
}
module_exit(igbx_exit_module);

MODULE_DESCRIPTION("Intel 82575/82576/82580/I350/I354/I210/I211 Gigabit Ethernet (igbx)");
MODULE_LICENSE("GPL");
