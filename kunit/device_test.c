// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - KUnit suite run against a real (or QEMU-emulated) port bound to
 * igbx: reset, NVM, MAC address and the register pattern test.
 *
 * Module parameters name the port and what it should look like:
 *   pci=0000:01:00.0   the port to test (default: the first igbx port)
 *   mac=52:54:00:...   the address QEMU was given with -device igb,mac=
 *   require_device=1   fail, rather than skip, when no port is bound
 *
 * The tests that write registers need the interface down; they take the
 * RTNL so that nobody opens it meanwhile.
 */
#include <kunit/test.h>
#include <linux/module.h>
#include <linux/rtnetlink.h>

#include "igbx.h"
#include "kunit_port.h"

static char *pci;
module_param(pci, charp, 0444);
MODULE_PARM_DESC(pci, "PCI address of the port to test (default: first igbx port)");

static char *mac;
module_param(mac, charp, 0444);
MODULE_PARM_DESC(mac, "MAC address the port must report (QEMU's mac=)");

static bool require_device;
module_param(require_device, bool, 0444);
MODULE_PARM_DESC(require_device, "fail instead of skipping when no igbx port is bound");

/**
 * igbx_test_port() - the port under test, for every suite
 * @test: the running test; aborted (skipped, or failed when
 *	require_device=1) when there is no port
 *
 * Return: the first igbx port, or the one named by pci=, with a device
 * reference the caller drops with pci_dev_put().
 */
struct pci_dev *igbx_test_port(struct kunit *test)
{
	struct pci_dev *pdev = NULL;

	while ((pdev = pci_get_device(PCI_VENDOR_ID_INTEL, PCI_ANY_ID, pdev))) {
		if (!igbx_adapter_of(pdev))
			continue;
		if (!pci || !strcmp(pci, pci_name(pdev)))
			return pdev;
	}
	if (require_device)
		KUNIT_FAIL_AND_ABORT(test, "no port bound to igbx%s%s",
				     pci ? " at " : "", pci ?: "");
	kunit_skip(test, "no port bound to igbx");
	return NULL;
}

static int igbx_device_init(struct kunit *test)
{
	test->priv = igbx_test_port(test);
	return 0;
}

static void igbx_device_exit(struct kunit *test)
{
	pci_dev_put(test->priv);
}

static struct igbx_adapter *igbx_test_adapter(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_adapter_of(test->priv);

	KUNIT_ASSERT_NOT_NULL(test, adapter);
	return adapter;
}

static void igbx_test_identity(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_test_adapter(test);
	struct pci_dev *pdev = test->priv;
	u32 status = igbx_rd32(&adapter->hw, IGBX_STATUS);

	KUNIT_EXPECT_NE(test, status, ~0U);
	KUNIT_EXPECT_FALSE(test, igbx_removed(&adapter->hw));
	if (pdev->device == 0x10C9)
		KUNIT_EXPECT_EQ(test, adapter->hw.family, IGBX_82576);
	KUNIT_EXPECT_EQ(test, adapter->hw.func,
			(u8)((status & IGBX_STATUS_FUNC_MASK) >> 2));
	KUNIT_EXPECT_EQ(test, (u16)PCI_FUNC(pdev->devfn), (u16)adapter->hw.func);
}

static void igbx_test_nvm_checksum(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_test_adapter(test);
	u16 words[IGBX_NVM_CHECKSUM_WORDS];
	u16 sum = 0;
	int i;

	KUNIT_ASSERT_EQ(test, igbx_nvm_validate_checksum(&adapter->hw), 0);

	/* the same rule, summed here from raw EERD reads */
	KUNIT_ASSERT_EQ(test, igbx_nvm_read(&adapter->hw, 0, ARRAY_SIZE(words), words), 0);
	for (i = 0; i < ARRAY_SIZE(words); i++)
		sum += words[i];
	KUNIT_EXPECT_EQ(test, sum, 0xBABA);
}

static void igbx_test_mac_address(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_test_adapter(test);
	u8 want[ETH_ALEN], nvm[ETH_ALEN];
	u16 words[3];
	int i;

	if (!mac)
		kunit_skip(test, "no mac= parameter given");
	KUNIT_ASSERT_TRUE_MSG(test, mac_pton(mac, want), "bad mac= %s", mac);

	KUNIT_EXPECT_MEMEQ(test, adapter->perm_addr, want, ETH_ALEN);
	KUNIT_EXPECT_MEMEQ(test, adapter->netdev->perm_addr, want, ETH_ALEN);
	KUNIT_EXPECT_MEMEQ(test, adapter->netdev->dev_addr, want, ETH_ALEN);

	/* the NVM's address words (port 0 layout) agree with RAR0 */
	if (adapter->hw.func == 0) {
		KUNIT_ASSERT_EQ(test, igbx_nvm_read(&adapter->hw, 0, 3, words), 0);
		for (i = 0; i < 3; i++) {
			nvm[2 * i] = words[i] & 0xff;
			nvm[2 * i + 1] = words[i] >> 8;
		}
		KUNIT_EXPECT_MEMEQ(test, nvm, want, ETH_ALEN);
	}
}

/* Run @fn on an idle port: RTNL held, interface down. */
static void igbx_test_idle(struct kunit *test,
			   void (*fn)(struct kunit *test, struct igbx_adapter *adapter))
{
	struct igbx_adapter *adapter = igbx_test_adapter(test);
	bool running;

	rtnl_lock();
	running = netif_running(adapter->netdev);
	if (!running)
		fn(test, adapter);
	rtnl_unlock();
	if (running)
		kunit_skip(test, "%s is up", netdev_name(adapter->netdev));
}

static void igbx_rar0_is_dev_addr(struct kunit *test, struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	u8 addr[ETH_ALEN];

	igbx_rar_to_addr(igbx_rd32(hw, IGBX_RAL(0)), igbx_rd32(hw, IGBX_RAH(0)), addr);
	KUNIT_EXPECT_MEMEQ(test, addr, adapter->netdev->dev_addr, ETH_ALEN);
	KUNIT_EXPECT_TRUE(test, igbx_rd32(hw, IGBX_RAH(0)) & IGBX_RAH_AV);
}

static void igbx_do_register_test(struct kunit *test, struct igbx_adapter *adapter)
{
	u32 failed = 0;

	KUNIT_EXPECT_EQ_MSG(test, igbx_test_registers(&adapter->hw, &failed), 0,
			    "register 0x%05x failed", failed);
	/* every register got its value back, the port's address included */
	igbx_rar0_is_dev_addr(test, adapter);
}

static void igbx_test_register_pattern(struct kunit *test)
{
	igbx_test_idle(test, igbx_do_register_test);
}

/*
 * ethtool -t's loopback, a PHY loopback: every frame comes back byte for
 * byte (0), and afterwards the PHY is out of loopback (BMCR bit 14) and
 * the MAC no longer forces its speed and duplex (CTRL bits 11, 12).
 */
static void igbx_do_phy_loopback_test(struct kunit *test,
				      struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	u16 bmcr = 0;

	KUNIT_EXPECT_EQ(test, igbx_test_loopback(adapter), 0);
	KUNIT_ASSERT_EQ(test, igbx_phy_read(hw, IGBX_PHY_BMCR, &bmcr), 0);
	KUNIT_EXPECT_EQ(test, bmcr & IGBX_BMCR_LOOPBACK, 0);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_CTRL) &
			(IGBX_CTRL_FRCSPD | IGBX_CTRL_FRCDPX), 0u);
}

static void igbx_test_phy_loopback_selftest(struct kunit *test)
{
	igbx_test_idle(test, igbx_do_phy_loopback_test);
}

static void igbx_do_reset_test(struct kunit *test, struct igbx_adapter *adapter)
{
	struct igbx_hw *hw = &adapter->hw;
	u8 addr[ETH_ALEN];

	/* scribble on a register the reset must clear */
	igbx_wr32(hw, IGBX_TDLEN(0), 0x1000);
	KUNIT_ASSERT_EQ(test, igbx_reset_hw(hw), 0);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_CTRL) & IGBX_CTRL_RST, 0u);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_TDLEN(0)), 0u);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_EIMS), 0u);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_IMS), 0u);
	/* the reset reloads the permanent address into RAR0 */
	KUNIT_EXPECT_EQ(test, igbx_read_perm_addr(hw, addr), 0);
	KUNIT_EXPECT_MEMEQ(test, addr, adapter->perm_addr, ETH_ALEN);
	igbx_write_rar(hw, 0, adapter->netdev->dev_addr);
}

static void igbx_test_reset(struct kunit *test)
{
	igbx_test_idle(test, igbx_do_reset_test);
}

/*
 * A port whose registers read all ones is gone (igbx_rd32() then drops
 * the BAR): a new MTU, ring size or queue count, or opening it, fails with
 * -ENODEV and changes nothing. The test hides the BAR the same way and
 * gives it back.
 */
static void igbx_do_vanished_test(struct kunit *test, struct igbx_adapter *adapter)
{
	u16 tx = adapter->tx_ring_count, rx = adapter->rx_ring_count;
	struct ethtool_ringparam ring = {	/* sizes other than today's */
		.tx_pending = tx == IGBX_MIN_RING_COUNT ? IGBX_MAX_RING_COUNT : IGBX_MIN_RING_COUNT,
		.rx_pending = rx == IGBX_MIN_RING_COUNT ? IGBX_MAX_RING_COUNT : IGBX_MIN_RING_COUNT,
	};
	struct ethtool_channels ch = {
		.combined_count = adapter->num_q_vectors == 1 ? 2 : 1,
		.other_count = adapter->int_mode == IGBX_INT_MSIX,
	};
	const struct ethtool_ops *ops = adapter->netdev->ethtool_ops;
	struct net_device *netdev = adapter->netdev;
	u8 __iomem *bar = adapter->hw.hw_addr;
	struct kernel_ethtool_ringparam kring = { };
	unsigned int mtu = netdev->mtu, nq = adapter->num_q_vectors;

	WRITE_ONCE(adapter->hw.hw_addr, NULL);
	KUNIT_EXPECT_EQ(test, dev_set_mtu(netdev, 9000), -ENODEV);
	KUNIT_EXPECT_EQ(test, ops->set_ringparam(netdev, &ring, &kring, NULL), -ENODEV);
	if (adapter->max_q_vectors > 1)
		KUNIT_EXPECT_EQ(test, ops->set_channels(netdev, &ch), -ENODEV);
	KUNIT_EXPECT_EQ(test, dev_open(netdev, NULL), -ENODEV);
	WRITE_ONCE(adapter->hw.hw_addr, bar);

	KUNIT_EXPECT_EQ(test, netdev->mtu, mtu);
	KUNIT_EXPECT_EQ(test, adapter->tx_ring_count, tx);
	KUNIT_EXPECT_EQ(test, adapter->rx_ring_count, rx);
	KUNIT_EXPECT_EQ(test, adapter->num_q_vectors, nq);
	KUNIT_EXPECT_FALSE(test, netif_running(netdev));
	KUNIT_EXPECT_NE(test, igbx_rd32(&adapter->hw, IGBX_STATUS), ~0U);

	/* leave the port as found for the tests after this one */
	if (netdev->mtu != mtu)
		dev_set_mtu(netdev, mtu);
	adapter->tx_ring_count = tx;
	adapter->rx_ring_count = rx;
	ch.combined_count = nq;
	if (adapter->num_q_vectors != nq)
		ops->set_channels(netdev, &ch);
}

static void igbx_test_vanished_refuses(struct kunit *test)
{
	igbx_test_idle(test, igbx_do_vanished_test);
}

/* ethtool -S: as many names as values, none empty, none twice. */
static void igbx_test_ethtool_stats_table(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_test_adapter(test);
	const struct ethtool_ops *ops = adapter->netdev->ethtool_ops;
	int n = ops->get_sset_count(adapter->netdev, ETH_SS_STATS);
	struct ethtool_stats stats = { .n_stats = n };
	u8 *names;
	u64 *values;
	int i, j;

	KUNIT_ASSERT_GT(test, n, 0);
	names = kunit_kzalloc(test, n * ETH_GSTRING_LEN + 1, GFP_KERNEL);
	values = kunit_kcalloc(test, n + 1, sizeof(*values), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, names);
	KUNIT_ASSERT_NOT_NULL(test, values);
	names[n * ETH_GSTRING_LEN] = 0x5a;	/* canary after the last name */
	values[n] = 0x5a5a5a5a;		/* and after the last value */

	rtnl_lock();
	ops->get_strings(adapter->netdev, ETH_SS_STATS, names);
	ops->get_ethtool_stats(adapter->netdev, &stats, values);
	rtnl_unlock();

	KUNIT_EXPECT_EQ(test, names[n * ETH_GSTRING_LEN], 0x5a);
	KUNIT_EXPECT_EQ(test, values[n], 0x5a5a5a5aULL);
	for (i = 0; i < n; i++) {
		const char *a = names + i * ETH_GSTRING_LEN;

		KUNIT_EXPECT_NE_MSG(test, a[0], 0, "name %d is empty", i);
		for (j = i + 1; j < n; j++)
			KUNIT_EXPECT_STRNEQ(test, a, (char *)names + j * ETH_GSTRING_LEN);
	}
}

/* ethtool -p: LED0 forced on and off, then LEDCTL as it was. */
static void igbx_test_identify(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_test_adapter(test);
	const struct ethtool_ops *ops = adapter->netdev->ethtool_ops;
	struct igbx_hw *hw = &adapter->hw;
	u32 before = igbx_rd32(hw, IGBX_LEDCTL);

	rtnl_lock();
	KUNIT_EXPECT_EQ(test, ops->set_phys_id(adapter->netdev, ETHTOOL_ID_ACTIVE), 1);
	ops->set_phys_id(adapter->netdev, ETHTOOL_ID_ON);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_LEDCTL) & 0xF, 0xEu);
	ops->set_phys_id(adapter->netdev, ETHTOOL_ID_OFF);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_LEDCTL) & 0xF, 0xFu);
	ops->set_phys_id(adapter->netdev, ETHTOOL_ID_INACTIVE);
	rtnl_unlock();
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_LEDCTL), before);
}

static void igbx_test_regs_dump(struct kunit *test)
{
	struct igbx_adapter *adapter = igbx_test_adapter(test);
	const struct ethtool_ops *ops = adapter->netdev->ethtool_ops;
	struct pci_dev *pdev = test->priv;
	struct igbx_hw *hw = &adapter->hw;
	struct ethtool_regs regs = { };
	int len = ops->get_regs_len(adapter->netdev);
	u64 gorc;
	u32 *w;

	KUNIT_ASSERT_EQ(test, len, 740 * 4);
	w = kunit_kzalloc(test, len + 4, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, w);
	w[740] = 0x5a5a5a5a;		/* canary after the dump */

	rtnl_lock();
	ops->get_regs(adapter->netdev, &regs, w);
	rtnl_unlock();
	spin_lock_bh(&adapter->stats_lock);
	gorc = adapter->hw_stats[IGBX_HWS_GORC];
	spin_unlock_bh(&adapter->stats_lock);

	KUNIT_EXPECT_EQ(test, w[740], 0x5a5a5a5au);
	KUNIT_EXPECT_EQ(test, regs.version >> 24, 1u);
	KUNIT_EXPECT_EQ(test, regs.version & 0xFFFF, (u32)pdev->device);
	KUNIT_EXPECT_EQ(test, (regs.version >> 16) & 0xFF, (u32)pdev->revision);
	KUNIT_EXPECT_EQ(test, w[1] & IGBX_STATUS_FUNC_MASK,
			igbx_rd32(hw, 0x00008) & IGBX_STATUS_FUNC_MASK);
	KUNIT_EXPECT_EQ(test, w[32], igbx_rd32(hw, 0x00100));	/* RCTL */
	KUNIT_EXPECT_EQ(test, w[179], igbx_rd32(hw, 0x05400));	/* RAL0 */
	KUNIT_EXPECT_EQ(test, w[195], igbx_rd32(hw, 0x05404));	/* RAH0 */
	KUNIT_EXPECT_EQ(test, w[137], igbx_rd32(hw, 0x02808));	/* RDLEN0 */
	KUNIT_EXPECT_EQ(test, w[219], igbx_rd32(hw, 0x03808));	/* TDLEN0 */
	/* the octet total at the time of the dump, low and high halves */
	KUNIT_EXPECT_EQ(test, w[84], lower_32_bits(gorc));
	KUNIT_EXPECT_EQ(test, w[85], upper_32_bits(gorc));
}

/*
 * Wake-on-LAN arming (pm.c), which QEMU cannot show by waking anything:
 * on a port that is down, the filters the user chose go into WUFC, PME
 * is enabled in WUC, the receiver runs with broadcast accepted (and all
 * multicast for a multicast wake-up), the MAC keeps its link and wake-up
 * in D3cold; with no filter chosen, or the device not allowed to wake
 * the system, nothing is armed; disarming clears both registers. The
 * port is reset afterwards and keeps the user's choice.
 */
static void igbx_do_wol_test(struct kunit *test, struct igbx_adapter *adapter)
{
	struct device *dev = &adapter->pdev->dev;
	struct igbx_hw *hw = &adapter->hw;
	bool may_wake = device_may_wakeup(dev);
	u32 wol = adapter->wol, rctl, ctrl;

	if (!adapter->wol_supported)
		kunit_skip(test, "the port offers no Wake-on-LAN");
	device_set_wakeup_enable(dev, true);

	adapter->wol = IGBX_WUFC_MAG | IGBX_WUFC_BC;
	KUNIT_EXPECT_TRUE(test, igbx_arm_wake(adapter));
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_WUFC), IGBX_WUFC_MAG | IGBX_WUFC_BC);
	KUNIT_EXPECT_TRUE(test, igbx_rd32(hw, IGBX_WUC) & IGBX_WUC_PME_EN);
	rctl = igbx_rd32(hw, IGBX_RCTL);
	KUNIT_EXPECT_TRUE(test, rctl & IGBX_RCTL_EN);
	KUNIT_EXPECT_TRUE(test, rctl & IGBX_RCTL_BAM);
	KUNIT_EXPECT_FALSE(test, rctl & IGBX_RCTL_MPE);
	ctrl = igbx_rd32(hw, IGBX_CTRL);
	KUNIT_EXPECT_TRUE(test, ctrl & IGBX_CTRL_SLU);
	KUNIT_EXPECT_TRUE(test, ctrl & IGBX_CTRL_ADVD3WUC);
	igbx_rar0_is_dev_addr(test, adapter);

	adapter->wol = IGBX_WUFC_MC;
	KUNIT_EXPECT_TRUE(test, igbx_arm_wake(adapter));
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_WUFC), IGBX_WUFC_MC);
	KUNIT_EXPECT_TRUE(test, igbx_rd32(hw, IGBX_RCTL) & IGBX_RCTL_MPE);

	igbx_disarm_wake(adapter);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_WUFC), 0u);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_WUC), 0u);

	/* nothing chosen, or the system wants no wake-up from it: disarmed */
	adapter->wol = 0;
	KUNIT_EXPECT_FALSE(test, igbx_arm_wake(adapter));
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_WUC), 0u);
	adapter->wol = IGBX_WUFC_MAG;
	device_set_wakeup_enable(dev, false);
	KUNIT_EXPECT_FALSE(test, igbx_arm_wake(adapter));
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_WUFC), 0u);

	device_set_wakeup_enable(dev, may_wake);
	adapter->wol = wol;
	KUNIT_EXPECT_EQ(test, igbx_reset_hw(hw), 0);
}

static void igbx_test_wol_arming(struct kunit *test)
{
	igbx_test_idle(test, igbx_do_wol_test);
}

static struct kunit_case igbx_device_cases[] = {
	KUNIT_CASE(igbx_test_identity),
	KUNIT_CASE(igbx_test_nvm_checksum),
	KUNIT_CASE(igbx_test_mac_address),
	KUNIT_CASE(igbx_test_register_pattern),
	KUNIT_CASE_SLOW(igbx_test_phy_loopback_selftest),
	KUNIT_CASE(igbx_test_reset),
	KUNIT_CASE(igbx_test_vanished_refuses),
	KUNIT_CASE(igbx_test_ethtool_stats_table),
	KUNIT_CASE(igbx_test_identify),
	KUNIT_CASE(igbx_test_regs_dump),
	KUNIT_CASE(igbx_test_wol_arming),
	{}
};

static struct kunit_suite igbx_device_suite = {
	.name = "igbx_device",
	.init = igbx_device_init,
	.exit = igbx_device_exit,
	.test_cases = igbx_device_cases,
};

kunit_test_suite(igbx_device_suite);

MODULE_DESCRIPTION("KUnit suites for igbx");
MODULE_LICENSE("GPL");
/*
 * What MODULE_IMPORT_NS() expands to; its argument became a string in
 * 6.13, and this line reads the same on every kernel.
 */
MODULE_INFO(import_ns, "EXPORTED_FOR_KUNIT_TESTING");
