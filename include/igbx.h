/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx - adapter and hardware structures shared by the driver's files
 */
#ifndef _IGBX_H_
#define _IGBX_H_

#include <linux/etherdevice.h>
#include <linux/ethtool.h>
#include <linux/io.h>
#include <linux/netdevice.h>
#include <linux/pci.h>
#include <linux/types.h>

#include "regs.h"

#define IGBX_DRV_NAME	"igbx"

/**
 * enum igbx_family - MAC generations the driver knows
 *
 * The PCI ID table maps each device ID to one of these; everything that
 * differs between generations is looked up in &struct igbx_family_info.
 */
enum igbx_family {
	IGBX_82575,
	IGBX_82576,
	IGBX_82580,
	IGBX_I350,
	IGBX_I354,
	IGBX_I210,
	IGBX_I211,
	IGBX_NR_FAMILIES,
};

/**
 * enum igbx_nvm_layout - where a family keeps this port's checksummed words
 * @IGBX_NVM_SHARED: one image at word 0 for all ports (82575, 82576, I210
 *	with flash); a second port's MAC is derived by the hardware
 * @IGBX_NVM_PER_PORT: each LAN function has its own 64-word section
 *	(82580, I350, I354)
 * @IGBX_NVM_NONE: no EERD-readable NVM (I211 and flashless I210 use iNVM
 *	OTP, whose MAC the hardware loads into RAL0/RAH0)
 */
enum igbx_nvm_layout {
	IGBX_NVM_SHARED,
	IGBX_NVM_PER_PORT,
	IGBX_NVM_NONE,
};

/**
 * struct igbx_family_info - per-generation constants
 * @name: for log lines
 * @max_queue_pairs: TX/RX queue pairs the driver may use
 * @hw_queues: queue register slots the MAC has (for the register test)
 * @nvm: NVM layout, see &enum igbx_nvm_layout
 */
struct igbx_family_info {
	const char *name;
	u16 max_queue_pairs;
	u16 hw_queues;
	enum igbx_nvm_layout nvm;
};

/**
 * struct igbx_hw - what the low-level code in hw.c needs to reach the MAC
 * @hw_addr: BAR0 mapping; NULL once the device has been found gone
 *	(surprise removal), after which reads return ~0 and writes are dropped
 * @family: MAC generation
 * @info: constants of @family
 * @func: PCI LAN function of this port, read from STATUS
 * @dev: for log lines
 */
struct igbx_hw {
	u8 __iomem *hw_addr;
	enum igbx_family family;
	const struct igbx_family_info *info;
	u8 func;
	struct device *dev;
};

/**
 * struct igbx_adapter - one port: the private part of its net_device
 * @netdev: the interface
 * @pdev: the PCI function
 * @hw: register access and hardware state
 * @msg_enable: netif_msg_* bits (ethtool msglvl)
 * @perm_addr: MAC address found at probe (NVM/RAR0, or random)
 * @fw_version: NVM image version for ethtool -i, read once at probe
 */
struct igbx_adapter {
	struct net_device *netdev;
	struct pci_dev *pdev;
	struct igbx_hw hw;
	u32 msg_enable;
	u8 perm_addr[ETH_ALEN];
	char fw_version[ETHTOOL_FWVERS_LEN];
};

extern const struct igbx_family_info igbx_families[IGBX_NR_FAMILIES];

/**
 * igbx_removed() - has the device been found gone?
 * @hw: hardware handle
 */
static inline bool igbx_removed(const struct igbx_hw *hw)
{
	return !READ_ONCE(hw->hw_addr);
}

u32 igbx_rd32(struct igbx_hw *hw, u32 reg);

/**
 * igbx_wr32() - write a MAC register
 * @hw: hardware handle
 * @reg: byte offset into BAR0
 * @val: value
 *
 * A write to a device that is gone is dropped.
 */
static inline void igbx_wr32(struct igbx_hw *hw, u32 reg, u32 val)
{
	u8 __iomem *base = READ_ONCE(hw->hw_addr);

	if (base)
		writel(val, base + reg);
}

/* Flush posted writes by reading a harmless register. */
static inline void igbx_flush(struct igbx_hw *hw)
{
	igbx_rd32(hw, IGBX_STATUS);
}

/* hw.c: reset, NVM and MAC address */
int igbx_hw_init(struct igbx_hw *hw, struct device *dev,
		 u8 __iomem *hw_addr, enum igbx_family family);
int igbx_reset_hw(struct igbx_hw *hw);
int igbx_nvm_read(struct igbx_hw *hw, u16 offset, u16 count, u16 *words);
int igbx_nvm_validate_checksum(struct igbx_hw *hw);
int igbx_read_perm_addr(struct igbx_hw *hw, u8 *addr);
void igbx_nvm_version(struct igbx_hw *hw, char *buf, size_t len);
void igbx_write_rar(struct igbx_hw *hw, unsigned int index, const u8 *addr);

/* diag.c: offline self-tests */
int igbx_test_registers(struct igbx_hw *hw, u32 *failed_reg);

/* ethtool.c */
void igbx_set_ethtool_ops(struct net_device *netdev);

/* pci.c: the PCI driver */
int igbx_register_driver(void);
void igbx_unregister_driver(void);

/* main.c: the interface */
extern const struct net_device_ops igbx_netdev_ops;

/*
 * Internal helpers that are static unless KUnit is enabled, so the test
 * module can reach them (see <kunit/visibility.h>).
 */
#if IS_ENABLED(CONFIG_KUNIT)
u16 igbx_nvm_sum(const u16 *words, unsigned int count);
void igbx_rar_to_addr(u32 ral, u32 rah, u8 *addr);
void igbx_addr_to_rar(const u8 *addr, u32 *ral, u32 *rah);
u16 igbx_nvm_port_base(const struct igbx_hw *hw);
struct igbx_adapter *igbx_adapter_of(struct pci_dev *pdev);
#endif

#endif /* _IGBX_H_ */
