"""A stranger on the LAN attacking `lattice serve` at the connection level.

Modes (each prints one JSON line with what happened, then exits):
- `churn`: COUNT new peer ids, AT_ONCE at a time, each connects, reads the server's
  first message and leaves (the churn that once used up the server's inbound slots).
- `hold`: COUNT new peer ids connect at once and keep their streams open without ever
  proving membership, for SECONDS; reports how many the server cut off before then.
- `slowloris`: COUNT TCP connections that trickle one byte a second and never finish
  the handshake, for SECONDS; reports how many the server closed before then.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time

import trio

from p2p.framing import FrameError
from p2p.transport import Transport, TransportError, split_peer_addr


def emit(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


async def churn(addr: str, count: int, at_once: int) -> None:
    limit = trio.CapacityLimiter(at_once)
    outcome = {"connected": 0, "refused": 0}

    async def visit() -> None:
        async with limit:
            client = Transport(os.urandom(32), connect_timeout=10)
            async with client.run(()):
                try:
                    stream = await client.open(addr)
                    await stream.receive(limit=10)
                    outcome["connected"] += 1
                except (TransportError, FrameError):
                    outcome["refused"] += 1

    async with trio.open_nursery() as nursery:
        for _ in range(count):
            nursery.start_soon(visit)
    emit(mode="churn", **outcome)


async def hold(addr: str, count: int, seconds: float) -> None:
    outcome = {"connected": 0, "refused": 0, "cut_off": 0, "held": 0}

    async def squat() -> None:
        client = Transport(os.urandom(32), connect_timeout=10)
        async with client.run(()):
            try:
                stream = await client.open(addr)
            except TransportError:
                outcome["refused"] += 1
                return
            outcome["connected"] += 1
            with trio.move_on_after(seconds):
                try:
                    while True:
                        await stream.receive(limit=seconds + 5)
                except FrameError:
                    outcome["cut_off"] += 1
                    return
            outcome["held"] += 1

    async with trio.open_nursery() as nursery:
        for _ in range(count):
            nursery.start_soon(squat)
    emit(mode="hold", **outcome)


async def slowloris(host: str, port: int, count: int, seconds: float) -> None:
    outcome = {"connected": 0, "refused": 0, "closed_early": 0, "held": 0}

    async def trickle() -> None:
        try:
            sock = await trio.open_tcp_stream(host, port)
        except OSError:
            outcome["refused"] += 1
            return
        outcome["connected"] += 1
        deadline = trio.current_time() + seconds
        async with sock:
            try:
                for byte in b"\x13/multistream/1.0.0\n" * 100:
                    if trio.current_time() >= deadline:
                        break
                    await sock.send_all(bytes([byte]))
                    with trio.move_on_after(1.0):
                        if not await sock.receive_some(4096):
                            raise trio.BrokenResourceError
            except (trio.BrokenResourceError, OSError):
                outcome["closed_early"] += 1
                return
        outcome["held"] += 1

    async with trio.open_nursery() as nursery:
        for _ in range(count):
            nursery.start_soon(trickle)
    emit(mode="slowloris", **outcome)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["churn", "hold", "slowloris"])
    parser.add_argument("addr", help="the server's full address (…/tcp/PORT/p2p/ID)")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--at-once", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    started = time.monotonic()
    if args.mode == "churn":
        trio.run(churn, args.addr, args.count, args.at_once)
    elif args.mode == "hold":
        trio.run(hold, args.addr, args.count, args.seconds)
    else:
        _, where = split_peer_addr(args.addr)
        host = where.value_for_protocol("ip4")
        port = int(where.value_for_protocol("tcp"))
        trio.run(slowloris, host, port, args.count, args.seconds)
    emit(mode="done", seconds=round(time.monotonic() - started, 1))


if __name__ == "__main__":
    main()
