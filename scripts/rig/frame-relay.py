#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""frame-relay.py: stand in the cable between the rig's two NICs.

QEMU's socket netdev carries each frame as a 4-byte big-endian length and
the frame. With run-vm.sh -R, port A's netdev listens on A_PORT, port B's
connects to B_PORT, and this program joins them, passing every frame on
unchanged in both directions. On request it also writes malformed frames
towards port A: run-vm.sh's host agent appends the guest's
"igbx-host: inject N SEED" lines to CMD_FILE.

    frame-relay.py A_PORT B_PORT CMD_FILE LOG_FILE

The injected frames, N in all, from a seeded generator so that a run can
be repeated: runts (1-59 bytes), oversize frames (1519 bytes to 16 KiB),
random bytes, truncated IPv4/IPv6/TCP headers, IPv4 headers with a wrong
checksum, TCP and UDP segments with a wrong checksum, frames with two or
three stacked VLAN tags. All are addressed to port A (or broadcast), so
that its NIC's filters let them in.
"""
import random
import socket
import struct
import sys
import threading
import time

MAC_A = bytes.fromhex("525400123401")
MAC_X = bytes.fromhex("020000000bad")	# the made-up sender
BCAST = b"\xff" * 6


def csum(data):
    """The Internet checksum of data."""
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ipv4(proto, payload, src="10.0.0.99", dst="10.0.0.1", bad_csum=False):
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, 64,
                      proto, 0, socket.inet_aton(src), socket.inet_aton(dst))
    c = csum(hdr) ^ (0x1234 if bad_csum else 0)
    return hdr[:10] + struct.pack("!H", c) + hdr[12:] + payload


def l4(proto, rnd, bad_csum):
    """A TCP or UDP segment to 10.0.0.1 with a right or wrong checksum."""
    body = rnd.randbytes(rnd.randint(0, 1200))
    src, dst = socket.inet_aton("10.0.0.99"), socket.inet_aton("10.0.0.1")
    if proto == 6:
        seg = struct.pack("!HHIIBBHHH", 40000, 5201, 1, 0, 5 << 4, 0x10,
                          8192, 0, 0) + body
        off = 16
    else:
        seg = struct.pack("!HHHH", 40000, 5201, 8 + len(body), 0) + body
        off = 6
    pseudo = src + dst + struct.pack("!BBH", 0, proto, len(seg))
    c = csum(pseudo + seg) or 0xFFFF
    if bad_csum:
        c ^= 0x5A5A
    seg = seg[:off] + struct.pack("!H", c) + seg[off + 2:]
    return ipv4(proto, seg)


def eth(dst, ethertype, payload):
    return dst + MAC_X + struct.pack("!H", ethertype) + payload


def bad_frame(rnd):
    """One malformed frame, of a kind picked at random."""
    k = rnd.random()
    dst = BCAST if rnd.random() < 0.1 else MAC_A
    if k < 0.20:		# runt
        return (dst + MAC_X + rnd.randbytes(60))[:rnd.randint(1, 59)]
    if k < 0.25:		# oversize
        return eth(dst, 0x0800, rnd.randbytes(rnd.randint(1519, 16384 - 14)))
    if k < 0.45:		# random bytes after the addresses
        return dst + rnd.randbytes(rnd.randint(54, 1508))
    if k < 0.60:		# truncated network or transport header
        full = eth(dst, rnd.choice([0x0800, 0x86DD]), l4(6, rnd, False)[:60])
        return full[:rnd.randint(15, 14 + 39)]
    if k < 0.75:		# wrong IPv4 header checksum
        return eth(dst, 0x0800, ipv4(17, rnd.randbytes(rnd.randint(8, 200)),
                                     bad_csum=True))
    if k < 0.90:		# wrong TCP or UDP checksum
        return eth(dst, 0x0800, l4(rnd.choice([6, 17]), rnd, True))
    # two or three stacked VLAN tags (802.1ad outside, 802.1Q inside)
    tags = b""
    for tpid in [0x88A8, 0x8100, 0x8100][:rnd.randint(2, 3)]:
        tags += struct.pack("!HH", tpid, rnd.randint(1, 4094))
    return dst + MAC_X + tags + struct.pack("!H", 0x0800) + l4(17, rnd, False)


class Link:
    """One end of the cable; writes are whole frames, under a lock."""

    def __init__(self, sock):
        self.sock = sock
        self.lock = threading.Lock()

    def send(self, frame):
        with self.lock:
            self.sock.sendall(struct.pack("!I", len(frame)) + frame)

    def recv(self):
        hdr = self._read(4)
        return self._read(struct.unpack("!I", hdr)[0])

    def _read(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise EOFError
            buf += chunk
        return buf


def forward(src, dst):
    try:
        while True:
            dst.send(src.recv())
    except (EOFError, OSError):
        pass


def main():
    a_port, b_port, cmd_file, log_file = int(sys.argv[1]), int(sys.argv[2]), \
        sys.argv[3], sys.argv[4]
    log = open(log_file, "a", buffering=1)
    lsock = socket.socket()
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(("127.0.0.1", b_port))
    lsock.listen(1)
    log.write("relay: listening\n")

    b_sock, _ = lsock.accept()
    deadline = time.time() + 60
    while True:
        try:
            a_sock = socket.create_connection(("127.0.0.1", a_port))
            break
        except OSError:
            if time.time() > deadline:
                raise
            time.sleep(0.1)
    a, b = Link(a_sock), Link(b_sock)
    log.write("relay: cable joined\n")
    threading.Thread(target=forward, args=(a, b), daemon=True).start()
    threading.Thread(target=forward, args=(b, a), daemon=True).start()

    seen = 0
    while True:
        time.sleep(0.2)
        try:
            lines = open(cmd_file).read().splitlines()
        except FileNotFoundError:
            continue
        for line in lines[seen:]:
            words = line.split()
            if len(words) == 3 and words[0] == "inject":
                n, seed = int(words[1]), int(words[2])
                rnd = random.Random(seed)
                start = time.time()
                for _ in range(n):
                    a.send(bad_frame(rnd))
                log.write("relay: injected %d frames (seed %d) in %.1f s\n"
                          % (n, seed, time.time() - start))
            else:
                log.write("relay: unknown command %r\n" % line)
        seen = len(lines)


if __name__ == "__main__":
    main()
