/* SPDX-License-Identifier: GPL-2.0 */
/*
 * count-mark.S: the guest's /test/count-mark, a static program that sets
 * one mark for scripts/bench/count-plugin.c and exits. The mark is its first
 * instruction, "xchg %bx,%bx" (66 87 db): a no-op that compilers never
 * emit; the plugin is told this instruction's address (the ELF entry).
 * Built on the host: gcc -nostdlib -static -o count-mark count-mark.S
 */
	.text
	.globl	_start
_start:
	xchg	%bx, %bx
	movl	$60, %eax		/* exit(0) */
	xorl	%edi, %edi
	syscall
