// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - KUnit suite for the pure logic: descriptor encoders, register
 * layout, NVM checksum and address packing, and what register access does
 * when the device has vanished (simulated with ordinary memory as BAR0).
 *
 * Expected values are written out from the datasheet's bit positions, not
 * computed with the driver's own macros, so a wrong macro fails here.
 */
#include <kunit/test.h>
#include <linux/dim.h>
#include <linux/etherdevice.h>
#include <linux/rtnetlink.h>
#include <linux/slab.h>

#include "desc.h"
#include "igbx.h"
#include "regdump.h"

static void igbx_test_tx_cmd_type_len(struct kunit *test)
{
	/* DTYP=0011b at 23:20, DEXT bit 29, IFCS bit 25, length in 15:0 */
	KUNIT_EXPECT_EQ(test, igbx_tx_cmd_type_len(60, false), 0x2230003Cu);
	/* ... plus EOP bit 24 and RS bit 27 on the last descriptor */
	KUNIT_EXPECT_EQ(test, igbx_tx_cmd_type_len(60, true), 0x2B30003Cu);
	KUNIT_EXPECT_EQ(test, igbx_tx_cmd_type_len(1514, true), 0x2B3005EAu);
	/* the length field must not spill into DTYP */
	KUNIT_EXPECT_EQ(test, igbx_tx_cmd_type_len(0xFFFF, false) & 0xFFF00000,
			0x22300000u);
}

static void igbx_test_tx_olinfo(struct kunit *test)
{
	/* PAYLEN lives in bits 31:14 */
	KUNIT_EXPECT_EQ(test, igbx_tx_olinfo_status(1514), 1514u << 14);
	KUNIT_EXPECT_EQ(test, igbx_tx_olinfo_status(60), 0x000F0000u);
	KUNIT_EXPECT_EQ(test, igbx_tx_olinfo_status(0), 0u);
}

static void igbx_test_rx_frame_error(struct kunit *test)
{
	/* DD | EOP, no errors */
	KUNIT_EXPECT_FALSE(test, igbx_rx_frame_error(0x00000003));
	/* CRC error (bit 24), symbol (25), sequence (26), CXE (28), RXE (31) */
	KUNIT_EXPECT_TRUE(test, igbx_rx_frame_error(0x01000003));
	KUNIT_EXPECT_TRUE(test, igbx_rx_frame_error(0x02000003));
	KUNIT_EXPECT_TRUE(test, igbx_rx_frame_error(0x04000003));
	KUNIT_EXPECT_TRUE(test, igbx_rx_frame_error(0x10000003));
	KUNIT_EXPECT_TRUE(test, igbx_rx_frame_error(0x80000003));
	/* L4 (29) and IP (30) checksum errors keep the frame */
	KUNIT_EXPECT_FALSE(test, igbx_rx_frame_error(0x20000003));
	KUNIT_EXPECT_FALSE(test, igbx_rx_frame_error(0x40000003));
}

static void igbx_test_ring_count_clamp(struct kunit *test)
{
	static const u32 cases[][2] = {
		{ 0, 80 }, { 1, 80 }, { 79, 80 }, { 80, 80 }, { 81, 88 },
		{ 255, 256 }, { 256, 256 }, { 4095, 4096 }, { 4096, 4096 },
		{ 4097, 4096 }, { U32_MAX, 4096 },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		u32 n = igbx_ring_count_clamp(cases[i][0]);

		KUNIT_EXPECT_EQ_MSG(test, n, cases[i][1], "requested %u", cases[i][0]);
		/* ring bytes must be a multiple of 128 */
		KUNIT_EXPECT_EQ(test, (n * 16) % 128, 0u);
	}
}

static void igbx_test_queue_registers(struct kunit *test)
{
	/* queues 0-3: 0x100 apart in the legacy block */
	KUNIT_EXPECT_EQ(test, IGBX_RDBAL(0), 0x02800);
	KUNIT_EXPECT_EQ(test, IGBX_RDBAL(3), 0x02B00);
	KUNIT_EXPECT_EQ(test, IGBX_RDT(1), 0x02918);
	KUNIT_EXPECT_EQ(test, IGBX_TDT(0), 0x03818);
	KUNIT_EXPECT_EQ(test, IGBX_TXDCTL(2), 0x03A28);
	/* queues 4-15: 0x40 apart in the second block */
	KUNIT_EXPECT_EQ(test, IGBX_RDBAL(4), 0x0C100);
	KUNIT_EXPECT_EQ(test, IGBX_RDT(15), 0x0C3D8);
	KUNIT_EXPECT_EQ(test, IGBX_TDBAL(4), 0x0E100);
	KUNIT_EXPECT_EQ(test, IGBX_TDT(15), 0x0E3D8);
	/* receive address pairs: 16 in the first block, the rest above */
	KUNIT_EXPECT_EQ(test, IGBX_RAL(0), 0x05400);
	KUNIT_EXPECT_EQ(test, IGBX_RAH(15), 0x0547C);
	KUNIT_EXPECT_EQ(test, IGBX_RAL(16), 0x054E0);
	KUNIT_EXPECT_EQ(test, IGBX_RAH(23), 0x0551C);
}

static void igbx_test_rar_packing(struct kunit *test)
{
	const u8 mac[ETH_ALEN] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
	u8 back[ETH_ALEN];
	u32 ral, rah;

	igbx_addr_to_rar(mac, &ral, &rah);
	/* first byte in the low bits of RAL; AV (bit 31) set in RAH */
	KUNIT_EXPECT_EQ(test, ral, 0x12005452u);
	KUNIT_EXPECT_EQ(test, rah, 0x80005634u);

	/* flag bits above 15 in RAH are not part of the address */
	igbx_rar_to_addr(ral, rah | 0x000C0000, back);
	KUNIT_EXPECT_MEMEQ(test, back, mac, ETH_ALEN);
}

/* A 64-word NVM image whose checksum word makes the sum 0xBABA. */
static void igbx_make_nvm(u16 *w)
{
	u16 sum = 0;
	int i;

	for (i = 0; i < 0x3F; i++) {
		w[i] = 0x1111 * (i & 0xF) + i;
		sum += w[i];
	}
	w[0x3F] = 0xBABA - sum;
}

static void igbx_test_nvm_sum(struct kunit *test)
{
	u16 w[0x40];

	igbx_make_nvm(w);
	KUNIT_EXPECT_EQ(test, igbx_nvm_sum(w, 0x40), 0xBABA);
	w[7] ^= 0x0100;
	KUNIT_EXPECT_NE(test, igbx_nvm_sum(w, 0x40), 0xBABA);
	/* the sum wraps at 16 bits */
	w[0] = 0xFFFF;
	w[1] = 0x0002;
	KUNIT_EXPECT_EQ(test, igbx_nvm_sum(w, 2), 0x0001);
	KUNIT_EXPECT_EQ(test, igbx_nvm_sum(w, 0), 0x0000);
}

static void igbx_test_nvm_port_base(struct kunit *test)
{
	struct igbx_hw hw = { .info = &igbx_families[IGBX_I350] };

	hw.func = 0;
	KUNIT_EXPECT_EQ(test, igbx_nvm_port_base(&hw), 0x000);
	hw.func = 1;
	KUNIT_EXPECT_EQ(test, igbx_nvm_port_base(&hw), 0x080);
	hw.func = 2;
	KUNIT_EXPECT_EQ(test, igbx_nvm_port_base(&hw), 0x0C0);
	hw.func = 3;
	KUNIT_EXPECT_EQ(test, igbx_nvm_port_base(&hw), 0x100);

	/* one shared image: every port checks words 0x00-0x3F */
	hw.info = &igbx_families[IGBX_82576];
	KUNIT_EXPECT_EQ(test, igbx_nvm_port_base(&hw), 0x000);
}

#define IGBX_FAKE_BAR_SIZE	0x10000

/* A fake BAR0 in ordinary memory; fine for readl/writel on x86. */
static struct igbx_hw *igbx_fake_hw(struct kunit *test, u32 fill)
{
	struct igbx_hw *hw = kunit_kzalloc(test, sizeof(*hw), GFP_KERNEL);
	u32 *bar = kunit_kmalloc(test, IGBX_FAKE_BAR_SIZE, GFP_KERNEL);
	unsigned int i;

	KUNIT_ASSERT_NOT_NULL(test, hw);
	KUNIT_ASSERT_NOT_NULL(test, bar);
	for (i = 0; i < IGBX_FAKE_BAR_SIZE / 4; i++)
		bar[i] = fill;
	hw->hw_addr = (u8 __force __iomem *)bar;
	hw->family = IGBX_82576;
	hw->info = &igbx_families[IGBX_82576];
	hw->dev = NULL;
	return hw;
}

static u32 *igbx_fake_reg(struct igbx_hw *hw, u32 reg)
{
	return (u32 __force *)(hw->hw_addr + reg);
}

static void igbx_test_vanished_device(struct kunit *test)
{
	struct igbx_hw *hw = igbx_fake_hw(test, ~0U);
	u32 *bar = igbx_fake_reg(hw, 0);

	/* every register reads all ones, STATUS included: device gone */
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_CTRL), ~0U);
	KUNIT_EXPECT_TRUE(test, igbx_removed(hw));
	/* later writes are dropped, reads keep returning all ones */
	igbx_wr32(hw, IGBX_CTRL, 0x1234);
	KUNIT_EXPECT_EQ(test, bar[0], ~0U);
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_RCTL), ~0U);
	/* and the reset sequence gives up at once instead of polling */
	KUNIT_EXPECT_EQ(test, igbx_reset_hw(hw), -ENODEV);
}

static void igbx_test_all_ones_register(struct kunit *test)
{
	struct igbx_hw *hw = igbx_fake_hw(test, 0);

	/* a register that legitimately reads ~0 on a live device */
	*igbx_fake_reg(hw, IGBX_MTA(0)) = ~0U;
	*igbx_fake_reg(hw, IGBX_STATUS) = IGBX_STATUS_LU;
	KUNIT_EXPECT_EQ(test, igbx_rd32(hw, IGBX_MTA(0)), ~0U);
	KUNIT_EXPECT_FALSE(test, igbx_removed(hw));
	igbx_wr32(hw, IGBX_CTRL, 0x1234);
	KUNIT_EXPECT_EQ(test, *igbx_fake_reg(hw, IGBX_CTRL), 0x1234u);
}

static void igbx_test_perm_addr_from_rar0(struct kunit *test)
{
	struct igbx_hw *hw = igbx_fake_hw(test, 0);
	u8 addr[ETH_ALEN];

	*igbx_fake_reg(hw, IGBX_STATUS) = IGBX_STATUS_LU;
	*igbx_fake_reg(hw, IGBX_RAL(0)) = 0x12005452;
	*igbx_fake_reg(hw, IGBX_RAH(0)) = 0x80005634;
	KUNIT_ASSERT_EQ(test, igbx_read_perm_addr(hw, addr), 0);
	KUNIT_EXPECT_MEMEQ(test, addr,
			   ((u8[]){ 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 }), ETH_ALEN);
}

static void igbx_test_mta_hash(struct kunit *test)
{
	/* bits 47:36 of the address: high nibble of byte 4, all of byte 5 */
	KUNIT_EXPECT_EQ(test, igbx_mta_hash((u8[]){ 0x01, 0x00, 0x5e, 0x00, 0x00, 0x01 }),
			0x010);
	KUNIT_EXPECT_EQ(test, igbx_mta_hash((u8[]){ 0x33, 0x33, 0x00, 0x00, 0x00, 0x01 }),
			0x010);
	KUNIT_EXPECT_EQ(test, igbx_mta_hash((u8[]){ 0x01, 0x00, 0x5e, 0x7f, 0xff, 0xfa }),
			0xFAF);
	KUNIT_EXPECT_EQ(test, igbx_mta_hash((u8[]){ 0xff, 0xff, 0xff, 0xff, 0xff, 0xff }),
			0xFFF);
	/* the low nibble of byte 4 does not take part */
	KUNIT_EXPECT_EQ(test, igbx_mta_hash((u8[]){ 0x01, 0x00, 0x5e, 0x00, 0x0f, 0x00 }),
			0x000);
}

static void igbx_test_desc_unused(struct kunit *test)
{
	struct igbx_ring ring = { .count = 8 };

	/* empty ring: all but the one slot that keeps head != tail */
	KUNIT_EXPECT_EQ(test, igbx_desc_unused(&ring), 7);
	ring.next_to_use = 7;
	KUNIT_EXPECT_EQ(test, igbx_desc_unused(&ring), 0);
	ring.next_to_clean = 3;
	ring.next_to_use = 2;
	KUNIT_EXPECT_EQ(test, igbx_desc_unused(&ring), 0);
	ring.next_to_clean = 5;
	ring.next_to_use = 1;
	KUNIT_EXPECT_EQ(test, igbx_desc_unused(&ring), 3);
	ring.next_to_clean = 1;
	ring.next_to_use = 5;
	KUNIT_EXPECT_EQ(test, igbx_desc_unused(&ring), 3);
}

static void igbx_test_rx_truesize(struct kunit *test)
{
	const unsigned int shinfo = SKB_DATA_ALIGN(sizeof(struct skb_shared_info));
	const unsigned int fits = SZ_2K - IGBX_RX_HEADROOM - shinfo;

	/* MTU 1500 with a VLAN tag and FCS: half a page */
	KUNIT_EXPECT_EQ(test, igbx_rx_truesize(1526, IGBX_RX_BUF_LEN), SZ_2K);
	/* the longest frame that still fits beside headroom and shinfo */
	KUNIT_EXPECT_EQ(test, igbx_rx_truesize(fits, IGBX_RX_BUF_LEN), SZ_2K);
	KUNIT_EXPECT_EQ(test, igbx_rx_truesize(fits + 1, IGBX_RX_BUF_LEN), PAGE_SIZE);
	/* jumbo frames span 2 KiB writes: a whole page each */
	KUNIT_EXPECT_EQ(test, igbx_rx_truesize(9026, IGBX_RX_BUF_LEN), PAGE_SIZE);
	/* 1 KiB buffers fit a half page whatever the frame */
	KUNIT_EXPECT_EQ(test, igbx_rx_truesize(9026, SZ_1K), SZ_2K);
}

static void igbx_test_stats_overruns(struct kunit *test)
{
	u64 totals[IGBX_NR_HW_STATS] = { }, deltas[IGBX_NR_HW_STATS] = { };
	struct rtnl_link_stats64 s = { };

	deltas[IGBX_HWS_MPC] = 5;
	deltas[IGBX_HWS_RNBC] = 7;
	deltas[IGBX_HWS_CRCERRS] = 2;
	igbx_hw_stats_fold(totals, deltas);
	igbx_hw_stats_fold(totals, deltas);
	igbx_fill_stats64(totals, &s);
	/* missed packets and no-buffer events: "missed" and "overruns" */
	KUNIT_EXPECT_EQ(test, s.rx_missed_errors, 10ULL);
	KUNIT_EXPECT_EQ(test, s.rx_fifo_errors, 14ULL);
	KUNIT_EXPECT_EQ(test, s.rx_crc_errors, 4ULL);
	KUNIT_EXPECT_EQ(test, s.rx_errors, 4ULL);

	/* totals keep counting past 32 bits */
	totals[IGBX_HWS_MPC] = 0xFFFFFFF0ULL;
	totals[IGBX_HWS_RNBC] = 0xFFFFFFFFULL;
	deltas[IGBX_HWS_MPC] = 0x20;
	deltas[IGBX_HWS_RNBC] = 0xFFFFFFFF;
	igbx_hw_stats_fold(totals, deltas);
	igbx_fill_stats64(totals, &s);
	KUNIT_EXPECT_EQ(test, s.rx_missed_errors, 0x100000010ULL);
	KUNIT_EXPECT_EQ(test, s.rx_fifo_errors, 0x1FFFFFFFEULL);
}

static void igbx_test_stats_from_registers(struct kunit *test)
{
	struct igbx_adapter *adapter = kunit_kzalloc(test, sizeof(*adapter), GFP_KERNEL);
	struct igbx_hw *hw = igbx_fake_hw(test, 0);
	struct rtnl_link_stats64 s = { };

	KUNIT_ASSERT_NOT_NULL(test, adapter);
	adapter->hw = *hw;
	spin_lock_init(&adapter->stats_lock);
	hw = &adapter->hw;
	*igbx_fake_reg(hw, IGBX_STATUS) = IGBX_STATUS_LU;
	/* saturated 32-bit counters, read twice (real ones clear on read) */
	*igbx_fake_reg(hw, 0x04010) = 0xFFFFFFFF;	/* MPC */
	*igbx_fake_reg(hw, 0x040A0) = 0x80000001;	/* RNBC */
	/* a 64-bit octet pair: low half at 0x4088, high at 0x408C */
	*igbx_fake_reg(hw, 0x04088) = 0x10;
	*igbx_fake_reg(hw, 0x0408C) = 0x2;
	igbx_update_hw_stats(adapter);
	igbx_update_hw_stats(adapter);
	KUNIT_EXPECT_FALSE(test, igbx_removed(hw));

	igbx_fill_stats64(adapter->hw_stats, &s);
	KUNIT_EXPECT_EQ(test, s.rx_missed_errors, 0x1FFFFFFFEULL);
	KUNIT_EXPECT_EQ(test, s.rx_fifo_errors, 0x100000002ULL);
	KUNIT_EXPECT_EQ(test, adapter->hw_stats[IGBX_HWS_GORC], 0x400000020ULL);
	KUNIT_EXPECT_EQ(test, adapter->hw_stats[IGBX_HWS_CRCERRS], 0ULL);
}

/* The register behind a dump word, from the layout table; ~0 if none. */
static u32 igbx_dump_reg_at(unsigned int word)
{
	unsigned int r;

	for (r = 0; r < igbx_dump_nr_runs; r++) {
		const struct igbx_dump_run *run = &igbx_dump_runs[r];

		if (word >= run->word && word < run->word + run->count)
			return igbx_dump_run_reg(run, word - run->word);
	}
	return ~0U;
}

static void igbx_test_regdump_layout(struct kunit *test)
{
	unsigned long *used = kunit_kzalloc(test, BITS_TO_LONGS(IGBX_REGS_WORDS) *
					    sizeof(long), GFP_KERNEL);
	unsigned int r, i;

	KUNIT_ASSERT_NOT_NULL(test, used);
	/* every word at most once, all inside the dump */
	for (r = 0; r < igbx_dump_nr_runs; r++) {
		const struct igbx_dump_run *run = &igbx_dump_runs[r];

		KUNIT_ASSERT_LE(test, run->word + run->count, IGBX_REGS_WORDS);
		for (i = run->word; i < run->word + run->count; i++)
			KUNIT_EXPECT_FALSE_MSG(test, __test_and_set_bit(i, used),
					       "word %u dumped twice", i);
	}
	for (r = 0; r < igbx_dump_nr_stats; r++) {
		const struct igbx_dump_stat *st = &igbx_dump_stats[r];

		KUNIT_EXPECT_GE(test, st->word, 54);
		KUNIT_EXPECT_LE(test, st->word + st->wide, 120);
		KUNIT_EXPECT_LT(test, st->stat, IGBX_NR_HW_STATS);
		for (i = st->word; i <= st->word + st->wide; i++)
			KUNIT_EXPECT_FALSE_MSG(test, __test_and_set_bit(i, used),
					       "word %u dumped twice", i);
	}
	/* spot checks against the positions ethtool's igb printer reads */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(0), 0x00000u);	/* CTRL */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(13), 0x01520u);	/* EICS, not EICR */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(19), 0x000C8u);	/* ICS, not ICR */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(32), 0x00100u);	/* RCTL */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(138), 0x02908u);	/* RDLEN1 */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(156), 0x0168Cu);	/* EITR3 */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(179), 0x05400u);	/* RAL0 */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(210), 0x0547Cu);	/* RAH15 */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(234), 0x03B28u);	/* TXDCTL3 */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(542), 0x09BF8u);	/* FFVT127 */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(550), 0x03430u);	/* TDFPC */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(571), 0x0C100u);	/* RDBAL4 */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(738), 0x0E3FCu);	/* TDWBAH15 */
	KUNIT_EXPECT_EQ(test, igbx_dump_reg_at(60), ~0U);	/* a statistics word */
}

static void igbx_test_eitr_value(struct kunit *test)
{
	const struct igbx_family_info *f = igbx_families;

	/* through each family's ops: interval in bits 14:2, 1 us units */
	KUNIT_EXPECT_EQ(test, igbx_eitr_value(&f[IGBX_82576], 50), 0x800000C8u);
	KUNIT_EXPECT_EQ(test, igbx_eitr_value(&f[IGBX_82580], 125), 0x800001F4u);
	KUNIT_EXPECT_EQ(test, igbx_eitr_value(&f[IGBX_I350], 250), 0x800003E8u);
	KUNIT_EXPECT_EQ(test, igbx_eitr_value(&f[IGBX_I354], 10), 0x80000028u);
	KUNIT_EXPECT_EQ(test, igbx_eitr_value(&f[IGBX_I210], 8191), 0x80007FFCu);
	/* 0: no throttling, still without resetting the counter */
	KUNIT_EXPECT_EQ(test, igbx_eitr_value(&f[IGBX_I211], 0), 0x80000000u);
	/* the 82575 has no CNT_IGNR: its counter (30:16) is loaded too */
	KUNIT_EXPECT_EQ(test, igbx_eitr_value(&f[IGBX_82575], 50), 0x00C800C8u);
	KUNIT_EXPECT_EQ(test, igbx_eitr_value(&f[IGBX_82575], 8191), 0x7FFC7FFCu);
}

static void igbx_test_dim_profiles(struct kunit *test)
{
	unsigned int i;

	/* least moderation first, each a real limit the register can hold */
	KUNIT_EXPECT_GT(test, igbx_dim_usecs[0], 0);
	for (i = 1; i < NET_DIM_PARAMS_NUM_PROFILES; i++)
		KUNIT_EXPECT_GT(test, igbx_dim_usecs[i], igbx_dim_usecs[i - 1]);
	KUNIT_EXPECT_LE(test, igbx_dim_usecs[NET_DIM_PARAMS_NUM_PROFILES - 1],
			IGBX_EITR_MAX_US);
	/* at most 4000 interrupts a second in bulk, as igb's lowest rate */
	KUNIT_EXPECT_EQ(test, igbx_dim_usecs[NET_DIM_PARAMS_NUM_PROFILES - 1], 250);
}

static void igbx_test_itr_release(void *data)
{
	struct igbx_adapter *adapter = data;

	igbx_itr_stop(adapter);
	igbx_itr_free(adapter);
	free_netdev(adapter->netdev);
}

/*
 * A port of one queue vector on a fake BAR, running in MSI-X mode, whose
 * interval lands in EITR1 (returned through @eitr1). Its net_device holds
 * DIM's profile table as probe sets it up (igbx_itr_init()).
 */
static struct igbx_adapter *igbx_test_itr_port(struct kunit *test, u32 **eitr1)
{
	struct igbx_adapter *adapter = kunit_kzalloc(test, sizeof(*adapter), GFP_KERNEL);
	struct igbx_q_vector *q_vector = kunit_kzalloc(test, sizeof(*q_vector),
							GFP_KERNEL);
	struct igbx_hw *hw = igbx_fake_hw(test, 0);

	KUNIT_ASSERT_NOT_NULL(test, adapter);
	KUNIT_ASSERT_NOT_NULL(test, q_vector);
	adapter->hw = *hw;
	*eitr1 = igbx_fake_reg(&adapter->hw, 0x01684);
	spin_lock_init(&adapter->itr_lock);
	adapter->int_mode = IGBX_INT_MSIX;
	adapter->num_q_vectors = 1;
	adapter->q_vector[0] = q_vector;
	q_vector->adapter = adapter;
	adapter->itr_us = 162;
	adapter->adaptive_rx = true;
	adapter->netdev = alloc_etherdev(0);
	KUNIT_ASSERT_NOT_NULL(test, adapter->netdev);
	if (igbx_itr_init(adapter)) {
		free_netdev(adapter->netdev);
		KUNIT_FAIL_AND_ABORT(test, "igbx_itr_init() failed");
	}
	igbx_itr_start(adapter);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, igbx_test_itr_release,
							adapter), 0);
	return adapter;
}

/* DIM decides on profile @ix: its work writes that profile's interval */
static void igbx_test_dim_decide(struct igbx_q_vector *q_vector, int ix)
{
	q_vector->dim.profile_ix = ix;
	schedule_work(&q_vector->dim.work);
	flush_work(&q_vector->dim.work);
}

/*
 * Adaptive mode writes DIM's profile; fixed mode the fixed value, and a
 * DIM decision that comes after the switch to fixed must not overwrite it.
 */
static void igbx_test_itr_modes(struct kunit *test)
{
	struct igbx_adapter *adapter;
	struct igbx_q_vector *q_vector;
	u32 *eitr1;

	adapter = igbx_test_itr_port(test, &eitr1);
	q_vector = adapter->q_vector[0];
	igbx_write_itr(adapter);
	KUNIT_EXPECT_EQ(test, *eitr1, 0x80000000u | 50u << 2);

	igbx_test_dim_decide(q_vector, NET_DIM_PARAMS_NUM_PROFILES - 1);
	KUNIT_EXPECT_EQ(test, *eitr1, 0x80000000u | 250u << 2);
	KUNIT_EXPECT_EQ(test, q_vector->dim.state, DIM_START_MEASURE);

	/* fixed 20 us; a late decision changes nothing */
	igbx_set_itr(adapter, false, 20);
	KUNIT_EXPECT_EQ(test, *eitr1, 0x80000000u | 20u << 2);
	igbx_test_dim_decide(q_vector, 0);
	KUNIT_EXPECT_EQ(test, *eitr1, 0x80000000u | 20u << 2);

	/* back to adaptive: DIM starts over at its starting profile */
	igbx_set_itr(adapter, true, 20);
	KUNIT_EXPECT_EQ(test, *eitr1, 0x80000000u | 50u << 2);
	KUNIT_EXPECT_EQ(test, adapter->itr_us, 20u);
}

#ifdef IGBX_HAVE_DIM_IRQ_MODER
/*
 * ethtool -C rx-profile: the net_device's table starts as igbx's, offers
 * the interval only, and a changed table is what DIM's decisions and a
 * rewrite of every vector (set_coalesce, which the core calls after
 * swapping the table) then write; an interval beyond EITR's is capped.
 */
static void igbx_test_dim_user_profile(struct kunit *test)
{
	struct igbx_adapter *adapter;
	struct igbx_q_vector *q_vector;
	struct dim_irq_moder *moder;
	struct dim_cq_moder *profile;
	u32 *eitr1;
	int i;

	adapter = igbx_test_itr_port(test, &eitr1);
	q_vector = adapter->q_vector[0];
	moder = adapter->netdev->irq_moder;
	KUNIT_ASSERT_NOT_NULL(test, moder);
	KUNIT_EXPECT_EQ(test, moder->profile_flags, DIM_PROFILE_RX);
	KUNIT_EXPECT_EQ(test, moder->coal_flags, DIM_COALESCE_USEC);

	rtnl_lock();
	profile = rtnl_dereference(moder->rx_profile);
	for (i = 0; i < NET_DIM_PARAMS_NUM_PROFILES; i++)
		KUNIT_EXPECT_EQ(test, profile[i].usec, igbx_dim_usecs[i]);
	profile[1].usec = 33;
	profile[2].usec = 77;
	profile[4].usec = 65535;
	rtnl_unlock();

	igbx_write_itr(adapter);
	KUNIT_EXPECT_EQ(test, *eitr1, 0x80000000u | 77u << 2);
	igbx_test_dim_decide(q_vector, 1);
	KUNIT_EXPECT_EQ(test, *eitr1, 0x80000000u | 33u << 2);
	igbx_test_dim_decide(q_vector, 4);
	KUNIT_EXPECT_EQ(test, *eitr1, 0x80000000u | 8191u << 2);
}
#endif

static struct kunit_case igbx_logic_cases[] = {
	KUNIT_CASE(igbx_test_tx_cmd_type_len),
	KUNIT_CASE(igbx_test_tx_olinfo),
	KUNIT_CASE(igbx_test_rx_frame_error),
	KUNIT_CASE(igbx_test_ring_count_clamp),
	KUNIT_CASE(igbx_test_queue_registers),
	KUNIT_CASE(igbx_test_rar_packing),
	KUNIT_CASE(igbx_test_nvm_sum),
	KUNIT_CASE(igbx_test_nvm_port_base),
	KUNIT_CASE(igbx_test_vanished_device),
	KUNIT_CASE(igbx_test_all_ones_register),
	KUNIT_CASE(igbx_test_perm_addr_from_rar0),
	KUNIT_CASE(igbx_test_mta_hash),
	KUNIT_CASE(igbx_test_desc_unused),
	KUNIT_CASE(igbx_test_rx_truesize),
	KUNIT_CASE(igbx_test_stats_overruns),
	KUNIT_CASE(igbx_test_stats_from_registers),
	KUNIT_CASE(igbx_test_regdump_layout),
	KUNIT_CASE(igbx_test_eitr_value),
	KUNIT_CASE(igbx_test_dim_profiles),
#ifdef IGBX_HAVE_DIM_IRQ_MODER
	KUNIT_CASE(igbx_test_dim_user_profile),
#endif
	KUNIT_CASE(igbx_test_itr_modes),
	{}
};

static struct kunit_suite igbx_logic_suite = {
	.name = "igbx_logic",
	.test_cases = igbx_logic_cases,
};

kunit_test_suite(igbx_logic_suite);
