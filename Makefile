# SPDX-License-Identifier: GPL-2.0
#
# igbx top-level Makefile. The kernel build itself is driven by the Kbuild
# files; this file only gives the project's commands names.
#
#   make            build module/igbx.ko against KDIR (the running kernel)
#   make check      everything the project tests (see scripts/check.sh)
#   make demo       install what is missing, boot the rig, show igbx working
#   make kunit      KUnit suites in the QEMU rig
#   make vmtest     VM tests in the QEMU rig
#   make bench      igbx against the in-tree igb (QUICK=1: one short round)
#   make profile    perf in the guest: where CPU time goes, igbx and igb
#   make robust     KUnit and the robustness scenarios on the debug kernel
#   make kernel     build (or find cached) the test kernel (FLAVOUR=debug:
#                   the debug one)
#   make deps       install the Debian packages (as root)

KDIR ?= /lib/modules/$(shell uname -r)/build

.PHONY: all modules clean check demo kunit vmtest bench profile robust kernel deps

all: modules

modules:
	@if [ ! -f "$(KDIR)/Makefile" ]; then \
		echo "igbx: no kernel build tree at $(KDIR)."; \
		echo "  Install the headers of the running kernel (Debian: linux-headers-\$$(uname -r)),"; \
		echo "  or build against another tree: make KDIR=/path/to/build"; \
		echo "  (the test kernel: make KDIR=\$$(scripts/build-kernel.sh),"; \
		echo "   Debian's stock 6.12: make KDIR=/usr/src/linux-headers-6.12.<n>+deb12-amd64)."; \
		exit 1; \
	fi
	$(MAKE) -C $(KDIR) M=$(CURDIR) W=1 modules

clean:
	@if [ -f "$(KDIR)/Makefile" ]; then $(MAKE) -C $(KDIR) M=$(CURDIR) clean; fi
	rm -rf .build

check:
	@scripts/check.sh

demo:
	@scripts/demo.sh

kunit:
	@scripts/kunit.sh

vmtest:
	@scripts/vm-test.sh

bench:
	@scripts/bench.sh $(if $(QUICK),--quick)

profile:
	@scripts/profile.sh

robust:
	@scripts/robust.sh

kernel:
	@scripts/build-kernel.sh $(FLAVOUR)

deps:
	@scripts/install-deps.sh
