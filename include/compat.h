/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx - what differs between the kernels igbx builds on: Debian 12's
 * 6.1, 6.12, and the newest Debian kernel.
 *
 * Each difference is keyed on what the kernel offers: a macro it defines,
 * or an IGBX_HAVE_* macro that include/compat.mk sets after reading the
 * kernel's headers for the header file, structure or member. Where
 * portable code does the same job on every kernel (a DMA sync through
 * the DMA API, a fixed extack message, the VLAN bitmap read word by
 * word, MODULE_INFO(import_ns, ...)) the driver uses that instead, and
 * nothing about it is here. One small helper is given to the kernels
 * that lack it: ethtool_puts() (6.8), which checkpatch asks for over a
 * bare string format. What a kernel lacks is off there, never emulated:
 * before 6.10 there are no per-queue statistics (netdev_stat_ops).
 */
#ifndef _IGBX_COMPAT_H_
#define _IGBX_COMPAT_H_

#include <linux/dim.h>
#include <linux/ethtool.h>
#include <linux/pci.h>
#include <net/xdp_sock_drv.h>

/* 6.12 moved the unaligned accessors out of asm/. */
#ifdef IGBX_HAVE_LINUX_UNALIGNED_H
#include <linux/unaligned.h>
#else
#include <asm/unaligned.h>
#endif

/* 6.6 split the page_pool API into types and helpers. */
#ifdef IGBX_HAVE_PP_HELPERS_H
#include <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif

/*
 * KUnit's static stubs (6.3) let a test send the register accessors to a
 * register model (kunit/model.c); without CONFIG_KUNIT the header makes
 * the redirect nothing, and so does this where the header is missing.
 */
#ifdef IGBX_HAVE_STATIC_STUB
#include <kunit/static_stub.h>
#else
#define KUNIT_STATIC_STUB_REDIRECT(...) do {} while (0)
#endif

/* PCI_IRQ_LEGACY was renamed in 6.8, and later removed. */
#ifndef PCI_IRQ_INTX
#define PCI_IRQ_INTX		PCI_IRQ_LEGACY
#endif

/*
 * Before 6.7 a page_pool hands out parts of a page only when made with
 * PP_FLAG_PAGE_FRAG, through page_pool_dev_alloc_frag(); a whole page is
 * then a fragment as long as the page. Since 6.7 page_pool_dev_alloc()
 * gives a fragment or a whole page by the size asked for, and the flag
 * is gone.
 */
#ifdef PP_FLAG_PAGE_FRAG
#define IGBX_PP_FLAG_FRAG	PP_FLAG_PAGE_FRAG

static inline struct page *igbx_pp_dev_alloc(struct page_pool *pool,
					     unsigned int *offset,
					     unsigned int *size)
{
	return page_pool_dev_alloc_frag(pool, offset, *size);
}
#else
#define IGBX_PP_FLAG_FRAG	0

static inline struct page *igbx_pp_dev_alloc(struct page_pool *pool,
					     unsigned int *offset,
					     unsigned int *size)
{
	return page_pool_dev_alloc(pool, offset, size);
}
#endif

/*
 * DIM's profile count, the same 5 on every kernel: 6.12's header has it,
 * 6.1 keeps it inside lib/dim/net_dim.c.
 */
#ifndef NET_DIM_PARAMS_NUM_PROFILES
#define NET_DIM_PARAMS_NUM_PROFILES	5
#endif

#ifndef IGBX_HAVE_ETHTOOL_PUTS
/* One ETH_GSTRING_LEN slot of an ethtool string set, as 6.8 fills it. */
static inline void ethtool_puts(u8 **data, const char *str)
{
	strscpy(*data, str, ETH_GSTRING_LEN);
	*data += ETH_GSTRING_LEN;
}
#endif

/*
 * Set by include/compat.mk where the kernel has them:
 *
 * IGBX_HAVE_STATIC_STUB   <kunit/static_stub.h> (6.3): KUnit's static
 *                         stubs, the register model's hook
 * IGBX_HAVE_PP_NAPI       page_pool_params.napi (6.5): the NAPI context
 *                         whose polls may recycle straight into the pool
 * IGBX_HAVE_PP_NETDEV     page_pool_params.netdev (6.8) and
 * IGBX_HAVE_PP_QUEUE_IDX  .queue_idx (6.12): the interface and queue the
 *                         pool is listed under in the netdev netlink family
 * IGBX_HAVE_NAPI_CONFIG   netif_napi_add_config() (6.13): a NAPI context
 *                         keeps its ID and settings while unregistered
 * IGBX_HAVE_NAPI_LINKS    netif_queue_set_napi() and netif_napi_set_irq()
 *                         (6.8): the netdev netlink family reports each
 *                         NAPI context's IRQ and each queue's context
 * IGBX_HAVE_QSTATS        netdev_stat_ops (6.10): per-queue statistics in
 *                         the netdev netlink family; none before
 * IGBX_HAVE_RXFH_PARAM    ethtool's RSS operations take one parameter
 *                         block, struct ethtool_rxfh_param (6.8)
 * IGBX_HAVE_RXFH_FIELDS   the fields hashed per flow type (ethtool -n
 *                         rx-flow-hash) have their own operation
 *                         (6.17); before, get_rxnfc answered ETHTOOL_GRXFH
 * IGBX_HAVE_RX_RING_COUNT so does the number of RX rings RSS spreads over
 *                         (7.2 has it, 6.12 not); else ETHTOOL_GRXRINGS
 * IGBX_HAVE_NET_DIM_PTR   net_dim() takes its sample by pointer (6.13);
 *                         by value before
 * IGBX_HAVE_DIM_IRQ_MODER the netdev holds DIM's profile table, which
 *                         ethtool -C rx-profile changes (6.11); before,
 *                         igbx's own table, fixed
 * IGBX_HAVE_NDO_HWTSTAMP  ndo_hwtstamp_get/set (6.6); before, the
 *                         SIOCGHWTSTAMP/SIOCSHWTSTAMP ioctls reach the
 *                         driver through ndo_eth_ioctl
 * IGBX_HAVE_KERNEL_TS_INFO ethtool's get_ts_info fills a struct
 *                         kernel_ethtool_ts_info (6.11), before a
 *                         struct ethtool_ts_info
 * IGBX_HAVE_TS_STATS      ethtool's timestamping statistics group,
 *                         get_ts_stats (6.10); none before
 * IGBX_HAVE_XDP_FEATURES  net_device.xdp_features (6.3): the XDP
 *                         abilities the driver advertises to netlink;
 *                         before, the core did not ask
 * IGBX_HAVE_XSK_SYNC_NO_POOL xsk_buff_dma_sync_for_cpu() takes the buffer
 *                         alone (6.10), before the buffer and its pool
 * IGBX_HAVE_CONST_CC      a cyclecounter's read callback takes a const
 *                         pointer (6.1 and 6.12 do, 7.2 does not):
 *                         IGBX_CC_CONST below
 * IGBX_HAVE_PERCPU_WQ     system_percpu_wq (6.17, and Debian's 6.12.118):
 *                         the per-CPU system workqueue's new name; 7.2
 *                         logs a warning for work queued on system_wq
 */

/* the per-CPU system workqueue under its 6.17 name */
#ifndef IGBX_HAVE_PERCPU_WQ
#define system_percpu_wq system_wq
#endif

/*
 * An AF_XDP buffer synced for the CPU: 6.10 dropped the pool argument,
 * which the buffer knows.
 */
static inline void igbx_xsk_sync_for_cpu(struct xdp_buff *xdp,
					 struct xsk_buff_pool *pool)
{
#ifdef IGBX_HAVE_XSK_SYNC_NO_POOL
	xsk_buff_dma_sync_for_cpu(xdp);
#else
	xsk_buff_dma_sync_for_cpu(xdp, pool);
#endif
}

/* the qualifier of the cyclecounter a read callback is given */
#ifdef IGBX_HAVE_CONST_CC
#define IGBX_CC_CONST const
#else
#define IGBX_CC_CONST
#endif

#endif /* _IGBX_COMPAT_H_ */
