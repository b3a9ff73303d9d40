// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - ethtool operations
 */
#include <linux/ethtool.h>

#include "igbx.h"

static void igbx_get_drvinfo(struct net_device *netdev,
			     struct ethtool_drvinfo *info)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	strscpy(info->driver, IGBX_DRV_NAME, sizeof(info->driver));
	strscpy(info->bus_info, pci_name(adapter->pdev), sizeof(info->bus_info));
	strscpy(info->fw_version, adapter->fw_version, sizeof(info->fw_version));
}

static u32 igbx_get_msglevel(struct net_device *netdev)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	return adapter->msg_enable;
}

static void igbx_set_msglevel(struct net_device *netdev, u32 level)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);

	adapter->msg_enable = level;
}

static const struct ethtool_ops igbx_ethtool_ops = {
	.get_drvinfo	= igbx_get_drvinfo,
	.get_msglevel	= igbx_get_msglevel,
	.set_msglevel	= igbx_set_msglevel,
	.get_link	= ethtool_op_get_link,
};

/**
 * igbx_set_ethtool_ops() - attach the ethtool operations to an interface
 * @netdev: the interface
 */
void igbx_set_ethtool_ops(struct net_device *netdev)
{
	netdev->ethtool_ops = &igbx_ethtool_ops;
}
