// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the NVM: words read through EERD or from the iNVM's autoload
 * records, the checksum rule, the permanent MAC address, the image
 * version and the wake-up word
 *
 * Shared by every MAC generation; what a generation does differently is
 * chosen through its &struct igbx_mac_ops (the 82580's and I350's
 * checksum rules are in mac_82580.c), and where a port's words are by
 * &igbx_hw.nvm, decided once by igbx_nvm_init().
 */
#include <kunit/visibility.h>
#include <linux/bitfield.h>

#include "igbx.h"

#define IGBX_EERD_US		100000	/* one NVM word */

/**
 * igbx_nvm_init() - decide where this port's NVM words are read from
 * @hw: hardware handle, with @hw->info set
 *
 * The family's layout, except on the I210 (%IGBX_NVM_FLASH_OR_INVM),
 * whose EECD says whether an external flash is attached (I210
 * datasheet, EEC register, FLASH_DETECTED): with one, words are read
 * through EERD from a shared image; without, from the iNVM. The I211
 * never has a flash: its family layout is the iNVM outright, and EECD
 * is not read. Other families read no register here.
 */
void igbx_nvm_init(struct igbx_hw *hw)
{
	hw->nvm = hw->info->nvm;
	if (hw->nvm != IGBX_NVM_FLASH_OR_INVM)
		return;
	if (igbx_rd32(hw, IGBX_EECD) & IGBX_EECD_FLASH_DETECTED)
		hw->nvm = IGBX_NVM_SHARED;
	else
		hw->nvm = IGBX_NVM_INVM;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_init);

/*
 * Read one NVM word through EERD: write the word address with START set,
 * poll for DONE, take the data from the upper half (82576 datasheet,
 * EERD register description).
 */
static int igbx_nvm_read_word(struct igbx_hw *hw, u16 offset, u16 *word)
{
	u32 eerd;
	int err;

	err = igbx_hw_command(hw, IGBX_EERD,
			      FIELD_PREP(IGBX_EERD_ADDR_MASK, offset) | IGBX_EERD_START,
			      IGBX_EERD_DONE, 5, IGBX_EERD_US, &eerd);
	if (!err)
		*word = FIELD_GET(IGBX_EERD_DATA_MASK, eerd);
	return err;
}

/*
 * Words read under one hold of the NVM semaphore: a long read (ethtool
 * -e) lets the firmware in between blocks, as igb does on the I210
 * (512 words a hold).
 */
#define IGBX_NVM_WORDS_PER_HOLD	512

/**
 * igbx_nvm_read_eerd() - read consecutive NVM words through EERD
 * @hw: hardware handle
 * @offset: first word
 * @count: number of words
 * @words: where to store them
 *
 * The words are read one at a time, every one inside the family's NVM
 * semaphore (&igbx_mac_ops.acquire), taken for at most
 * IGBX_NVM_WORDS_PER_HOLD words at a time.
 *
 * Return: 0; -EOPNOTSUPP when the port has no EERD-readable NVM; the
 * semaphore's error (-EBUSY, -ENODEV); -ETIMEDOUT or -ENODEV from the
 * first word that failed.
 */
int igbx_nvm_read_eerd(struct igbx_hw *hw, u16 offset, u16 count, u16 *words)
{
	const struct igbx_mac_ops *ops = hw->info->ops;
	unsigned int i = 0, end;
	int err = 0;

	if (hw->nvm == IGBX_NVM_INVM)
		return -EOPNOTSUPP;
	while (!err && i < count) {
		end = min_t(unsigned int, count, i + IGBX_NVM_WORDS_PER_HOLD);
		err = ops->acquire(hw, IGBX_SWFW_NVM);
		if (err)
			return err;
		for (; i < end; i++) {
			err = igbx_nvm_read_word(hw, offset + i, &words[i]);
			if (err) {
				dev_err(hw->dev, "NVM read of word 0x%x failed: %d\n",
					offset + i, err);
				break;
			}
		}
		ops->release(hw, IGBX_SWFW_NVM);
	}
	return err;
}

/**
 * igbx_nvm_invm_word() - one word of the iNVM's word-autoload records
 * @hw: hardware handle
 * @offset: the NVM word's address
 * @word: value out
 *
 * Look the word up in the iNVM (I210 datasheet, iNVM structures): walk
 * the records from dword 0, stepping over the extra dwords of CSR-autoload
 * and RSA key records, up to the first uninitialised one; the word is
 * that of the first word-autoload record with its address. Any address
 * can be asked for; igbx_nvm_read_invm() limits what the rest of the
 * driver reads, and the I210 PLL workaround reads its autoload word here.
 *
 * Return: 0, -ENODATA when no record holds the word, -ENODEV when the
 * device is gone.
 */
int igbx_nvm_invm_word(struct igbx_hw *hw, u16 offset, u16 *word)
{
	unsigned int i;
	u32 rec;

	for (i = 0; i < IGBX_INVM_DWORDS; i++) {
		rec = igbx_rd32(hw, IGBX_INVM_DATA(i));
		if (igbx_removed(hw))
			return -ENODEV;
		switch (FIELD_GET(IGBX_INVM_TYPE_MASK, rec)) {
		case IGBX_INVM_UNINIT:
			return -ENODATA;
		case IGBX_INVM_CSR_LOAD:
			i += IGBX_INVM_CSR_EXTRA;
			break;
		case IGBX_INVM_RSA_KEY:
			i += IGBX_INVM_RSA_EXTRA;
			break;
		case IGBX_INVM_WORD_LOAD:
			if (FIELD_GET(IGBX_INVM_WORD_ADDR, rec) == offset) {
				*word = FIELD_GET(IGBX_INVM_WORD_DATA, rec);
				return 0;
			}
			break;
		}
	}
	return -ENODATA;
}

/**
 * igbx_nvm_read_invm() - read NVM words from the iNVM's autoload records
 * @hw: hardware handle
 * @offset: first word
 * @count: number of words
 * @words: where to store them
 *
 * For a port without EERD-readable NVM (&igbx_hw.nvm %IGBX_NVM_INVM: the
 * I211, an I210 without flash). Only the MAC address words 0x00-0x02
 * are looked up, the one thing such a port's iNVM has to hold and the
 * only words igbx reads there; the iNVM is a register array, read
 * without a semaphore, as igb does.
 *
 * Return: 0; -EOPNOTSUPP for words outside the MAC address; -ENODATA
 * when a word has no record; -ENODEV when the device is gone.
 */
int igbx_nvm_read_invm(struct igbx_hw *hw, u16 offset, u16 count, u16 *words)
{
	unsigned int i;
	int err;

	if (offset + count > IGBX_NVM_MAC_ADDR + ETH_ALEN / 2)
		return -EOPNOTSUPP;
	for (i = 0; i < count; i++) {
		err = igbx_nvm_invm_word(hw, offset + i, &words[i]);
		if (err)
			return err;
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_read_invm);

/**
 * igbx_nvm_sum() - 16-bit sum of NVM words, the NVM checksum rule
 * @words: the words
 * @count: how many
 *
 * A valid image's words 0x00..0x3F of a section add up to IGBX_NVM_SUM.
 *
 * Return: the sum, modulo 2^16.
 */
VISIBLE_IF_KUNIT u16 igbx_nvm_sum(const u16 *words, unsigned int count)
{
	u16 sum = 0;

	while (count--)
		sum += *words++;
	return sum;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_sum);

/**
 * igbx_nvm_section_base() - first word of a LAN function's NVM section
 * @func: the LAN function, 0..3
 *
 * On the per-port layouts (82580, I350 and I354 datasheets, NVM map)
 * function N's 64-word section is at 0x40 + 0x40 * N for N > 0, and at
 * word 0 for function 0: 0x000, 0x080, 0x0C0, 0x100.
 *
 * Return: the word offset.
 */
u16 igbx_nvm_section_base(unsigned int func)
{
	return func ? 0x40 + 0x40 * func : 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_section_base);

/**
 * igbx_nvm_port_base() - first word of this port's own NVM section
 * @hw: hardware handle
 *
 * Return: igbx_nvm_section_base() of the port's function on a family
 * with a per-port layout, else 0.
 */
VISIBLE_IF_KUNIT u16 igbx_nvm_port_base(const struct igbx_hw *hw)
{
	if (hw->info->nvm != IGBX_NVM_PER_PORT)
		return 0;
	return igbx_nvm_section_base(hw->func);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_port_base);

/**
 * igbx_nvm_check_section() - check one 64-word NVM section by its sum
 * @hw: hardware handle
 * @base: the section's first word
 *
 * Words @base..@base + 0x3F must add up to IGBX_NVM_SUM (82576 datasheet,
 * NVM map: the checksum word, 0x3F; the same rule for each section of
 * the 82580's and I350's maps). They are read in one igbx_nvm_read().
 *
 * Return: 0 when valid; -EIO when the sum is wrong; a read error
 * otherwise.
 */
int igbx_nvm_check_section(struct igbx_hw *hw, u16 base)
{
	u16 words[IGBX_NVM_CHECKSUM_WORDS];
	u16 sum;
	int err;

	err = igbx_nvm_read(hw, base, IGBX_NVM_CHECKSUM_WORDS, words);
	if (err)
		return err;
	sum = igbx_nvm_sum(words, IGBX_NVM_CHECKSUM_WORDS);
	if (sum != IGBX_NVM_SUM) {
		dev_err(hw->dev, "NVM checksum is invalid: words 0x%03x-0x%03x sum to 0x%04x, not 0x%04x\n",
			base, base + IGBX_NVM_CHECKSUM_WORDS - 1, sum,
			IGBX_NVM_SUM);
		return -EIO;
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_check_section);

/**
 * igbx_nvm_validate_sum() - check the NVM image at word 0 by its sum
 * @hw: hardware handle
 *
 * The &igbx_mac_ops.nvm_validate of the shared layout (82575, 82576,
 * I210 with flash): the one image's words 0x00-0x3F
 * (igbx_nvm_check_section()). A port whose words come from the iNVM
 * has no checksum to check, and nothing is read (igb does not check
 * one there either).
 *
 * Return: 0 when valid or when the port has no EERD-readable NVM;
 * -EIO when the sum is wrong; a read error otherwise.
 */
int igbx_nvm_validate_sum(struct igbx_hw *hw)
{
	if (hw->nvm == IGBX_NVM_INVM)
		return 0;
	return igbx_nvm_check_section(hw, igbx_nvm_port_base(hw));
}

/**
 * igbx_read_mac_addr() - the port's permanent MAC address, RAR0 or NVM
 * @hw: hardware handle, freshly reset
 * @addr: ETH_ALEN bytes out
 *
 * After a reset the MAC loads this port's address from the NVM (or the
 * iNVM of an I211) into RAL0/RAH0, applying the per-port rules of each
 * family, so RAR0 is read first. If RAR0 holds nothing valid, the NVM's
 * address words are read directly (&igbx_mac_ops.nvm_read: EERD, or the
 * iNVM's word-autoload records; words 0x00-0x02 of the port's section,
 * low byte first; on the shared layout the second port's address is the
 * first one's with the lowest bit flipped).
 *
 * Return: 0 with a valid unicast address in @addr; -EADDRNOTAVAIL if
 * neither source held one (the caller then picks a random address).
 */
int igbx_read_mac_addr(struct igbx_hw *hw, u8 *addr)
{
	u16 words[3];
	int i;

	igbx_rar_to_addr(igbx_rd32(hw, IGBX_RAL(0)), igbx_rd32(hw, IGBX_RAH(0)),
			 addr);
	if (!igbx_removed(hw) && is_valid_ether_addr(addr))
		return 0;

	if (igbx_nvm_read(hw, igbx_nvm_port_base(hw) + IGBX_NVM_MAC_ADDR,
			  ARRAY_SIZE(words), words))
		return -EADDRNOTAVAIL;
	for (i = 0; i < ARRAY_SIZE(words); i++)
		put_unaligned_le16(words[i], addr + 2 * i);
	if (hw->nvm == IGBX_NVM_SHARED && (hw->func & 1))
		addr[ETH_ALEN - 1] ^= 1;
	return is_valid_ether_addr(addr) ? 0 : -EADDRNOTAVAIL;
}

/**
 * igbx_nvm_version() - NVM image version as text, for ethtool -i
 * @hw: hardware handle
 * @buf: output
 * @len: size of @buf
 *
 * Writes "major.minor", followed by the 32-bit EEPROM tracking id when the
 * image carries one, or "N/A" when the family has no EERD-readable NVM.
 */
void igbx_nvm_version(struct igbx_hw *hw, char *buf, size_t len)
{
	u16 ver, etrack[2];

	if (igbx_nvm_read(hw, IGBX_NVM_VERSION, 1, &ver)) {
		strscpy(buf, "N/A", len);
		return;
	}
	if (!igbx_nvm_read(hw, IGBX_NVM_ETRACK_LO, 2, etrack) &&
	    FIELD_GET(IGBX_NVM_VER_MAJOR, etrack[1]) == IGBX_NVM_ETRACK_VALID) {
		snprintf(buf, len, "%lu.%lu, 0x%08x",
			 FIELD_GET(IGBX_NVM_VER_MAJOR, ver),
			 FIELD_GET(IGBX_NVM_VER_MINOR, ver),
			 (u32)etrack[1] << 16 | etrack[0]);
		return;
	}
	snprintf(buf, len, "%lu.%lu", FIELD_GET(IGBX_NVM_VER_MAJOR, ver),
		 FIELD_GET(IGBX_NVM_VER_MINOR, ver));
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_version);

/**
 * igbx_nvm_apm_enabled() - does the NVM enable wake-up on this port?
 * @hw: hardware handle
 *
 * The APM Enable bit of the port's Initialization Control 3 word is what
 * the MAC loads into WUC at power-up, and what igb reads as "this port is
 * wired to wake the system". On the 82575 and 82576 port A's word is at
 * 0x24 and port B's at 0x14 (a third or fourth port has none); the
 * per-port layouts keep it at 0x24 of each port's section.
 *
 * Return: true when APM Enable is set; false when it is not, or when the
 * word cannot be read (no EERD-readable NVM).
 */
bool igbx_nvm_apm_enabled(struct igbx_hw *hw)
{
	u16 offset, word;

	if (hw->info->nvm == IGBX_NVM_PER_PORT)
		offset = igbx_nvm_port_base(hw) + IGBX_NVM_INIT_CTRL3_A;
	else if (hw->func == 0)
		offset = IGBX_NVM_INIT_CTRL3_A;
	else if (hw->func == 1)
		offset = IGBX_NVM_INIT_CTRL3_B;
	else
		return false;
	if (igbx_nvm_read(hw, offset, 1, &word))
		return false;
	return word & IGBX_NVM_APME;
}

/**
 * igbx_nvm_words() - size of the NVM in 16-bit words
 * @hw: hardware handle
 *
 * EECD's size field N says 2^(6 + N) words (64 words to 32 Ki words).
 *
 * Return: the number of words, 0 when the family has no EERD-readable NVM.
 */
unsigned int igbx_nvm_words(struct igbx_hw *hw)
{
	u32 size = FIELD_GET(IGBX_EECD_SIZE_MASK, igbx_rd32(hw, IGBX_EECD));

	if (hw->nvm == IGBX_NVM_INVM || igbx_removed(hw))
		return 0;
	return 1U << min(6 + size, 15U);
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_words);
