# SPDX-License-Identifier: GPL-2.0
# Lifecycle: function-level reset and PCIe error recovery under a TCP
# stream through port A (igbx; port B on the in-tree igb). Ten FLRs through
# sysfs, then errors injected with the kernel's aer_inject (a kernel with
# CONFIG_PCIEAER_INJECT): three non-fatal (poisoned TLP), two fatal
# (malformed TLP, which resets the link). After each, ping answers within
# 5 s of the carrier and TCP moves again within 30 s; for the errors the
# AER core reports the recovery as successful. At the end every setting
# is as before, nothing leaked, and igbx unloads. Last, the guest powers
# off with igbx up under a TCP stream: .shutdown must say so on the
# console, and nothing else may.
# vm-console: igbx 0000:01:00.0 eth[0-9]+: shut down: no DMA, not bus master, wake-up armed
# The root ports run at 2.5 GT/s, the 82576's own link speed. At QEMU's
# default of 16 GT/s the kernel, after the secondary bus reset of a fatal
# error, waits for the root port's Data Link Layer Link Active bit, which
# QEMU's port does not set again, and the AER core reports the recovery
# as failed whatever the driver does; at 5 GT/s or less it polls the
# device itself.
# vm-qemu: -global pcie-root-port.x-speed=2_5
# vm-long: yes
. /test/guest-lib.sh
. /test/guest-traffic.sh
. /test/guest-robust.sh
. /test/guest-life.sh

life_begin
echo "igbx-test: reset methods of port A: $(cat /sys/bus/pci/devices/$A/reset_method 2>/dev/null)"
life_flrs ""
life_aer ""
dmesg | grep -i "aer\|igbx" | tail -n 30
life_end "resets and PCIe errors"

# Shutdown: igbx again on port A, up under a TCP stream, wake-up armed,
# left for the guest's power-off, whose .shutdown prints a line (msglvl
# drv, on by default) that the host looks for (vm-console below); any
# kernel report there fails the boot too.
setup_pair igb
check "ethtool -s wol g (shutdown)" $ETHTOOL -s "$DEV_A" wol g
iperf_server
life_stream 120
finish
