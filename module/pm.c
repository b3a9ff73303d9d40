// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - power management and recovery: shutdown, system sleep, PCIe
 * error recovery, function-level reset, Wake-on-LAN
 *
 * Whatever the event, the port goes through the same steps, each under
 * RTNL:
 *
 *   quiesce  take the interface off the stack (netif_device_detach())
 *            and, if it is up, stop it as close does (igbx_stop():
 *            igbx_down(), whose MAC reset ends all DMA, then the IRQs and
 *            the rings freed), so that a port stopped here looks like one
 *            whose last start failed: running, DOWN set, holding nothing.
 *            Last, park the device (igbx_hw_park()): register access then
 *            behaves as for a device that is gone, and nothing the driver
 *            does reaches the device while it sleeps or is reset.
 *   revive   once the device is back: igbx_hw_rearm(), which checks that
 *            it answers, a MAC reset, whatever state it comes back in,
 *            wake-up disarmed, and bus mastering on again (igbx_down()
 *            clears it when it cannot reset the MAC)
 *   restart  if the interface is up, start it as open does (igbx_start()),
 *            then put it back on the stack (netif_device_attach())
 *
 * Nothing the user set needs saving: it all lives in the adapter or the
 * net_device, and igbx_configure() writes it into the MAC on the way up,
 * as after any reset: ring sizes, queue pairs, the RSS table and key,
 * unicast and multicast filters, VLAN IDs, offloads, coalescing, MTU,
 * pause frames, the MAC address; the link modes ethtool -s advertises
 * are kept in hw->phy, and every link setup (igbx_up() runs one when
 * the link is down) writes them to the PHY again. A restart that fails
 * (no memory for the rings) sets the interface down, rather than leave
 * it up with nothing to send on, and says so; setting it up again tries
 * again.
 *
 * Shutdown (reboot, power off, kexec): quiesce, with a MAC reset even for
 * an interface that is down, arm wake-up if the user asked for it, and
 * clear bus mastering (pci_clear_master()),
 * so that no DMA is running when the next kernel or the firmware takes
 * over. CTRL_EXT.DRV_LOAD is cleared, as at remove: the firmware may have
 * the port. Only when the machine powers off is the device put in D3hot,
 * with PME enabled if wake-up is armed; a reboot or kexec leaves it in D0.
 *
 * System sleep and hibernation: one pair of callbacks for suspend/resume,
 * freeze/thaw and poweroff/restore (DEFINE_SIMPLE_DEV_PM_OPS). Suspend
 * quiesces and arms wake-up as shutdown does, bus mastering aside (freeze
 * arms it too, harmlessly: the device stays in D0), and leaves the rest to
 * the PCI core, which saves the configuration space, picks the sleep
 * state and enables PME as device_may_wakeup() says. Resume finds
 * the device in D0 with its configuration space restored by the core,
 * but the MAC in any state: kept (S3 on most machines, thaw), reset (QEMU
 * resets every device on waking from S3), or left by another kernel
 * (restore from hibernation). Revive and restart cover all three.
 *
 * Runtime PM is left out on purpose. igb suspends a port whose link has
 * been down for a while and wakes it when a cable is plugged in; that
 * saves some power on a port nobody uses, at the price of a slower
 * link-up, a wake-up path through the PCI core and one more state for
 * every other path (ethtool, the watchdog, error recovery) to meet. On
 * a test box the port is there to be used and every state is one more to
 * test. The driver never drops the usage count the PCI core takes at
 * probe, so the device stays in D0 while bound, whatever the power/control
 * attribute says.
 *
 * PCIe errors (AER, and EEH elsewhere): error_detected, slot_reset and
 * resume. On a fatal error the link is frozen and will be reset: reads
 * return all ones, and igbx_rd32() would take the device for gone and
 * log so. The device is therefore parked before the port is stopped;
 * igbx_down(), unable to reset the MAC, stops DMA by clearing bus
 * mastering through configuration space instead, before any buffer is
 * freed. On a non-fatal error the link works and the stop is the usual
 * one, MAC reset included: before 6.18 the AER core resets nothing after
 * a non-fatal error, so only that reset keeps the MAC from using the
 * freed rings when bus mastering returns. Both ask for a reset
 * (PCI_ERS_RESULT_NEED_RESET) and leave the function disabled.
 * slot_reset enables it again, restores its configuration space, and
 * revives; resume restarts. A device the core reports lost
 * (pci_channel_io_perm_failure) is detached, parked and marked GONE: no
 * path of the driver reaches it again (registers, bus mastering), none
 * tries to revive it, and remove hands the rest back to the PCI core.
 *
 * Function-level reset (a write to the reset attribute in sysfs, VFIO, a
 * bus reset): reset_prepare quiesces while the device still answers,
 * the PCI core saves and restores the configuration space around the
 * reset, and reset_done revives and restarts. The port is back at once,
 * rather than after the TX watchdog notices it is dead.
 *
 * Wake-on-LAN (ethtool -s IF wol g|u|m|b|d, ethtool.c): the filters the
 * user chose are kept in &igbx_adapter.wol as WUFC bits and armed at
 * suspend and shutdown (igbx_arm_wake()), when device_may_wakeup() says
 * the system wants wake-ups from this device; ethtool's choice sets that
 * too. The PCI core enables PME as it puts the device to sleep. Resume
 * disarms, and reports which filter woke the system, if any, at the wol
 * message level.
 */
#include <kunit/visibility.h>
#include <linux/pm.h>
#include <linux/rtnetlink.h>

#include "igbx.h"

/*
 * Off the stack, and stopped as close stops it; under RTNL. Return: whether
 * it was up, so that igbx_down() has already reset the MAC.
 */
static bool igbx_quiesce_port(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	bool up = netif_running(netdev) &&
		  !test_bit(IGBX_STATE_DOWN, &adapter->state);

	ASSERT_RTNL();
	netif_device_detach(netdev);
	if (netif_running(netdev))
		igbx_stop(adapter);
	return up;
}

/*
 * Arm the wake-up filters the user chose, on a MAC just reset, with no
 * queue running (82576 datasheet, Wakeup: ACPI Power Management
 * Wakeup). A wake-up frame must pass the ordinary receive filters first,
 * so they are programmed as when the port is up: its address in RAR0,
 * the unicast and multicast lists, the VLAN table. The receiver is
 * switched on with every queue off, takes broadcast, and takes all
 * multicast for a multicast wake-up, as igb does. CTRL.SLU keeps the
 * MAC's link to the PHY up, CTRL.ADVD3WUC keeps wake-up working in
 * D3cold; then the filters go into WUFC, and last WUC.PME_EN lets a match
 * assert PME. Without wake-up both registers are cleared, so that
 * nothing armed earlier (by firmware, another driver) wakes the system.
 * Under RTNL. Return: whether wake-up is armed.
 */
VISIBLE_IF_KUNIT bool igbx_arm_wake(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	struct igbx_hw *hw = &adapter->hw;
	u32 wufc = adapter->wol;
	u32 rctl;

	if (!device_may_wakeup(&adapter->pdev->dev))
		wufc = 0;
	if (!wufc || igbx_removed(hw)) {
		igbx_wr32(hw, IGBX_WUC, 0);
		igbx_wr32(hw, IGBX_WUFC, 0);
		return false;
	}

	igbx_write_rar(hw, 0, netdev->dev_addr);
	igbx_write_vfta(adapter);
	netif_addr_lock_bh(netdev);
	igbx_set_rx_mode(netdev);
	netif_addr_unlock_bh(netdev);
	igbx_wr32(hw, IGBX_RXDCTL(0), 0);
	rctl = igbx_rd32(hw, IGBX_RCTL) | IGBX_RCTL_EN | IGBX_RCTL_BAM;
	if (wufc & IGBX_WUFC_MC)
		rctl |= IGBX_RCTL_MPE;
	igbx_wr32(hw, IGBX_RCTL, rctl);
	igbx_wr32(hw, IGBX_CTRL, igbx_rd32(hw, IGBX_CTRL) | IGBX_CTRL_SLU |
		  IGBX_CTRL_ADVD3WUC);
	igbx_wr32(hw, IGBX_WUFC, wufc);
	igbx_wr32(hw, IGBX_WUC, IGBX_WUC_PME_EN);
	igbx_flush(hw);
	return !igbx_removed(hw);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_arm_wake);

/*
 * Disarm wake-up on a device back in use, saying at the wol message level
 * which filters matched while it slept: WUS is read after the MAC reset,
 * as igb reads it, the wake-up registers not being reset by CTRL.RST.
 */
VISIBLE_IF_KUNIT void igbx_disarm_wake(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	u32 wus = igbx_rd32(hw, IGBX_WUS);

	if (wus)
		netif_info(adapter, wol, adapter->netdev,
			   "wake-up filters matched while asleep: WUS 0x%08x\n", wus);
	igbx_wr32(hw, IGBX_WUC, 0);
	igbx_wr32(hw, IGBX_WUFC, 0);
	igbx_wr32(hw, IGBX_WUS, ~0U);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_disarm_wake);

/*
 * Point register access at the device again, after a reset or sleep,
 * reset the MAC, disarm wake-up and let it master the bus; under RTNL.
 * A device that does not answer is parked again and stays detached, and
 * a GONE one is not touched. Return: 0 or -ENODEV.
 */
static int igbx_revive(struct igbx_adapter *adapter, const char *event)
{
	struct igbx_hw *hw = &adapter->hw;
	int err;

	ASSERT_RTNL();
	if (test_bit(IGBX_STATE_GONE, &adapter->state))
		return -ENODEV;
	err = igbx_hw_rearm(hw);
	if (!err)
		err = igbx_reset_hw(hw);
	if (err) {
		igbx_hw_park(hw);
		netdev_err(adapter->netdev, "device does not answer after %s (%d); interface stays detached\n",
			   event, err);
		return -ENODEV;
	}
	igbx_disarm_wake(adapter);
	/* only now: the reset has stopped whatever the MAC was doing */
	pci_set_master(adapter->pdev);
	/* the reset zeroed TIMINCA: the clock runs again, up or down */
	igbx_ptp_reset(adapter);
	return 0;
}

/*
 * Start an interface that is up as open does, then put it back on the
 * stack; under RTNL. Only a port that is running and DOWN is started
 * (one stopped by igbx_quiesce_port(), or whose last start failed). If
 * the start fails the interface is set down first: attaching wakes the
 * TX queues of a running interface, and a stopped port has no rings.
 */
static void igbx_restart_port(struct igbx_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	int err;

	ASSERT_RTNL();
	if (netif_running(netdev) && test_bit(IGBX_STATE_DOWN, &adapter->state)) {
		err = igbx_start(adapter);
		if (err) {
			netdev_err(netdev, "cannot restart (%d); setting the interface down\n",
				   err);
			dev_close(netdev);
		}
	}
	netif_device_attach(netdev);
}

/*
 * Quiesce for sleep or shutdown: stop the port, reset the MAC (the stop
 * does it for a port that was up), arm or disarm wake-up, hand the port
 * to the firmware and park the device. The reset task is cancelled once
 * RTNL is dropped: it would find the port DOWN anyway, but must not run
 * after the restart. Return: whether wake-up is armed.
 */
static bool igbx_power_down(struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	bool wake;

	rtnl_lock();
	if (!igbx_quiesce_port(adapter) && !igbx_removed(hw))
		igbx_reset_hw(hw);
	wake = igbx_arm_wake(adapter);
	igbx_wr32(hw, IGBX_CTRL_EXT,
		  igbx_rd32(hw, IGBX_CTRL_EXT) & ~IGBX_CTRL_EXT_DRV_LOAD);
	igbx_hw_park(hw);
	rtnl_unlock();
	cancel_work_sync(&adapter->reset_task);
	return wake;
}

/**
 * igbx_shutdown() - the PCI driver's .shutdown: reboot, power off, kexec
 * @pdev: the PCI function
 *
 * Leaves the device with no DMA running, not bus master, and, when the
 * machine powers off, in D3hot.
 */
void igbx_shutdown(struct pci_dev *pdev)
{
	struct igbx_adapter *adapter = pci_get_drvdata(pdev);
	bool wake = igbx_power_down(adapter);

	if (test_bit(IGBX_STATE_GONE, &adapter->state))
		return;
	pci_clear_master(pdev);
	netif_info(adapter, drv, adapter->netdev, "shut down: no DMA, not bus master%s\n",
		   wake ? ", wake-up armed" : "");
	if (system_state == SYSTEM_POWER_OFF) {
		pci_wake_from_d3(pdev, wake);
		pci_set_power_state(pdev, PCI_D3hot);
	}
}

/* Suspend, freeze and poweroff: the PCI core does the rest. */
static int igbx_suspend(struct device *dev)
{
	igbx_power_down(dev_get_drvdata(dev));
	return 0;
}

/*
 * Revive, and restart if that worked: the way back from sleep and from a
 * function-level reset, which need no separate resume step. Takes RTNL.
 * Return: igbx_revive()'s result.
 */
static int igbx_come_back(struct igbx_adapter *adapter, const char *event)
{
	int err;

	rtnl_lock();
	err = igbx_revive(adapter, event);
	if (!err)
		igbx_restart_port(adapter);
	rtnl_unlock();
	return err;
}

/* Resume, thaw and restore: the device is in D0, its config space back. */
static int igbx_resume(struct device *dev)
{
	return igbx_come_back(dev_get_drvdata(dev), "resume");
}

DEFINE_SIMPLE_DEV_PM_OPS(igbx_pm_ops, igbx_suspend, igbx_resume);

/**
 * igbx_io_error_detected() - the PCI core reports an uncorrectable error
 * @pdev: the PCI function
 * @state: %pci_channel_io_normal (non-fatal: the link works),
 *	%pci_channel_io_frozen (fatal: the link is reset next) or
 *	%pci_channel_io_perm_failure (the device is lost)
 *
 * Return: %PCI_ERS_RESULT_NEED_RESET with the port stopped and the
 * function disabled, or %PCI_ERS_RESULT_DISCONNECT for a lost device.
 */
static pci_ers_result_t igbx_io_error_detected(struct pci_dev *pdev,
					       pci_channel_state_t state)
{
	struct igbx_adapter *adapter = pci_get_drvdata(pdev);
	struct net_device *netdev = adapter->netdev;
	struct igbx_hw *hw = &adapter->hw;

	rtnl_lock();
	if (state == pci_channel_io_perm_failure) {
		igbx_hw_park(hw);
		set_bit(IGBX_STATE_GONE, &adapter->state);
		netif_device_detach(netdev);
		rtnl_unlock();
		netdev_err(netdev, "PCIe error: the device is lost\n");
		return PCI_ERS_RESULT_DISCONNECT;
	}

	netdev_warn(netdev, "PCIe %s error: stopping for a reset\n",
		    state == pci_channel_io_frozen ? "fatal" : "non-fatal");
	/* no read of a frozen link, and no MAC reset through it */
	if (state == pci_channel_io_frozen)
		igbx_hw_park(hw);
	igbx_quiesce_port(adapter);
	igbx_hw_park(hw);
	if (pci_is_enabled(pdev))
		pci_disable_device(pdev);
	rtnl_unlock();
	cancel_work_sync(&adapter->reset_task);
	return PCI_ERS_RESULT_NEED_RESET;
}

/**
 * igbx_io_slot_reset() - the link has been reset (or, for a non-fatal
 *	error, nothing was reset): make the device usable again
 * @pdev: the PCI function
 *
 * Enables the function, restores its configuration space (BARs, command
 * register, MSI-X) and revives the device. pci_restore_state() could use
 * the saved copy only once before 6.19 and the stable kernels that took
 * that change, so the copy is saved again right away, for the next
 * error; where it lasts, saving only refreshes it.
 *
 * Return: %PCI_ERS_RESULT_RECOVERED, or %PCI_ERS_RESULT_DISCONNECT when
 * the device cannot be enabled or does not answer.
 */
static pci_ers_result_t igbx_io_slot_reset(struct pci_dev *pdev)
{
	struct igbx_adapter *adapter = pci_get_drvdata(pdev);
	int err;

	if (test_bit(IGBX_STATE_GONE, &adapter->state))
		return PCI_ERS_RESULT_DISCONNECT;
	err = pci_enable_device_mem(pdev);
	if (err) {
		dev_err(&pdev->dev, "cannot enable the device after the reset: %d\n",
			err);
		return PCI_ERS_RESULT_DISCONNECT;
	}
	pci_restore_state(pdev);
	pci_save_state(pdev);

	rtnl_lock();
	err = igbx_revive(adapter, "the slot reset");
	rtnl_unlock();
	return err ? PCI_ERS_RESULT_DISCONNECT : PCI_ERS_RESULT_RECOVERED;
}

/**
 * igbx_io_resume() - recovery is over: traffic may flow again
 * @pdev: the PCI function, revived by igbx_io_slot_reset()
 */
static void igbx_io_resume(struct pci_dev *pdev)
{
	struct igbx_adapter *adapter = pci_get_drvdata(pdev);

	rtnl_lock();
	if (!igbx_removed(&adapter->hw)) {
		igbx_restart_port(adapter);
		netdev_info(adapter->netdev, "recovered from the PCIe error\n");
	}
	rtnl_unlock();
}

/**
 * igbx_reset_prepare() - a function-level or bus reset is about to happen
 * @pdev: the PCI function, still answering
 */
static void igbx_reset_prepare(struct pci_dev *pdev)
{
	struct igbx_adapter *adapter = pci_get_drvdata(pdev);

	rtnl_lock();
	igbx_quiesce_port(adapter);
	igbx_hw_park(&adapter->hw);
	rtnl_unlock();
	cancel_work_sync(&adapter->reset_task);
}

/**
 * igbx_reset_done() - the reset is over, the configuration space restored
 * @pdev: the PCI function
 */
static void igbx_reset_done(struct pci_dev *pdev)
{
	igbx_come_back(pci_get_drvdata(pdev), "the reset");
}

const struct pci_error_handlers igbx_err_handler = {
	.error_detected	= igbx_io_error_detected,
	.slot_reset	= igbx_io_slot_reset,
	.resume		= igbx_io_resume,
	.reset_prepare	= igbx_reset_prepare,
	.reset_done	= igbx_reset_done,
};
