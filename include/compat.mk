# SPDX-License-Identifier: GPL-2.0
#
# What the kernel igbx is built against offers, read from its headers.
# Each line is one API that differs between the kernels igbx supports
# (Debian 12's 6.1, 6.12, the newest Debian kernel) and hands the C code
# an IGBX_HAVE_* macro when the kernel has it; include/compat.h says what
# each one changes. Testing the headers, not the version number, also
# gets a distribution kernel with a backported API right.

igbx_inc := $(srctree)/include
# igbx_file HEADER,MACRO: -DMACRO when the kernel has HEADER
igbx_file = $(if $(wildcard $(igbx_inc)/$(1)),-D$(2))
# igbx_grep HEADER,TEXT,MACRO: -DMACRO when HEADER contains TEXT
igbx_grep = $(if $(shell grep -qsF '$(2)' $(igbx_inc)/$(1) && echo y),-D$(3))

# page_pool's types moved to their own header in 6.6
igbx_pp := $(if $(wildcard $(igbx_inc)/net/page_pool/types.h),net/page_pool/types.h,net/page_pool.h)

ccflags-y += $(call igbx_file,linux/unaligned.h,IGBX_HAVE_LINUX_UNALIGNED_H)
ccflags-y += $(call igbx_file,net/page_pool/helpers.h,IGBX_HAVE_PP_HELPERS_H)
ccflags-y += $(call igbx_file,kunit/static_stub.h,IGBX_HAVE_STATIC_STUB)
ccflags-y += $(call igbx_grep,$(igbx_pp),struct napi_struct *napi;,IGBX_HAVE_PP_NAPI)
ccflags-y += $(call igbx_grep,$(igbx_pp),struct net_device *netdev;,IGBX_HAVE_PP_NETDEV)
ccflags-y += $(call igbx_grep,$(igbx_pp),unsigned int queue_idx;,IGBX_HAVE_PP_QUEUE_IDX)
ccflags-y += $(call igbx_grep,linux/netdevice.h,netif_napi_add_config,IGBX_HAVE_NAPI_CONFIG)
ccflags-y += $(call igbx_grep,linux/netdevice.h,void netif_queue_set_napi,IGBX_HAVE_NAPI_LINKS)
ccflags-y += $(call igbx_grep,net/netdev_queues.h,struct netdev_stat_ops {,IGBX_HAVE_QSTATS)
ccflags-y += $(call igbx_grep,linux/ethtool.h,struct ethtool_rxfh_param {,IGBX_HAVE_RXFH_PARAM)
ccflags-y += $(call igbx_grep,linux/ethtool.h,struct ethtool_rxfh_fields {,IGBX_HAVE_RXFH_FIELDS)
ccflags-y += $(call igbx_grep,linux/ethtool.h,get_rx_ring_count,IGBX_HAVE_RX_RING_COUNT)
ccflags-y += $(call igbx_grep,linux/ethtool.h,void ethtool_puts,IGBX_HAVE_ETHTOOL_PUTS)
ccflags-y += $(call igbx_grep,linux/dim.h,const struct dim_sample *end_sample,IGBX_HAVE_NET_DIM_PTR)
ccflags-y += $(call igbx_grep,linux/dim.h,net_dim_init_irq_moder,IGBX_HAVE_DIM_IRQ_MODER)
ccflags-y += $(call igbx_grep,linux/netdevice.h,ndo_hwtstamp_set,IGBX_HAVE_NDO_HWTSTAMP)
ccflags-y += $(call igbx_grep,linux/ethtool.h,struct kernel_ethtool_ts_info {,IGBX_HAVE_KERNEL_TS_INFO)
ccflags-y += $(call igbx_grep,linux/ethtool.h,struct ethtool_ts_stats {,IGBX_HAVE_TS_STATS)
ccflags-y += $(call igbx_grep,linux/timecounter.h,u64 (*read)(const struct cyclecounter *cc);,IGBX_HAVE_CONST_CC)
ccflags-y += $(call igbx_grep,linux/netdevice.h,xdp_features_t,IGBX_HAVE_XDP_FEATURES)
ccflags-y += $(call igbx_grep,net/xdp_sock_drv.h,void xsk_buff_dma_sync_for_cpu(struct xdp_buff *xdp),IGBX_HAVE_XSK_SYNC_NO_POOL)
ccflags-y += $(call igbx_grep,linux/workqueue.h,*system_percpu_wq;,IGBX_HAVE_PERCPU_WQ)
