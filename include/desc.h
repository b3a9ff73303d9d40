/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx - advanced descriptor formats (82576 datasheet 7.1.5 and 7.2.2)
 *
 * The hardware formats keep the names Intel uses across its e1000-family
 * drivers (e1000_adv_tx_desc, e1000_adv_rx_desc), so that a reader can
 * compare igbx with igb, igc and the datasheet side by side. Each
 * descriptor is 16 bytes. Software writes the "read" layout; the NIC
 * overwrites the same 16 bytes with the "write-back" layout when done.
 *
 * The small inline helpers below are the only place that knows the bit
 * positions; the ring code calls them and the KUnit logic suite checks them.
 */
#ifndef _IGBX_DESC_H_
#define _IGBX_DESC_H_

#include <linux/align.h>
#include <linux/bitfield.h>
#include <linux/bits.h>
#include <linux/minmax.h>
#include <linux/types.h>

/**
 * union e1000_adv_tx_desc - advanced transmit descriptor
 * @read: as software fills it in: buffer address, command and length,
 *	offload information
 * @wb: as the NIC writes it back: only @wb.status bit DD is meaningful
 */
union e1000_adv_tx_desc {
	struct {
		__le64 buffer_addr;
		__le32 cmd_type_len;
		__le32 olinfo_status;
	} read;
	struct {
		__le64 rsvd;
		__le32 nxtseq_seed;
		__le32 status;
	} wb;
};

/* cmd_type_len of a data descriptor (82576 datasheet 7.2.2.3) */
#define IGBX_TXD_DTALEN_MASK	GENMASK(15, 0)	/* bytes in this buffer */
#define IGBX_TXD_DTYP_MASK	GENMASK(23, 20)
#define IGBX_TXD_DTYP_CTXT	0x2	/* context descriptor */
#define IGBX_TXD_DTYP_DATA	0x3	/* data descriptor */
#define IGBX_TXD_MAC_TSTAMP	BIT(19)	/* latch the frame's IEEE 1588 stamp */
#define IGBX_TXD_CMD_EOP	BIT(24)	/* last buffer of the frame */
#define IGBX_TXD_CMD_IFCS	BIT(25)	/* append the Ethernet FCS */
#define IGBX_TXD_CMD_RS		BIT(27)	/* report status: write back DD */
#define IGBX_TXD_CMD_DEXT	BIT(29)	/* advanced (extended) format */
#define IGBX_TXD_CMD_VLE	BIT(30)	/* insert a VLAN tag */
#define IGBX_TXD_CMD_TSE	BIT(31)	/* TCP segmentation */

/* olinfo_status */
#define IGBX_TXD_IDX_MASK	GENMASK(6, 4)	/* which context slot applies */
#define IGBX_TXD_POPTS_IXSM	BIT(8)	/* insert IPv4 header checksum */
#define IGBX_TXD_POPTS_TXSM	BIT(9)	/* insert L4 checksum */
#define IGBX_TXD_PAYLEN_MASK	GENMASK(31, 14)	/* whole frame (or TSO payload) */

/* write-back status */
#define IGBX_TXD_STAT_DD	BIT(0)	/* descriptor done */

/* Buffers are split at 32 KiB, well inside the 16-bit length field. */
#define IGBX_TXD_MAX_DATA	BIT(15)

/**
 * igbx_tx_cmd_type_len() - cmd_type_len word of a data descriptor
 * @len: bytes in this descriptor's buffer (1..IGBX_TXD_MAX_DATA)
 * @last: true on the frame's last descriptor: sets EOP and RS so the NIC
 *	reports completion of the whole frame once
 *
 * Return: the word in CPU order; the caller converts it with cpu_to_le32().
 */
static inline u32 igbx_tx_cmd_type_len(u32 len, bool last)
{
	u32 v = FIELD_PREP(IGBX_TXD_DTYP_MASK, IGBX_TXD_DTYP_DATA) |
		IGBX_TXD_CMD_DEXT | IGBX_TXD_CMD_IFCS |
		FIELD_PREP(IGBX_TXD_DTALEN_MASK, len);

	if (last)
		v |= IGBX_TXD_CMD_EOP | IGBX_TXD_CMD_RS;
	return v;
}

/**
 * igbx_tx_olinfo_status() - olinfo_status word of a data descriptor
 * @paylen: length of the whole frame in bytes (for non-TSO frames)
 *
 * Return: the word in CPU order.
 */
static inline u32 igbx_tx_olinfo_status(u32 paylen)
{
	return FIELD_PREP(IGBX_TXD_PAYLEN_MASK, paylen);
}

/**
 * struct e1000_adv_tx_context_desc - advanced transmit context descriptor
 * @vlan_macip_lens: VLAN tag to insert, MAC header length, IP header length
 * @seqnum_seed: unused by igbx (zero)
 * @type_tucmd_mlhl: descriptor type, L3 and L4 protocol of the frames
 * @mss_l4len_idx: TSO segment size and L4 header length, context slot
 *
 * Takes a slot in the TX ring like a data descriptor. The NIC keeps what
 * it says in a context slot (IDX; the 82575 has one per queue, later MACs
 * keep them per queue on their own) and applies it to the data
 * descriptors that follow (82576 datasheet 7.2.2.3).
 */
struct e1000_adv_tx_context_desc {
	__le32 vlan_macip_lens;
	__le32 seqnum_seed;
	__le32 type_tucmd_mlhl;
	__le32 mss_l4len_idx;
};

/**
 * struct igbx_tx_ctx - a context descriptor's words in CPU byte order, as
 *	igbx_tx_context() computes them (seqnum_seed is always zero)
 * @vlan_macip_lens: see &struct e1000_adv_tx_context_desc
 * @type_tucmd_mlhl: see &struct e1000_adv_tx_context_desc
 * @mss_l4len_idx: see &struct e1000_adv_tx_context_desc
 */
struct igbx_tx_ctx {
	u32 vlan_macip_lens;
	u32 type_tucmd_mlhl;
	u32 mss_l4len_idx;
};

#define IGBX_TXC_IPLEN_MASK	GENMASK(8, 0)	/* IP header incl. options */
#define IGBX_TXC_MACLEN_MASK	GENMASK(15, 9)	/* L2 header incl. VLAN tags */
#define IGBX_TXC_VLAN_MASK	GENMASK(31, 16)
#define IGBX_TXC_TUCMD_IPV4	BIT(10)	/* IPv4 (else IPv6), for TSO */
#define IGBX_TXC_TUCMD_L4T_MASK	GENMASK(12, 11)
#define IGBX_TXC_L4T_UDP	0
#define IGBX_TXC_L4T_TCP	1
#define IGBX_TXC_IDX_MASK	GENMASK(6, 4)
#define IGBX_TXC_L4LEN_MASK	GENMASK(15, 8)	/* TCP header incl. options */
#define IGBX_TXC_MSS_MASK	GENMASK(31, 16)

/* The largest headers a context can describe. */
#define IGBX_TXC_MAX_MACLEN	127
#define IGBX_TXC_MAX_IPLEN	511

/**
 * igbx_txc_vlan_macip_lens() - first word of a context descriptor
 * @vlan: the tag (TCI) to insert when the data descriptor says VLE
 * @maclen: bytes from the frame's start to the IP header
 * @iplen: bytes of the IP header (IPv6: with extension headers)
 *
 * Return: the word in CPU order.
 */
static inline u32 igbx_txc_vlan_macip_lens(u16 vlan, u32 maclen, u32 iplen)
{
	return FIELD_PREP(IGBX_TXC_VLAN_MASK, vlan) |
	       FIELD_PREP(IGBX_TXC_MACLEN_MASK, maclen) |
	       FIELD_PREP(IGBX_TXC_IPLEN_MASK, iplen);
}

/**
 * igbx_txc_type_tucmd() - third word of a context descriptor
 * @l4t: IGBX_TXC_L4T_TCP or IGBX_TXC_L4T_UDP
 * @ipv4: the frames are IPv4 (the NIC then rewrites their IP header
 *	length and checksum per TSO segment)
 *
 * Return: the word in CPU order.
 */
static inline u32 igbx_txc_type_tucmd(u32 l4t, bool ipv4)
{
	u32 v = FIELD_PREP(IGBX_TXD_DTYP_MASK, IGBX_TXD_DTYP_CTXT) |
		IGBX_TXD_CMD_DEXT | FIELD_PREP(IGBX_TXC_TUCMD_L4T_MASK, l4t);

	if (ipv4)
		v |= IGBX_TXC_TUCMD_IPV4;
	return v;
}

/**
 * igbx_txc_mss_l4len_idx() - fourth word of a context descriptor
 * @mss: TSO segment payload size, 0 without TSO
 * @l4len: TCP header length for TSO, 0 without
 * @idx: context slot
 *
 * Return: the word in CPU order.
 */
static inline u32 igbx_txc_mss_l4len_idx(u32 mss, u32 l4len, u32 idx)
{
	return FIELD_PREP(IGBX_TXC_MSS_MASK, mss) |
	       FIELD_PREP(IGBX_TXC_L4LEN_MASK, l4len) |
	       FIELD_PREP(IGBX_TXC_IDX_MASK, idx);
}

/**
 * union e1000_adv_rx_desc - advanced receive descriptor, one-buffer mode
 * @read: as software fills it in: the DMA address of an empty buffer
 *	(@read.hdr_addr is zero in one-buffer mode; its bit 0 is the place
 *	the NIC writes DD back, so it must be cleared before handing over)
 * @wb: as the NIC writes it back once a frame (or part of one) is in the
 *	buffer
 */
union e1000_adv_rx_desc {
	struct {
		__le64 pkt_addr;
		__le64 hdr_addr;
	} read;
	struct {
		__le16 pkt_info;	/* RSS type, packet type */
		__le16 hdr_info;	/* header length in split mode */
		__le32 rss_hash;	/* RSS hash, or IP id and checksum */
		__le32 status_error;	/* extended status and errors */
		__le16 length;		/* bytes written to the buffer */
		__le16 vlan;		/* stripped VLAN tag */
	} wb;
};

/* write-back pkt_info: which fields the RSS hash covers (bits 3:0) */
#define IGBX_RXD_RSSTYPE_MASK	GENMASK(3, 0)
#define IGBX_RSSTYPE_NONE	0x0
#define IGBX_RSSTYPE_TCP4	0x1
#define IGBX_RSSTYPE_IP4	0x2
#define IGBX_RSSTYPE_TCP6	0x3
#define IGBX_RSSTYPE_IP6_EX	0x4
#define IGBX_RSSTYPE_IP6	0x5
#define IGBX_RSSTYPE_TCP6_EX	0x6
#define IGBX_RSSTYPE_UDP4	0x7
#define IGBX_RSSTYPE_UDP6	0x8
#define IGBX_RSSTYPE_UDP6_EX	0x9

/* write-back status_error (82576 datasheet 7.1.5.2) */
#define IGBX_RXD_STAT_DD	BIT(0)	/* descriptor done */
#define IGBX_RXD_STAT_EOP	BIT(1)	/* last descriptor of the frame */
#define IGBX_RXD_STAT_IXSM	BIT(2)	/* ignore the checksum indications */
#define IGBX_RXD_STAT_VP	BIT(3)	/* VLAN tag stripped into @vlan */
#define IGBX_RXD_STAT_UDPCS	BIT(4)	/* UDP checksum was computed */
#define IGBX_RXD_STAT_L4CS	BIT(5)	/* L4 checksum was computed */
#define IGBX_RXD_STAT_IPCS	BIT(6)	/* IPv4 header checksum was computed */
#define IGBX_RXD_STAT_TSIP	BIT(15)	/* a timestamp header leads the buffer
					 * (82580 and later, SRRCTL.TIMESTAMP)
					 */
#define IGBX_RXD_STAT_TS	BIT(16)	/* RXSTMPL/H hold this frame's stamp */
#define IGBX_RXD_ERR_CE		BIT(24)	/* CRC or alignment error */
#define IGBX_RXD_ERR_SE		BIT(25)	/* symbol error */
#define IGBX_RXD_ERR_SEQ	BIT(26)	/* sequence error */
#define IGBX_RXD_ERR_CXE	BIT(28)	/* carrier extension error */
#define IGBX_RXD_ERR_L4E	BIT(29)	/* bad TCP/UDP checksum */
#define IGBX_RXD_ERR_IPE	BIT(30)	/* bad IPv4 header checksum */
#define IGBX_RXD_ERR_RXE	BIT(31)	/* other receive error */

/* Errors that make the frame itself unusable (checksum errors do not). */
#define IGBX_RXD_ERR_FRAME	(IGBX_RXD_ERR_CE | IGBX_RXD_ERR_SE | \
				 IGBX_RXD_ERR_SEQ | IGBX_RXD_ERR_CXE | \
				 IGBX_RXD_ERR_RXE)

/**
 * igbx_rx_frame_error() - does a write-back status report a broken frame?
 * @status_error: the descriptor's status_error word, in CPU order
 *
 * Only meaningful on the frame's last (EOP) descriptor, where the NIC
 * reports the errors of the whole frame.
 *
 * Return: true when any of the frame error bits is set.
 */
static inline bool igbx_rx_frame_error(u32 status_error)
{
	return (status_error & IGBX_RXD_ERR_FRAME) != 0;
}

/* Descriptor rings: length in bytes must be a multiple of 128 (8.10.7). */
#define IGBX_RING_ALIGN_BYTES	128
#define IGBX_RING_COUNT_MULT	(IGBX_RING_ALIGN_BYTES / 16)	/* 8 */
#define IGBX_MIN_RING_COUNT	80
#define IGBX_MAX_RING_COUNT	4096
#define IGBX_DEFAULT_RING_COUNT	256

/**
 * igbx_ring_count_clamp() - a ring size the hardware accepts
 * @requested: descriptors asked for (for example by ethtool -G)
 *
 * Return: @requested clamped to [IGBX_MIN_RING_COUNT, IGBX_MAX_RING_COUNT]
 * and rounded up to a multiple of IGBX_RING_COUNT_MULT, so that the ring's
 * byte length is a multiple of 128.
 */
static inline u32 igbx_ring_count_clamp(u32 requested)
{
	u32 n = clamp_t(u32, requested, IGBX_MIN_RING_COUNT, IGBX_MAX_RING_COUNT);

	return ALIGN(n, IGBX_RING_COUNT_MULT);
}

#endif /* _IGBX_DESC_H_ */
