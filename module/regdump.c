// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - ethtool -d: the register dump
 *
 * The dump is 740 32-bit words laid out as ethtool's igb pretty-printer
 * expects them (dump format version 1): control and interrupt registers
 * first, then the statistics, then per-queue ring registers, interrupt
 * throttling, receive addresses and the wake-up/flex filter memories.
 * ethtool picks a printer by driver name, so "ethtool -d" on an igbx port
 * prints hex; to decode it, save the raw dump and hand it to ethtool with
 * any igb port (README, "Inspecting a port"):
 *
 *   ethtool -d eth0 raw on > igbx.regs
 *   ethtool -d <an igb port> file igbx.regs
 *
 * The layout is a table of runs of registers rather than code, so the word
 * of every register can be read off one place and KUnit can check that no
 * two runs overlap.
 */
#include <kunit/visibility.h>

#include "igbx.h"
#include "regdump.h"

#define REG(w, r)		{ .word = w, .count = 1, .reg = r }
#define REGS(w, n, r, s)	{ .word = w, .count = n, .reg = r, .stride = s }
#define RXQ(w, n, q, off)	{ .word = w, .count = n, .kind = IGBX_DUMP_RXQ, \
				  .first = q, .reg = off }
#define TXQ(w, n, q, off)	{ .word = w, .count = n, .kind = IGBX_DUMP_TXQ, \
				  .first = q, .reg = off }
#define RXQ_LOW(w, off)		RXQ(w, IGBX_DUMP_LOW_QUEUES, 0, off)
#define TXQ_LOW(w, off)		TXQ(w, IGBX_DUMP_LOW_QUEUES, 0, off)
#define RXQ_HIGH(w, off)	RXQ(w, IGBX_DUMP_HIGH_QUEUES, IGBX_DUMP_LOW_QUEUES, off)
#define TXQ_HIGH(w, off)	TXQ(w, IGBX_DUMP_HIGH_QUEUES, IGBX_DUMP_LOW_QUEUES, off)

/*
 * Interrupt causes are dumped from the "set" registers (EICS, ICS): they
 * read back the same causes as EICR/ICR without clearing them.
 */
VISIBLE_IF_KUNIT const struct igbx_dump_run igbx_dump_runs[] = {
	REG(0, IGBX_CTRL), REG(1, IGBX_STATUS), REG(2, IGBX_CTRL_EXT),
	REG(3, IGBX_MDIC), REG(4, IGBX_SCTL), REG(5, IGBX_CONNSW),
	REG(6, IGBX_VET), REG(7, IGBX_LEDCTL), REG(8, IGBX_PBA),
	REG(9, IGBX_PBS), REG(10, IGBX_FRTIMER), REG(11, IGBX_TCPTIMER),
	REG(12, IGBX_EECD),
	REG(13, IGBX_EICS), REG(14, IGBX_EICS), REG(15, IGBX_EIMS),
	REG(16, IGBX_EIMC), REG(17, IGBX_EIAC), REG(18, IGBX_EIAM),
	REG(19, IGBX_ICS), REG(20, IGBX_ICS), REG(21, IGBX_IMS),
	REG(22, IGBX_IMC), REG(23, IGBX_IAC), REG(24, IGBX_IAM),
	REG(25, IGBX_IMIRVP),
	REG(26, IGBX_FCAL), REG(27, IGBX_FCAH), REG(28, IGBX_FCTTV),
	REG(29, IGBX_FCRTL), REG(30, IGBX_FCRTH), REG(31, IGBX_FCRTV),
	REG(32, IGBX_RCTL), REG(33, IGBX_RXCSUM), REG(34, IGBX_RLPML),
	REG(35, IGBX_RFCTL), REG(36, IGBX_MRQC), REG(37, IGBX_VT_CTL),
	REG(38, IGBX_TCTL), REG(39, IGBX_TCTL_EXT), REG(40, IGBX_TIPG),
	REG(41, IGBX_DTXCTL),
	REG(42, IGBX_WUC), REG(43, IGBX_WUFC), REG(44, IGBX_WUS),
	REG(45, IGBX_IPAV), REG(46, IGBX_WUPL),
	REG(47, IGBX_PCS_CFG0), REG(48, IGBX_PCS_LCTL), REG(49, IGBX_PCS_LSTAT),
	REG(50, IGBX_PCS_ANADV), REG(51, IGBX_PCS_LPAB), REG(52, IGBX_PCS_NPTX),
	REG(53, IGBX_PCS_LPABNP),
	/* words 54-120: statistics, see igbx_dump_stats[] */
	RXQ_LOW(121, IGBX_Q_SRRCTL),
	REGS(125, 4, IGBX_PSRTYPE(0), 4),
	RXQ_LOW(129, IGBX_Q_BAL), RXQ_LOW(133, IGBX_Q_BAH),
	RXQ_LOW(137, IGBX_Q_LEN), RXQ_LOW(141, IGBX_Q_HEAD),
	RXQ_LOW(145, IGBX_Q_TAIL), RXQ_LOW(149, IGBX_Q_DCTL),
	REGS(153, 10, IGBX_EITR(0), 4),
	REGS(163, 8, IGBX_IMIR(0), 4), REGS(171, 8, IGBX_IMIREXT(0), 4),
	REGS(179, 16, IGBX_RA_BLOCK0, 8), REGS(195, 16, IGBX_RA_BLOCK0 + 4, 8),
	TXQ_LOW(211, IGBX_Q_BAL), TXQ_LOW(215, IGBX_Q_BAH),
	TXQ_LOW(219, IGBX_Q_LEN), TXQ_LOW(223, IGBX_Q_HEAD),
	TXQ_LOW(227, IGBX_Q_TAIL), TXQ_LOW(231, IGBX_Q_DCTL),
	TXQ_LOW(235, IGBX_Q_TDWBAL), TXQ_LOW(239, IGBX_Q_TDWBAH),
	TXQ_LOW(243, IGBX_Q_DCA_TXCTRL),
	REGS(247, 4, IGBX_IP4AT(0), 8), REGS(251, 4, IGBX_IP6AT(0), 4),
	REGS(255, 32, IGBX_WUPM(0), 4),
	REGS(287, 128, IGBX_FFMT(0), 8), REGS(415, 128, IGBX_FFVT(0), 8),
	REGS(543, 4, IGBX_FFLT(0), 8),
	REG(547, IGBX_TDFH), REG(548, IGBX_TDFT), REG(549, IGBX_TDFHS),
	REG(550, IGBX_TDFPC),
	/* words 551-554: I350 switch counters, not kept by igbx (zero) */
	RXQ_HIGH(555, IGBX_Q_SRRCTL),
	REGS(567, 4, IGBX_PSRTYPE(4), 4),
	RXQ_HIGH(571, IGBX_Q_BAL), RXQ_HIGH(583, IGBX_Q_BAH),
	RXQ_HIGH(595, IGBX_Q_LEN), RXQ_HIGH(607, IGBX_Q_HEAD),
	RXQ_HIGH(619, IGBX_Q_TAIL), RXQ_HIGH(631, IGBX_Q_DCTL),
	TXQ_HIGH(643, IGBX_Q_BAL), TXQ_HIGH(655, IGBX_Q_BAH),
	TXQ_HIGH(667, IGBX_Q_LEN), TXQ_HIGH(679, IGBX_Q_HEAD),
	TXQ_HIGH(691, IGBX_Q_TAIL), TXQ_HIGH(703, IGBX_Q_DCTL),
	TXQ_HIGH(715, IGBX_Q_TDWBAL), TXQ_HIGH(727, IGBX_Q_TDWBAH),
	/* word 739: I210/I211 only, filled in igbx_get_regs() */
};
EXPORT_SYMBOL_IF_KUNIT(igbx_dump_runs);
VISIBLE_IF_KUNIT const unsigned int igbx_dump_nr_runs = ARRAY_SIZE(igbx_dump_runs);
EXPORT_SYMBOL_IF_KUNIT(igbx_dump_nr_runs);

/*
 * The statistics words hold igbx's 64-bit totals, truncated to 32 bits;
 * an octet counter fills two words, low then high, like its register pair.
 * Counters igbx does not keep read as zero.
 */
VISIBLE_IF_KUNIT const struct igbx_dump_stat igbx_dump_stats[] = {
	{ 54, IGBX_HWS_CRCERRS }, { 55, IGBX_HWS_ALGNERRC },
	{ 56, IGBX_HWS_SYMERRS }, { 57, IGBX_HWS_RXERRC },
	{ 58, IGBX_HWS_MPC }, { 59, IGBX_HWS_SCC }, { 60, IGBX_HWS_ECOL },
	{ 61, IGBX_HWS_MCC }, { 62, IGBX_HWS_LATECOL }, { 63, IGBX_HWS_COLC },
	{ 64, IGBX_HWS_DC }, { 65, IGBX_HWS_TNCRS }, { 68, IGBX_HWS_RLEC },
	{ 69, IGBX_HWS_XONRXC }, { 70, IGBX_HWS_XONTXC },
	{ 71, IGBX_HWS_XOFFRXC }, { 72, IGBX_HWS_XOFFTXC },
	{ 73, IGBX_HWS_FCRUC },
	{ 74, IGBX_HWS_PRC64 }, { 75, IGBX_HWS_PRC127 },
	{ 76, IGBX_HWS_PRC255 }, { 77, IGBX_HWS_PRC511 },
	{ 78, IGBX_HWS_PRC1023 }, { 79, IGBX_HWS_PRC1522 },
	{ 80, IGBX_HWS_GPRC }, { 81, IGBX_HWS_BPRC }, { 82, IGBX_HWS_MPRC },
	{ 83, IGBX_HWS_GPTC }, { 84, IGBX_HWS_GORC, true },
	{ 86, IGBX_HWS_GOTC, true }, { 88, IGBX_HWS_RNBC },
	{ 89, IGBX_HWS_RUC }, { 90, IGBX_HWS_RFC }, { 91, IGBX_HWS_ROC },
	{ 92, IGBX_HWS_RJC }, { 96, IGBX_HWS_TOR, true },
	{ 98, IGBX_HWS_TOT, true }, { 100, IGBX_HWS_TPR },
	{ 101, IGBX_HWS_TPT },
	{ 102, IGBX_HWS_PTC64 }, { 103, IGBX_HWS_PTC127 },
	{ 104, IGBX_HWS_PTC255 }, { 105, IGBX_HWS_PTC511 },
	{ 106, IGBX_HWS_PTC1023 }, { 107, IGBX_HWS_PTC1522 },
	{ 108, IGBX_HWS_MPTC }, { 109, IGBX_HWS_BPTC },
};
EXPORT_SYMBOL_IF_KUNIT(igbx_dump_stats);
VISIBLE_IF_KUNIT const unsigned int igbx_dump_nr_stats = ARRAY_SIZE(igbx_dump_stats);
EXPORT_SYMBOL_IF_KUNIT(igbx_dump_nr_stats);

/**
 * igbx_dump_run_reg() - the register behind one word of a run
 * @run: the run
 * @i: index within the run
 *
 * Return: the register offset.
 */
VISIBLE_IF_KUNIT u32 igbx_dump_run_reg(const struct igbx_dump_run *run,
				       unsigned int i)
{
	switch (run->kind) {
	case IGBX_DUMP_RXQ:
		return IGBX_RXQ_REG(run->first + i, run->reg);
	case IGBX_DUMP_TXQ:
		return IGBX_TXQ_REG(run->first + i, run->reg);
	default:
		return run->reg + run->stride * i;
	}
}
EXPORT_SYMBOL_IF_KUNIT(igbx_dump_run_reg);

/* Does the MAC have the queue slots a run reads? Others stay zero. */
static bool igbx_dump_run_present(const struct igbx_hw *hw,
				  const struct igbx_dump_run *run)
{
	if (run->kind == IGBX_DUMP_REG)
		return true;
	return run->first + run->count <= hw->info->hw_queues;
}

/**
 * igbx_get_regs_len() - size of the ethtool -d dump
 * @netdev: the interface
 *
 * Return: bytes.
 */
int igbx_get_regs_len(struct net_device *netdev)
{
	return IGBX_REGS_WORDS * sizeof(u32);
}

/**
 * igbx_get_regs() - fill the ethtool -d dump
 * @netdev: the interface
 * @regs: @regs->version is set: format 1, PCI revision, device ID
 * @p: igbx_get_regs_len() bytes
 *
 * Reads registers only; clear-on-read ones are not touched (the statistics
 * come from the totals, interrupt causes from the "set" registers).
 */
void igbx_get_regs(struct net_device *netdev, struct ethtool_regs *regs, void *p)
{
	struct igbx_adapter *adapter = netdev_priv(netdev);
	struct igbx_hw *hw = &adapter->hw;
	u32 *words = p;
	unsigned int r, i;

	memset(p, 0, IGBX_REGS_WORDS * sizeof(u32));
	regs->version = IGBX_REGS_VERSION << 24 |
			adapter->pdev->revision << 16 | adapter->pdev->device;

	for (r = 0; r < igbx_dump_nr_runs; r++) {
		const struct igbx_dump_run *run = &igbx_dump_runs[r];

		if (!igbx_dump_run_present(hw, run))
			continue;
		for (i = 0; i < run->count; i++)
			words[run->word + i] = igbx_rd32(hw, igbx_dump_run_reg(run, i));
	}
	if (hw->info->rr2dcdelay)
		words[IGBX_REGS_WORDS - 1] = igbx_rd32(hw, IGBX_I210_RR2DCDELAY);

	igbx_update_hw_stats(adapter);
	spin_lock_bh(&adapter->stats_lock);
	for (i = 0; i < igbx_dump_nr_stats; i++) {
		const struct igbx_dump_stat *s = &igbx_dump_stats[i];
		u64 v = adapter->hw_stats[s->stat];

		words[s->word] = lower_32_bits(v);
		if (s->wide)
			words[s->word + 1] = upper_32_bits(v);
	}
	spin_unlock_bh(&adapter->stats_lock);
}
