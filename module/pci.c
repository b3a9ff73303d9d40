// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - PCI probe and remove
 *
 * Probe takes a port from "PCI function found" to "registered net_device":
 * enable the function, set the DMA mask, map BAR0, reset the MAC, check the
 * NVM, find the MAC address, register the interface. Each step that can fail
 * has its own label in one unwind ladder; remove walks the same ladder from
 * the top.
 */
#include <kunit/visibility.h>
#include <linux/dma-mapping.h>
#include <linux/module.h>

#include "igbx.h"

#define IGBX_DEV(id, fam) { PCI_VDEVICE(INTEL, id), .driver_data = (fam) }

/* driver_data: a family tested only against register models */
#define IGBX_ID_UNTESTED	BIT(8)
#define IGBX_DEV_UNTESTED(id, fam) IGBX_DEV(id, (fam) | IGBX_ID_UNTESTED)

/*
 * What igbx binds. The 82576 copper ports run on QEMU's 82576 in every
 * test tier. The other families' copper ports have their bring-up and
 * copper link code (mac_*.c, phy.c, nvm.c), run only against KUnit's
 * register models, never on a device: igbx_probe() takes one only when
 * igbx was loaded with untested_families=1. The other igb IDs are fiber,
 * SerDes, SGMII or backplane ports, whose link code does not exist, and
 * igbx never binds them: the 82575's 0x10A9, the 82576's 0x10E6, 0x10E7,
 * 0x1518 and 0x150D, the 82580's 0x150F, 0x1510, 0x1511 and 0x1527,
 * every DH89xxCC (0x0438, 0x043A, 0x043C, 0x0440), the I350's
 * 0x1522-0x1524, every I354 (0x1F40, 0x1F41, 0x1F45) and the I210's
 * 0x1536-0x1538 and 0x157C. A copper ID whose NVM sets another medium is
 * refused at probe as well (igbx_phy_init()).
 */
static const struct pci_device_id igbx_pci_drv_tbl[] = {
	IGBX_DEV(0x10C9, IGBX_82576),	/* 82576 copper (QEMU's igb) */
	IGBX_DEV(0x10E8, IGBX_82576),	/* 82576 quad copper */
	IGBX_DEV(0x1526, IGBX_82576),	/* 82576 quad copper ET2 */
	IGBX_DEV(0x150A, IGBX_82576),	/* 82576NS copper */
	IGBX_DEV_UNTESTED(0x10A7, IGBX_82575),	/* 82575EB copper */
	IGBX_DEV_UNTESTED(0x10D6, IGBX_82575),	/* 82575GB quad copper */
	IGBX_DEV_UNTESTED(0x150E, IGBX_82580),	/* 82580 copper */
	IGBX_DEV_UNTESTED(0x1516, IGBX_82580),	/* 82580 dual copper */
	IGBX_DEV_UNTESTED(0x1521, IGBX_I350),	/* I350 copper */
	IGBX_DEV_UNTESTED(0x1533, IGBX_I210),	/* I210 copper */
	IGBX_DEV_UNTESTED(0x157B, IGBX_I210),	/* I210 copper, flash-less */
	IGBX_DEV_UNTESTED(0x1539, IGBX_I211),	/* I211 copper */
	{ }
};

/*
 * The module's aliases, what loads igbx for a device: the 82576 copper
 * ports alone, so that nothing loads igbx for a port it binds only on
 * request.
 */
static const struct pci_device_id igbx_pci_tbl[] = {
	IGBX_DEV(0x10C9, IGBX_82576),
	IGBX_DEV(0x10E8, IGBX_82576),
	IGBX_DEV(0x1526, IGBX_82576),
	IGBX_DEV(0x150A, IGBX_82576),
	{ }
};
MODULE_DEVICE_TABLE(pci, igbx_pci_tbl);

static bool untested_families;
module_param(untested_families, bool, 0444);
MODULE_PARM_DESC(untested_families,
		 "Also bind copper 82575, 82580, I350, I210 and I211 ports, whose bring-up is tested only against register models (default off)");

/**
 * igbx_id_family() - the family of a device igbx may bind
 * @vendor: the PCI vendor ID
 * @device: the PCI device ID
 * @untested: untested_families as loaded
 *
 * The device's own IDs decide, not the &pci_device_id probe was given:
 * one added through new_id, or matched through driver_override, carries
 * no family.
 *
 * Return: the &enum igbx_family; -EPERM for a copper port of a family
 * tested only against register models while @untested is false;
 * -ENODEV for any other device.
 */
VISIBLE_IF_KUNIT int igbx_id_family(u16 vendor, u16 device, bool untested)
{
	const struct pci_device_id *id;

	if (vendor != PCI_VENDOR_ID_INTEL)
		return -ENODEV;
	for (id = igbx_pci_drv_tbl; id->vendor; id++) {
		if (id->device != device)
			continue;
		if ((id->driver_data & IGBX_ID_UNTESTED) && !untested)
			return -EPERM;
		return id->driver_data & ~IGBX_ID_UNTESTED;
	}
	return -ENODEV;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_id_family);

static const char *igbx_int_mode_name(enum igbx_int_mode mode)
{
	switch (mode) {
	case IGBX_INT_MSIX:
		return "MSI-X";
	case IGBX_INT_MSI:
		return "MSI";
	default:
		return "INTx";
	}
}

/* 64-bit DMA where the platform allows it, 32-bit otherwise. */
static int igbx_set_dma_mask(struct pci_dev *pdev)
{
	if (!dma_set_mask_and_coherent(&pdev->dev, DMA_BIT_MASK(64)))
		return 0;
	return dma_set_mask_and_coherent(&pdev->dev, DMA_BIT_MASK(32));
}

/*
 * Give the interface its address: the permanent one when the NVM/RAR0 has a
 * valid one, otherwise a random locally administered one (and say so, since
 * the port will have a different address after every load).
 */
static void igbx_init_mac_address(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	struct igbx_hw *hw = &adapter->hw;

	if (igbx_read_perm_addr(hw, adapter->perm_addr)) {
		eth_hw_addr_random(netdev);
		ether_addr_copy(adapter->perm_addr, netdev->dev_addr);
		dev_warn(&adapter->pdev->dev,
			 "no valid MAC address in NVM or RAR0, using random %pM\n",
			 netdev->dev_addr);
	} else {
		eth_hw_addr_set(netdev, adapter->perm_addr);
	}
	ether_addr_copy(netdev->perm_addr, adapter->perm_addr);
	igbx_write_rar(hw, 0, netdev->dev_addr);
}

/*
 * Bring the MAC to a known state, check what the NVM says, then reset
 * the PHY and find out which it is (an unknown PHY fails the probe).
 */
static int igbx_init_hw(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	int err;

	err = igbx_reset_hw(hw);
	if (err) {
		dev_err(&adapter->pdev->dev, "MAC reset failed: %d\n", err);
		return err;
	}
	err = igbx_nvm_validate_checksum(hw);
	if (err) {
		dev_err(&adapter->pdev->dev, "NVM is not usable: %d\n", err);
		return err;
	}
	igbx_init_mac_address(adapter);
	igbx_nvm_version(hw, adapter->fw_version, sizeof(adapter->fw_version));
	err = igbx_phy_init(hw);
	if (err) {
		dev_err(&adapter->pdev->dev, "PHY is not usable: %d\n", err);
		return err;
	}
	return 0;
}

static void igbx_init_netdev(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;

	adapter->tx_ring_count = IGBX_DEFAULT_RING_COUNT;
	adapter->rx_ring_count = IGBX_DEFAULT_RING_COUNT;
	adapter->rx_buf_len = IGBX_RX_BUF_LEN;
	adapter->itr_us = IGBX_ITR_DEFAULT_US;
	adapter->adaptive_rx = true;
	netdev_rss_key_fill(adapter->rss_key, sizeof(adapter->rss_key));
	adapter->pause_autoneg = true;
	adapter->rx_pause = true;
	adapter->tx_pause = true;
	igbx_phy_set_pause_adv(&adapter->hw, adapter->rx_pause,
			       adapter->tx_pause);
	spin_lock_init(&adapter->stats_lock);
	spin_lock_init(&adapter->itr_lock);
	mutex_init(&adapter->link_lock);
	set_bit(IGBX_STATE_DOWN, &adapter->state);
	igbx_init_watchdog(adapter);

	netdev->netdev_ops = &igbx_netdev_ops;
#ifdef IGBX_HAVE_XDP_FEATURES
	/* every verdict, a redirect target, AF_XDP zero-copy; no multi-buffer */
	netdev->xdp_features = NETDEV_XDP_ACT_BASIC | NETDEV_XDP_ACT_REDIRECT |
			       NETDEV_XDP_ACT_NDO_XMIT | NETDEV_XDP_ACT_XSK_ZEROCOPY;
#endif
#ifdef IGBX_HAVE_QSTATS
	netdev->stat_ops = &igbx_stat_ops;
#endif
	igbx_set_ethtool_ops(netdev);
	netdev->watchdog_timeo = 5 * HZ;
	igbx_init_features(netdev, adapter->hw.info);
	netif_carrier_off(netdev);
}

/*
 * Wake-on-LAN is offered where the port can wake the system: the PCI PM
 * capability must be able to signal PME (device_can_wakeup()), and the
 * port must be port A or have APM Enable set in the NVM, as igb decides.
 * igb's exceptions for some boards (quad-port cards, where only the
 * first port A wakes; dual fiber ports; vendor overrides) are not
 * copied. Magic Packet is on by default where wake-up is offered, as
 * with igb; the user turns it off with ethtool -s IF wol d.
 */
static void igbx_init_wol(struct igbx_adapter *adapter)
{
	struct device *dev = &adapter->pdev->dev;
	struct igbx_hw *hw = &adapter->hw;

	adapter->wol_supported = device_can_wakeup(dev) &&
				 (hw->func == 0 || igbx_nvm_apm_enabled(hw));
	adapter->wol = adapter->wol_supported ? IGBX_WUFC_MAG : 0;
	if (adapter->wol_supported)
		device_set_wakeup_enable(dev, true);
}

static int igbx_probe(struct pci_dev *pdev, const struct pci_device_id *ent)
{
	int family = igbx_id_family(pdev->vendor, pdev->device,
				    untested_families);
	struct igbx_adapter *adapter;
	struct net_device *netdev;
	u8 __iomem *hw_addr;
	int err;

	if (family == -EPERM) {
		dev_info(&pdev->dev, "device %04x:%04x: its family's bring-up is tested only against a register model; load igbx with untested_families=1 to bind it\n",
			 pdev->vendor, pdev->device);
		return -ENODEV;
	}
	if (family < 0) {
		dev_err(&pdev->dev, "device %04x:%04x is not one igbx can drive\n",
			pdev->vendor, pdev->device);
		return -ENODEV;
	}
	if (igbx_id_family(pdev->vendor, pdev->device, false) == -EPERM)
		dev_warn(&pdev->dev, "%s: bound with untested_families=1; igbx has not run on this family's silicon (scripts/hw-check.sh writes a report to send)\n",
			 igbx_families[family].name);

	err = pci_enable_device_mem(pdev);
	if (err) {
		dev_err(&pdev->dev, "cannot enable PCI device: %d\n", err);
		return err;
	}

	err = igbx_set_dma_mask(pdev);
	if (err) {
		dev_err(&pdev->dev, "no usable DMA configuration: %d\n", err);
		goto err_dma;
	}

	err = pci_request_mem_regions(pdev, IGBX_DRV_NAME);
	if (err) {
		dev_err(&pdev->dev, "cannot claim BARs: %d\n", err);
		goto err_dma;
	}
	pci_set_master(pdev);
	/* the configuration a reset after a PCIe error returns to (pm.c) */
	pci_save_state(pdev);

	netdev = alloc_etherdev_mq(sizeof(*adapter),
				   igbx_families[family].max_queue_pairs);
	if (!netdev) {
		err = -ENOMEM;
		goto err_alloc;
	}
	SET_NETDEV_DEV(netdev, &pdev->dev);
	adapter = netdev_priv(netdev);
	adapter->netdev = netdev;
	adapter->pdev = pdev;
	adapter->msg_enable = netif_msg_init(-1, NETIF_MSG_DRV | NETIF_MSG_PROBE |
					     NETIF_MSG_LINK);
	pci_set_drvdata(pdev, adapter);

	hw_addr = pci_iomap(pdev, 0, 0);
	if (!hw_addr) {
		dev_err(&pdev->dev, "cannot map BAR0\n");
		err = -EIO;
		goto err_iomap;
	}

	err = igbx_hw_init(&adapter->hw, &pdev->dev, hw_addr, family);
	if (err) {
		dev_err(&pdev->dev, "device does not answer\n");
		goto err_hw;
	}
	err = igbx_init_hw(adapter);
	if (err)
		goto err_hw;

	igbx_init_netdev(adapter);
	igbx_init_wol(adapter);
	err = igbx_init_interrupts(adapter);
	if (err) {
		dev_err(&pdev->dev, "cannot set up interrupts: %d\n", err);
		goto err_hw;
	}

	err = igbx_itr_init(adapter);
	if (err)
		goto err_itr;

	/* before the interface can be opened: open resets the clock */
	igbx_ptp_init(adapter);
	err = register_netdev(netdev);
	if (err) {
		dev_err(&pdev->dev, "register_netdev failed: %d\n", err);
		goto err_register;
	}

	igbx_dbg_adapter_init(adapter);
	netdev_info(netdev, "Intel %s, PCI function %u, MAC %pM, %s, %u queue pair%s\n",
		    adapter->hw.info->name, adapter->hw.func, netdev->dev_addr,
		    igbx_int_mode_name(adapter->int_mode), adapter->num_q_vectors,
		    adapter->num_q_vectors > 1 ? "s" : "");
	return 0;

err_register:
	igbx_ptp_stop(adapter);
	igbx_itr_free(adapter);
err_itr:
	igbx_free_interrupts(adapter);
err_hw:
	pci_iounmap(pdev, adapter->hw.io_addr);
err_iomap:
	free_netdev(netdev);
err_alloc:
	pci_release_mem_regions(pdev);
err_dma:
	pci_disable_device(pdev);
	return err;
}

static void igbx_remove(struct pci_dev *pdev)
{
	struct igbx_adapter *adapter = pci_get_drvdata(pdev);
	struct igbx_hw *hw = &adapter->hw;

	/* A port that was pulled out must not be waited for. */
	if (pci_dev_is_disconnected(pdev))
		WRITE_ONCE(hw->hw_addr, NULL);

	igbx_dbg_adapter_exit(adapter);
	unregister_netdev(adapter->netdev);
	/* no more frames to stamp: the clock goes before the device */
	igbx_ptp_stop(adapter);
	cancel_work_sync(&adapter->reset_task);
	igbx_free_interrupts(adapter);
	igbx_itr_free(adapter);
	if (!igbx_removed(hw)) {
		igbx_reset_hw(hw);
		igbx_wr32(hw, IGBX_CTRL_EXT,
			  igbx_rd32(hw, IGBX_CTRL_EXT) & ~IGBX_CTRL_EXT_DRV_LOAD);
	}

	/* hw_addr may be NULL by now; the mapping is still there to undo */
	pci_iounmap(pdev, hw->io_addr);
	free_netdev(adapter->netdev);
	pci_release_mem_regions(pdev);
	/* PCIe error recovery that did not finish leaves it disabled */
	if (pci_is_enabled(pdev))
		pci_disable_device(pdev);
}

static struct pci_driver igbx_pci_driver = {
	.name		= IGBX_DRV_NAME,
	.id_table	= igbx_pci_drv_tbl,
	.probe		= igbx_probe,
	.remove		= igbx_remove,
	.shutdown	= igbx_shutdown,
	.driver.pm	= pm_sleep_ptr(&igbx_pm_ops),
	.err_handler	= &igbx_err_handler,
};

#if IS_ENABLED(CONFIG_KUNIT)
/**
 * igbx_adapter_of() - the igbx adapter of a PCI function, for KUnit
 * @pdev: any PCI device
 *
 * Return: the adapter when igbx is bound to @pdev, NULL otherwise.
 */
struct igbx_adapter *igbx_adapter_of(struct pci_dev *pdev)
{
	if (!pdev->dev.driver || to_pci_driver(pdev->dev.driver) != &igbx_pci_driver)
		return NULL;
	return pci_get_drvdata(pdev);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_adapter_of);
#endif

/**
 * igbx_register_driver() - register the PCI driver, called from module init
 *
 * Return: 0 or the error from pci_register_driver().
 */
int igbx_register_driver(void)
{
	return pci_register_driver(&igbx_pci_driver);
}

/**
 * igbx_unregister_driver() - unbind every port and unregister the driver
 */
void igbx_unregister_driver(void)
{
	pci_unregister_driver(&igbx_pci_driver);
}
