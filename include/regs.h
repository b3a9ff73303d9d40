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

#include <linux/bitfield.h>
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
#define IGBX_TXCW		0x00178	/* 82575: Transmit Configuration Word */
#define IGBX_FCRTL		0x02160	/* Flow Control Receive Threshold Low */
#define IGBX_FCRTH		0x02168	/* Flow Control Receive Threshold High */
#define IGBX_FCRTL_XONE		BIT(31)	/* send XON when below the low mark */
#define IGBX_RXPBS		0x02404	/* RX packet buffer size, KiB in 6:0 */
#define IGBX_RXPBS_SIZE_MASK	GENMASK(6, 0)
/* 82580, I350, I354: RXPBS 3:0 index a size table (82580 datasheet, RXPBS) */
#define IGBX_RXPBS_INDEX_82580	GENMASK(3, 0)
/* 82575: PBA's receive allocation in KiB (the transmit one is in 31:16) */
#define IGBX_PBA_RXA_82575	GENMASK(15, 0)
/*
 * I210/I211: RXPBSIZE (at RXPBS's offset) keeps the receive buffer's KiB
 * in 5:0; TXPBSIZE and DTXMXPKTSZ size the transmit buffers and the
 * largest frame sent (I210 datasheet, RXPBSIZE, TXPBSIZE, DTXMXPKTSZ)
 */
#define IGBX_RXPBS_SIZE_I210	GENMASK(5, 0)
#define IGBX_TXPBS		0x03404
#define IGBX_DTXMXPKTSZ		0x0355C
#define IGBX_RXPBS_I210		0x000000A2	/* 34 KiB to the host, 2 KiB BMC */
#define IGBX_TXPBS_I210		0x04000014	/* 20 KiB queue 0, 4 KiB BMC */
#define IGBX_DTXMXPKTSZ_I210	0x00000098	/* 152 x 64 bytes: 9728 */

/* IEEE 802.3x pause frames: to 01:80:C2:00:00:01, EtherType 0x8808 */
#define IGBX_FCAL_PAUSE		0x00C28001
#define IGBX_FCAH_PAUSE		0x0100
#define IGBX_FCT_PAUSE		0x8808
#define IGBX_FC_PAUSE_TIME	0xFFFF	/* in 512-bit times */

#define IGBX_CTRL_FD		BIT(0)	/* full duplex, when forced */
#define IGBX_CTRL_GIO_MASTER_DISABLE BIT(2)
#define IGBX_CTRL_SLU		BIT(6)	/* set link up */
#define IGBX_CTRL_ILOS		BIT(7)	/* invert loss-of-signal */
#define IGBX_CTRL_SPEED		GENMASK(9, 8)	/* speed, when forced */
#define IGBX_CTRL_SPEED_1000	2
#define IGBX_CTRL_FRCSPD	BIT(11)	/* force speed (bypass the PHY's) */
#define IGBX_CTRL_FRCDPX	BIT(12)	/* force duplex */
#define IGBX_CTRL_ADVD3WUC	BIT(20)	/* wake-up keeps working in D3cold */
#define IGBX_CTRL_RFCE		BIT(27)	/* honour received pause frames */
#define IGBX_CTRL_TFCE		BIT(28)	/* send pause frames */
#define IGBX_CTRL_RST		BIT(26)	/* device reset, self clearing */
#define IGBX_CTRL_VME		BIT(30)	/* strip VLAN tags on receive */

#define IGBX_STATUS_FD		BIT(0)
#define IGBX_STATUS_LU		BIT(1)	/* link up */
#define IGBX_STATUS_FUNC_MASK	GENMASK(3, 2)	/* PCI function of this port */
#define IGBX_STATUS_SPEED_100	BIT(6)
#define IGBX_STATUS_SPEED_1000	BIT(7)
#define IGBX_STATUS_GIO_MASTER_ENABLE BIT(19)

#define IGBX_EECD_SIZE_MASK	GENMASK(14, 11)	/* NVM words = 2^(6 + this) */
#define IGBX_EECD_AUTO_RD	BIT(9)	/* NVM auto-read after reset done */
#define IGBX_EECD_FLASH_DETECTED BIT(19)	/* I210: an external flash is
						 * attached (I210 datasheet, EEC)
						 */

/*
 * I210/I211 iNVM, the on-die OTP (I210 datasheet, iNVM structures): 64
 * dwords of records. A record's type is in bits 2:0; a word-autoload
 * record carries an NVM word's address in 15:9 and its data in 31:16;
 * a CSR-autoload record is followed by one more dword, an RSA key
 * record by eight; an uninitialised dword ends the list.
 */
#define IGBX_INVM_DATA(n)	(0x12120 + 4 * (n))
#define IGBX_INVM_DWORDS	64
#define IGBX_INVM_TYPE_MASK	GENMASK(2, 0)
#define IGBX_INVM_WORD_ADDR	GENMASK(15, 9)
#define IGBX_INVM_WORD_DATA	GENMASK(31, 16)
#define IGBX_INVM_UNINIT	0x0	/* record types */
#define IGBX_INVM_WORD_LOAD	0x1
#define IGBX_INVM_CSR_LOAD	0x2
#define IGBX_INVM_RSA_KEY	0x4
#define IGBX_INVM_CSR_EXTRA	1	/* dwords after a CSR-autoload record */
#define IGBX_INVM_RSA_EXTRA	8	/* dwords after an RSA key record */

/*
 * PCIe control (82575 and 82576 datasheets, GCR). The completion timeout
 * field 15:12 is 0 after reset (the PCIe default, 50 us to 50 ms); value
 * 1 selects 10 to 200 ms. CAP_VER2 says the device's PCI Express
 * capability is version 2, whose DEVCTL2 holds the timeout instead.
 */
#define IGBX_GCR		0x05B00
#define IGBX_GCR_CMPL_TMOUT_MASK	GENMASK(15, 12)
#define IGBX_GCR_CMPL_TMOUT_10MS	1	/* field value: 10 ms to 200 ms */
#define IGBX_GCR_CMPL_TMOUT_RESEND	BIT(16)	/* resend a timed-out request */
#define IGBX_GCR_CAP_VER2		BIT(18)
/* PCIe DEVCTL2 completion timeout value: range B, 16 ms to 55 ms */
#define IGBX_DEVCTL2_CMPL_TMOUT_16MS	0x5

/*
 * Software/firmware synchronisation (82576 datasheet, "Software and
 * Firmware Synchronization" and the SWSM and SW_FW_SYNC register
 * descriptions; the 82575, 82580, I350, I354, I210 and I211 have the
 * same registers at the same offsets).
 */
#define IGBX_SWSM		0x05B50	/* Software Semaphore */
#define IGBX_SW_FW_SYNC		0x05B5C	/* Software-Firmware Synchronization */
#define IGBX_SWSM_SMBI		BIT(0)	/* set by a read that finds it clear */
#define IGBX_SWSM_SWESMBI	BIT(1)	/* software owns SW_FW_SYNC */
/* SW_FW_SYNC: software's claim in 15:0, firmware's the same bit + 16 */
#define IGBX_SWFW_EEP_SM	BIT(0)	/* the NVM */
#define IGBX_SWFW_PHY0_SM	BIT(1)	/* LAN function 0's PHY */
#define IGBX_SWFW_PHY1_SM	BIT(2)
#define IGBX_SWFW_PHY2_SM	BIT(5)	/* 82580 and later: functions 2, 3 */
#define IGBX_SWFW_PHY3_SM	BIT(6)
#define IGBX_SWFW_FW_SHIFT	16	/* firmware's bit of a resource */

/* EERD: start bit, done bit, word address, data (82576 datasheet 8.2.3) */
#define IGBX_EERD_START		BIT(0)
#define IGBX_EERD_DONE		BIT(1)
#define IGBX_EERD_ADDR_MASK	GENMASK(15, 2)
#define IGBX_EERD_DATA_MASK	GENMASK(31, 16)

#define IGBX_CTRL_EXT_DRV_LOAD	BIT(28)	/* driver loaded: firmware hands over */

#define IGBX_LEDCTL		0x00E00	/* LED Control */
#define IGBX_LEDCTL_LED0_MODE	GENMASK(3, 0)
#define IGBX_LEDCTL_LED0_IVRT	BIT(6)	/* LED0 active high */
#define IGBX_LEDCTL_MODE_ON	0xE
#define IGBX_LEDCTL_MODE_OFF	0xF

/* MDIC: one PHY register access (82576 datasheet 8.2.4) */
#define IGBX_MDIC_DATA_MASK	GENMASK(15, 0)
#define IGBX_MDIC_REG_MASK	GENMASK(20, 16)
#define IGBX_MDIC_PHY_MASK	GENMASK(25, 21)
#define IGBX_MDIC_OP_WRITE	BIT(26)
#define IGBX_MDIC_OP_READ	BIT(27)
#define IGBX_MDIC_READY		BIT(28)
#define IGBX_MDIC_ERROR		BIT(30)
#define IGBX_PHY_ADDR		1	/* the internal copper PHY */

/* PHY registers (IEEE 802.3 clause 22) and the BMCR bits used */
#define IGBX_PHY_BMCR		0x00
#define IGBX_BMCR_SPEED1000	BIT(6)	/* with bit 13 clear: 1000 Mb/s */
#define IGBX_BMCR_FULLDPLX	BIT(8)
#define IGBX_BMCR_ANRESTART	BIT(9)	/* restart auto-negotiation */
#define IGBX_BMCR_ISOLATE	BIT(10)
#define IGBX_BMCR_PDOWN		BIT(11)	/* power down */
#define IGBX_BMCR_ANENABLE	BIT(12)
#define IGBX_BMCR_LOOPBACK	BIT(14)
#define IGBX_PHY_ANAR		0x04	/* auto-negotiation advertisement */
#define IGBX_ANAR_10HALF	BIT(5)
#define IGBX_ANAR_10FULL	BIT(6)
#define IGBX_ANAR_100HALF	BIT(7)
#define IGBX_ANAR_100FULL	BIT(8)
#define IGBX_ANAR_PAUSE		BIT(10)	/* symmetric pause (802.3 Annex 28B) */
#define IGBX_ANAR_ASM_DIR	BIT(11)	/* asymmetric pause */
#define IGBX_PHY_LPA		0x05	/* link partner's ability, same layout */
#define IGBX_PHY_CTRL1000	0x09	/* 1000BASE-T control */
#define IGBX_CTRL1000_HALF	BIT(8)
#define IGBX_CTRL1000_FULL	BIT(9)
#define IGBX_CTRL1000_MS_ENABLE	BIT(12)	/* master/slave set by hand, not resolved */
#define IGBX_PHY_STAT1000	0x0A	/* 1000BASE-T status: the partner's modes */

/*
 * Copper PHY bring-up (82576 datasheet, PHY Reset and Internal PHY
 * registers; 82580, I350 and I210 datasheets, PHPM, IPCNFG and EEER):
 * the MAC side first, then each PHY type's own registers.
 */
#define IGBX_CTRL_PHY_RST	BIT(31)	/* holds the PHY in reset while set */
#define IGBX_EEMNGCTL		0x01010	/* MNG EEPROM Control */
#define IGBX_EEMNGCTL_I210	0x12030	/* the I210's and I211's copy */
#define IGBX_EEMNGCTL_CFG_DONE(f) BIT(18 + (f))	/* port f's PHY is configured */
#define IGBX_MANC		0x05820	/* Management Control */
#define IGBX_MANC_BLK_PHY_RST	BIT(18)	/* firmware forbids PHY resets */
#define IGBX_PHPM		0x00E14	/* PHY Power Management (82580 on) */
#define IGBX_PHPM_SPD		BIT(0)	/* smart power down */
#define IGBX_PHPM_D0_LPLU	BIT(1)	/* low-power link-up in D0 */
#define IGBX_PHPM_GO_LINKD	BIT(5)	/* PHY forced to link-disconnect */
#define IGBX_IPCNFG		0x00E38	/* Internal PHY Configuration (I350 on) */
#define IGBX_IPCNFG_EEE_100M_AN	BIT(2)	/* advertise EEE at 100 Mb/s */
#define IGBX_IPCNFG_EEE_1G_AN	BIT(3)	/* advertise EEE at 1000 Mb/s */
#define IGBX_EEER		0x00E30	/* Energy Efficient Ethernet */
#define IGBX_EEER_TX_LPI_EN	BIT(16)
#define IGBX_EEER_RX_LPI_EN	BIT(17)
#define IGBX_EEER_LPI_FC	BIT(18)	/* LPI also while flow-controlled */
#define IGBX_MDICNFG		0x00E04	/* MDI Configuration (82580 on) */
#define IGBX_MDICNFG_EXT_MDIO	BIT(31)	/* MDIC goes to an external PHY */
#define IGBX_EEARBC_I210	0x12024	/* EEPROM auto-read bus control */
#define IGBX_CTRL_EXT_SDLPE	BIT(18)	/* SerDes low-power enable */
#define IGBX_CTRL_EXT_PHYPDEN	BIT(20)	/* PHY power-down enable */
/*
 * The port's media, loaded from the NVM: 00 copper through the PHY, 01
 * 1000BASE-KX, 10 SGMII, 11 SerDes
 */
#define IGBX_CTRL_EXT_LINK_MODE	GENMASK(23, 22)

/* PHY identifier: registers 2 and 3, the revision in 3's bits 3:0 */
#define IGBX_PHY_ID1		0x02
#define IGBX_PHY_ID2		0x03
#define IGBX_PHY_REV_MASK	GENMASK(3, 0)
#define IGBX_PHY_ID_M88E1111	0x01410CC0
#define IGBX_PHY_ID_M88E1112	0x01410C90
#define IGBX_PHY_ID_I347AT4	0x01410DC0
#define IGBX_PHY_ID_M88E1512	0x01410DD0
#define IGBX_PHY_ID_M88E1543	0x01410EA0
#define IGBX_PHY_ID_IGP03	0x02A80390	/* 82575, 82576 (and QEMU's) */
#define IGBX_PHY_ID_82580	0x015403A0
#define IGBX_PHY_ID_I350	0x015403B0
#define IGBX_PHY_ID_I210	0x01410C00	/* I210, I211 */

#define IGBX_BMCR_RESET		BIT(15)	/* PHY software reset, self clearing */

/* Marvell-style PHY (M88, and the I210's internal one) */
#define IGBX_M88_PSCR		0x10	/* PHY specific control */
#define IGBX_M88_PSCR_POL_REV	BIT(1)	/* polarity correction off */
#define IGBX_M88_PSCR_MDIX	GENMASK(6, 5)	/* 3: automatic MDI/MDI-X */
#define IGBX_M88_PSCR_MDIX_AUTO	3
#define IGBX_M88_PSCR_CRS_ON_TX	BIT(11)	/* M88E1111: CRS on transmit */
#define IGBX_M88_PSCR_DSHIFT_EN	BIT(11)	/* later M88s, I210: downshift on */
#define IGBX_M88_PSCR_DSHIFT	GENMASK(14, 12)	/* attempts before it, - 1 */
#define IGBX_M88_PSCR_DSHIFT_6X	5
#define IGBX_M88_PAGE		0x16	/* page select (I210: 22) */
#define IGBX_I210_PLL_PAGE	0xFC	/* holds the PLL frequency register */
#define IGBX_I210_PLL_FREQ	0x0E
#define IGBX_I210_PLL_UNCONF	0xFF	/* bits 7:0 all set: not configured */

/* IGP PHY (82575, 82576) */
#define IGBX_IGP_PORT_CONFIG	0x10
#define IGBX_IGP_SMART_SPEED	BIT(7)
#define IGBX_IGP_PORT_CTRL	0x12
#define IGBX_IGP_AUTO_MDIX	BIT(12)
#define IGBX_IGP_FORCE_MDIX	BIT(13)
#define IGBX_IGP_POWER_MGMT	0x19
#define IGBX_IGP_D0_LPLU	BIT(1)	/* low-power link-up in D0 */

/* 82580 and I350 internal PHY */
#define IGBX_82580_PHY_CTRL2	0x12
#define IGBX_82580_MDIX_CFG	GENMASK(10, 9)
#define IGBX_82580_MDIX_AUTO	2
#define IGBX_82580_PHY_CFG	0x16
#define IGBX_82580_CFG_DOWNSHIFT GENMASK(11, 10)
#define IGBX_82580_CFG_CRS_ON_TX BIT(15)
#define IGBX_82580_PHY_LBK	0x13	/* loopback control */
#define IGBX_82580_LBK_MII	0x8041	/* MII loopback, as igb sets it */

/* PCI power management, for the I210/I211 PLL workaround */
#define IGBX_PMCSR_STATE	GENMASK(1, 0)	/* 0: D0, 3: D3hot */
#define IGBX_PMCSR_D3HOT	3
#define IGBX_NVM_AUTOLOAD	0x0A	/* iNVM word the hardware autoloads */
#define IGBX_NVM_AUTOLOAD_DFLT	0x202F	/* its value when iNVM has none */
#define IGBX_NVM_PLL_WO		BIT(4)	/* ... with the PLL workaround bit */
#define IGBX_EEARBC_ADDR	GENMASK(15, 4)	/* EEARBC: word to autoload */
#define IGBX_EEARBC_DATA	GENMASK(31, 16)

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

/* Causes, the same bits in ICR, ICS, IMS and IMC */
#define IGBX_ICR_TXDW		BIT(0)	/* a TX descriptor was written back */
#define IGBX_ICR_LSC		BIT(2)	/* link status change */
#define IGBX_ICR_RXDMT0		BIT(4)	/* RX ring below its refill threshold */
#define IGBX_ICR_RXT0		BIT(7)	/* a frame was received */
#define IGBX_ICR_INT_ASSERTED	BIT(31)

/* What the single vector of MSI or INTx mode listens to */
#define IGBX_IMS_LEGACY		(IGBX_ICR_TXDW | IGBX_ICR_LSC | \
				 IGBX_ICR_RXDMT0 | IGBX_ICR_RXT0)

#define IGBX_GPIE_NSICR		BIT(0)	/* ICR is cleared on read in MSI-X mode too */
#define IGBX_GPIE_MSIX_MODE	BIT(4)	/* EICR bits are MSI-X vectors */
#define IGBX_GPIE_PBA		BIT(31)	/* PBA support, required with MSI-X */

/*
 * 82575: no IVAR. Each MSI-X vector has a bitmap, MSIXBM, of the
 * extended causes it signals, in EICR's layout: RX queue q bit q, TX
 * queue q bit 8 + q, other causes bit 31 (82575 datasheet, MSIXBM and
 * EICR); MSI-X mode is set in CTRL_EXT rather than GPIE.
 */
#define IGBX_MSIXBM(n)		(0x01600 + 4 * (n))
#define IGBX_MSIXBM_NR_82575	10	/* MSI-X vectors of the 82575 */
#define IGBX_EICR_RXQ_82575(q)	BIT(q)
#define IGBX_EICR_TXQ_82575(q)	BIT(8 + (q))
#define IGBX_EICR_OTHER_82575	BIT(31)
#define IGBX_CTRL_EXT_IRCA	BIT(0)	/* 82575: MSI-X interrupt clearing */
#define IGBX_CTRL_EXT_EIAME	BIT(24)	/* 82575: EIAM applies on MSI-X */
#define IGBX_CTRL_EXT_PBA_CLR	BIT(31)	/* 82575: MSI-X PBA support */

#define IGBX_IVAR_VALID		BIT(7)	/* in each byte of IVAR and IVAR_MISC */
#define IGBX_IVAR_MISC_OTHER	8	/* shift of the "other causes" byte */

/* EITR: interval in microseconds in bits 14:2 */
#define IGBX_EITR_INTERVAL_MASK	GENMASK(14, 2)
#define IGBX_EITR_CNT_IGNR	BIT(31)	/* 82576 and later: write interval only */
#define IGBX_EITR_MAX_US	(IGBX_EITR_INTERVAL_MASK >> 2)	/* 8191 */

/* Receive and transmit control (82576 datasheet 8.10, 8.12) */
#define IGBX_RCTL		0x00100
#define IGBX_RLPML		0x05004	/* longest frame taken with RCTL.LPE */
#define IGBX_TCTL		0x00400
#define IGBX_TIPG		0x00410

#define IGBX_RCTL_EN		BIT(1)
#define IGBX_RCTL_UPE		BIT(3)	/* unicast promiscuous */
#define IGBX_RCTL_MPE		BIT(4)	/* multicast promiscuous */
#define IGBX_RCTL_LPE		BIT(5)	/* long packets (> 1522 bytes) */
#define IGBX_RCTL_LBM_MASK	GENMASK(7, 6)	/* loopback mode */
#define IGBX_RCTL_LBM_MAC	1
#define IGBX_RCTL_BAM		BIT(15)	/* accept broadcast */
#define IGBX_RCTL_VFE		BIT(18)	/* VLAN filter enable */
#define IGBX_RCTL_SECRC		BIT(26)	/* strip the Ethernet CRC */

#define IGBX_TCTL_EN		BIT(1)
#define IGBX_TCTL_PSP		BIT(3)	/* pad short packets */
#define IGBX_TCTL_CT_MASK	GENMASK(11, 4)	/* collision threshold */
#define IGBX_TCTL_COLD_MASK	GENMASK(21, 12)	/* collision distance */
#define IGBX_TCTL_RTLC		BIT(24)	/* retransmit on late collision */
#define IGBX_TCTL_CT_DEFAULT	15	/* both from the datasheet's TCTL table */
#define IGBX_TCTL_COLD_FD	63

/* SRRCTL: per-queue receive buffer layout (82576 datasheet 8.10.2) */
#define IGBX_SRRCTL_BSIZEPKT_MASK GENMASK(6, 0)	/* packet buffer, 1 KiB units */
#define IGBX_SRRCTL_DESCTYPE_MASK GENMASK(27, 25)
#define IGBX_SRRCTL_DESCTYPE_ADV_ONEBUF 1
#define IGBX_SRRCTL_DROP_EN	BIT(31)	/* drop, do not stall, when the ring is full */

/* RXDCTL and TXDCTL: prefetch, host and write-back thresholds, enable */
#define IGBX_DCTL_PTHRESH_MASK	GENMASK(4, 0)
#define IGBX_DCTL_HTHRESH_MASK	GENMASK(12, 8)
#define IGBX_DCTL_WTHRESH_MASK	GENMASK(20, 16)
#define IGBX_DCTL_ENABLE	BIT(25)

/* An RXDCTL/TXDCTL value that enables the queue with these thresholds. */
static inline u32 igbx_dctl_enable(u32 pthresh, u32 hthresh, u32 wthresh)
{
	return FIELD_PREP(IGBX_DCTL_PTHRESH_MASK, pthresh) |
	       FIELD_PREP(IGBX_DCTL_HTHRESH_MASK, hthresh) |
	       FIELD_PREP(IGBX_DCTL_WTHRESH_MASK, wthresh) | IGBX_DCTL_ENABLE;
}

/* Receive checksum and multiple-queue control (82576 datasheet 8.10) */
#define IGBX_RXCSUM		0x05000
#define IGBX_RXCSUM_IPOFL	BIT(8)	/* check IPv4 header checksums */
#define IGBX_RXCSUM_TUOFL	BIT(9)	/* check TCP/UDP checksums */
#define IGBX_RXCSUM_PCSD	BIT(13)	/* descriptor carries the RSS hash */
#define IGBX_MRQC		0x05818
#define IGBX_MRQC_RSS		0x2	/* MRQE: spread by RSS hash */
#define IGBX_MRQC_HASH_TCP4	BIT(16)
#define IGBX_MRQC_HASH_IP4	BIT(17)
#define IGBX_MRQC_HASH_TCP6_EX	BIT(18)	/* TCP/IPv6, extension headers too */
#define IGBX_MRQC_HASH_IP6	BIT(20)
#define IGBX_MRQC_HASH_TCP6	BIT(21)
#define IGBX_RETA(n)		(0x05C00 + 4 * (n))	/* 32 registers, 4 entries each */
#define IGBX_RETA_ENTRIES	128
#define IGBX_RSSRK(n)		(0x05C80 + 4 * (n))	/* 40-byte hash key */
#define IGBX_RSS_KEY_BYTES	40

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
#define IGBX_SRRCTL(n)		IGBX_RXQ_REG(n, IGBX_Q_SRRCTL)
#define IGBX_RDH(n)		IGBX_RXQ_REG(n, IGBX_Q_HEAD)
#define IGBX_RDT(n)		IGBX_RXQ_REG(n, IGBX_Q_TAIL)
#define IGBX_RXDCTL(n)		IGBX_RXQ_REG(n, IGBX_Q_DCTL)

#define IGBX_TDBAL(n)		IGBX_TXQ_REG(n, IGBX_Q_BAL)
#define IGBX_TDLEN(n)		IGBX_TXQ_REG(n, IGBX_Q_LEN)
#define IGBX_TDH(n)		IGBX_TXQ_REG(n, IGBX_Q_HEAD)
#define IGBX_TDT(n)		IGBX_TXQ_REG(n, IGBX_Q_TAIL)
#define IGBX_TXDCTL(n)		IGBX_TXQ_REG(n, IGBX_Q_DCTL)

/* Address filters (82576 datasheet 8.10) */
#define IGBX_MTA(n)		(0x05200 + 4 * (n))	/* Multicast Table Array */
#define IGBX_MTA_LEN		128

/* Receive address pairs: entries 0-15 at 0x05400, 16-23 at 0x054E0. */
#define IGBX_RA_BLOCK0		0x05400
#define IGBX_RA_BLOCK1		0x054E0

static inline u32 igbx_rar_reg(unsigned int n, u32 off)
{
	return (n < 16 ? IGBX_RA_BLOCK0 + 8 * n : IGBX_RA_BLOCK1 + 8 * (n - 16)) + off;
}

#define IGBX_RAL(n)		igbx_rar_reg(n, 0)
#define IGBX_RAH(n)		igbx_rar_reg(n, 4)
#define IGBX_RAH_AV		BIT(31)	/* address valid */
#define IGBX_VFTA(n)		(0x05600 + 4 * (n))	/* VLAN Filter Table Array */
#define IGBX_VFTA_LEN		128

/*
 * Statistics (82576 datasheet 8.19). All clear on read; the 64-bit octet
 * counters are a low/high pair, and the pair is latched and cleared when
 * the high half is read, so the low half must be read first.
 */
#define IGBX_CRCERRS		0x04000	/* CRC errors */
#define IGBX_ALGNERRC		0x04004	/* alignment errors */
#define IGBX_SYMERRS		0x04008	/* symbol errors */
#define IGBX_RXERRC		0x0400C	/* receive errors */
#define IGBX_MPC		0x04010	/* Missed Packets Count */
#define IGBX_SCC		0x04014	/* single collisions */
#define IGBX_ECOL		0x04018	/* excessive collisions */
#define IGBX_MCC		0x0401C	/* multiple collisions */
#define IGBX_LATECOL		0x04020	/* late collisions */
#define IGBX_COLC		0x04028	/* collisions */
#define IGBX_DC			0x04030	/* defers */
#define IGBX_TNCRS		0x04034	/* transmit with no carrier sense */
#define IGBX_CEXTERR		0x0403C	/* carrier extension errors */
#define IGBX_RLEC		0x04040	/* receive length errors */
#define IGBX_XONRXC		0x04048	/* XON received */
#define IGBX_XONTXC		0x0404C	/* XON sent */
#define IGBX_XOFFRXC		0x04050	/* XOFF received */
#define IGBX_XOFFTXC		0x04054	/* XOFF sent */
#define IGBX_FCRUC		0x04058	/* unsupported flow control frames */
#define IGBX_PRC64		0x0405C	/* frames received, by size ... */
#define IGBX_PRC127		0x04060
#define IGBX_PRC255		0x04064
#define IGBX_PRC511		0x04068
#define IGBX_PRC1023		0x0406C
#define IGBX_PRC1522		0x04070
#define IGBX_GPRC		0x04074	/* good packets received */
#define IGBX_BPRC		0x04078	/* broadcast packets received */
#define IGBX_MPRC		0x0407C	/* multicast packets received */
#define IGBX_GPTC		0x04080	/* good packets sent */
#define IGBX_GORCL		0x04088	/* good octets received (low, high) */
#define IGBX_GOTCL		0x04090	/* good octets sent (low, high) */
#define IGBX_RNBC		0x040A0	/* Receive No Buffers Count */
#define IGBX_RUC		0x040A4	/* undersize frames */
#define IGBX_RFC		0x040A8	/* fragments */
#define IGBX_ROC		0x040AC	/* oversize frames */
#define IGBX_RJC		0x040B0	/* jabbers */
#define IGBX_TORL		0x040C0	/* total octets received (low, high) */
#define IGBX_TOTL		0x040C8	/* total octets sent (low, high) */
#define IGBX_TPR		0x040D0	/* total packets received */
#define IGBX_TPT		0x040D4	/* total packets sent */
#define IGBX_PTC64		0x040D8	/* frames sent, by size ... */
#define IGBX_PTC127		0x040DC
#define IGBX_PTC255		0x040E0
#define IGBX_PTC511		0x040E4
#define IGBX_PTC1023		0x040E8
#define IGBX_PTC1522		0x040EC
#define IGBX_MPTC		0x040F0	/* multicast packets sent */
#define IGBX_BPTC		0x040F4	/* broadcast packets sent */

/*
 * Wake-up (82576 datasheet, Wake Up Control Register Descriptions). A
 * received frame that passes the ordinary receive filters and one of the
 * wake-up filters enabled in WUFC sets its bit in WUS and, with
 * WUC.PME_EN and the PME enable of the PCI PM capability, asserts PME.
 */
#define IGBX_WUC		0x05800	/* Wake Up Control */
#define IGBX_WUC_PME_EN		BIT(1)	/* a wake-up event asserts PME */
#define IGBX_WUFC		0x05808	/* Wake Up Filter Control */
#define IGBX_WUFC_MAG		BIT(1)	/* Magic Packet */
#define IGBX_WUFC_EX		BIT(2)	/* directed exact: a receive address */
#define IGBX_WUFC_MC		BIT(3)	/* directed multicast: the MTA */
#define IGBX_WUFC_BC		BIT(4)	/* broadcast */
#define IGBX_WUS		0x05810	/* Wake Up Status: WUFC's bits, 1 clears */

/*
 * IEEE 1588 time sync on the 82576 (datasheet 7.10, registers 8.16).
 * SYSTIM is a 64-bit counter to which TIMINCA's increment value is added
 * every increment period (in 16 ns units); reading SYSTIML latches
 * SYSTIMH for the next read. One TX and one RX timestamp are latched at
 * a time: each stays until its high word is read, and meanwhile no other
 * frame is stamped.
 */
#define IGBX_SYSTIML		0x0B600	/* system time, low: latches high */
#define IGBX_SYSTIMH		0x0B604
#define IGBX_TIMINCA		0x0B608	/* increment attributes */
#define IGBX_TIMINCA_INCVALUE	GENMASK(23, 0)	/* added per period */
#define IGBX_TIMINCA_INCPERIOD	GENMASK(31, 24)	/* period in 16 ns units */
#define IGBX_TSYNCTXCTL		0x0B614	/* TX time sync control */
#define IGBX_TSYNCTXCTL_VALID	BIT(0)	/* TXSTMP holds a stamp (RO) */
#define IGBX_TSYNCTXCTL_EN	BIT(4)	/* stamp frames that ask for it */
#define IGBX_TXSTMPL		0x0B618	/* TX stamp, low */
#define IGBX_TXSTMPH		0x0B61C	/* TX stamp, high: reading frees */
#define IGBX_TSYNCRXCTL		0x0B620	/* RX time sync control */
#define IGBX_TSYNCRXCTL_VALID	BIT(0)	/* RXSTMP holds a stamp (RO) */
#define IGBX_TSYNCRXCTL_TYPE	GENMASK(3, 1)	/* which frames are stamped */
#define IGBX_TSYNCRXCTL_TYPE_L2_V2	0	/* V2 over Ethernet (ETQF) */
#define IGBX_TSYNCRXCTL_TYPE_L4_V1	1	/* V1 over UDP */
#define IGBX_TSYNCRXCTL_TYPE_L2_L4_V2	2	/* V2 over Ethernet or UDP */
#define IGBX_TSYNCRXCTL_TYPE_ALL	4	/* every frame (82580 and later) */
#define IGBX_TSYNCRXCTL_TYPE_EVENT_V2	5	/* V2 event messages */
#define IGBX_TSYNCRXCTL_EN	BIT(4)	/* stamp received frames */
#define IGBX_RXSTMPL		0x0B624	/* RX stamp, low */
#define IGBX_RXSTMPH		0x0B628	/* RX stamp, high: reading frees */
#define IGBX_TSYNCRXCFG		0x05F50	/* V1 control / V2 message type */
#define IGBX_TSYNCRXCFG_V1_SYNC		0x00
#define IGBX_TSYNCRXCFG_V1_DELAY_REQ	0x01
#define IGBX_TSAUXC		0x0B640	/* auxiliary control */

/*
 * The 82580's time sync unit, also the I350's, I354's, I210's and
 * I211's (82580 datasheet, IEEE 1588 chapter and time sync registers;
 * I210 datasheet, Time SYNC): SYSTIM counts nanoseconds, 8 ns every 8 ns
 * clock, and TIMINCA holds a signed correction in 2^-32 ns added at each
 * clock. Reading SYSTIMR (sub-nanosecond residue) latches SYSTIML and
 * SYSTIMH for the reads that follow. On the 82580/I350/I354 SYSTIML is
 * bits 31:0 of a 40-bit nanosecond count and SYSTIMH bits 39:32; on the
 * I210/I211 SYSTIML is nanoseconds (0..10^9 - 1), SYSTIMH seconds.
 */
#define IGBX_SYSTIMR		0x0B6F8	/* residue: reading latches L and H */
#define IGBX_TIMINCA_FRAC	GENMASK(30, 0)	/* 2^-32 ns per 8 ns clock */
#define IGBX_TIMINCA_ISGN	BIT(31)	/* subtract the fraction */
#define IGBX_TSAUXC_DISABLE	BIT(31)	/* SYSTIM stands still */
/* SRRCTL: put a received frame's stamp in the buffer, ahead of it */
#define IGBX_SRRCTL_TIMESTAMP	BIT(30)
/* RXPBS (I210/I211 RXPBSIZE): stamps in the packet buffer */
#define IGBX_RXPBS_CFG_TS_EN	BIT(31)
#define IGBX_TSICR		0x0B66C	/* time sync interrupt cause */
#define IGBX_TSIM		0x0B674	/* time sync interrupt mask */

/* Queue filters the time sync set-up uses (82576 datasheet 7.1.1) */
#define IGBX_ETQF(n)		(0x05CB0 + 4 * (n))	/* EtherType filter */
#define IGBX_ETQF_1588		BIT(30)	/* stamp matching frames */
#define IGBX_ETQF_FILTER_EN	BIT(26)
#define IGBX_SPQF(n)		(0x059C0 + 4 * (n))	/* source port */
#define IGBX_FTQF(n)		(0x059E0 + 4 * (n))	/* 5-tuple control */
#define IGBX_FTQF_PROTOCOL	GENMASK(7, 0)	/* the IP protocol to match */
#define IGBX_FTQF_VF_BP		BIT(15)	/* pool not compared */
#define IGBX_FTQF_1588		BIT(27)	/* stamp matching frames */
#define IGBX_FTQF_MASK_PROTO	BIT(28)	/* protocol not compared */
#define IGBX_FTQF_MASK_SRC_PORT	BIT(31)	/* source port not compared */
#define IGBX_FTQF_MASK_ALL	GENMASK(31, 28)	/* nothing compared: off */
#define IGBX_IMIREXT_SIZE_BP	BIT(12)	/* frame size not compared */
#define IGBX_IMIREXT_CTRL_BP	BIT(19)	/* TCP flags not compared */

/* NVM word map (82576 datasheet 6.1) */
#define IGBX_NVM_MAC_ADDR	0x00	/* words 0x00-0x02, port 0 */
#define IGBX_NVM_COMPAT		0x03	/* compatibility word */
#define IGBX_NVM_COMPAT_CSUM_ALL BIT(15)	/* 82580: every port's section
						 * carries its own checksum
						 */
#define IGBX_NVM_VERSION	0x05	/* major in 15:12, minor in 11:4 */
#define IGBX_NVM_VER_MAJOR	GENMASK(15, 12)
#define IGBX_NVM_VER_MINOR	GENMASK(11, 4)
#define IGBX_NVM_ETRACK_LO	0x42	/* EEPROM tracking id: low word, high at 0x43 */
#define IGBX_NVM_ETRACK_VALID	0x8	/* bits 15:12 of the high word when valid */
#define IGBX_NVM_INIT_CTRL3_A	0x24	/* Initialization Control 3, port A, */
#define IGBX_NVM_INIT_CTRL3_B	0x14	/* port B (per-port layouts: 0x24) */
#define IGBX_NVM_APME		BIT(10)	/* APM Enable: the port may wake */
#define IGBX_NVM_CHECKSUM_WORDS	0x40	/* words 0x00-0x3F sum to ... */
#define IGBX_NVM_SUM		0xBABA	/* ... this value */
#define IGBX_NVM_SECTIONS	4	/* per-port layouts: 0x000, 0x080, 0x0C0, 0x100 */

/* Registers only the ethtool -d dump reads (regdump.c) */
#define IGBX_SCTL		0x00024	/* SerDes control */
#define IGBX_CONNSW		0x00034	/* copper/fibre switch */
#define IGBX_PBA		0x01000	/* packet buffer allocation */
#define IGBX_PBS		0x01008	/* packet buffer size */
#define IGBX_FRTIMER		0x01048	/* free running timer */
#define IGBX_TCPTIMER		0x0104C
#define IGBX_IAC		0x04100	/* interrupt assertion count */
#define IGBX_IMIRVP		0x05AC0	/* immediate interrupt VLAN priority */
#define IGBX_FCRTV		0x02460	/* flow control refresh threshold */
#define IGBX_RFCTL		0x05008	/* receive filter control */
#define IGBX_VT_CTL		0x0581C	/* virtualisation control */
#define IGBX_TCTL_EXT		0x00404
#define IGBX_DTXCTL		0x03590	/* DMA TX control */
#define IGBX_IPAV		0x05838
#define IGBX_WUPL		0x05900
#define IGBX_PCS_CFG0		0x04200	/* SerDes PCS ... */
#define IGBX_PCS_LCTL		0x04208
#define IGBX_PCS_LSTAT		0x0420C
#define IGBX_PCS_ANADV		0x04218
#define IGBX_PCS_LPAB		0x0421C
#define IGBX_PCS_NPTX		0x04220
#define IGBX_PCS_LPABNP		0x04224
#define IGBX_PSRTYPE(n)		(0x05480 + 4 * (n))
#define IGBX_IMIR(n)		(0x05A80 + 4 * (n))
#define IGBX_IMIREXT(n)		(0x05AA0 + 4 * (n))
#define IGBX_IP4AT(n)		(0x05840 + 8 * (n))
#define IGBX_IP6AT(n)		(0x05880 + 4 * (n))
#define IGBX_WUPM(n)		(0x05A00 + 4 * (n))
#define IGBX_FFMT(n)		(0x09000 + 8 * (n))
#define IGBX_FFVT(n)		(0x09800 + 8 * (n))
#define IGBX_FFLT(n)		(0x05F00 + 8 * (n))
#define IGBX_TDFH		0x03410	/* TX data FIFO head ... */
#define IGBX_TDFT		0x03418
#define IGBX_TDFHS		0x03420
#define IGBX_TDFPC		0x03430
#define IGBX_Q_TDWBAL		0x38	/* in a TX queue's slot: head write-back */
#define IGBX_Q_TDWBAH		0x3C
#define IGBX_Q_DCA_TXCTRL	0x14
#define IGBX_I210_RR2DCDELAY	0x05BF4

#endif /* _IGBX_REGS_H_ */
