/* SPDX-License-Identifier: GPL-2.0 */
/*
 * qemu-plugin-api.h: the part of QEMU's TCG plugin API that
 * scripts/bench/count-plugin.c calls, declared from QEMU's documentation
 * (docs/devel/tcg-plugins.rst, API version 2 and later). Debian's QEMU
 * ships no header for it. Written with struct tags instead of QEMU's
 * typedef names (the same types to the linker): qemu_plugin_id_t is an
 * unsigned 64-bit id, qemu_plugin_meminfo_t an unsigned 32-bit handle,
 * qemu_plugin_u64 a (scoreboard, offset) pair passed by value.
 */
#ifndef IGBX_QEMU_PLUGIN_API_H
#define IGBX_QEMU_PLUGIN_API_H

#include <stdbool.h>
#include <stddef.h>

#define QEMU_PLUGIN_EXPORT	__attribute__((visibility("default")))

struct qemu_plugin_tb;
struct qemu_plugin_insn;
struct qemu_plugin_hwaddr;
struct qemu_plugin_scoreboard;

/* qemu_plugin_u64: one u64 at @offset in each vCPU's scoreboard entry */
struct qemu_plugin_u64 {
	struct qemu_plugin_scoreboard *score;
	size_t offset;
};

/* qemu_info_t: what QEMU tells a plugin at install */
struct qemu_plugin_info {
	const char *target_name;
	struct {
		int min;
		int cur;
	} version;
	bool system_emulation;
	union {
		struct {
			int smp_vcpus;
			int max_vcpus;
		} system;
	};
};

/* enum qemu_plugin_cb_flags, enum qemu_plugin_mem_rw, enum qemu_plugin_op */
#define QEMU_PLUGIN_CB_NO_REGS		0
#define QEMU_PLUGIN_MEM_RW		3
#define QEMU_PLUGIN_INLINE_ADD_U64	0

void qemu_plugin_register_vcpu_tb_trans_cb(unsigned long long id,
					   void (*cb)(unsigned long long id,
						      struct qemu_plugin_tb *tb));
void qemu_plugin_register_atexit_cb(unsigned long long id,
				    void (*cb)(unsigned long long id, void *udata),
				    void *udata);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
unsigned long long qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb,
						 size_t idx);
unsigned long long qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
size_t qemu_plugin_insn_size(const struct qemu_plugin_insn *insn);
size_t qemu_plugin_insn_data(const struct qemu_plugin_insn *insn, void *dest,
			     size_t len);
void qemu_plugin_register_vcpu_insn_exec_cb(struct qemu_plugin_insn *insn,
					    void (*cb)(unsigned int vcpu,
						       void *udata),
					    int flags, void *udata);
void qemu_plugin_register_vcpu_mem_cb(struct qemu_plugin_insn *insn,
				      void (*cb)(unsigned int vcpu,
						 unsigned int info,
						 unsigned long long vaddr,
						 void *udata),
				      int flags, int rw, void *udata);
void
qemu_plugin_register_vcpu_tb_exec_inline_per_vcpu(struct qemu_plugin_tb *tb, int op,
						  struct qemu_plugin_u64 entry,
						  unsigned long long imm);
struct qemu_plugin_scoreboard *qemu_plugin_scoreboard_new(size_t element_size);
unsigned long long qemu_plugin_u64_get(struct qemu_plugin_u64 entry,
				       unsigned int vcpu);
struct qemu_plugin_hwaddr *qemu_plugin_get_hwaddr(unsigned int info,
						  unsigned long long vaddr);
bool qemu_plugin_hwaddr_is_io(const struct qemu_plugin_hwaddr *haddr);
unsigned long long qemu_plugin_hwaddr_phys_addr(const struct qemu_plugin_hwaddr *haddr);
bool qemu_plugin_mem_is_store(unsigned int info);

#endif /* IGBX_QEMU_PLUGIN_API_H */
