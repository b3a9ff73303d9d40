// SPDX-License-Identifier: GPL-2.0
/*
 * count-plugin.c: a QEMU TCG plugin for the counted rows of `make bench`.
 *
 * Under TCG every guest instruction passes through QEMU's translator, so a
 * plugin can count what the guest executes: not seconds, which on this rig
 * move with the host's load by a tenth between runs, but instructions and
 * MMIO accesses, which depend on what the code does with the frames it is
 * given. This one keeps running counts and writes them out at marks the
 * guest sets:
 *
 *  - instructions executed, per vCPU, in all code;
 *  - MMIO loads and stores made by module code, per physical address (so
 *    per register of each port's BAR);
 *  - with tbs=modules (tbs=kernel), instructions per translated block at
 *    module (all kernel) addresses, per vCPU, for attributing counts to
 *    modules and functions with the guest's /proc/modules or kallsyms.
 *
 * A mark is one execution of the instruction at guest address mark=ADDR,
 * which must be "xchg %bx,%bx" (the entry of scripts/count-mark.S: a
 * do-nothing instruction compilers never emit). Each mark appends to the
 * file out=FILE:
 *
 *   mark SEQ
 *   insns SEQ VCPU COUNT
 *   mmio SEQ r|w PHYS COUNT           one per address touched so far
 *   tb SEQ VADDR COUNT_VCPU0 ...      one per block executed so far
 *
 * SEQ counts marks from 1, and every count runs from boot: a workload's
 * share is the difference between two marks (scripts/count-report.py).
 *
 * Build: gcc -O2 -shared -fPIC -fvisibility=hidden -o count-plugin.so
 *        count-plugin.c -lpthread
 * Run:   qemu-system-x86_64 -plugin count-plugin.so,out=FILE,mark=ADDR ...
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qemu-plugin-api.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = 2;

/*
 * x86-64: the kernel image from 0xffffffff80000000, modules above it up
 * to MODULES_END (Documentation/arch/x86/x86_64/mm.rst): from
 * 0xffffffffa0000000 without KASLR (the test kernel has no
 * CONFIG_RELOCATABLE: igbx.ko and igb.ko load at 0xffffffffa02xxxxx),
 * from 0xffffffffc0000000 with it, when the image may reach up to there.
 * The lower bound serves both: with KASLR the image's blocks above it are
 * counted too, and count-report.py takes only the modules' own ranges.
 */
#define MODULES_START	0xffffffffa0000000ULL
#define MODULES_END	0xffffffffff000000ULL
#define KERNEL_START	0xffff800000000000ULL

static bool in_modules(unsigned long long vaddr)
{
	return vaddr >= MODULES_START && vaddr < MODULES_END;
}

static unsigned int vcpus;

/* --- instructions, per vCPU --- */

static struct qemu_plugin_u64 insns_all;

/* --- MMIO by module code --- */

/*
 * By (physical address, direction), in an open-addressed table that the
 * vCPUs fill concurrently: a slot's key is claimed once with a
 * compare-and-swap and never changes after.
 */
#define MMIO_SLOTS	4096
#define KEY_STORE	0x8000000000000000ULL

struct mmio_slot {
	unsigned long long key;		/* physical address | KEY_STORE; 0: free */
	unsigned long long count;
};

static struct mmio_slot mmio[MMIO_SLOTS];
static unsigned long long mmio_lost;	/* accesses that found no slot */

static void mmio_count(unsigned long long key)
{
	unsigned int i = ((key ^ (key >> 17)) * 0x9e3779b97f4a7c15ULL) >> 52;
	unsigned int n;

	for (n = 0; n < MMIO_SLOTS; n++, i = (i + 1) % MMIO_SLOTS) {
		unsigned long long seen = __atomic_load_n(&mmio[i].key,
							  __ATOMIC_ACQUIRE);

		if (!seen) {
			seen = 0;
			if (__atomic_compare_exchange_n(&mmio[i].key, &seen, key,
							false, __ATOMIC_ACQ_REL,
							__ATOMIC_ACQUIRE))
				seen = key;
		}
		if (seen == key) {
			__atomic_fetch_add(&mmio[i].count, 1, __ATOMIC_RELAXED);
			return;
		}
	}
	__atomic_fetch_add(&mmio_lost, 1, __ATOMIC_RELAXED);
}

static void on_module_mem(unsigned int vcpu, unsigned int info,
			  unsigned long long vaddr, void *udata)
{
	struct qemu_plugin_hwaddr *hw = qemu_plugin_get_hwaddr(info, vaddr);
	unsigned long long key;

	if (!hw || !qemu_plugin_hwaddr_is_io(hw))
		return;
	key = qemu_plugin_hwaddr_phys_addr(hw) & ~KEY_STORE;
	if (qemu_plugin_mem_is_store(info))
		key |= KEY_STORE;
	mmio_count(key ? key : 1);
}

/* --- instructions per translated block (tbs=) --- */

/*
 * One slot per block address, counted inline per vCPU in one wide
 * scoreboard entry; the slot table is only written at translation, under
 * tb_lock, and filled to half at most.
 */
#define TB_SLOTS	262144

enum tbs_mode { TBS_NONE, TBS_MODULES, TBS_KERNEL };

static enum tbs_mode tbs_mode;
static struct qemu_plugin_scoreboard *tb_score;
static unsigned long long tb_vaddr[TB_SLOTS];
static unsigned int tb_used;
static pthread_mutex_t tb_lock = PTHREAD_MUTEX_INITIALIZER;

static bool tb_wanted(unsigned long long vaddr)
{
	if (tbs_mode == TBS_MODULES)
		return in_modules(vaddr);
	return tbs_mode == TBS_KERNEL && vaddr >= KERNEL_START;
}

/* the slot of the block at @vaddr, a new one if needed; -1: table full */
static long tb_slot(unsigned long long vaddr)
{
	unsigned int i = (vaddr * 0x9e3779b97f4a7c15ULL) >> 46;
	long slot = -1;

	pthread_mutex_lock(&tb_lock);
	for (;; i = (i + 1) % TB_SLOTS) {
		if (tb_vaddr[i] == vaddr) {
			slot = i;
			break;
		}
		if (tb_vaddr[i])
			continue;
		if (tb_used < TB_SLOTS / 2) {
			tb_vaddr[i] = vaddr;
			tb_used++;
			slot = i;
		}
		break;
	}
	pthread_mutex_unlock(&tb_lock);
	return slot;
}

/* --- marks --- */

static unsigned long long mark_vaddr;
static FILE *out;
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned int marks;

static void write_tbs(unsigned int seq)
{
	unsigned int i, v;

	for (i = 0; tb_score && i < TB_SLOTS; i++) {
		struct qemu_plugin_u64 e = { tb_score, i * sizeof(e.offset) };
		unsigned long long sum = 0;

		if (!tb_vaddr[i])
			continue;
		for (v = 0; v < vcpus; v++)
			sum += qemu_plugin_u64_get(e, v);
		if (!sum)
			continue;
		fprintf(out, "tb %u %#llx", seq, tb_vaddr[i]);
		for (v = 0; v < vcpus; v++)
			fprintf(out, " %llu", qemu_plugin_u64_get(e, v));
		fputc('\n', out);
	}
}

static void write_mark(void)
{
	unsigned int seq = ++marks, i;

	fprintf(out, "mark %u\n", seq);
	for (i = 0; i < vcpus; i++)
		fprintf(out, "insns %u %u %llu\n", seq, i,
			qemu_plugin_u64_get(insns_all, i));
	for (i = 0; i < MMIO_SLOTS; i++) {
		unsigned long long key = __atomic_load_n(&mmio[i].key,
							 __ATOMIC_ACQUIRE);

		if (key)
			fprintf(out, "mmio %u %c %#llx %llu\n", seq,
				key & KEY_STORE ? 'w' : 'r', key & ~KEY_STORE,
				__atomic_load_n(&mmio[i].count, __ATOMIC_RELAXED));
	}
	if (mmio_lost)
		fprintf(out, "lost %u %llu\n", seq, mmio_lost);
	write_tbs(seq);
	fflush(out);
}

static void on_mark(unsigned int vcpu, void *udata)
{
	pthread_mutex_lock(&out_lock);
	write_mark();
	pthread_mutex_unlock(&out_lock);
}

/* is this the mark: xchg %bx,%bx at the address given? */
static bool is_mark(const struct qemu_plugin_insn *insn)
{
	static const unsigned char xchg_bx_bx[3] = { 0x66, 0x87, 0xdb };
	unsigned char bytes[sizeof(xchg_bx_bx)];

	if (qemu_plugin_insn_vaddr(insn) != mark_vaddr ||
	    qemu_plugin_insn_size(insn) != sizeof(bytes))
		return false;
	return qemu_plugin_insn_data(insn, bytes, sizeof(bytes)) == sizeof(bytes) &&
	       !memcmp(bytes, xchg_bx_bx, sizeof(bytes));
}

/* --- instrumentation, once per translated block --- */

/* add the block's instruction count to @entry each time it runs */
static void count_tb(struct qemu_plugin_tb *tb, struct qemu_plugin_u64 entry,
		     size_t n)
{
	int op = QEMU_PLUGIN_INLINE_ADD_U64;

	qemu_plugin_register_vcpu_tb_exec_inline_per_vcpu(tb, op, entry, n);
}

static void on_translate(unsigned long long id, struct qemu_plugin_tb *tb)
{
	size_t n = qemu_plugin_tb_n_insns(tb), i;
	unsigned long long vaddr = qemu_plugin_tb_vaddr(tb);
	bool module = in_modules(vaddr);
	long slot = tb_wanted(vaddr) ? tb_slot(vaddr) : -1;

	count_tb(tb, insns_all, n);
	if (slot >= 0) {
		struct qemu_plugin_u64 e = { tb_score, slot * sizeof(e.offset) };

		count_tb(tb, e, n);
	}
	for (i = 0; i < n; i++) {
		struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);

		if (module)
			qemu_plugin_register_vcpu_mem_cb(insn, on_module_mem,
							 QEMU_PLUGIN_CB_NO_REGS,
							 QEMU_PLUGIN_MEM_RW, NULL);
		if (is_mark(insn))
			qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark,
							       QEMU_PLUGIN_CB_NO_REGS,
							       NULL);
	}
}

static void on_qemu_exit(unsigned long long id, void *udata)
{
	pthread_mutex_lock(&out_lock);
	fprintf(out, "exit %u\n", marks);
	fflush(out);
	pthread_mutex_unlock(&out_lock);
}

static int parse_args(int argc, char **argv, const char **path)
{
	int i;

	for (i = 0; i < argc; i++) {
		if (!strncmp(argv[i], "out=", 4))
			*path = argv[i] + 4;
		else if (!strncmp(argv[i], "mark=", 5))
			mark_vaddr = strtoull(argv[i] + 5, NULL, 0);
		else if (!strcmp(argv[i], "tbs=modules"))
			tbs_mode = TBS_MODULES;
		else if (!strcmp(argv[i], "tbs=kernel"))
			tbs_mode = TBS_KERNEL;
		else
			return -1;
	}
	return *path && mark_vaddr ? 0 : -1;
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(unsigned long long id,
					   const struct qemu_plugin_info *info,
					   int argc, char **argv)
{
	struct qemu_plugin_scoreboard *sb;
	const char *path = NULL;

	if (parse_args(argc, argv, &path) || !info->system_emulation) {
		fprintf(stderr, "count-plugin: system emulation only; arguments %s\n",
			"out=FILE,mark=ADDR[,tbs=modules|kernel]");
		return -1;
	}
	out = fopen(path, "w");
	if (!out) {
		perror(path);
		return -1;
	}
	vcpus = info->system.max_vcpus;
	sb = qemu_plugin_scoreboard_new(sizeof(unsigned long long));
	insns_all = (struct qemu_plugin_u64){ sb, 0 };
	if (tbs_mode != TBS_NONE)
		tb_score = qemu_plugin_scoreboard_new(TB_SLOTS *
						      sizeof(unsigned long long));
	fprintf(out, "plugin api %d-%d, %u vcpus\n", info->version.min,
		info->version.cur, vcpus);
	fflush(out);
	qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
	qemu_plugin_register_atexit_cb(id, on_qemu_exit, NULL);
	return 0;
}
