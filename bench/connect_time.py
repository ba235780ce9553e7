"""Seconds from dialling a peer to an open sync stream: a fresh connection each round,
two transports on this PC's loopback (noise + yamux, the real handshake). Prints figures;
asserts nothing.

    .venv/bin/python bench/connect_time.py [--size N] [--rounds R]

`--size` is the number of connections timed per round; the figure is their median.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trio

from bench._args import bench_args, machine_load
from bench.sync_common import median
from p2p.admission import AdmissionLimits
from p2p.transport import PeerStream, Transport

UNLIMITED = AdmissionLimits(per_ip=10_000, per_ip_rate=10_000.0)
"""One dialler reconnects back to back from one address: the listener's per-address
rate limit (a stranger's churn) would otherwise be what is timed."""


async def _answer(stream: PeerStream) -> None:
    await stream.raw.write(await stream.raw.read(1))


async def time_connects(count: int) -> list[float]:
    """Seconds per connect-and-open-stream, `count` times, each on a new connection."""
    dialler = Transport(os.urandom(32))
    listener = Transport(os.urandom(32), admission=UNLIMITED)
    listener.set_handler(_answer)
    seconds: list[float] = []
    async with listener.run(["/ip4/127.0.0.1/tcp/0"]), dialler.run(()):
        port = listener.listen_ports()[0]
        addr = f"/ip4/127.0.0.1/tcp/{port}/p2p/{listener.peer_id}"
        for _ in range(count):
            start = time.perf_counter()
            stream = await dialler.open(addr)
            seconds.append(time.perf_counter() - start)
            await stream.raw.write(b"x")
            await stream.raw.read(1)
            await dialler.close_connection(stream)
            await dialler.disconnect(listener.peer_id)
    return seconds


def main() -> None:
    args = bench_args(__doc__, size=20, rounds=3, what="connections per round")
    print(machine_load())
    medians = [median(trio.run(time_connects, args.size)) for _ in range(args.rounds)]
    print(f"{args.size} connections per round, {args.rounds} rounds:")
    print(f"connect and open a stream (median of round medians): {median(medians) * 1000:.1f} ms")
    print(f"round medians: {', '.join(f'{m * 1000:.1f} ms' for m in medians)}")


if __name__ == "__main__":
    main()
