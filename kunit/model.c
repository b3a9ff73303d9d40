// SPDX-License-Identifier: GPL-2.0
/*
 * igbx KUnit: a register model of one port of a given family
 *
 * igbx_rd32() and igbx_wr32() are sent here through KUnit static stubs
 * for the test that made the model, so the driver's own hardware code
 * (hw.c, nvm.c, phy.c, mac_*.c) runs unchanged against it. What the
 * model does beyond holding values, each as the datasheets describe the
 * register (82576, 82580, I350 and I210 datasheets, register
 * descriptions):
 *
 * - EERD: a write with START answers at once from the NVM image, data
 *   in 31:16 and DONE set;
 * - MDIC: a read or write of the PHY at IGBX_PHY_ADDR answers at once
 *   from the PHY register file with READY set; another address, or any
 *   address on a model without a PHY there (@no_phy), gets READY and
 *   ERROR (nobody answered);
 * - SWSM: a read returns the value, then sets SMBI (the read that finds
 *   it clear owns it); SWESMBI latches a write of 1 unless the firmware
 *   holds it;
 * - SW_FW_SYNC: software writes bits 15:0 only; the firmware's claims
 *   read in 31:16 and may be let go after a number of reads;
 * - CTRL.RST: set by a write, cleared by the hardware a few reads later
 *   (or never, to model a dead MAC); the reset also clears the rest of
 *   CTRL;
 * - EECD: AUTO_RD set, the size field, and FLASH_DETECTED on an I210
 *   (igbx_model_set_flash() takes the flash away, or gives an I211 the
 *   bit it never has);
 * - iNVM (I210, I211): word-autoload records of the MAC address
 *   00:1B:21:5A:4C:(0x20 + port), after a CSR-autoload record, in
 *   INVM_DATA; the EERD image's address differs (0x10 + port), so a
 *   test can tell where the driver took it from;
 * - STATUS: link up at 1000 full duplex, the LAN function in 3:2;
 * - the PHY: its ID per family (the 82576's as QEMU's model reports it),
 *   BMCR.RESET self-clearing, register 22 a page select on the I210 and
 *   I211 (page 0xFC register 14: the PLL frequency); every MDIC command
 *   is counted as unguarded unless SW_FW_SYNC holds the port's PHY bit;
 * - CTRL.PHY_RST: while set, the PHY is in reset and the port's CFG_DONE
 *   (EEMNGCTL bits 18-21, or bit 18 of the I210's copy at 0x12030) is
 *   clear; when cleared, the PHY's registers return to their defaults
 *   and CFG_DONE sets again a few reads later (or never); changes made
 *   outside the PHY semaphore are counted;
 * - PMCSR (through igbx_pmcsr_read()/igbx_pmcsr_write()'s stubs): a
 *   return from D3hot to D0 resets the function's PHY_RST and may, after
 *   a set number of such bounces, get the I210's PLL configured;
 * - PCI configuration space: only the PCI Express capability's DEVCTL2,
 *   which igbx_pcie_cap_rmw() reaches (stubbed too); GCR is plain
 *   storage, 0 after igbx_model_new() (capability version 1, timeout
 *   field 0);
 * - any other register keeps what is written to it, except the bits a
 *   test made read-only (igbx_model_set_rw()).
 *
 * Every access is logged, for tests to check the order of what the
 * driver did.
 */
#include <kunit/static_stub.h>
#include <linux/bitfield.h>

#include "model.h"

/* The PHY identifier (registers 2 and 3) of each family's internal PHY. */
static const u16 igbx_model_phy_id[IGBX_NR_FAMILIES][2] = {
	[IGBX_82575] = { 0x02A8, 0x0390 },
	[IGBX_82576] = { 0x02A8, 0x0391 },	/* QEMU's igb: IGP03, rev 1 */
	[IGBX_82580] = { 0x0154, 0x03A0 },
	[IGBX_I350]  = { 0x0154, 0x03B0 },
	[IGBX_I354]  = { 0x0141, 0x0EA0 },
	[IGBX_I210]  = { 0x0141, 0x0C00 },
	[IGBX_I211]  = { 0x0141, 0x0C00 },
};

/*
 * First word of LAN function N's NVM section on the per-port layouts
 * (82580 and I350 datasheets, NVM map): 0 for function 0, then 0x80,
 * 0xC0, 0x100.
 */
static const u16 igbx_model_section[4] = { 0x000, 0x080, 0x0C0, 0x100 };

/**
 * igbx_model_nvm_base() - first word of the model's own port's section
 * @m: the model
 *
 * Return: the word offset of the section holding the port's MAC address
 * and checksum: 0 on the shared layout (82575, 82576, I210).
 */
u16 igbx_model_nvm_base(const struct igbx_model *m)
{
	if (m->hw.info->nvm != IGBX_NVM_PER_PORT)
		return 0;
	return igbx_model_section[m->hw.func & 3];
}

/*
 * One valid 64-word section: MAC address 00:1B:21:5A:4C:(0x10 + port)
 * in words 0-2 (low byte first), filler words, the image version in
 * word 5, and word 0x3F making the sum 0xBABA.
 */
static void igbx_model_fill_section(u16 *w, unsigned int port)
{
	u16 sum = 0;
	unsigned int i;

	for (i = 0; i < 0x3F; i++)
		w[i] = 0x0100 * (i & 0xF) + i + port;
	w[0] = 0x1B00;
	w[1] = 0x5A21;
	w[2] = (0x10 + port) << 8 | 0x4C;
	w[5] = 0x1230;	/* version 1.35 */
	for (i = 0; i < 0x3F; i++)
		sum += w[i];
	w[0x3F] = 0xBABA - sum;
}

/**
 * igbx_model_invm_word() - an iNVM word-autoload record
 * @addr: the NVM word's address (0..127)
 * @data: its value
 *
 * I210 datasheet, iNVM structures: type 1 in bits 2:0, the word address
 * in 15:9, the data in 31:16 (written out here, not from the driver's
 * macros).
 *
 * Return: the record's dword.
 */
u32 igbx_model_invm_word(u16 addr, u16 data)
{
	return (u32)data << 16 | (u32)(addr & 0x7F) << 9 | 0x1;
}

/*
 * The default iNVM of an I210/I211 port: a CSR-autoload record (type 2)
 * and its data dword, which looks like a word record for word 0 and must
 * be stepped over; then the MAC address words 2, 0 and 1; the rest is
 * uninitialised (0).
 */
static void igbx_model_fill_invm(struct igbx_model *m, unsigned int port)
{
	u32 recs[] = {
		0x00000002,			/* CSR autoload */
		igbx_model_invm_word(0, 0xDEAD),/* ... its data, not a record */
		igbx_model_invm_word(2, (0x20 + port) << 8 | 0x4C),
		igbx_model_invm_word(0, 0x1B00),
		igbx_model_invm_word(1, 0x5A21),
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(recs); i++)
		igbx_model_set_reg(m, IGBX_MODEL_INVM + 4 * i, recs[i]);
}

/**
 * igbx_model_set_flash() - attach or remove the external flash
 * @m: the model
 * @flash: EECD.FLASH_DETECTED (bit 19) set, or clear
 *
 * Then runs the driver's igbx_nvm_init() again, as a probe would, and
 * forgets the log.
 */
void igbx_model_set_flash(struct igbx_model *m, bool flash)
{
	u32 eecd = igbx_model_reg(m, IGBX_EECD) & ~BIT(19);

	igbx_model_set_reg(m, IGBX_EECD, eecd | (flash ? BIT(19) : 0));
	igbx_nvm_init(&m->hw);
	igbx_model_clear_log(m);
}

static void igbx_model_log(struct igbx_model *m, u32 reg, u32 val, bool write)
{
	if (m->nlog == IGBX_MODEL_LOG_LEN) {
		m->log_lost++;
		return;
	}
	m->log[m->nlog].reg = reg;
	m->log[m->nlog].val = val;
	m->log[m->nlog].write = write;
	m->nlog++;
}

static u32 *igbx_model_slot(struct igbx_model *m, u32 reg)
{
	static u32 dummy;

	if (reg >= IGBX_MODEL_BAR_BYTES || reg & 3) {
		kunit_fail_current_test("access to 0x%05x, outside the model", reg);
		dummy = 0;
		return &dummy;
	}
	return &m->regs[reg / 4];
}

/* The register and bit where the model's port reports CFG_DONE. */
static u32 igbx_model_cfg_reg(const struct igbx_model *m)
{
	bool i210 = m->hw.family == IGBX_I210 || m->hw.family == IGBX_I211;

	return i210 ? 0x12030 : 0x01010;
}

static u32 igbx_model_cfg_bit(const struct igbx_model *m)
{
	bool i210 = m->hw.family == IGBX_I210 || m->hw.family == IGBX_I211;

	return BIT(18 + (i210 ? 0 : m->hw.func & 3));
}

/* SW_FW_SYNC's software bit of the model's port's PHY: 1, 2, 5, 6. */
static bool igbx_model_phy_held(const struct igbx_model *m)
{
	static const u32 bit[4] = { BIT(1), BIT(2), BIT(5), BIT(6) };

	return m->regs[IGBX_SW_FW_SYNC / 4] & bit[m->hw.func & 3];
}

/* Register 22 selects the page on the I210's and I211's PHY. */
static bool igbx_model_paged(const struct igbx_model *m)
{
	return m->hw.family == IGBX_I210 || m->hw.family == IGBX_I211;
}

/* CTRL.PHY_RST going from @was to @now. */
static void igbx_model_phy_rst(struct igbx_model *m, bool was, bool now)
{
	u32 cfg = igbx_model_cfg_reg(m);

	if (was == now)
		return;
	if (!igbx_model_phy_held(m))
		m->unguarded_phy++;
	if (now) {
		m->phy_resets++;
		m->phy_in_reset = true;
		m->regs[cfg / 4] &= ~igbx_model_cfg_bit(m);
		return;
	}
	m->phy_in_reset = false;
	memcpy(m->phy, m->phy_default, sizeof(m->phy));
	m->cfg_left = m->cfg_done_reads;
}

/* What a read of @reg returns, and what the read does to the model. */
static u32 igbx_model_read(struct igbx_model *m, u32 reg)
{
	u32 *slot = igbx_model_slot(m, reg);
	u32 val = *slot;

	switch (reg) {
	case IGBX_SWSM:
		*slot |= IGBX_SWSM_SMBI;
		break;
	case IGBX_SW_FW_SYNC:
		val |= m->fw_sync;
		if (m->fw_sync && m->fw_release_after &&
		    ++m->sync_reads >= m->fw_release_after)
			m->fw_sync = 0;
		break;
	case IGBX_CTRL:
		if ((*slot & IGBX_CTRL_RST) && m->rst_left && !--m->rst_left)
			*slot &= ~IGBX_CTRL_RST;
		val = *slot;
		break;
	}
	if (reg == igbx_model_cfg_reg(m) && m->cfg_left && !--m->cfg_left)
		*slot |= igbx_model_cfg_bit(m);
	return val;
}

/* An EERD command: a read with START answers at once (82576, EERD). */
static u32 igbx_model_eerd(struct igbx_model *m, u32 val)
{
	u32 addr = FIELD_GET(IGBX_EERD_ADDR_MASK, val);
	u16 word = addr < IGBX_MODEL_NVM_WORDS ? m->nvm[addr] : 0xFFFF;

	if (!(val & IGBX_EERD_START))
		return val;
	return FIELD_PREP(IGBX_EERD_DATA_MASK, word) |
	       FIELD_PREP(IGBX_EERD_ADDR_MASK, addr) | IGBX_EERD_DONE;
}

/* An MDIC command: answered at once (82576, MDIC). */
static u32 igbx_model_mdic(struct igbx_model *m, u32 val)
{
	u32 reg = FIELD_GET(IGBX_MDIC_REG_MASK, val);

	u16 *phy_reg = &m->phy[reg];
	u16 dummy = 0;

	if (FIELD_GET(IGBX_MDIC_PHY_MASK, val) != IGBX_PHY_ADDR || m->no_phy)
		return val | IGBX_MDIC_READY | IGBX_MDIC_ERROR;
	if (!igbx_model_phy_held(m))
		m->unguarded_phy++;
	/* on another page than 0, only the PLL register is modelled */
	if (igbx_model_paged(m) && reg != 22 && m->phy[22])
		phy_reg = m->phy[22] == 0xFC && reg == 14 ? &m->pll_freq : &dummy;
	if (val & IGBX_MDIC_OP_READ) {
		val &= ~IGBX_MDIC_DATA_MASK;
		val |= FIELD_PREP(IGBX_MDIC_DATA_MASK, *phy_reg);
	} else if (val & IGBX_MDIC_OP_WRITE) {
		*phy_reg = FIELD_GET(IGBX_MDIC_DATA_MASK, val);
		/* BMCR.RESET (bit 15) completes at once */
		if (phy_reg == &m->phy[0])
			*phy_reg &= ~BIT(15);
	}
	return val | IGBX_MDIC_READY;
}

/* What a write of @val to @reg does to the model. */
static void igbx_model_write(struct igbx_model *m, u32 reg, u32 val)
{
	u32 *slot = igbx_model_slot(m, reg);

	switch (reg) {
	case IGBX_SWSM:
		m->swsm_writes++;
		if (m->fw_swesmbi)
			val &= ~IGBX_SWSM_SWESMBI;
		*slot = val;
		break;
	case IGBX_SW_FW_SYNC:
		m->sync_writes++;
		if (!(m->regs[IGBX_SWSM / 4] & IGBX_SWSM_SWESMBI))
			m->unguarded_sync_writes++;
		*slot = val & 0xFFFF;
		break;
	case IGBX_EERD:
		m->eerd_cmds += !!(val & IGBX_EERD_START);
		*slot = igbx_model_eerd(m, val);
		break;
	case IGBX_MDIC:
		m->mdic_cmds++;
		*slot = igbx_model_mdic(m, val);
		break;
	case IGBX_CTRL:
		igbx_model_phy_rst(m, *slot & BIT(31), val & BIT(31));
		if (val & IGBX_CTRL_RST) {
			/* the reset puts CTRL back to its default */
			*slot = IGBX_CTRL_RST;
			m->rst_left = m->rst_reads;
		} else {
			*slot = val;
		}
		break;
	default:
		*slot = (val & ~m->ro[reg / 4]) | (*slot & m->ro[reg / 4]);
	}
}

static int igbx_model_pmcsr_read(struct igbx_hw *hw, u16 *val)
{
	struct igbx_model *m = container_of(hw, struct igbx_model, hw);

	*val = m->pmcsr;
	return 0;
}

/* A return from D3hot (3) to D0 resets the function, PHY_RST included. */
static int igbx_model_pmcsr_write(struct igbx_hw *hw, u16 val)
{
	struct igbx_model *m = container_of(hw, struct igbx_model, hw);

	if ((m->pmcsr & 3) == 3 && !(val & 3)) {
		m->d3_bounces++;
		if (m->regs[IGBX_CTRL / 4] & BIT(31)) {
			m->regs[IGBX_CTRL / 4] &= ~BIT(31);
			m->phy_in_reset = false;
			memcpy(m->phy, m->phy_default, sizeof(m->phy));
		}
		if (m->pll_good_after && m->d3_bounces >= m->pll_good_after)
			m->pll_freq = 0x0C04;
	}
	m->pmcsr = val;
	return 0;
}

static int igbx_model_pcie_cap_rmw(struct igbx_hw *hw, int pos, u16 clear,
				   u16 set)
{
	struct igbx_model *m = container_of(hw, struct igbx_model, hw);

	m->cfg_writes++;
	if (pos != PCI_EXP_DEVCTL2) {
		kunit_fail_current_test("config access to PCIe capability word 0x%x", pos);
		return -EINVAL;
	}
	if (m->cfg_err)
		return m->cfg_err;
	m->devctl2 = (m->devctl2 & ~clear) | set;
	return 0;
}

static u32 igbx_model_rd32(struct igbx_hw *hw, u32 reg)
{
	struct igbx_model *m = container_of(hw, struct igbx_model, hw);
	u32 val = igbx_model_read(m, reg);

	igbx_model_log(m, reg, val, false);
	return val;
}

static void igbx_model_wr32(struct igbx_hw *hw, u32 reg, u32 val)
{
	struct igbx_model *m = container_of(hw, struct igbx_model, hw);

	igbx_model_log(m, reg, val, true);
	igbx_model_write(m, reg, val);
}

/**
 * igbx_model_new() - a model port, and register access sent to it
 * @test: the test; the model lives as long as it, and only accesses
 *	made by the test's own thread reach the model
 * @family: the MAC generation modelled
 * @func: the port's LAN function (0..3)
 *
 * The NVM holds a valid section for every port (the shared layout's one
 * at word 0, or the per-port layout's four), an I210 or I211 also its
 * iNVM records, an I210 a flash; RAR0 is empty, so the MAC
 * address has to come from the NVM; the PHY holds the family's ID and
 * the clause 22 defaults, an I210's PLL reads configured, and every
 * port's CFG_DONE is set (after a PHY reset it sets again at the second
 * read); nobody holds a semaphore and CTRL.RST clears at the third read.
 *
 * Return: the model; its @hw is what the driver's functions take.
 */
struct igbx_model *igbx_model_new(struct kunit *test, enum igbx_family family,
				  u8 func)
{
	struct igbx_model *m = kunit_kzalloc(test, sizeof(*m), GFP_KERNEL);
	unsigned int i;

	KUNIT_ASSERT_NOT_NULL(test, m);
	m->regs = kunit_kzalloc(test, IGBX_MODEL_BAR_BYTES, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, m->regs);
	m->ro = kunit_kzalloc(test, IGBX_MODEL_BAR_BYTES, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, m->ro);
	m->log = kunit_kcalloc(test, IGBX_MODEL_LOG_LEN, sizeof(*m->log),
			       GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, m->log);

	/* never dereferenced while the stubs are active; non-NULL = alive */
	m->hw.hw_addr = (u8 __force __iomem *)m->regs;
	m->hw.io_addr = m->hw.hw_addr;
	m->hw.family = family;
	m->hw.info = &igbx_families[family];
	m->hw.func = func;
	m->rst_reads = 3;

	if (m->hw.info->nvm == IGBX_NVM_PER_PORT) {
		for (i = 0; i < ARRAY_SIZE(igbx_model_section); i++)
			igbx_model_fill_section(&m->nvm[igbx_model_section[i]], i);
	} else {
		igbx_model_fill_section(m->nvm, 0);
	}

	m->phy_default[0] = 0x1140;	/* BMCR: AN enable, 1000 full */
	m->phy_default[1] = 0x7949;	/* BMSR: capabilities, no link yet */
	m->phy_default[2] = igbx_model_phy_id[family][0];
	m->phy_default[3] = igbx_model_phy_id[family][1];
	m->phy_default[4] = 0x0DE1;	/* ANAR: 10/100 both duplexes, pause */
	m->phy_default[9] = 0x0300;	/* 1000BASE-T control: half and full */
	memcpy(m->phy, m->phy_default, sizeof(m->phy));
	m->pll_freq = 0x0C04;		/* configured */
	m->cfg_done_reads = 2;
	/* the PHYs configured since power-up: every port's CFG_DONE */
	igbx_model_set_reg(m, 0x01010, GENMASK(21, 18));
	igbx_model_set_reg(m, 0x12030, BIT(18));

	igbx_model_set_reg(m, IGBX_STATUS,
			   IGBX_STATUS_LU | IGBX_STATUS_FD |
			   IGBX_STATUS_SPEED_1000 |
			   FIELD_PREP(IGBX_STATUS_FUNC_MASK, func));
	igbx_model_set_reg(m, IGBX_EECD,
			   IGBX_EECD_AUTO_RD | FIELD_PREP(IGBX_EECD_SIZE_MASK, 4) |
			   (family == IGBX_I210 ? IGBX_EECD_FLASH_DETECTED : 0));

	if (family == IGBX_I210 || family == IGBX_I211)
		igbx_model_fill_invm(m, func);

	kunit_activate_static_stub(test, igbx_rd32, igbx_model_rd32);
	kunit_activate_static_stub(test, igbx_wr32, igbx_model_wr32);
	kunit_activate_static_stub(test, igbx_pmcsr_read, igbx_model_pmcsr_read);
	kunit_activate_static_stub(test, igbx_pmcsr_write, igbx_model_pmcsr_write);
	kunit_activate_static_stub(test, igbx_pcie_cap_rmw,
				   igbx_model_pcie_cap_rmw);
	/* the driver's own decisions, as igbx_hw_init() and probe make them */
	igbx_nvm_init(&m->hw);
	igbx_phy_set_pause_adv(&m->hw, true, true);
	igbx_model_clear_log(m);
	return m;
}

/**
 * igbx_model_set_phy_id() - give the model's PHY another ID
 * @m: the model
 * @id1: register 2
 * @id2: register 3
 *
 * Also what the PHY's registers hold after a reset.
 */
void igbx_model_set_phy_id(struct igbx_model *m, u16 id1, u16 id2)
{
	m->phy_default[2] = id1;
	m->phy_default[3] = id2;
	m->phy[2] = id1;
	m->phy[3] = id2;
}

/**
 * igbx_model_clear_log() - forget the accesses logged and counted so far
 * @m: the model
 */
void igbx_model_clear_log(struct igbx_model *m)
{
	m->nlog = 0;
	m->log_lost = 0;
	m->eerd_cmds = 0;
	m->mdic_cmds = 0;
	m->swsm_writes = 0;
	m->sync_writes = 0;
	m->unguarded_phy = 0;
	m->phy_resets = 0;
	m->cfg_writes = 0;
}

/**
 * igbx_model_reg() - a register's value, read without side effects
 * @m: the model
 * @reg: register offset
 *
 * Return: what the register holds (for SW_FW_SYNC: software's bits only).
 */
u32 igbx_model_reg(const struct igbx_model *m, u32 reg)
{
	return m->regs[reg / 4];
}

/**
 * igbx_model_set_reg() - set a register's value, without side effects
 * @m: the model
 * @reg: register offset
 * @val: the value
 */
void igbx_model_set_reg(struct igbx_model *m, u32 reg, u32 val)
{
	m->regs[reg / 4] = val;
}

/**
 * igbx_model_set_rw() - say which bits of a register a write changes
 * @m: the model
 * @reg: register offset (one the model handles as plain storage)
 * @rw: the writable bits; the others keep their value
 */
void igbx_model_set_rw(struct igbx_model *m, u32 reg, u32 rw)
{
	m->ro[reg / 4] = ~rw;
}
