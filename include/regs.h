/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx - register offsets and bit fields of the 82575 family MAC
 *
 * Offsets are byte offsets into BAR0. The names follow the Intel datasheets
 * (82576 datasheet chapter 8, "Programming Interface") so that a reader can
 * look each one up; only what the driver uses is listed.
 */
#ifndef _IGBX_REGS_H_
#define _IGBX_REGS_H_

#include <linux/bits.h>
#include <linux/types.h>

/* General control and status (82576 datasheet 8.2) */
#define IGBX_CTRL		0x00000	/* Device Control */
#define IGBX_STATUS		0x00008	/* Device Status, read only */
#define IGBX_EECD		0x00010	/* EEPROM/Flash Control */
#define IGBX_EERD		0x00014	/* EEPROM Read */
#define IGBX_CTRL_EXT		0x00018	/* Extended Device Control */
#define IGBX_MDIC		0x00020	/* MDI (PHY) Control */
#define IGBX_FCAL		0x00028	/* Flow Control Address Low */
#define IGBX_FCAH		0x0002C	/* Flow Control Address High */
#define IGBX_FCT		0x00030	/* Flow Control Type */
#define IGBX_VET		0x00038	/* VLAN EtherType */
#define IGBX_FCTTV		0x00170	/* Flow Control Transmit Timer Value */
#define IGBX_FCRTH		0x02168	/* Flow Control Receive Threshold High */

#define IGBX_CTRL_FD		BIT(0)	/* full duplex */
#define IGBX_CTRL_GIO_MASTER_DISABLE BIT(2)
#define IGBX_CTRL_SLU		BIT(6)	/* set link up */
#define IGBX_CTRL_RST		BIT(26)	/* device reset, self clearing */
#define IGBX_CTRL_PHY_RST	BIT(31)

#define IGBX_STATUS_FD		BIT(0)
#define IGBX_STATUS_LU		BIT(1)	/* link up */
#define IGBX_STATUS_FUNC_MASK	GENMASK(3, 2)	/* PCI function of this port */
#define IGBX_STATUS_SPEED_MASK	GENMASK(7, 6)
#define IGBX_STATUS_SPEED_100	BIT(6)
#define IGBX_STATUS_SPEED_1000	BIT(7)
#define IGBX_STATUS_GIO_MASTER_ENABLE BIT(19)

#define IGBX_EECD_PRES		BIT(8)	/* NVM present */
#define IGBX_EECD_AUTO_RD	BIT(9)	/* NVM auto-read after reset done */

/* EERD: start bit, done bit, word address, data (82576 datasheet 8.2.3) */
#define IGBX_EERD_START		BIT(0)
#define IGBX_EERD_DONE		BIT(1)
#define IGBX_EERD_ADDR_MASK	GENMASK(15, 2)
#define IGBX_EERD_DATA_MASK	GENMASK(31, 16)

#define IGBX_CTRL_EXT_DRV_LOAD	BIT(28)	/* driver loaded: firmware hands over */

/* Interrupts (82576 datasheet 8.8) */
#define IGBX_ICR		0x000C0	/* Interrupt Cause Read, clear on read */
#define IGBX_ICS		0x000C8	/* Interrupt Cause Set */
#define IGBX_IMS		0x000D0	/* Interrupt Mask Set/Read */
#define IGBX_IMC		0x000D8	/* Interrupt Mask Clear */
#define IGBX_IAM		0x000E0	/* Interrupt Acknowledge Auto Mask */
#define IGBX_GPIE		0x01514	/* General Purpose Interrupt Enable */
#define IGBX_EICS		0x01520	/* Extended Interrupt Cause Set */
#define IGBX_EIMS		0x01524	/* Extended Interrupt Mask Set/Read */
#define IGBX_EIMC		0x01528	/* Extended Interrupt Mask Clear */
#define IGBX_EIAC		0x0152C	/* Extended Interrupt Auto Clear */
#define IGBX_EIAM		0x01530	/* Extended Interrupt Auto Mask */
#define IGBX_EICR		0x01580	/* Extended Interrupt Cause Read */
#define IGBX_EITR(n)		(0x01680 + 4 * (n))	/* Interrupt Throttle */
#define IGBX_IVAR(n)		(0x01700 + 4 * (n))	/* Interrupt Vector Allocation */
#define IGBX_IVAR_MISC		0x01740

#define IGBX_ICR_INT_ASSERTED	BIT(31)

/* Receive and transmit control (82576 datasheet 8.10, 8.12) */
#define IGBX_RCTL		0x00100
#define IGBX_TCTL		0x00400
#define IGBX_TIPG		0x00410

#define IGBX_RCTL_EN		BIT(1)
#define IGBX_TCTL_EN		BIT(1)
#define IGBX_TCTL_PSP		BIT(3)	/* pad short packets */

/*
 * Per-queue registers. Queues 0-3 sit in the legacy block at a 0x100
 * stride; queues 4-15 in a second block at a 0x40 stride. Each queue's
 * registers keep the same offsets within its slot.
 */
#define IGBX_RXQ_BLOCK0		0x02800
#define IGBX_RXQ_BLOCK1		0x0C000
#define IGBX_TXQ_BLOCK0		0x03800
#define IGBX_TXQ_BLOCK1		0x0E000

static inline u32 igbx_queue_reg(unsigned int n, u32 block0, u32 block1, u32 off)
{
	return n < 4 ? block0 + 0x100 * n + off : block1 + 0x40 * n + off;
}

#define IGBX_RXQ_REG(n, off)	igbx_queue_reg(n, IGBX_RXQ_BLOCK0, IGBX_RXQ_BLOCK1, off)
#define IGBX_TXQ_REG(n, off)	igbx_queue_reg(n, IGBX_TXQ_BLOCK0, IGBX_TXQ_BLOCK1, off)

/* Offsets within a queue's slot, the same for receive and transmit */
#define IGBX_Q_BAL		0x00	/* ring base, low 32 bits */
#define IGBX_Q_BAH		0x04	/* ring base, high 32 bits */
#define IGBX_Q_LEN		0x08	/* ring length in bytes */
#define IGBX_Q_SRRCTL		0x0C	/* receive only: buffer sizes, format */
#define IGBX_Q_HEAD		0x10	/* next descriptor the NIC works on */
#define IGBX_Q_TAIL		0x18	/* first descriptor it may not touch */
#define IGBX_Q_DCTL		0x28	/* queue enable and thresholds */

#define IGBX_RDBAL(n)		IGBX_RXQ_REG(n, IGBX_Q_BAL)
#define IGBX_RDBAH(n)		IGBX_RXQ_REG(n, IGBX_Q_BAH)
#define IGBX_RDLEN(n)		IGBX_RXQ_REG(n, IGBX_Q_LEN)
#define IGBX_SRRCTL(n)		IGBX_RXQ_REG(n, IGBX_Q_SRRCTL)
#define IGBX_RDH(n)		IGBX_RXQ_REG(n, IGBX_Q_HEAD)
#define IGBX_RDT(n)		IGBX_RXQ_REG(n, IGBX_Q_TAIL)
#define IGBX_RXDCTL(n)		IGBX_RXQ_REG(n, IGBX_Q_DCTL)

#define IGBX_TDBAL(n)		IGBX_TXQ_REG(n, IGBX_Q_BAL)
#define IGBX_TDBAH(n)		IGBX_TXQ_REG(n, IGBX_Q_BAH)
#define IGBX_TDLEN(n)		IGBX_TXQ_REG(n, IGBX_Q_LEN)
#define IGBX_TDH(n)		IGBX_TXQ_REG(n, IGBX_Q_HEAD)
#define IGBX_TDT(n)		IGBX_TXQ_REG(n, IGBX_Q_TAIL)
#define IGBX_TXDCTL(n)		IGBX_TXQ_REG(n, IGBX_Q_DCTL)

/* Address filters (82576 datasheet 8.10) */
#define IGBX_MTA(n)		(0x05200 + 4 * (n))	/* Multicast Table Array */
#define IGBX_MTA_LEN		128

/* Receive address pairs: entries 0-15 at 0x05400, 16-23 at 0x054E0. */
static inline u32 igbx_rar_reg(unsigned int n, u32 off)
{
	return (n < 16 ? 0x05400 + 8 * n : 0x054E0 + 8 * (n - 16)) + off;
}

#define IGBX_RAL(n)		igbx_rar_reg(n, 0)
#define IGBX_RAH(n)		igbx_rar_reg(n, 4)
#define IGBX_RAH_AV		BIT(31)	/* address valid */
#define IGBX_VFTA(n)		(0x05600 + 4 * (n))	/* VLAN Filter Table Array */

/* Statistics, clear on read (82576 datasheet 8.19) */
#define IGBX_MPC		0x04010	/* Missed Packets Count */
#define IGBX_RNBC		0x040A0	/* Receive No Buffers Count */

/* NVM word map (82576 datasheet 6.1) */
#define IGBX_NVM_MAC_ADDR	0x00	/* words 0x00-0x02, port 0 */
#define IGBX_NVM_VERSION	0x05	/* major in 15:12, minor in 11:4 */
#define IGBX_NVM_VER_MAJOR	GENMASK(15, 12)
#define IGBX_NVM_VER_MINOR	GENMASK(11, 4)
#define IGBX_NVM_ETRACK_LO	0x42	/* EEPROM tracking id, low word */
#define IGBX_NVM_ETRACK_HI	0x43	/* high word; 15:12 == 8 when valid */
#define IGBX_NVM_ETRACK_VALID	0x8
#define IGBX_NVM_CHECKSUM	0x3F
#define IGBX_NVM_CHECKSUM_WORDS	0x40	/* words 0x00-0x3F sum to ... */
#define IGBX_NVM_SUM		0xBABA	/* ... this value */

#endif /* _IGBX_REGS_H_ */
