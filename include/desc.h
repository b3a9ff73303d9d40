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
#define IGBX_TXD_CMD_EOP	BIT(24)	/* last buffer of the frame */
#define IGBX_TXD_CMD_IFCS	BIT(25)	/* append the Ethernet FCS */
#define IGBX_TXD_CMD_RS		BIT(27)	/* report status: write back DD */
#define IGBX_TXD_CMD_DEXT	BIT(29)	/* advanced (extended) format */
#define IGBX_TXD_CMD_VLE	BIT(30)	/* insert a VLAN tag */
#define IGBX_TXD_CMD_TSE	BIT(31)	/* TCP segmentation */

/* olinfo_status */
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

/* write-back status_error (82576 datasheet 7.1.5.2) */
#define IGBX_RXD_STAT_DD	BIT(0)	/* descriptor done */
#define IGBX_RXD_STAT_EOP	BIT(1)	/* last descriptor of the frame */
#define IGBX_RXD_STAT_VP	BIT(3)	/* VLAN tag stripped into @vlan */
#define IGBX_RXD_STAT_UDPCS	BIT(4)	/* UDP checksum was computed */
#define IGBX_RXD_STAT_L4CS	BIT(5)	/* L4 checksum was computed */
#define IGBX_RXD_STAT_IPCS	BIT(6)	/* IPv4 header checksum was computed */
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
