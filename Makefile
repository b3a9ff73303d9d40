# SPDX-License-Identifier: GPL-2.0
#
# igbx top-level Makefile. The kernel build itself is driven by the Kbuild
# files; this file only gives the project's commands names.
#
#   make            build module/igbx.ko against KDIR (the running kernel)
#   make check      the fast tier: builds, style, KUnit, VM tests
#                   (scripts/check.sh)
#   make check-all  make check plus the robustness lane, the kernel matrix,
#                   the newest kernel's selftests and the bench smoke
#                   (what CI runs)
#   make demo       install what is missing, boot Debian's own kernel in
#                   the rig, show igbx working
#   make kunit      KUnit suites in the QEMU rig
#   make vmtest     VM tests in the QEMU rig (TESTS="load ethtool": some)
#   make bench      igbx against the in-tree igb (QUICK=1: one short round)
#   make profile    perf in the guest: where CPU time goes, igbx and igb
#   make robust     KUnit and the robustness scenarios on the debug kernel
#   make ksft       the newest Debian kernel's own drivers/net selftests,
#                   igbx against the in-tree igb
#   make kernel     build (or find cached) the test kernel (FLAVOUR=debug:
#                   the debug one)
#   make deps       install the Debian packages (as root)

KDIR ?= /lib/modules/$(shell uname -r)/build

.PHONY: all modules clean check check-all demo kunit vmtest bench profile robust ksft kernel deps

all: modules

modules:
	@if [ ! -f "$(KDIR)/Makefile" ]; then \
		echo "igbx: no kernel build tree at $(KDIR)."; \
		echo "  Install the headers of the running kernel (Debian: linux-headers-\$$(uname -r)),"; \
		echo "  or build against another tree: make KDIR=/path/to/build"; \
		echo "  (the test kernel: make KDIR=\$$(scripts/rig/build-kernel.sh),"; \
		echo "   Debian's stock 6.12: make KDIR=/usr/src/linux-headers-6.12.<n>+deb12-amd64)."; \
		exit 1; \
	fi
	$(MAKE) -C $(KDIR) M=$(CURDIR) W=1 modules

clean:
	@if [ -f "$(KDIR)/Makefile" ]; then $(MAKE) -C $(KDIR) M=$(CURDIR) clean; fi
	rm -rf .build

check:
	@scripts/check.sh

check-all:
	@scripts/check.sh --all

demo:
	@scripts/demo.sh

kunit:
	@scripts/tests/kunit.sh

vmtest:
	@scripts/tests/vm-test.sh $(TESTS)

bench:
	@scripts/bench/bench.sh $(if $(QUICK),--quick)

profile:
	@scripts/bench/profile.sh

robust:
	@scripts/tests/robust.sh

ksft:
	@scripts/tests/ksft.sh

kernel:
	@scripts/rig/build-kernel.sh $(FLAVOUR)

deps:
	@scripts/install-deps.sh
