"""A Lattice peer for multi-host tests: a SyncService on a data folder, events as JSON lines.

SIGTERM stops it cleanly (goodbye on the LAN); tests also SIGKILL it mid-sync. With
`--hold` it prints `loaded` once Python and the store are up and starts the service only
on SIGUSR1, so benchmarks can time the network part alone. Every line carries `t`, the
wall-clock time it was printed.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import os
import signal
import sys
import time
from dataclasses import fields
from pathlib import Path

import trio

from ledger.store.invites import InviteCode
from ledger.store.store import Store
from p2p.events import SyncEvent
from p2p.service import ServiceConfig, SyncService
from p2p.transport import DEFAULT_LISTEN

PROFILE_ENV = "LATTICE_PROFILE"
"""A folder: the node profiles its main thread (cProfile) from its start, or its release
with `--hold`, to its stop, into `<device>.prof` there (for finding where a bench's CPU goes)."""


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "t": time.time(), **fields}, default=str), flush=True)


_FIELDS: dict[type, tuple[str, ...]] = {}


def forward(event: SyncEvent) -> None:
    """One line per event, its fields as they are (all flat): `asdict` copies deeply, which
    made this process's own reporting a visible share of a mesh benchmark's CPU."""
    kind = type(event)
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in fields(event))
    emit(kind.__name__, **{name: getattr(event, name) for name in names})


async def main(
    home: Path,
    invites: list[str],
    peers: list[str],
    mdns: bool,
    hold: bool,
    listen: list[str],
    relays: list[str],
) -> None:
    store = Store.open(home)
    if hold:
        with trio.open_signal_receiver(signal.SIGUSR1) as go:
            emit("loaded", device=store.device_id)
            async for _ in go:
                break
    profile = os.environ.get(PROFILE_ENV)
    profiler = cProfile.Profile(time.process_time) if profile else None
    if profiler is not None:
        profiler.enable()
    service = SyncService(
        store,
        home=home,
        config=ServiceConfig(
            peers=peers, mdns=mdns, redial_interval=2.0, listen=listen or (DEFAULT_LISTEN,),
            relays=relays,
        ),
        invites=[InviteCode.parse(code).signing_key for code in invites],
        on_event=forward,
    )
    try:
        # The receiver is open before the service starts: a SIGTERM that arrives while it
        # starts (its announcement already out) must still end in a goodbye, not a kill.
        with trio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
            async with trio.open_nursery() as nursery:
                await nursery.start(service.run)
                emit("ready", peer=service.peer_id, device=store.device_id,
                     addrs=service.listen_addrs())  # fmt: skip
                async for _ in signals:
                    nursery.cancel_scope.cancel()
                    break
    finally:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(Path(profile or ".") / f"{store.device_id[:12]}.prof")
        store.close()
    emit("stopped")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True, type=Path)
    parser.add_argument("--invite", action="append", default=[])
    parser.add_argument("--peer", action="append", default=[])
    parser.add_argument("--no-mdns", action="store_true")
    parser.add_argument("--listen", action="append", default=[], help="e.g. /ip4/0.0.0.0/tcp/4001")
    parser.add_argument("--hold", action="store_true", help="start the service on SIGUSR1")
    parser.add_argument("--relay", action="append", default=[], help="a relay's full address")
    args = parser.parse_args()
    trio.run(
        main, args.home, args.invite, args.peer, not args.no_mdns, args.hold, args.listen,
        args.relay,
    )  # fmt: skip
