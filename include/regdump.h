/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx - the layout of the ethtool -d register dump (regdump.c): the
 * format ethtool's igb pretty-printer reads, described as runs of
 * registers and a list of statistics words.
 */
#ifndef _IGBX_REGDUMP_H_
#define _IGBX_REGDUMP_H_

#include <linux/types.h>

#define IGBX_REGS_WORDS		740
#define IGBX_REGS_VERSION	1	/* bits 31:24 of ethtool_regs.version */

/* Queue slots in the first part of the dump; the rest follow at word 555. */
#define IGBX_DUMP_LOW_QUEUES	4
#define IGBX_DUMP_HIGH_QUEUES	12

/**
 * enum igbx_dump_kind - how the registers of a run are addressed
 * @IGBX_DUMP_REG: @reg is an offset, the next one @stride bytes on
 * @IGBX_DUMP_RXQ: @reg is an offset within a receive queue's slot; the
 *	run walks queues @first, @first + 1, ...
 * @IGBX_DUMP_TXQ: the same for transmit queues
 */
enum igbx_dump_kind {
	IGBX_DUMP_REG,
	IGBX_DUMP_RXQ,
	IGBX_DUMP_TXQ,
};

/**
 * struct igbx_dump_run - consecutive words of the dump
 * @word: the first word
 * @count: how many words
 * @kind: see &enum igbx_dump_kind
 * @reg: register offset (or offset within a queue slot)
 * @stride: bytes between registers (%IGBX_DUMP_REG)
 * @first: first queue (%IGBX_DUMP_RXQ, %IGBX_DUMP_TXQ)
 */
struct igbx_dump_run {
	u16 word;
	u16 count;
	u8 kind;
	u8 first;
	u16 stride;
	u32 reg;
};

/**
 * struct igbx_dump_stat - a statistics word of the dump
 * @word: where it goes
 * @stat: which total (&enum igbx_hw_stat)
 * @wide: a 64-bit octet counter: low half at @word, high half after it
 */
struct igbx_dump_stat {
	u16 word;
	u8 stat;
	bool wide;
};

#if IS_ENABLED(CONFIG_KUNIT)
extern const struct igbx_dump_run igbx_dump_runs[];
extern const unsigned int igbx_dump_nr_runs;
extern const struct igbx_dump_stat igbx_dump_stats[];
extern const unsigned int igbx_dump_nr_stats;
u32 igbx_dump_run_reg(const struct igbx_dump_run *run, unsigned int i);
#endif

#endif /* _IGBX_REGDUMP_H_ */
