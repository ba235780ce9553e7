"""A misbehaving peer for multi-host tests: a linked member's PC whose sessions answer
every request with forged changes (well signed, by a stranger to the group) and garbage.

Prints JSON lines like `node.py` (`ready`, then the service's events); SIGTERM stops it.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from dataclasses import asdict
from pathlib import Path

import trio
from nacl.signing import SigningKey

from ledger.store.change import sign_change
from ledger.store.ids import DeviceId, GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from p2p import messages as m
from p2p.service import ServiceConfig, SyncService
from p2p.session_state import Outgoing
from p2p.sync import SyncSession

MALLORY = Signer("Mallory", SigningKey.generate())


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}, default=str), flush=True)


class FloodingSession(SyncSession):
    async def _serve(self, group: GroupId, out: Outgoing) -> None:
        for i in range(10_000):
            forged = sign_change(
                MALLORY, group=group, device=DeviceId(os.urandom(32).hex()), seq=1, prev=None,
                deps=(), clock=i, kind="member.add",
                body={"person": bytes(32), "name": "Ghost", "roles": ["council"]},
            )  # fmt: skip
            out.sent_seq += 1
            junk = (forged.raw, b"garbage" + bytes([i % 256]))
            await self._send(m.Batch(group, out.sent_seq, junk))
            await trio.sleep(0.05)


async def main(home: Path) -> None:
    SyncService.session_class = FloodingSession
    store = Store.open(home)
    service = SyncService(
        store, home=home, config=ServiceConfig(redial_interval=2.0),
        on_event=lambda e: emit(type(e).__name__, **asdict(e)),
    )  # fmt: skip
    try:
        async with trio.open_nursery() as nursery:
            await nursery.start(service.run)
            emit("ready", peer=service.peer_id, device=store.device_id, mallory=MALLORY.person)
            with trio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
                async for _ in signals:
                    nursery.cancel_scope.cancel()
                    break
    finally:
        store.close()
    emit("stopped")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True, type=Path)
    trio.run(main, parser.parse_args().home)
