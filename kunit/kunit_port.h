/* SPDX-License-Identifier: GPL-2.0 */
/*
 * igbx KUnit: finding the port under test (module parameters pci=, mac=,
 * require_device= live in device_test.c)
 */
#ifndef _IGBX_KUNIT_PORT_H_
#define _IGBX_KUNIT_PORT_H_

#include <kunit/test.h>
#include <linux/pci.h>

struct pci_dev *igbx_test_port(struct kunit *test);

#endif /* _IGBX_KUNIT_PORT_H_ */
