// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - KUnit suite for the offloads: what igbx_tx_context() and
 * igbx_tx_data_flags() make of real skbs (TCP and UDP checksums over IPv4
 * and IPv6, TSO, VLAN insertion, frames the NIC cannot sum), how the
 * receive path reads the NIC's RSS type and checksum status bits, and the
 * packing of the RSS redirection table.
 *
 * Expected descriptor words are written out from the datasheet's field
 * positions (82576 datasheet 7.2.2.3): vlan_macip_lens = VLAN 31:16,
 * MACLEN 15:9, IPLEN 8:0; type_tucmd_mlhl = DEXT bit 29, DTYP 23:20 = 2,
 * L4T 12:11 (0 UDP, 1 TCP), IPV4 bit 10; mss_l4len_idx = MSS 31:16,
 * L4LEN 15:8, IDX 6:4.
 */
#include <kunit/test.h>
#include <linux/if_vlan.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/skbuff.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <net/checksum.h>
#include <net/ip6_checksum.h>

#include "igbx.h"

#define SADDR	cpu_to_be32(0xC0A80A01)	/* 192.168.10.1 */
#define DADDR	cpu_to_be32(0xC0A80A02)
#define TCP_HLEN_TS	32	/* a TCP header with the timestamp option */

/**
 * struct igbx_test_frame - a frame to build
 * @v6: IPv6 instead of IPv4
 * @proto: IPPROTO_TCP or IPPROTO_UDP
 * @payload: bytes after the L4 header
 * @mss: TSO segment size, 0 for a plain checksummed frame
 */
struct igbx_test_frame {
	bool v6;
	u8 proto;
	unsigned int payload;
	unsigned int mss;
};

/* Build an Ethernet/IP/L4 frame as the stack hands it to a driver. */
static struct sk_buff *igbx_test_skb(struct kunit *test,
				     const struct igbx_test_frame *f)
{
	unsigned int iplen = f->v6 ? sizeof(struct ipv6hdr) : sizeof(struct iphdr);
	unsigned int l4len = f->proto == IPPROTO_TCP ? TCP_HLEN_TS : sizeof(struct udphdr);
	unsigned int l4bytes = l4len + f->payload;
	struct sk_buff *skb;
	struct ethhdr *eth;

	skb = alloc_skb(ETH_HLEN + iplen + l4bytes + 64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, skb);
	skb_reserve(skb, 32);
	eth = skb_put_zero(skb, ETH_HLEN);
	eth->h_proto = htons(f->v6 ? ETH_P_IPV6 : ETH_P_IP);
	skb->protocol = eth->h_proto;
	skb_reset_mac_header(skb);
	skb_set_network_header(skb, ETH_HLEN);

	if (f->v6) {
		struct ipv6hdr *ip6 = skb_put_zero(skb, iplen);

		ip6->version = 6;
		ip6->payload_len = htons(l4bytes);
		ip6->nexthdr = f->proto;
		ip6->saddr.s6_addr32[0] = SADDR;
		ip6->daddr.s6_addr32[0] = DADDR;
	} else {
		struct iphdr *ip = skb_put_zero(skb, iplen);

		ip->version = 4;
		ip->ihl = 5;
		ip->tot_len = htons(iplen + l4bytes);
		ip->protocol = f->proto;
		ip->saddr = SADDR;
		ip->daddr = DADDR;
		ip->check = ip_fast_csum(ip, ip->ihl);
	}
	skb_set_transport_header(skb, ETH_HLEN + iplen);
	skb_put_zero(skb, l4bytes);

	skb->ip_summed = CHECKSUM_PARTIAL;
	skb->csum_start = skb_transport_header(skb) - skb->head;
	if (f->proto == IPPROTO_TCP) {
		tcp_hdr(skb)->doff = TCP_HLEN_TS / 4;
		skb->csum_offset = offsetof(struct tcphdr, check);
	} else {
		skb->csum_offset = offsetof(struct udphdr, check);
	}
	/* the pseudo-header sum over the whole L4 length, as the stack leaves it */
	*(__sum16 *)(skb_transport_header(skb) + skb->csum_offset) = f->v6 ?
		~csum_ipv6_magic(&ipv6_hdr(skb)->saddr, &ipv6_hdr(skb)->daddr,
				 l4bytes, f->proto, 0) :
		~csum_tcpudp_magic(SADDR, DADDR, l4bytes, f->proto, 0);

	if (f->mss) {
		skb_shinfo(skb)->gso_size = f->mss;
		skb_shinfo(skb)->gso_segs = DIV_ROUND_UP(f->payload, f->mss);
		if (f->proto == IPPROTO_UDP)
			skb_shinfo(skb)->gso_type = SKB_GSO_UDP_L4;
		else
			skb_shinfo(skb)->gso_type = f->v6 ? SKB_GSO_TCPV6 : SKB_GSO_TCPV4;
	}
	return skb;
}

static void igbx_test_free_skb(void *skb)
{
	kfree_skb(skb);
}

/* Build, and have KUnit free the skb when the test ends. */
static struct sk_buff *igbx_test_frame_skb(struct kunit *test,
					   const struct igbx_test_frame *f)
{
	struct sk_buff *skb = igbx_test_skb(test, f);

	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, igbx_test_free_skb, skb), 0);
	return skb;
}

static void igbx_test_csum_tcp4(struct kunit *test)
{
	struct igbx_test_frame f = { .proto = IPPROTO_TCP, .payload = 100 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };
	u32 cmd, olinfo;

	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (14u << 9) | 20);
	KUNIT_EXPECT_EQ(test, ctx.type_tucmd_mlhl, 0x20200800u);
	KUNIT_EXPECT_EQ(test, ctx.mss_l4len_idx, 0u);
	KUNIT_EXPECT_EQ(test, info.gso_segs, 1);
	KUNIT_EXPECT_EQ(test, info.bytecount, skb->len);

	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, cmd, 0u);
	/* PAYLEN = whole frame (14 + 20 + 32 + 100), TXSM bit 9 */
	KUNIT_EXPECT_EQ(test, olinfo, (166u << 14) | BIT(9));
}

static void igbx_test_csum_tcp6(struct kunit *test)
{
	struct igbx_test_frame f = { .v6 = true, .proto = IPPROTO_TCP, .payload = 10 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };

	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (14u << 9) | 40);
	KUNIT_EXPECT_EQ(test, ctx.type_tucmd_mlhl, 0x20200800u);
	KUNIT_EXPECT_EQ(test, info.flags, (u32)IGBX_TX_FLAGS_CSUM);
}

static void igbx_test_csum_udp(struct kunit *test)
{
	struct igbx_test_frame f4 = { .proto = IPPROTO_UDP, .payload = 30 };
	struct igbx_test_frame f6 = { .v6 = true, .proto = IPPROTO_UDP, .payload = 30 };
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };
	u32 cmd, olinfo;

	KUNIT_ASSERT_EQ(test, igbx_tx_context(igbx_test_frame_skb(test, &f4), &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (14u << 9) | 20);
	KUNIT_EXPECT_EQ(test, ctx.type_tucmd_mlhl, 0x20200000u);	/* L4T = UDP */
	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, olinfo, ((14u + 20 + 8 + 30) << 14) | BIT(9));

	KUNIT_ASSERT_EQ(test, igbx_tx_context(igbx_test_frame_skb(test, &f6), &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (14u << 9) | 40);
	KUNIT_EXPECT_EQ(test, ctx.type_tucmd_mlhl, 0x20200000u);
}

static void igbx_test_tso4(struct kunit *test)
{
	struct igbx_test_frame f = { .proto = IPPROTO_TCP, .payload = 3 * 1448, .mss = 1448 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };
	unsigned int hdr = 14 + 20 + TCP_HLEN_TS;
	u32 cmd, olinfo;

	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (14u << 9) | 20);
	KUNIT_EXPECT_EQ(test, ctx.type_tucmd_mlhl, 0x20200C00u);	/* TCP, IPv4 */
	KUNIT_EXPECT_EQ(test, ctx.mss_l4len_idx, (1448u << 16) | (32u << 8));
	KUNIT_EXPECT_EQ(test, info.gso_segs, 3);
	KUNIT_EXPECT_EQ(test, info.paylen, 3u * 1448);
	/* every segment carries the headers again */
	KUNIT_EXPECT_EQ(test, info.bytecount, 3 * (hdr + 1448));

	/* the NIC fills in lengths and checksums per segment */
	KUNIT_EXPECT_EQ(test, (__force u16)ip_hdr(skb)->tot_len, 0);
	KUNIT_EXPECT_EQ(test, (__force u16)ip_hdr(skb)->check, 0);
	KUNIT_EXPECT_EQ(test, (__force u16)tcp_hdr(skb)->check,
			(__force u16)~csum_tcpudp_magic(SADDR, DADDR, 0, IPPROTO_TCP, 0));

	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, cmd, (u32)BIT(31));			/* TSE */
	KUNIT_EXPECT_EQ(test, olinfo, (3u * 1448 << 14) | BIT(9) | BIT(8));
}

static void igbx_test_tso6(struct kunit *test)
{
	struct igbx_test_frame f = { .v6 = true, .proto = IPPROTO_TCP,
				     .payload = 2000, .mss = 1000 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };
	u32 cmd, olinfo;

	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (14u << 9) | 40);
	KUNIT_EXPECT_EQ(test, ctx.type_tucmd_mlhl, 0x20200800u);	/* TCP, not IPv4 */
	KUNIT_EXPECT_EQ(test, ctx.mss_l4len_idx, (1000u << 16) | (32u << 8));
	KUNIT_EXPECT_EQ(test, (__force u16)ipv6_hdr(skb)->payload_len, 0);
	KUNIT_EXPECT_EQ(test, (__force u16)tcp_hdr(skb)->check,
			(__force u16)~csum_ipv6_magic(&ipv6_hdr(skb)->saddr,
						      &ipv6_hdr(skb)->daddr, 0,
						      IPPROTO_TCP, 0));
	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, cmd, (u32)BIT(31));
	KUNIT_EXPECT_EQ(test, olinfo, (2000u << 14) | BIT(9));	/* no IXSM */
}

/* UDP segmentation (USO): L4T UDP, an 8-byte L4 header, lengths zeroed */
static void igbx_test_uso4(struct kunit *test)
{
	struct igbx_test_frame f = { .proto = IPPROTO_UDP, .payload = 2 * 1400 + 100,
				     .mss = 1400 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };
	unsigned int hdr = 14 + 20 + 8;
	u32 cmd, olinfo;

	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (14u << 9) | 20);
	KUNIT_EXPECT_EQ(test, ctx.type_tucmd_mlhl, 0x20200400u);	/* UDP, IPv4 */
	KUNIT_EXPECT_EQ(test, ctx.mss_l4len_idx, (1400u << 16) | (8u << 8));
	KUNIT_EXPECT_EQ(test, info.gso_segs, 3);
	KUNIT_EXPECT_EQ(test, info.paylen, 2u * 1400 + 100);
	KUNIT_EXPECT_EQ(test, info.bytecount, 3 * hdr + 2 * 1400 + 100);
	KUNIT_EXPECT_EQ(test, (__force u16)ip_hdr(skb)->tot_len, 0);
	KUNIT_EXPECT_EQ(test, (__force u16)ip_hdr(skb)->check, 0);
	/* the length left out of the UDP pseudo-header sum, as for TCP */
	KUNIT_EXPECT_EQ(test, (__force u16)udp_hdr(skb)->check,
			(__force u16)~csum_tcpudp_magic(SADDR, DADDR, 0, IPPROTO_UDP, 0));

	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, cmd, (u32)BIT(31));			/* TSE */
	KUNIT_EXPECT_EQ(test, olinfo, ((2u * 1400 + 100) << 14) | BIT(9) | BIT(8));
}

static void igbx_test_uso6(struct kunit *test)
{
	struct igbx_test_frame f = { .v6 = true, .proto = IPPROTO_UDP,
				     .payload = 3000, .mss = 1000 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };

	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (14u << 9) | 40);
	KUNIT_EXPECT_EQ(test, ctx.type_tucmd_mlhl, 0x20200000u);	/* UDP, not IPv4 */
	KUNIT_EXPECT_EQ(test, ctx.mss_l4len_idx, (1000u << 16) | (8u << 8));
	KUNIT_EXPECT_EQ(test, (__force u16)ipv6_hdr(skb)->payload_len, 0);
	KUNIT_EXPECT_EQ(test, (__force u16)udp_hdr(skb)->check,
			(__force u16)~csum_ipv6_magic(&ipv6_hdr(skb)->saddr,
						      &ipv6_hdr(skb)->daddr, 0,
						      IPPROTO_UDP, 0));
}

static void igbx_test_vlan_insert(struct kunit *test)
{
	struct igbx_test_frame f = { .proto = IPPROTO_UDP, .payload = 20 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };
	u32 cmd, olinfo;

	skb->ip_summed = CHECKSUM_NONE;
	__vlan_hwaccel_put_tag(skb, htons(ETH_P_8021Q), 100);
	/* a tag alone still needs a context: the tag lives there */
	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, 100u << 16);
	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, cmd, (u32)BIT(30));			/* VLE */
	KUNIT_EXPECT_EQ(test, olinfo, skb->len << 14);

	/* with a checksum as well: both in one context */
	skb->ip_summed = CHECKSUM_PARTIAL;
	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.vlan_macip_lens, (100u << 16) | (14u << 9) | 20);
}

static void igbx_test_no_offload(struct kunit *test)
{
	struct igbx_test_frame f = { .proto = IPPROTO_UDP, .payload = 20 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { };
	u32 cmd, olinfo;

	skb->ip_summed = CHECKSUM_NONE;
	KUNIT_EXPECT_EQ(test, igbx_tx_context(skb, &ctx, &info), 0);
	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, cmd, 0u);
	KUNIT_EXPECT_EQ(test, olinfo, skb->len << 14);

	/* a checksum the NIC cannot place (not TCP's or UDP's): summed here */
	skb->ip_summed = CHECKSUM_PARTIAL;
	skb->csum_offset = 2;
	KUNIT_EXPECT_EQ(test, igbx_tx_context(skb, &ctx, &info), 0);
	KUNIT_EXPECT_NE(test, (int)skb->ip_summed, CHECKSUM_PARTIAL);
}

static void igbx_test_context_index(struct kunit *test)
{
	struct igbx_test_frame f = { .proto = IPPROTO_TCP, .payload = 10 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	struct igbx_tx_ctx ctx = { };
	struct igbx_tx_info info = { .ctx_idx = 3 };	/* the 82575's queue 3 */
	u32 cmd, olinfo;

	KUNIT_ASSERT_EQ(test, igbx_tx_context(skb, &ctx, &info), 1);
	KUNIT_EXPECT_EQ(test, ctx.mss_l4len_idx, 3u << 4);
	igbx_tx_data_flags(&info, &cmd, &olinfo);
	KUNIT_EXPECT_EQ(test, olinfo & GENMASK(6, 4), 3u << 4);
}

static void igbx_test_rx_hash_type(struct kunit *test)
{
	/* pkt_info bits 3:0: 1 TCPv4, 2 IPv4, 3 TCPv6, 5 IPv6, 7 UDPv4 */
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0x0), PKT_HASH_TYPE_NONE);
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0x1), PKT_HASH_TYPE_L4);
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0x2), PKT_HASH_TYPE_L3);
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0x3), PKT_HASH_TYPE_L4);
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0x5), PKT_HASH_TYPE_L3);
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0x7), PKT_HASH_TYPE_L4);
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0xF), PKT_HASH_TYPE_NONE);
	/* the packet-type bits above must not change the answer */
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0x0111), PKT_HASH_TYPE_L4);
	KUNIT_EXPECT_EQ(test, igbx_rx_hash_type(0x0010), PKT_HASH_TYPE_NONE);
}

static void igbx_test_rx_csum_verdict(struct kunit *test)
{
	/* DD 0, EOP 1, IXSM 2, UDPCS 4, L4CS 5, IPCS 6, L4E 29, IPE 30 */
	KUNIT_EXPECT_EQ(test, igbx_rx_csum_verdict(0x63), CHECKSUM_UNNECESSARY);
	KUNIT_EXPECT_EQ(test, igbx_rx_csum_verdict(0x33), CHECKSUM_UNNECESSARY);
	KUNIT_EXPECT_EQ(test, igbx_rx_csum_verdict(0x43), CHECKSUM_NONE);
	KUNIT_EXPECT_EQ(test, igbx_rx_csum_verdict(0x03), CHECKSUM_NONE);
	KUNIT_EXPECT_EQ(test, igbx_rx_csum_verdict(0x67), CHECKSUM_NONE);
	KUNIT_EXPECT_EQ(test, igbx_rx_csum_verdict(0x20000063), -EBADMSG);
	KUNIT_EXPECT_EQ(test, igbx_rx_csum_verdict(0x40000043), -EBADMSG);
}

static void igbx_test_features_check(struct kunit *test)
{
	struct igbx_test_frame f = { .proto = IPPROTO_TCP, .payload = 600 };
	struct sk_buff *skb = igbx_test_frame_skb(test, &f);
	netdev_features_t all = NETIF_F_SG | NETIF_F_IP_CSUM | NETIF_F_TSO;
	netdev_features_t got;

	KUNIT_EXPECT_EQ(test, igbx_features_check(skb, NULL, all), all);

	/* a MAC header of 128 bytes does not fit MACLEN's 7 bits */
	skb_set_network_header(skb, 128);
	got = igbx_features_check(skb, NULL, all);
	KUNIT_EXPECT_EQ(test, got & (NETIF_F_IP_CSUM | NETIF_F_TSO), 0);
	KUNIT_EXPECT_TRUE(test, got & NETIF_F_SG);
	skb_set_network_header(skb, 127);
	skb->csum_start = skb->data - skb->head + 127 + 20;
	KUNIT_EXPECT_EQ(test, igbx_features_check(skb, NULL, all), all);

	/* an IP header of 512 bytes does not fit IPLEN's 9 bits */
	skb_set_network_header(skb, ETH_HLEN);
	skb->csum_start = skb->data - skb->head + ETH_HLEN + 512;
	got = igbx_features_check(skb, NULL, all);
	KUNIT_EXPECT_EQ(test, got & (NETIF_F_IP_CSUM | NETIF_F_TSO), 0);
}

static void igbx_test_reta_word(struct kunit *test)
{
	static const u8 indir[4] = { 0, 1, 2, 3 };
	static const u8 seven[4] = { 7, 7, 0, 7 };
	const struct igbx_family_info *f = igbx_families;

	/* through each family's constants: one byte per entry, 4n in 7:0 */
	KUNIT_EXPECT_EQ(test, igbx_reta_word(indir, &f[IGBX_82576]), 0x03020100u);
	KUNIT_EXPECT_EQ(test, igbx_reta_word(seven, &f[IGBX_I350]), 0x07000707u);
	KUNIT_EXPECT_EQ(test, igbx_reta_word(indir, &f[IGBX_I210]), 0x03020100u);
	/* the 82575 keeps the queue in bits 7:6 of each byte */
	KUNIT_EXPECT_EQ(test, igbx_reta_word(indir, &f[IGBX_82575]), 0xC0804000u);
}

static struct kunit_case igbx_offload_cases[] = {
	KUNIT_CASE(igbx_test_csum_tcp4),
	KUNIT_CASE(igbx_test_csum_tcp6),
	KUNIT_CASE(igbx_test_csum_udp),
	KUNIT_CASE(igbx_test_tso4),
	KUNIT_CASE(igbx_test_tso6),
	KUNIT_CASE(igbx_test_uso4),
	KUNIT_CASE(igbx_test_uso6),
	KUNIT_CASE(igbx_test_vlan_insert),
	KUNIT_CASE(igbx_test_no_offload),
	KUNIT_CASE(igbx_test_context_index),
	KUNIT_CASE(igbx_test_rx_hash_type),
	KUNIT_CASE(igbx_test_rx_csum_verdict),
	KUNIT_CASE(igbx_test_reta_word),
	KUNIT_CASE(igbx_test_features_check),
	{}
};

static struct kunit_suite igbx_offload_suite = {
	.name = "igbx_offload",
	.test_cases = igbx_offload_cases,
};

kunit_test_suite(igbx_offload_suite);
