"""A neighbour on the LAN is not left on a relayed session, whichever came first: the
relayed session or mDNS seeing the peer; and a LAN that mDNS crosses but TCP cannot
leaves the session on the relay (tried once per discovery, no back and forth).

mDNS is played by hand here (the service's `discovered`, as `_discover_once` fills it),
so the order is provoked on purpose: the peer is "seen on the LAN" before any session,
and the other PC, which has not seen it, reaches it through the relay first."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import trio

from ledger.store.ids import DeviceId
from ledger.store.reach import LAN, RELAY
from ledger.store.store import Store
from p2p.discovery import PeerFound
from p2p.events import PeerConnected, PeerUnreachable, SyncEvent
from p2p.relay import RelayNode
from p2p.service import ServiceConfig, SyncService
from tests.multihost.lan import founded_group, people, write
from tests.p2p.conftest import until

LOOPBACK = ("/ip4/127.0.0.1/tcp/0",)


def only_relays(relay: str) -> ServiceConfig:
    return ServiceConfig(
        listen=LOOPBACK, mdns=False, redial_interval=1.0, relays=[relay], hole_punch=False
    )


def seen_on_lan(peer_id: str, addrs: list[str]) -> PeerFound:
    """What mDNS reports for a PC at `addrs` (the tags do not matter here)."""
    return PeerFound(peer_id, tuple(addrs), frozenset(), "00" * 8, "1")


def tcp_addrs(service: SyncService) -> list[str]:
    return ["/".join(a.split("/")[:5]) for a in service.transport.listen_addrs()]


def closed_port() -> int:
    """A loopback port nothing listens on: TCP to it is refused, like a firewalled LAN."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def in_sync(stores: list[Store], group: Any) -> bool:
    for store in stores:
        store.refresh()
    return stores[0].version_vector(group) == stores[1].version_vector(group)


def relayed_connects(events: list[SyncEvent]) -> int:
    return sum(1 for e in events if isinstance(e, PeerConnected) and e.path == RELAY)


def session_over(a: SyncService, stores: list[Store], group: Any, path: str) -> bool:
    """A's session with B runs over `path` and the two are in sync."""
    live = a.sessions.get(DeviceId(stores[1].device_id))
    return live is not None and live.path == path and in_sync(stores, group)


@contextmanager
def two_pcs(tmp_path: Path) -> Iterator[tuple[list[Path], list[Store], Any]]:
    """Oakland and Richmond in one group, Richmond having written since: their homes,
    open stores (closed afterwards) and the group."""
    homes = [tmp_path / "oakland", tmp_path / "richmond"]
    signers = people("Nai", "Fou")
    group = founded_group(homes, signers)
    write(homes[1], signers[1], group, "written at richmond")
    stores = [Store.open(h) for h in homes]
    try:
        yield homes, stores, group
    finally:
        for s in stores:
            s.close()


def run_pair(tmp_path: Path, lan_of_b: list[str] | None, check: Any) -> list[list[SyncEvent]]:
    """A and B meet only through a relay; A "saw B on the LAN" at `lan_of_b` (B's real
    address when None) before either started a session. `check(a, b, stores, group)`
    runs once they are up; returns the events of A and of B."""
    events: list[list[SyncEvent]] = [[], []]

    async def main(homes: list[Path], stores: list[Store], group: Any) -> None:
        relay = RelayNode(os.urandom(32))
        async with relay.run(LOOPBACK), trio.open_nursery() as nursery:
            addr = relay.listen_addrs()[0]
            a, b = (
                SyncService(s, home=h, config=only_relays(addr), on_event=e.append)
                for s, h, e in zip(stores, homes, events, strict=True)
            )
            await nursery.start(b.run)
            where = lan_of_b if lan_of_b is not None else tcp_addrs(b)
            a.discovered[b.peer_id] = seen_on_lan(b.peer_id, where)
            await nursery.start(a.run)
            await check(a, b, stores, group)
            nursery.cancel_scope.cancel()

    with two_pcs(tmp_path) as pcs:
        trio.run(main, *pcs)
    return events


def test_a_relayed_session_begun_after_mdns_saw_the_peer_moves_to_the_lan(
    tmp_path: Path,
) -> None:
    async def check(a: SyncService, b: SyncService, stores: list[Store], group: Any) -> None:
        device_b = DeviceId(stores[1].device_id)
        on_lan = partial(session_over, a, stores, group, LAN)
        await until(on_lan, limit=60, what="A's session with B moved to the LAN")
        # Once there it stays: B's later relay dials meet the LAN session and give way.
        live = a.sessions[device_b]
        await trio.sleep(2.5)
        assert a.sessions.get(device_b) is live

    events_a, events_b = run_pair(tmp_path, None, check)
    assert relayed_connects(events_b) >= 1, "B reached A through the relay first"
    assert relayed_connects(events_a) == 0, "A did not keep a relayed session"
    assert any(isinstance(e, PeerConnected) and e.path == LAN for e in events_a)


def test_a_lan_that_tcp_cannot_cross_keeps_the_relayed_session_and_syncs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="p2p.connections")
    blocked = [f"/ip4/127.0.0.1/tcp/{closed_port()}"]

    async def check(a: SyncService, b: SyncService, stores: list[Store], group: Any) -> None:
        device_b = DeviceId(stores[1].device_id)
        relayed_and_in_sync = partial(session_over, a, stores, group, RELAY)
        await until(relayed_and_in_sync, limit=60, what="A and B in sync through the relay")
        live = a.sessions[device_b]
        await trio.sleep(2.5)  # a few redial rounds: nothing moves it again
        assert a.sessions.get(device_b) is live
        assert not a._prefer_lan(b.peer_id), "tried once for this discovery"
        assert moves() == 1, "the relayed session gave way to the LAN once, then stayed"
        # mDNS finding B afresh at another address is a new discovery: tried again.
        a.discovered[b.peer_id] = seen_on_lan(b.peer_id, tcp_addrs(b))
        assert a._prefer_lan(b.peer_id)

        def moved() -> bool:
            now = a.sessions.get(device_b)
            return now is not None and now.path == LAN

        await until(moved, limit=60, what="the new discovery moved the session to the LAN")

    def moves() -> int:
        return sum("moving its relayed session there" in r.getMessage() for r in caplog.records)

    events_a, _ = run_pair(tmp_path, blocked, check)
    assert relayed_connects(events_a) >= 1
    assert moves() == 2  # and once more for the new discovery


def test_a_peer_on_the_lan_that_did_not_answer_is_tried_again_a_few_times(
    tmp_path: Path,
) -> None:
    """No relays: a dial to a LAN peer that fails (a busy PC) is retried with a growing
    wait, a bounded number of times, rather than left to the next redial round."""
    events: list[SyncEvent] = []
    config = ServiceConfig(
        listen=LOOPBACK, mdns=False, hole_punch=False, lan_retries=2, lan_retry_delay=0.2
    )

    def unreachable() -> int:
        return sum(1 for e in events if isinstance(e, PeerUnreachable))

    async def main(homes: list[Path], stores: list[Store], group: Any) -> None:
        async with trio.open_nursery() as nursery:
            a = SyncService(stores[0], home=homes[0], config=config, on_event=events.append)
            b = SyncService(stores[1], home=homes[1], config=config)
            await nursery.start(a.run)
            await nursery.start(b.run)
            nobody = [f"/ip4/127.0.0.1/tcp/{closed_port()}"]

            # Nothing answers where mDNS said: the first dial and both retries fail, then stop.
            a.discovered[b.peer_id] = seen_on_lan(b.peer_id, nobody)
            a._dial_soon(b.peer_id, nobody)
            await until(lambda: unreachable() == 3, limit=30, what="a dial and two retries")
            await trio.sleep(1.5)  # longer than the next retry would have waited
            assert unreachable() == 3 and not a.sessions

            # It answers on a retry: the session starts without waiting for a redial round.
            a._lan_failures.clear()
            a._dial_soon(b.peer_id, nobody)
            await until(lambda: unreachable() == 4, limit=30, what="the first dial failed")
            a.discovered[b.peer_id] = seen_on_lan(b.peer_id, tcp_addrs(b))
            await until(lambda: in_sync(stores, group), limit=30, what="synced after a retry")
            assert a.sessions[DeviceId(stores[1].device_id)].path == LAN
            assert unreachable() == 4
            nursery.cancel_scope.cancel()

    with two_pcs(tmp_path) as pcs:
        trio.run(main, *pcs)
