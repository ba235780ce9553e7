"""Stores, people and loopback sync sessions for the p2p tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import trio
from nacl.signing import SigningKey

from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from p2p.events import SyncEvent
from p2p.framing import FramedStream
from p2p.guard import PeerGuard
from p2p.session_state import SessionStream
from p2p.sync import SessionConfig, SessionEnded, SyncSession
from p2p.transport import PeerStream, Transport, peer_id_of
from tests.p2p.pipes import PipeStream

LOOPBACK = ("/ip4/127.0.0.1/tcp/0",)


def person(name: str) -> Signer:
    return Signer(name, SigningKey.generate())


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Any]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        s = Store.open(tmp_path / name)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


def new_group(store: Store, founder: Signer, name: str = "Umoja") -> GroupId:
    return actions.create_group(store, founder, name=name, currency="KES", quorum=1).group


@dataclass
class Side:
    """One end of a loopback sync: its store, events, and how its session ended."""

    store: Store
    invites: list[SigningKey] = field(default_factory=list)
    guard: PeerGuard = field(default_factory=PeerGuard)
    events: list[SyncEvent] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)
    session_class: type[SyncSession] = SyncSession

    def of(self, kind: type[Any]) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]


async def run_session(side: Side, stream: SessionStream, config: SessionConfig) -> None:
    session = side.session_class(
        side.store,
        stream,
        my_device=side.store.device_id,
        guard=side.guard,
        emit=side.events.append,
        invites=side.invites,
        config=config,
    )
    try:
        await session.run()
    except SessionEnded as exc:
        side.ended.append(str(exc))


@asynccontextmanager
async def linked(
    server: Side, client: Side, config: SessionConfig | None = None
) -> AsyncIterator[None]:
    """Both sides' sessions running over one loopback libp2p stream until the block ends."""
    cfg = config or SessionConfig(idle_timeout=10, ping_interval=2)
    t_server = Transport(server.store.device_seed())
    t_client = Transport(client.store.device_seed())

    async def accept(stream: PeerStream) -> None:
        await run_session(server, stream, cfg)

    t_server.set_handler(accept)
    async with t_server.run(LOOPBACK), t_client.run(LOOPBACK), trio.open_nursery() as nursery:
        stream = await t_client.open(f"{t_server.listen_addrs()[0]}/p2p/{t_server.peer_id}")
        nursery.start_soon(run_session, client, stream, cfg)
        yield
        nursery.cancel_scope.cancel()


class PipeEnd(FramedStream):
    """One end of a small in-memory pipe, posing as a stream from the device `peer`."""

    def __init__(self, stream: PipeStream, peer: Store, write_timeout: float) -> None:
        super().__init__(stream, write_timeout=write_timeout)
        self.device = peer.device_id
        self.peer_id = peer_id_of(peer.device_id)


async def until(condition: Any, limit: float = 10.0, what: str = "condition") -> None:
    """Check `condition` every 20 ms (tests only; the code under test never polls)."""
    for _ in range(int(limit / 0.02)):
        if condition():
            return
        await trio.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")
