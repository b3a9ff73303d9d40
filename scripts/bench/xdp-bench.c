// SPDX-License-Identifier: GPL-2.0
/*
 * xdp-bench.c: the XDP programs of make bench's XDP rows, built by
 * scripts/bench/bench.sh with the host's clang (clang -O2 -target bpf)
 * and attached in the guest by iproute2 (ip link set dev IF xdpdrv obj
 * FILE sec xdp). Built twice: as xdp-drop.o every frame is dropped; with
 * -DBOUNCE, as xdp-tx.o, every frame goes back out of the port it came
 * in on, its MAC addresses swapped. No maps and no helpers: the test
 * kernel has no BTF, and the program should cost the same under either
 * driver.
 *
 * No headers either: clang -target bpf finds no <asm/types.h> on Debian.
 * What is used of <linux/bpf.h> (UAPI, fixed):
 */
struct xdp_md {
	unsigned int data;
	unsigned int data_end;
};

enum { XDP_ABORTED, XDP_DROP, XDP_PASS, XDP_TX };

/*
 * libbpf (iproute2's loader) takes the program type from the section.
 * __section() and __used are the kernel's attribute macros, which
 * bench.sh defines on clang's command line (this program has no headers).
 */
__section("xdp") __used
int xdp_bench(struct xdp_md *ctx)
{
#ifdef BOUNCE
	unsigned short *eth = (void *)(long)ctx->data;
	unsigned short tmp;
	int i;

	/* destination and source MAC, three 16-bit words each */
	if ((void *)(eth + 6) > (void *)(long)ctx->data_end)
		return XDP_DROP;
	for (i = 0; i < 3; i++) {
		tmp = eth[i];
		eth[i] = eth[i + 3];
		eth[i + 3] = tmp;
	}
	return XDP_TX;
#else
	return XDP_DROP;
#endif
}

char _license[] __section("license") __used = "GPL";
