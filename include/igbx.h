/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx - adapter and hardware structures shared by the driver's files
 */
#ifndef _IGBX_H_
#define _IGBX_H_

#include <linux/etherdevice.h>
#include <linux/ethtool.h>
#include <linux/if_vlan.h>
#include <linux/io.h>
#include <linux/net_tstamp.h>
#include <linux/netdevice.h>
#include <linux/pci.h>
#include <linux/ptp_clock_kernel.h>
#include <linux/spinlock.h>
#include <linux/timecounter.h>
#include <linux/types.h>
#include <linux/workqueue.h>

#include "regs.h"
#include "ring.h"

#define IGBX_DRV_NAME	"igbx"

/**
 * enum igbx_family - MAC generations the driver knows
 * @IGBX_82575: 82575EB/GB
 * @IGBX_82576: 82576 (QEMU's igb model)
 * @IGBX_82580: 82580
 * @IGBX_I350: I350
 * @IGBX_I354: I354 (Atom C2000 SoC)
 * @IGBX_I210: I210
 * @IGBX_I211: I211
 * @IGBX_NR_FAMILIES: how many there are
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
 * enum igbx_nvm_layout - where a port keeps its NVM words, and how they
 *	are read
 * @IGBX_NVM_SHARED: one EERD-readable image at word 0 for all ports
 *	(82575, 82576, I210 with flash); a second port's MAC is derived by
 *	the hardware
 * @IGBX_NVM_PER_PORT: EERD-readable; each LAN function has its own
 *	64-word section (82580, I350, I354)
 * @IGBX_NVM_INVM: no EERD-readable NVM: words come from the iNVM OTP's
 *	word-autoload records (I211, and an I210 without flash)
 * @IGBX_NVM_FLASH_OR_INVM: a family constant only: %IGBX_NVM_SHARED when
 *	EECD says a flash is attached, else %IGBX_NVM_INVM (the I210);
 *	igbx_nvm_init() decides it for &igbx_hw.nvm
 */
enum igbx_nvm_layout {
	IGBX_NVM_SHARED,
	IGBX_NVM_PER_PORT,
	IGBX_NVM_INVM,
	IGBX_NVM_FLASH_OR_INVM,
};

struct igbx_mac_ops;
struct igbx_ptp_ops;

/**
 * struct igbx_family_info - per-generation constants and operations
 * @name: for log lines
 * @max_queue_pairs: TX/RX queue pairs the driver may use
 * @hw_queues: queue register slots the MAC has (for the register test)
 * @nvm: NVM layout, see &enum igbx_nvm_layout
 * @udp_seg: segments UDP as it does TCP (USO; the 82576 and later)
 * @tx_ctx_per_queue: the MAC keeps one TX context slot per queue, named
 *	by the descriptors' IDX field (the 82575); later MACs need none
 * @reta_shift: where an RSS redirection table entry's queue number sits
 *	in its RETA byte (6 on the 82575: bits 7:6; 0 on later MACs)
 * @rr2dcdelay: the MAC has the RR2DCDELAY register, the last word of
 *	ethtool -d's dump (I210, I211)
 * @phpm: the MAC has PHPM, where the internal PHY's link-disconnect and
 *	low-power link-up are switched (82580, I350, I210, I211; igb leaves
 *	the I354's alone, its PHY being external)
 * @eee: Energy Efficient Ethernet is advertised and enabled at link
 *	setup through IPCNFG and EEER, as igb does by default (I350, I210,
 *	I211)
 * @no_tncrs: TNCRS (transmits without carrier sense) holds no valid
 *	count; it is never read and stays 0 (I210, I211, as on igb)
 * @ops: the generation's hardware sequences, see &struct igbx_mac_ops
 * @ptp: the generation's time sync unit, see &struct igbx_ptp_ops; NULL
 *	where igbx gives it no PTP clock (the 82575)
 */
struct igbx_family_info {
	const char *name;
	u16 max_queue_pairs;
	u16 hw_queues;
	enum igbx_nvm_layout nvm;
	bool udp_seg;
	bool tx_ctx_per_queue;
	u8 reta_shift;
	bool rr2dcdelay;
	bool phpm;
	bool eee;
	bool no_tncrs;
	const struct igbx_mac_ops *ops;
	const struct igbx_ptp_ops *ptp;
};

/**
 * enum igbx_phy_type - the copper PHYs igbx can set up, by their ID
 * @IGBX_PHY_UNKNOWN: not identified yet (or an ID igbx refuses)
 * @IGBX_PHY_M88: a Marvell PHY (M88E1111, M88E1112, I347AT4, M88E1512,
 *	M88E1543)
 * @IGBX_PHY_IGP: Intel's IGP PHY of the 82575 and 82576
 * @IGBX_PHY_82580: the internal PHY of the 82580 and I350
 * @IGBX_PHY_I210: the internal PHY of the I210 and I211
 */
enum igbx_phy_type {
	IGBX_PHY_UNKNOWN,
	IGBX_PHY_M88,
	IGBX_PHY_IGP,
	IGBX_PHY_82580,
	IGBX_PHY_I210,
};

/**
 * struct igbx_phy - what igbx knows of the port's PHY
 * @id: registers 2 and 3, revision bits cleared, read by igbx_phy_init()
 * @revision: the revision bits
 * @type: decided from @id
 * @adv_anar: 10/100 modes to advertise (ANAR bits), rewritten at every
 *	link setup; 0 with @adv_1000 also 0 means every mode
 * @adv_1000: 1000 Mb/s modes to advertise (1000BASE-T control bits)
 * @adv_pause: ANAR's pause bits to advertise (IGBX_ANAR_PAUSE,
 *	IGBX_ANAR_ASM_DIR), set by igbx_phy_set_pause_adv()
 */
struct igbx_phy {
	u32 id;
	u8 revision;
	enum igbx_phy_type type;
	u16 adv_anar;
	u16 adv_1000;
	u16 adv_pause;
};

/**
 * struct igbx_hw - what the low-level code (hw.c, nvm.c, phy.c, mac_*.c)
 *	needs to reach the MAC
 * @hw_addr: BAR0 as register access sees it: @io_addr, or NULL once the
 *	device has been found gone (surprise removal) and while pm.c has it
 *	parked (igbx_hw_park()); reads then return ~0 and writes are dropped
 * @io_addr: the BAR0 mapping itself, never cleared: unmapped at remove,
 *	and what igbx_hw_rearm() points @hw_addr at again after a reset
 * @family: MAC generation
 * @info: constants of @family
 * @nvm: this port's NVM layout, decided at init by igbx_nvm_init(): the
 *	family's, or for an I210 the one EECD's flash-detected bit says
 * @func: PCI LAN function of this port, read from STATUS
 * @phy: the PHY's identity and what it is to advertise
 * @swsm_cleared: the I210/I211 has used its one clearing of an SWSM.SMBI
 *	that stayed set (igbx_swfw_acquire_i210()); false at probe
 * @dev: for log lines, and the PCI device behind it (igbx_pmcsr_read(),
 *	igbx_pcie_cap_rmw())
 */
struct igbx_hw {
	u8 __iomem *hw_addr;
	u8 __iomem *io_addr;
	enum igbx_family family;
	const struct igbx_family_info *info;
	enum igbx_nvm_layout nvm;
	u8 func;
	struct igbx_phy phy;
	bool swsm_cleared;
	struct device *dev;
};

/**
 * enum igbx_swfw - resources the driver shares with management firmware
 * @IGBX_SWFW_NVM: the NVM (EERD)
 * @IGBX_SWFW_PHY: this port's PHY (MDIC)
 *
 * What &igbx_mac_ops.acquire takes and &igbx_mac_ops.release gives back
 * around each access; each generation maps them to its own semaphore.
 */
enum igbx_swfw {
	IGBX_SWFW_NVM,
	IGBX_SWFW_PHY,
};

/**
 * enum igbx_reg_kind - how a register test entry's registers are addressed
 * @IGBX_REG_END: not an entry: ends a table
 * @IGBX_REG_ONE: one register at @off
 * @IGBX_REG_RXQ: offset @off in every receive queue's slot
 * @IGBX_REG_TXQ: offset @off in every transmit queue's slot
 * @IGBX_REG_RAR: offset @off (0 RAL, 4 RAH) in receive-address pairs 0-15
 * @IGBX_REG_RAR2: offset @off in the receive-address pairs from 16 on
 *	(the second block, at 0x054E0), &igbx_reg_test.count of them
 * @IGBX_REG_MTA: the multicast table array
 */
enum igbx_reg_kind {
	IGBX_REG_END,
	IGBX_REG_ONE,
	IGBX_REG_RXQ,
	IGBX_REG_TXQ,
	IGBX_REG_RAR,
	IGBX_REG_RAR2,
	IGBX_REG_MTA,
};

/**
 * struct igbx_reg_test - registers to pattern-test (ethtool -t, diag.c)
 * @kind: how to find them, see &enum igbx_reg_kind
 * @off: register offset, or offset within a slot
 * @mask: bits that must read back what was written
 * @write: bits that are written (the rest are written as zero)
 * @count: how many registers a %IGBX_REG_RAR2 entry covers; the other
 *	kinds know their own count (0 here)
 */
struct igbx_reg_test {
	enum igbx_reg_kind kind;
	u32 off;
	u32 mask;
	u32 write;
	u8 count;
};

/**
 * struct igbx_mac_ops - the hardware sequences of one MAC generation
 * @reset: software reset of the MAC, after which it has reloaded its
 *	defaults from the NVM; returns 0, -ENODEV when the device is gone,
 *	-ETIMEDOUT when the reset did not complete
 * @acquire: take the software/firmware semaphore of a resource (&enum
 *	igbx_swfw) before touching it; may sleep; returns 0, -EBUSY when
 *	firmware or another driver holds it past a time limit, or -ENODEV
 * @release: give back what @acquire took
 * @nvm_read: read consecutive NVM words (through EERD, or from the
 *	iNVM's records where &igbx_hw.nvm says so); returns 0, -EOPNOTSUPP
 *	for words the port's NVM cannot give, or the error of the first
 *	word that failed
 * @nvm_validate: check the NVM image by the generation's checksum rule;
 *	returns 0 when valid or when there is nothing to check, -EIO when
 *	invalid, or a read error
 * @read_mac_addr: the port's permanent MAC address, after a reset;
 *	returns 0, or -EADDRNOTAVAIL when none is found
 * @phy_read: read a register (0..31) of the port's PHY; returns 0,
 *	-ETIMEDOUT, -EIO (the PHY did not answer) or -ENODEV
 * @phy_write: write a register of the port's PHY; errors as @phy_read
 * @phy_reset: reset the PHY (CTRL.PHY_RST inside the PHY semaphore) and
 *	wait for its configuration from the NVM; returns 0, -ETIMEDOUT when
 *	that configuration never completes (the PHY was reset all the
 *	same), the semaphore's error or -ENODEV
 * @phy_power: power the PHY up (true) or down (false); returns 0 or the
 *	PHY access error. NULL where igbx does not switch the PHY's power
 *	apart from @setup_link (every generation for now)
 * @setup_link: start bringing the link up; it comes up later and is
 *	reported by the link interrupt; returns 0 or the PHY access error
 * @check_link: is the link up? Speed in Mb/s and duplex go to the
 *	pointers (either may be NULL); they mean something only with link
 * @rx_pba_kb: the receive packet buffer's size in KiB, read as the
 *	generation encodes it; the pause marks follow from it
 *	(igbx_setup_flow_control())
 * @map_queue_irq: route one queue's RX or TX causes to an interrupt
 *	vector (IVAR, or the 82575's MSIXBM); returns the EICR/EIMS bits
 *	those causes now raise, which the vector masks and unmasks with
 *	(the vector's bit where EICR bits are vectors, the queue's cause
 *	bit on the 82575)
 * @map_other_irq: put the MAC in MSI-X mode and route the link and other
 *	causes to an MSI-X vector; returns their EICR/EIMS bits as
 *	@map_queue_irq does
 * @eitr_value: the EITR word for an interval in microseconds (at most
 *	IGBX_EITR_MAX_US)
 * @write_vfta: write one VLAN filter table register (0..127) as the
 *	MAC needs it written: once, or repeatedly where an erratum says a
 *	single write can be lost (I350, I354); the caller passes the word
 *	from its own copy of the table, never one read back
 * @reg_tests: the register pattern test's table, ended by an entry of
 *	kind %IGBX_REG_END
 *
 * One table per family, in the file of its MAC generation (mac_82575.c,
 * mac_82580.c, mac_i210.c), reached as hw->info->ops. Where a family
 * does what another one does, its entry points at the same function.
 */
struct igbx_mac_ops {
	int (*reset)(struct igbx_hw *hw);
	int (*acquire)(struct igbx_hw *hw, enum igbx_swfw res);
	void (*release)(struct igbx_hw *hw, enum igbx_swfw res);
	int (*nvm_read)(struct igbx_hw *hw, u16 offset, u16 count, u16 *words);
	int (*nvm_validate)(struct igbx_hw *hw);
	int (*read_mac_addr)(struct igbx_hw *hw, u8 *addr);
	int (*phy_read)(struct igbx_hw *hw, u8 reg, u16 *val);
	int (*phy_write)(struct igbx_hw *hw, u8 reg, u16 val);
	int (*phy_reset)(struct igbx_hw *hw);
	int (*phy_power)(struct igbx_hw *hw, bool on);
	int (*setup_link)(struct igbx_hw *hw);
	bool (*check_link)(struct igbx_hw *hw, u32 *speed, bool *full_duplex);
	u32 (*rx_pba_kb)(struct igbx_hw *hw);
	u32 (*map_queue_irq)(struct igbx_hw *hw, unsigned int queue, bool tx,
			     unsigned int vector);
	u32 (*map_other_irq)(struct igbx_hw *hw, unsigned int vector);
	u32 (*eitr_value)(u32 usecs);
	void (*write_vfta)(struct igbx_hw *hw, unsigned int reg, u32 val);
	const struct igbx_reg_test *reg_tests;
};

/**
 * enum igbx_int_mode - how the port interrupts the CPU
 * @IGBX_INT_INTX: legacy INTx line, possibly shared: one vector
 * @IGBX_INT_MSI: one MSI vector for everything
 * @IGBX_INT_MSIX: one MSI-X vector per queue pair plus one for link and
 *	other causes
 */
enum igbx_int_mode {
	IGBX_INT_INTX = 1,
	IGBX_INT_MSI,
	IGBX_INT_MSIX,
};

/*
 * enum igbx_hw_stat - the hardware statistics registers igbx accumulates,
 * each named after its register (include/regs.h), then IGBX_NR_HW_STATS.
 * Indexes into &igbx_adapter.hw_stats and the register table in stats.c.
 */
enum igbx_hw_stat {
	IGBX_HWS_CRCERRS, IGBX_HWS_ALGNERRC, IGBX_HWS_SYMERRS, IGBX_HWS_RXERRC,
	IGBX_HWS_MPC, IGBX_HWS_SCC, IGBX_HWS_ECOL, IGBX_HWS_MCC,
	IGBX_HWS_LATECOL, IGBX_HWS_COLC, IGBX_HWS_DC, IGBX_HWS_TNCRS,
	IGBX_HWS_CEXTERR, IGBX_HWS_RLEC, IGBX_HWS_XONRXC, IGBX_HWS_XONTXC,
	IGBX_HWS_XOFFRXC, IGBX_HWS_XOFFTXC, IGBX_HWS_FCRUC,
	IGBX_HWS_PRC64, IGBX_HWS_PRC127, IGBX_HWS_PRC255, IGBX_HWS_PRC511,
	IGBX_HWS_PRC1023, IGBX_HWS_PRC1522,
	IGBX_HWS_GPRC, IGBX_HWS_BPRC, IGBX_HWS_MPRC, IGBX_HWS_GPTC,
	IGBX_HWS_GORC, IGBX_HWS_GOTC, IGBX_HWS_RNBC, IGBX_HWS_RUC,
	IGBX_HWS_RFC, IGBX_HWS_ROC, IGBX_HWS_RJC, IGBX_HWS_TOR, IGBX_HWS_TOT,
	IGBX_HWS_TPR, IGBX_HWS_TPT,
	IGBX_HWS_PTC64, IGBX_HWS_PTC127, IGBX_HWS_PTC255, IGBX_HWS_PTC511,
	IGBX_HWS_PTC1023, IGBX_HWS_PTC1522, IGBX_HWS_MPTC, IGBX_HWS_BPTC,
	IGBX_NR_HW_STATS,
};

/* Bits of &igbx_adapter.state */
enum igbx_state {
	IGBX_STATE_DOWN,	/* rings not running: no watchdog, no reset */
	IGBX_STATE_GONE,	/* the PCI core gave the device up: never re-armed */
};

/**
 * enum igbx_reinit_depth - how far igbx_reinit() takes a running port down
 * @IGBX_REINIT_RINGS: igbx_down() and igbx_up(); ring memory, page pools
 *	and IRQs stay
 * @IGBX_REINIT_ALL: close and open: ring memory and IRQs freed and taken
 *	again
 */
enum igbx_reinit_depth {
	IGBX_REINIT_RINGS,
	IGBX_REINIT_ALL,
};

#define IGBX_MAX_Q_VECTORS	8

/*
 * Default interrupt rate limit of the queue vectors: at most one interrupt
 * per 162 us (about 6000/s), igb's starting point too. Measured with make
 * bench on the emulated 82576: at 50 us (20000/s) igbx took 3.4 frames per
 * interrupt in a pktgen run and sent 8500-12600 frames/s; at 162 us, 21
 * frames per interrupt and 20600 frames/s.
 */
#define IGBX_ITR_DEFAULT_US	162

/* &igbx_ptp.flags bits */
enum igbx_ptp_flag {
	IGBX_PTP_TX_BUSY,	/* a TX stamp is in flight (ptp.c) */
};

/**
 * struct igbx_ptp - a port's IEEE 1588 clock and timestamping (ptp.c)
 * @caps: the clock's operations and limits, as registered
 * @clock: the PHC, NULL without one (no CONFIG_PTP_1588_CLOCK)
 * @lock: IRQ-safe; covers @tc, every SYSTIM read and write, TIMINCA writes
 * @cc: SYSTIM as the timecounter library reads it
 * @tc: the clock's time: SYSTIM's count plus an offset
 * @timinca: TIMINCA as adjfine last set it, dialled again after each
 *	MAC reset
 * @overflow_work: reads the clock often enough to see SYSTIM wrap
 * @tx_work: polls for the TX stamp of @tx_skb
 * @tx_skb: the frame whose TX stamp is in flight (a reference)
 * @tx_start: jiffies when @tx_skb was claimed
 * @flags: &enum igbx_ptp_flag bits
 * @config: the timestamp configuration in force (changed under RTNL)
 * @tx_stamped: TX stamps delivered
 * @tx_skipped: frames that asked for a TX stamp while one was in flight
 *	(counted from every TX queue without a lock: a total, not exact
 *	under contention)
 * @tx_timeouts: TX stamps given up after the timeout
 * @rx_check: jiffies when the watchdog last found the RX latch free (or
 *	freed it)
 * @rx_read: jiffies when the poll last read an RX stamp
 * @rx_cleared: RX latches freed by the watchdog after their frame was
 *	lost
 */
struct igbx_ptp {
	struct ptp_clock_info caps;
	struct ptp_clock *clock;
	spinlock_t lock;	/* see @lock above */
	struct cyclecounter cc;
	struct timecounter tc;
	u32 timinca;
	struct delayed_work overflow_work;
	struct delayed_work tx_work;
	struct sk_buff *tx_skb;
	unsigned long tx_start;
	unsigned long flags;
	struct hwtstamp_config config;
	u64 tx_stamped;
	u64 tx_skipped;
	u64 tx_timeouts;
	unsigned long rx_check;
	unsigned long rx_read;
	u64 rx_cleared;
};

/**
 * struct igbx_ptp_regs - the time sync set-up for one configuration
 * @tsynctxctl: TSYNCTXCTL's EN bit
 * @tsyncrxctl: TSYNCRXCTL's EN bit and TYPE field
 * @tsyncrxcfg: the V1 message type to stamp
 * @etqf: the EtherType filter for PTP over Ethernet, 0 when off
 * @ftqf: the 5-tuple filter for PTP over UDP (all mask bits when off)
 * @port: the UDP port for IMIR and SPQF, network byte order
 * @imirext: IMIREXT of the same filter
 * @rxpbs: RXPBS bits to set (the I210's stamps in the packet buffer)
 */
struct igbx_ptp_regs {
	u32 tsynctxctl;
	u32 tsyncrxctl;
	u32 tsyncrxcfg;
	u32 etqf;
	u32 ftqf;
	u32 port;
	u32 imirext;
	u32 rxpbs;
};

struct igbx_adapter;

/**
 * struct igbx_ptp_ops - what differs between the time sync units (ptp.c)
 * @max_adj: the largest frequency offset adjfine can dial, in ppb
 * @timinca: the TIMINCA word for a frequency offset (scaled ppm, as
 *	adjfine gets it)
 * @read_systim: read SYSTIM in the order that latches it, the latching
 *	read between ptp_read_system_prets() and _postts() of @sts (which
 *	may be NULL); returns SYSTIMH << 32 | SYSTIML
 * @timecounter: SYSTIM is a free-running count that the kernel's
 *	timecounter turns into time (82576, 82580, I350, I354): settime and
 *	adjtime change only software state, and a work item reads the clock
 *	often enough to see every wrap. Else SYSTIM holds the time itself
 *	(I210, I211) and is written.
 * @cc_mask: the bits of SYSTIM that count, with @timecounter
 * @cc_shift: SYSTIM units per nanosecond as a power of two, likewise
 * @to_ns: a SYSTIM value (from @read_systim or a TX/RX stamp) as the
 *	clock's nanoseconds; under &igbx_ptp.lock
 * @settime: make the clock read @ns now; under &igbx_ptp.lock
 * @adjtime: step the clock by @delta ns; under &igbx_ptp.lock
 * @start_tsauxc: the reset clears TSAUXC, whose DISABLE bit stops SYSTIM
 * @rx_all: every receive filter asked for becomes "all frames": stamps
 *	go into the receive buffer, one per frame (82580 and later)
 * @rx_src_port: the UDP filter compares the source port too (82576)
 * @rx_latch: RX stamps are held in RXSTMPL/H until read (the 82576): a
 *	latch whose frame never reached the poll must be freed by the
 *	watchdog (igbx_ptp_rx_hang_check())
 * @rx_filters: the HWTSTAMP_FILTER_* bits ethtool -T lists besides NONE
 * @srrctl: SRRCTL bits every RX ring gets (SRRCTL.TIMESTAMP)
 * @rxpbs: RXPBS bits set while RX stamping is on
 * @tx_latency: ns added to a TX stamp at 10, 100, 1000 Mb/s
 * @rx_latency: ns taken from an RX stamp at 10, 100, 1000 Mb/s
 *
 * One table per time sync generation in ptp.c, reached as
 * hw->info->ptp.
 */
struct igbx_ptp_ops {
	s32 max_adj;
	u32 (*timinca)(long scaled_ppm);
	u64 (*read_systim)(struct igbx_hw *hw,
			   struct ptp_system_timestamp *sts);
	bool timecounter;
	u64 cc_mask;
	u32 cc_shift;
	u64 (*to_ns)(struct igbx_ptp *ptp, u64 systim);
	void (*settime)(struct igbx_adapter *adapter, u64 ns);
	void (*adjtime)(struct igbx_adapter *adapter, s64 delta);
	bool start_tsauxc;
	bool rx_all;
	bool rx_src_port;
	bool rx_latch;
	u32 rx_filters;
	u32 srrctl;
	u32 rxpbs;
	u16 tx_latency[3];
	u16 rx_latency[3];
};

/* ptp.c: the time sync generations, for igbx_families[] */
extern const struct igbx_ptp_ops igbx_ptp_82576_ops;
extern const struct igbx_ptp_ops igbx_ptp_82580_ops;
extern const struct igbx_ptp_ops igbx_ptp_i210_ops;

/**
 * struct igbx_adapter - one port: the private part of its net_device
 * @netdev: the interface
 * @pdev: the PCI function
 * @hw: register access and hardware state
 * @msg_enable: netif_msg_* bits (ethtool msglvl)
 * @perm_addr: MAC address found at probe (NVM/RAR0, or random)
 * @fw_version: NVM image version for ethtool -i, read once at probe
 * @int_mode: interrupt mode chosen at probe
 * @num_q_vectors: queue pairs (and their vectors) in use (ethtool -L)
 * @max_q_vectors: queue pairs allocated at probe, the most -L can set;
 *	those past @num_q_vectors keep their counters for the totals
 * @q_vector: the queue pairs
 * @rss_indir: RSS redirection table: the RX queue of each hash bucket
 * @rss_key: RSS hash key
 * @eims_other: MSI-X mode: EIMS bit of the link/other vector
 * @eims_queues: MSI-X mode: EIMS bits of all queue vectors
 * @itr_us: the fixed interval: least gap between two interrupts of a
 *	queue vector, in microseconds, 0 for none (ethtool -C rx-usecs)
 * @adaptive_rx: DIM sets each vector's interval instead (ethtool -C
 *	adaptive-rx; itr.c)
 * @itr_lock: serialises EITR writes and @adaptive_rx's changes against
 *	DIM's work items
 * @ledctl_saved: LEDCTL before ethtool -p took over LED0
 * @link_lock: serialises the CTRL read-modify-writes of a running
 *	port's link setup and flow control between ethtool (under RTNL)
 *	and the watchdog (without it)
 * @pause_autoneg: the pause directions are negotiated with the link
 *	partner from @rx_pause and @tx_pause (ethtool -A autoneg; on by
 *	default, as on igb); off, they are forced
 * @rx_pause: honour received pause frames (ethtool -A rx)
 * @tx_pause: send pause frames (ethtool -A tx)
 * @pause_unread: the last negotiated-pause resolution could not read the
 *	PHY (warned once, until a read succeeds again); link_lock
 * @tx_ring_count: descriptors per TX ring
 * @rx_ring_count: descriptors per RX ring
 * @rx_buf_len: bytes the NIC may write into one RX buffer (a multiple of
 *	1 KiB, at most IGBX_RX_BUF_LEN; smaller only in tests, to make frames
 *	span several descriptors)
 * @wol_supported: the port can wake the system (PCI PM capability and
 *	NVM), found at probe; ethtool offers Wake-on-LAN only then
 * @wol: the wake-up filters (IGBX_WUFC_* bits) armed at suspend and
 *	shutdown (ethtool -s wol); under RTNL
 * @state: &enum igbx_state bits
 * @watchdog_task: link state, statistics, TX hang check (every 2 s)
 * @reset_task: full reinitialisation after a TX hang or tx_timeout
 * @link_speed: Mb/s while the carrier is on
 * @link_full_duplex: duplex while the carrier is on
 * @stats_lock: serialises reading the clear-on-read counters into
 *	@hw_stats against readers of @hw_stats
 * @hw_stats: 64-bit totals of the hardware counters (&enum igbx_hw_stat)
 * @active_vlans: VLAN IDs the stack registered, one bit each, to rebuild
 *	the VLAN filter table after a reset
 * @tx_timeout_count: ndo_tx_timeout calls and watchdog-detected hangs
 * @reset_count: resets the reset task performed
 * @dbg_dir: the port's debugfs directory (debugfs.c)
 * @ptp: the PTP hardware clock and timestamping (ptp.c)
 * @xdp_prog: the attached XDP program, or %NULL; written under RTNL
 *	(xdp.c), read once per NAPI poll with READ_ONCE(); while it is set
 *	every RX page_pool has XDP's headroom and maps both ways
 * @xsk_zc_qps: the queues an AF_XDP socket took in zero-copy mode, one
 *	bit each (xsk.c); under RTNL
 */
struct igbx_adapter {
	struct net_device *netdev;
	struct pci_dev *pdev;
	struct igbx_hw hw;
	u32 msg_enable;
	u8 perm_addr[ETH_ALEN];
	char fw_version[ETHTOOL_FWVERS_LEN];

	enum igbx_int_mode int_mode;
	unsigned int num_q_vectors;
	unsigned int max_q_vectors;
	struct igbx_q_vector *q_vector[IGBX_MAX_Q_VECTORS];
	u8 rss_indir[IGBX_RETA_ENTRIES];
	u8 rss_key[IGBX_RSS_KEY_BYTES];
	u32 eims_other;
	u32 eims_queues;
	u32 itr_us;
	bool adaptive_rx;
	spinlock_t itr_lock;	/* see @itr_lock above */
	u32 ledctl_saved;
	struct mutex link_lock;	/* see @link_lock above */
	bool pause_autoneg;
	bool rx_pause;
	bool tx_pause;
	bool pause_unread;
	u16 tx_ring_count;
	u16 rx_ring_count;
	u16 rx_buf_len;
	bool wol_supported;
	u32 wol;

	unsigned long state;
	struct delayed_work watchdog_task;
	struct work_struct reset_task;
	u32 link_speed;
	bool link_full_duplex;

	spinlock_t stats_lock;	/* see @stats_lock above */
	u64 hw_stats[IGBX_NR_HW_STATS];
	unsigned long active_vlans[BITS_TO_LONGS(VLAN_N_VID)];
	u64 tx_timeout_count;
	u64 reset_count;
	struct dentry *dbg_dir;
	struct igbx_ptp ptp;
	struct bpf_prog *xdp_prog;
	unsigned long xsk_zc_qps;
};

extern const struct igbx_family_info igbx_families[IGBX_NR_FAMILIES];

/**
 * igbx_removed() - has the device been found gone?
 * @hw: hardware handle
 *
 * Return: true once igbx_rd32() has read all ones and cleared the BAR
 * pointer, and while pm.c has the device parked for sleep or a reset.
 */
static inline bool igbx_removed(const struct igbx_hw *hw)
{
	return !READ_ONCE(hw->hw_addr);
}

u32 igbx_rd32(struct igbx_hw *hw, u32 reg);

/**
 * __igbx_wr32() - write a MAC register: the write itself
 * @hw: hardware handle
 * @reg: byte offset into BAR0
 * @val: value
 *
 * A write to a device that is gone is dropped. Callers use igbx_wr32().
 */
static inline void __igbx_wr32(struct igbx_hw *hw, u32 reg, u32 val)
{
	u8 __iomem *base = READ_ONCE(hw->hw_addr);

	if (base)
		writel(val, base + reg);
}

#if IS_ENABLED(CONFIG_KUNIT)
/*
 * A kernel with KUnit gets an out-of-line igbx_wr32() (hw.c), one
 * address a test can redirect to a register model.
 */
void igbx_wr32(struct igbx_hw *hw, u32 reg, u32 val);
#else
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
	__igbx_wr32(hw, reg, val);
}
#endif

/**
 * igbx_hw_park() - keep the driver off a device that cannot answer
 * @hw: hardware handle
 *
 * For a device about to sleep or be reset: register access then behaves
 * as for a device that is gone (reads return ~0 at once, writes are
 * dropped, igbx_removed() is true), so no read can find the device in a
 * state it cannot answer from and take it for gone. igbx_hw_rearm()
 * undoes it once the device is back.
 */
static inline void igbx_hw_park(struct igbx_hw *hw)
{
	WRITE_ONCE(hw->hw_addr, NULL);
}

/* Flush posted writes by reading a harmless register. */
static inline void igbx_flush(struct igbx_hw *hw)
{
	igbx_rd32(hw, IGBX_STATUS);
}

/*
 * The operations of &struct igbx_mac_ops as the rest of the driver calls
 * them: each goes to the port's family's entry.
 */

/**
 * igbx_reset_hw() - put the MAC through a software reset
 * @hw: hardware handle
 *
 * Return: as &igbx_mac_ops.reset.
 */
static inline int igbx_reset_hw(struct igbx_hw *hw)
{
	return hw->info->ops->reset(hw);
}

/**
 * igbx_nvm_read() - read consecutive NVM words
 * @hw: hardware handle
 * @offset: first word
 * @count: number of words
 * @words: where to store them
 *
 * Return: as &igbx_mac_ops.nvm_read.
 */
static inline int igbx_nvm_read(struct igbx_hw *hw, u16 offset, u16 count,
				u16 *words)
{
	return hw->info->ops->nvm_read(hw, offset, count, words);
}

/**
 * igbx_nvm_validate_checksum() - check the port's NVM image
 * @hw: hardware handle
 *
 * Return: as &igbx_mac_ops.nvm_validate.
 */
static inline int igbx_nvm_validate_checksum(struct igbx_hw *hw)
{
	return hw->info->ops->nvm_validate(hw);
}

/**
 * igbx_read_perm_addr() - the port's permanent MAC address
 * @hw: hardware handle, freshly reset
 * @addr: ETH_ALEN bytes out
 *
 * Return: as &igbx_mac_ops.read_mac_addr.
 */
static inline int igbx_read_perm_addr(struct igbx_hw *hw, u8 *addr)
{
	return hw->info->ops->read_mac_addr(hw, addr);
}

/**
 * igbx_phy_read() - read a register of the port's PHY
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value out
 *
 * Return: as &igbx_mac_ops.phy_read.
 */
static inline int igbx_phy_read(struct igbx_hw *hw, u8 reg, u16 *val)
{
	return hw->info->ops->phy_read(hw, reg, val);
}

/**
 * igbx_phy_write() - write a register of the port's PHY
 * @hw: hardware handle
 * @reg: PHY register (0..31)
 * @val: value
 *
 * Return: as &igbx_mac_ops.phy_write.
 */
static inline int igbx_phy_write(struct igbx_hw *hw, u8 reg, u16 val)
{
	return hw->info->ops->phy_write(hw, reg, val);
}

/**
 * igbx_phy_reset() - reset the port's PHY
 * @hw: hardware handle
 *
 * Return: as &igbx_mac_ops.phy_reset; 0 where the family has none.
 */
static inline int igbx_phy_reset(struct igbx_hw *hw)
{
	if (!hw->info->ops->phy_reset)
		return 0;
	return hw->info->ops->phy_reset(hw);
}

/**
 * igbx_setup_link() - start bringing the link up
 * @hw: hardware handle
 *
 * Return: as &igbx_mac_ops.setup_link.
 */
static inline int igbx_setup_link(struct igbx_hw *hw)
{
	return hw->info->ops->setup_link(hw);
}

/**
 * igbx_check_link() - is the link up?
 * @hw: hardware handle
 * @speed: Mb/s out, or NULL
 * @full_duplex: duplex out, or NULL
 *
 * Return: true with link.
 */
static inline bool igbx_check_link(struct igbx_hw *hw, u32 *speed,
				   bool *full_duplex)
{
	return hw->info->ops->check_link(hw, speed, full_duplex);
}

/* hw.c: register access, receive addresses, flow control, generic ops */
int igbx_hw_init(struct igbx_hw *hw, struct device *dev,
		 u8 __iomem *hw_addr, enum igbx_family family);
int igbx_hw_rearm(struct igbx_hw *hw);
int igbx_hw_command(struct igbx_hw *hw, u32 reg, u32 cmd, u32 done,
		    unsigned long poll_us, unsigned long timeout_us, u32 *val);
int igbx_swfw_acquire(struct igbx_hw *hw, enum igbx_swfw res);
int igbx_swfw_acquire_i210(struct igbx_hw *hw, enum igbx_swfw res);
void igbx_swfw_release(struct igbx_hw *hw, enum igbx_swfw res);
void igbx_rar_to_addr(u32 ral, u32 rah, u8 *addr);
void igbx_write_rar(struct igbx_hw *hw, unsigned int index, const u8 *addr);
u16 igbx_mta_hash(const u8 *addr);
void igbx_fc_marks(u32 kb, u32 max_frame, u32 *high, u32 *low);
void igbx_setup_flow_control(struct igbx_hw *hw, bool rx_pause, bool tx_pause,
			     u32 max_frame);
int igbx_pmcsr_read(struct igbx_hw *hw, u16 *val);
int igbx_pmcsr_write(struct igbx_hw *hw, u16 val);
int igbx_pcie_cap_rmw(struct igbx_hw *hw, int pos, u16 clear, u16 set);

/* nvm.c: NVM words (EERD, iNVM), checksum, MAC address, version, wake-up */
void igbx_nvm_init(struct igbx_hw *hw);
int igbx_nvm_read_eerd(struct igbx_hw *hw, u16 offset, u16 count, u16 *words);
int igbx_nvm_read_invm(struct igbx_hw *hw, u16 offset, u16 count, u16 *words);
int igbx_nvm_invm_word(struct igbx_hw *hw, u16 offset, u16 *word);
u16 igbx_nvm_section_base(unsigned int func);
int igbx_nvm_check_section(struct igbx_hw *hw, u16 base);
int igbx_nvm_validate_sum(struct igbx_hw *hw);
int igbx_read_mac_addr(struct igbx_hw *hw, u8 *addr);
void igbx_nvm_version(struct igbx_hw *hw, char *buf, size_t len);
bool igbx_nvm_apm_enabled(struct igbx_hw *hw);
unsigned int igbx_nvm_words(struct igbx_hw *hw);

/* phy.c: PHY registers through MDIC, copper link */
int igbx_phy_read_mdic(struct igbx_hw *hw, u8 reg, u16 *val);
int igbx_phy_write_mdic(struct igbx_hw *hw, u8 reg, u16 val);
int __igbx_phy_read(struct igbx_hw *hw, u8 reg, u16 *val);
int __igbx_phy_write(struct igbx_hw *hw, u8 reg, u16 val);
int igbx_phy_reset_hw(struct igbx_hw *hw, u32 cfg_reg, u32 cfg_done);
int igbx_phy_reset_82575(struct igbx_hw *hw);
int igbx_phy_identify(struct igbx_hw *hw);
int igbx_phy_init(struct igbx_hw *hw);
int igbx_phy_write_advertising(struct igbx_hw *hw);
void igbx_phy_set_pause_adv(struct igbx_hw *hw, bool rx_pause, bool tx_pause);
int igbx_phy_pause_resolve(struct igbx_hw *hw, bool full_duplex, u8 *fc);
void igbx_eee_on(struct igbx_hw *hw);
int igbx_setup_copper_link(struct igbx_hw *hw);
int igbx_phy_loopback(struct igbx_hw *hw, bool on);
bool igbx_check_copper_link(struct igbx_hw *hw, u32 *speed, bool *full_duplex);

/* mac_82575.c: the 82575 and 82576 */
extern const struct igbx_mac_ops igbx_82575_ops;
extern const struct igbx_mac_ops igbx_82576_ops;
int igbx_reset_mac(struct igbx_hw *hw);
u32 igbx_rx_pba_kb_82576(struct igbx_hw *hw);
u32 igbx_map_queue_irq_82576(struct igbx_hw *hw, unsigned int queue, bool tx,
			     unsigned int vector);
u32 igbx_map_other_irq_82576(struct igbx_hw *hw, unsigned int vector);
u32 igbx_eitr_82576(u32 usecs);
void igbx_write_vfta_82576(struct igbx_hw *hw, unsigned int reg, u32 val);

/* mac_82580.c: the 82580, I350 and I354 */
extern const struct igbx_mac_ops igbx_82580_ops;
extern const struct igbx_mac_ops igbx_i350_ops;
u32 igbx_map_queue_irq_82580(struct igbx_hw *hw, unsigned int queue, bool tx,
			     unsigned int vector);

/* mac_i210.c: the I210 and I211 */
extern const struct igbx_mac_ops igbx_i210_ops;

/* irq.c: interrupt vectors and the NAPI poll */
int igbx_init_interrupts(struct igbx_adapter *adapter);
int igbx_set_num_queues(struct igbx_adapter *adapter, unsigned int n);
void igbx_free_interrupts(struct igbx_adapter *adapter);
int igbx_request_irqs(struct igbx_adapter *adapter);
void igbx_free_irqs(struct igbx_adapter *adapter);
void igbx_link_queues(struct igbx_adapter *adapter, bool on);
void igbx_configure_interrupts(struct igbx_adapter *adapter);
void igbx_irq_enable(struct igbx_adapter *adapter);
void igbx_irq_disable(struct igbx_adapter *adapter);
void igbx_irq_kick(struct igbx_adapter *adapter);
void igbx_irq_kick_vector(struct igbx_q_vector *q_vector);

/* itr.c: interrupt moderation, fixed or adaptive (DIM) */
extern const u16 igbx_dim_usecs[NET_DIM_PARAMS_NUM_PROFILES];
int igbx_itr_init(struct igbx_adapter *adapter);
void igbx_itr_free(struct igbx_adapter *adapter);
void igbx_write_itr(struct igbx_adapter *adapter);
void igbx_itr_start(struct igbx_adapter *adapter);
void igbx_itr_stop(struct igbx_adapter *adapter);
void igbx_set_itr(struct igbx_adapter *adapter, bool adaptive, u32 usecs);
void igbx_dim_sample(struct igbx_q_vector *q_vector);

/* stats.c: hardware counters and the interface totals */
void igbx_update_hw_stats(struct igbx_adapter *adapter);
void igbx_get_stats64(struct net_device *netdev, struct rtnl_link_stats64 *s);
void igbx_ring_totals(const struct igbx_ring *ring, u64 *packets, u64 *bytes);
#ifdef IGBX_HAVE_QSTATS
extern const struct netdev_stat_ops igbx_stat_ops;
#endif

/* watchdog.c: link state, TX hang detection, reset */
void igbx_init_watchdog(struct igbx_adapter *adapter);
void igbx_start_watchdog(struct igbx_adapter *adapter);
void igbx_stop_watchdog(struct igbx_adapter *adapter);
bool igbx_apply_flow_control(struct igbx_adapter *adapter, bool link_up);
void igbx_tx_timeout(struct net_device *netdev, unsigned int txqueue);

/* filter.c: receive address and VLAN filters */
void igbx_set_rx_mode(struct net_device *netdev);
void igbx_write_vfta(struct igbx_adapter *adapter);
int igbx_vlan_rx_add_vid(struct net_device *netdev, __be16 proto, u16 vid);
int igbx_vlan_rx_kill_vid(struct net_device *netdev, __be16 proto, u16 vid);

/* debugfs.c: the ring view */
void igbx_dbg_adapter_init(struct igbx_adapter *adapter);
void igbx_dbg_adapter_exit(struct igbx_adapter *adapter);
void igbx_dbg_init(void);
void igbx_dbg_exit(void);

/* main.c: bringing the rings up and down */
void igbx_up(struct igbx_adapter *adapter);
void igbx_down(struct igbx_adapter *adapter);
int igbx_start(struct igbx_adapter *adapter);
void igbx_stop(struct igbx_adapter *adapter);
int igbx_reinit(struct igbx_adapter *adapter, enum igbx_reinit_depth depth,
		int (*apply)(struct igbx_adapter *adapter, void *arg), void *arg);
void igbx_pair_stop(struct igbx_adapter *adapter, unsigned int v);
void igbx_pair_start(struct igbx_adapter *adapter, unsigned int v);
int igbx_set_queue_pairs(struct igbx_adapter *adapter, unsigned int n);
int igbx_resize_rings(struct igbx_adapter *adapter, u16 tx_count, u16 rx_count);
int igbx_setup_rings(struct igbx_adapter *adapter);
void igbx_free_rings(struct igbx_adapter *adapter);
void igbx_configure(struct igbx_adapter *adapter);

/* diag.c: offline self-tests */
int igbx_test_registers(struct igbx_hw *hw, u32 *failed_reg);
int igbx_test_interrupt(struct igbx_adapter *adapter);
int igbx_test_loopback(struct igbx_adapter *adapter);
int igbx_test_link(struct igbx_adapter *adapter, bool offline);

/* rx.c: the MTU limit while an XDP program is attached */
int igbx_xdp_max_mtu(const struct igbx_adapter *adapter);

/* xdp.c */
int igbx_bpf(struct net_device *netdev, struct netdev_bpf *bpf);
int igbx_xdp_xmit(struct net_device *netdev, int n, struct xdp_frame **frames,
		  u32 flags);

/* xsk.c: AF_XDP zero-copy */
void igbx_xsk_update(struct igbx_adapter *adapter);
void igbx_xsk_update_pair(struct igbx_adapter *adapter, unsigned int v);
int igbx_xsk_setup(struct igbx_adapter *adapter, struct xsk_buff_pool *pool,
		   u16 qid, struct netlink_ext_ack *extack);
int igbx_xsk_wakeup(struct net_device *netdev, u32 qid, u32 flags);

/* ethtool.c */
void igbx_set_ethtool_ops(struct net_device *netdev);

/* offload.c: features and their registers */
#define IGBX_MAX_MTU		9216
void igbx_init_features(struct net_device *netdev,
			const struct igbx_family_info *info);
void igbx_write_rx_offloads(struct igbx_adapter *adapter);
void igbx_write_rlpml(struct igbx_adapter *adapter);
int igbx_set_features(struct net_device *netdev, netdev_features_t features);
netdev_features_t igbx_features_check(struct sk_buff *skb, struct net_device *netdev,
				      netdev_features_t features);

/* regdump.c: ethtool -d */
int igbx_get_regs_len(struct net_device *netdev);
void igbx_get_regs(struct net_device *netdev, struct ethtool_regs *regs, void *p);

/* pci.c: the PCI driver */
int igbx_register_driver(void);
void igbx_unregister_driver(void);

/* pm.c: shutdown, sleep, PCIe error recovery, function reset, WoL */
extern const struct dev_pm_ops igbx_pm_ops;
extern const struct pci_error_handlers igbx_err_handler;
void igbx_shutdown(struct pci_dev *pdev);

/* ptp.c: the PTP hardware clock and timestamps */
void igbx_ptp_init(struct igbx_adapter *adapter);
void igbx_ptp_stop(struct igbx_adapter *adapter);
void igbx_ptp_reset(struct igbx_adapter *adapter);
void igbx_ptp_rx_hang_check(struct igbx_adapter *adapter);
bool igbx_ptp_tx_claim(struct igbx_adapter *adapter, struct sk_buff *skb);
void igbx_ptp_tx_start(struct igbx_adapter *adapter);
void igbx_ptp_tx_abort(struct igbx_adapter *adapter);
void igbx_ptp_rx_stamp(struct igbx_adapter *adapter, struct sk_buff *skb);
unsigned int igbx_ptp_rx_pktstamp(struct igbx_adapter *adapter, const u8 *va,
				  unsigned int size, ktime_t *stamp);

/* the 16-byte header ahead of a frame stamped in its receive buffer */
#define IGBX_PTP_TS_HDR_LEN	16

/**
 * igbx_ptp_srrctl() - SRRCTL bits the time sync unit wants on RX rings
 * @hw: hardware handle
 *
 * Return: SRRCTL.TIMESTAMP on the 82580 and later, else 0.
 */
static inline u32 igbx_ptp_srrctl(const struct igbx_hw *hw)
{
	return hw->info->ptp ? hw->info->ptp->srrctl : 0;
}

int igbx_ptp_hwtstamp_apply(struct igbx_adapter *adapter,
			    struct hwtstamp_config *cfg);
void igbx_ptp_get_ts_info(struct igbx_adapter *adapter, u32 *so_timestamping,
			  int *phc_index, u32 *tx_types, u32 *rx_filters);
#ifdef IGBX_HAVE_NDO_HWTSTAMP
int igbx_hwtstamp_get(struct net_device *netdev,
		      struct kernel_hwtstamp_config *kcfg);
int igbx_hwtstamp_set(struct net_device *netdev,
		      struct kernel_hwtstamp_config *kcfg,
		      struct netlink_ext_ack *extack);
#else
int igbx_eth_ioctl(struct net_device *netdev, struct ifreq *ifr, int cmd);
#endif

/* main.c: the interface */
extern const struct net_device_ops igbx_netdev_ops;

/*
 * Internal helpers that are static unless KUnit is enabled, so the test
 * module can reach them (see <kunit/visibility.h>).
 */
#if IS_ENABLED(CONFIG_KUNIT)
u16 igbx_nvm_sum(const u16 *words, unsigned int count);
void igbx_addr_to_rar(const u8 *addr, u32 *ral, u32 *rah);
u16 igbx_nvm_port_base(const struct igbx_hw *hw);
u32 igbx_eitr_value(const struct igbx_family_info *info, u32 usecs);
struct igbx_adapter *igbx_adapter_of(struct pci_dev *pdev);
int igbx_id_family(u16 vendor, u16 device, bool untested);
void igbx_hw_stats_fold(u64 *totals, const u64 *deltas);
void igbx_read_hw_stats(struct igbx_hw *hw, u64 *deltas);
void igbx_fill_stats64(const u64 *hw_stats, struct rtnl_link_stats64 *s);
int igbx_tx_context(struct sk_buff *skb, struct igbx_tx_ctx *ctx,
		    struct igbx_tx_info *info);
void igbx_tx_data_flags(const struct igbx_tx_info *info, u32 *cmd, u32 *olinfo);
enum pkt_hash_types igbx_rx_hash_type(u16 pkt_info);
int igbx_rx_csum_verdict(u32 status_error);
u32 igbx_reta_word(const u8 *indir, const struct igbx_family_info *info);
bool igbx_arm_wake(struct igbx_adapter *adapter);
void igbx_disarm_wake(struct igbx_adapter *adapter);
u32 igbx_ptp_incvalue(long scaled_ppm);
u32 igbx_ptp_timinca(u32 incvalue);
u32 igbx_ptp_timinca_82576(long scaled_ppm);
u32 igbx_ptp_timinca_82580(long scaled_ppm);
u64 igbx_ptp_stamp_value(u32 lo, u32 hi);
u64 igbx_ptp_read_systim(IGBX_CC_CONST struct cyclecounter *cc);
void igbx_ptp_init_cc(struct igbx_ptp *ptp, const struct igbx_ptp_ops *ops);
int igbx_ptp_filter_regs(const struct igbx_ptp_ops *ops,
			 struct hwtstamp_config *cfg,
			 struct igbx_ptp_regs *regs);
int igbx_ptp_gettimex(struct ptp_clock_info *info, struct timespec64 *ts,
		      struct ptp_system_timestamp *sts);
int igbx_ptp_settime(struct ptp_clock_info *info, const struct timespec64 *ts);
int igbx_ptp_adjtime(struct ptp_clock_info *info, s64 delta);
int igbx_ptp_adjfine(struct ptp_clock_info *info, long scaled_ppm);
ktime_t igbx_ptp_tx_time(struct igbx_adapter *adapter, u64 stamp);
void igbx_vfta_write_reg(struct igbx_hw *hw, const unsigned long *vlans,
			 unsigned int reg);
#endif

#endif /* _IGBX_H_ */
