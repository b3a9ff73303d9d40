// SPDX-License-Identifier: GPL-2.0
/*
 * igbx - the NVM: words read through EERD, the checksum rule, the
 * permanent MAC address, the image version and the wake-up word
 *
 * Shared by every MAC generation that reads its NVM through EERD; what a
 * generation does differently is chosen through its &struct igbx_mac_ops.
 */
#include <kunit/visibility.h>
#include <linux/bitfield.h>

#include "igbx.h"

#define IGBX_EERD_US		100000	/* one NVM word */

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
 * Return: 0; -EOPNOTSUPP when the family has no EERD-readable NVM; the
 * semaphore's error (-EBUSY, -ENODEV); -ETIMEDOUT or -ENODEV from the
 * first word that failed.
 */
int igbx_nvm_read_eerd(struct igbx_hw *hw, u16 offset, u16 count, u16 *words)
{
	const struct igbx_mac_ops *ops = hw->info->ops;
	unsigned int i = 0, end;
	int err = 0;

	if (hw->info->nvm == IGBX_NVM_NONE)
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
 * igbx_nvm_port_base() - first word of this port's checksummed NVM section
 * @hw: hardware handle
 *
 * Families with a per-port layout keep LAN function N's section at
 * 0x40 + 0x40 * N for N > 0, and at word 0 for function 0.
 *
 * Return: the word offset.
 */
VISIBLE_IF_KUNIT u16 igbx_nvm_port_base(const struct igbx_hw *hw)
{
	if (hw->info->nvm != IGBX_NVM_PER_PORT || hw->func == 0)
		return 0;
	return 0x40 + 0x40 * hw->func;
}
EXPORT_SYMBOL_IF_KUNIT(igbx_nvm_port_base);

/**
 * igbx_nvm_validate_sum() - check this port's NVM section by its sum
 * @hw: hardware handle
 *
 * The words of the port's section (igbx_nvm_port_base()) must add up to
 * IGBX_NVM_SUM (82576 datasheet, NVM map: the checksum word, 0x3F).
 *
 * Return: 0 when valid or when the family has no EERD-readable NVM;
 * -EIO when the sum is wrong; a read error otherwise.
 */
int igbx_nvm_validate_sum(struct igbx_hw *hw)
{
	u16 words[IGBX_NVM_CHECKSUM_WORDS];
	u16 sum;
	int err;

	if (hw->info->nvm == IGBX_NVM_NONE)
		return 0;
	err = igbx_nvm_read(hw, igbx_nvm_port_base(hw),
			    IGBX_NVM_CHECKSUM_WORDS, words);
	if (err)
		return err;
	sum = igbx_nvm_sum(words, IGBX_NVM_CHECKSUM_WORDS);
	if (sum != IGBX_NVM_SUM) {
		dev_err(hw->dev, "NVM checksum is invalid: words sum to 0x%04x, not 0x%04x\n",
			sum, IGBX_NVM_SUM);
		return -EIO;
	}
	return 0;
}

/**
 * igbx_read_mac_addr() - the port's permanent MAC address, RAR0 or NVM
 * @hw: hardware handle, freshly reset
 * @addr: ETH_ALEN bytes out
 *
 * After a reset the MAC loads this port's address from the NVM (or the
 * iNVM of an I211) into RAL0/RAH0, applying the per-port rules of each
 * family, so RAR0 is read first. If RAR0 holds nothing valid, the NVM's
 * address words are read directly through EERD (port 0 layout: words
 * 0x00-0x02, low byte first; on the shared layout the second port's
 * address is the first one's with the lowest bit flipped).
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
	if (hw->info->nvm == IGBX_NVM_SHARED && (hw->func & 1))
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

	if (hw->info->nvm == IGBX_NVM_NONE || igbx_removed(hw))
		return 0;
	return 1U << min(6 + size, 15U);
}
