/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx KUnit: a register model of one port, answering igbx_rd32() and
 * igbx_wr32() through KUnit static stubs (kunit/model.c)
 */
#ifndef _IGBX_KUNIT_MODEL_H_
#define _IGBX_KUNIT_MODEL_H_

#include <kunit/test.h>

#include "igbx.h"

#define IGBX_MODEL_BAR_BYTES	0x20000	/* every register the model knows,
					 * the I210's iNVM at 0x12120 included
					 */
#define IGBX_MODEL_NVM_WORDS	0x400	/* 1 Ki words: EECD size field 4 */
#define IGBX_MODEL_PHY_REGS	32
#define IGBX_MODEL_INVM		0x12120	/* iNVM dword 0 (I210 datasheet, INVM_DATA) */
#define IGBX_MODEL_LOG_LEN	4096

/**
 * struct igbx_model_access - one register access, as the log keeps it
 * @reg: register offset
 * @val: the value written, or the value the read returned
 * @write: a write (else a read)
 */
struct igbx_model_access {
	u32 reg;
	u32 val;
	bool write;
};

/**
 * struct igbx_model - a port's registers, NVM, PHY and firmware
 * @hw: the handle the driver's code is given (container_of() gets back)
 * @regs: register values, indexed by offset / 4
 * @ro: bits of each register (indexed as @regs) that a write does not
 *	change; all zero (every bit writable) unless a test says otherwise
 * @nvm: the NVM image EERD reads from
 * @phy: the PHY's registers MDIC reaches (PHY address IGBX_PHY_ADDR)
 * @fw_sync: the firmware's claims, SW_FW_SYNC bits 31:16; software's
 *	writes of SW_FW_SYNC cannot change them
 * @fw_release_after: the firmware lets go of @fw_sync at this read of
 *	SW_FW_SYNC (counted in @sync_reads); 0: it never does
 * @sync_reads: reads of SW_FW_SYNC while @fw_sync was set
 * @fw_swesmbi: the firmware holds SWSM.SWESMBI: software's writes of
 *	that bit do not latch
 * @rst_reads: CTRL.RST clears at this read of CTRL after it was set;
 *	0: it never clears (a dead MAC)
 * @rst_left: reads of CTRL until RST clears
 * @unguarded_sync_writes: SW_FW_SYNC writes made while software did not
 *	hold SWSM.SWESMBI (a driver bug)
 * @eerd_cmds: EERD writes with START, counted even when @log is full
 * @mdic_cmds: MDIC writes, likewise
 * @swsm_writes: SWSM writes, likewise
 * @sync_writes: SW_FW_SYNC writes, likewise
 * @phy_default: what the PHY's registers return to after a reset
 * @pll_freq: the I210/I211 PHY's PLL frequency register (page 0xFC,
 *	register 14); low byte 0xFF: the PLL is not configured
 * @pll_good_after: the PLL becomes configured at this D3hot -> D0 bounce
 *	(counted in @d3_bounces); 0: never
 * @d3_bounces: PMCSR writes taking the function from D3hot back to D0
 * @pmcsr: the PCI PM control/status word the PMCSR stubs answer with
 * @cfg_done_reads: after a PHY reset, EEMNGCTL's CFG_DONE of the port
 *	comes back at this read of it; 0: never (a PHY never configured)
 * @cfg_left: reads of the CFG_DONE register until it sets
 * @phy_in_reset: CTRL.PHY_RST is set
 * @phy_resets: times CTRL.PHY_RST was set
 * @unguarded_phy: MDIC commands and CTRL.PHY_RST changes made while
 *	SW_FW_SYNC did not hold this port's PHY bit (a driver bug)
 * @devctl2: the PCI Express capability's DEVCTL2 word, which the
 *	driver reaches through igbx_pcie_cap_rmw() (stubbed: the model has
 *	no PCI device)
 * @cfg_err: what igbx_pcie_cap_rmw() returns; 0 unless a test sets it
 * @cfg_writes: igbx_pcie_cap_rmw() calls, likewise
 * @no_phy: nothing answers MDIC at the internal PHY's address (as on a
 *	SerDes or SGMII port, whose PHY, if any, sits elsewhere): every
 *	command gets READY and ERROR
 * @log: every access since the last igbx_model_clear_log(), oldest first
 *	(which also zeroes the four counters above, @phy_resets,
 *	@unguarded_phy and @cfg_writes)
 * @nlog: entries in @log
 * @log_lost: accesses past the end of @log (not kept)
 */
struct igbx_model {
	struct igbx_hw hw;
	u32 *regs;
	u32 *ro;
	u16 nvm[IGBX_MODEL_NVM_WORDS];
	u16 phy[IGBX_MODEL_PHY_REGS];
	u32 fw_sync;
	unsigned int fw_release_after;
	unsigned int sync_reads;
	bool fw_swesmbi;
	unsigned int rst_reads;
	unsigned int rst_left;
	unsigned int unguarded_sync_writes;
	unsigned int eerd_cmds;
	unsigned int mdic_cmds;
	unsigned int swsm_writes;
	unsigned int sync_writes;
	u16 phy_default[IGBX_MODEL_PHY_REGS];
	u16 pll_freq;
	unsigned int pll_good_after;
	unsigned int d3_bounces;
	u16 pmcsr;
	unsigned int cfg_done_reads;
	unsigned int cfg_left;
	bool phy_in_reset;
	unsigned int phy_resets;
	unsigned int unguarded_phy;
	u16 devctl2;
	int cfg_err;
	unsigned int cfg_writes;
	bool no_phy;
	struct igbx_model_access *log;
	unsigned int nlog;
	unsigned int log_lost;
};

struct igbx_model *igbx_model_new(struct kunit *test, enum igbx_family family,
				  u8 func);
void igbx_model_clear_log(struct igbx_model *m);
u32 igbx_model_reg(const struct igbx_model *m, u32 reg);
void igbx_model_set_reg(struct igbx_model *m, u32 reg, u32 val);
void igbx_model_set_rw(struct igbx_model *m, u32 reg, u32 rw);
u16 igbx_model_nvm_base(const struct igbx_model *m);
void igbx_model_set_flash(struct igbx_model *m, bool flash);
u32 igbx_model_invm_word(u16 addr, u16 data);
void igbx_model_set_phy_id(struct igbx_model *m, u16 id1, u16 id2);

#endif /* _IGBX_KUNIT_MODEL_H_ */
