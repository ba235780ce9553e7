"""SyncService at the connection level: silent before it holds a group, strangers and
banned peers shut out, and no connection left behind when a session ends."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import trio

import p2p.service
from ledger.savings import membership_actions as actions
from ledger.store.change import sign_change
from ledger.store.ids import ChangeId, DeviceId
from p2p import messages as m
from p2p.admission import AdmissionLimits
from p2p.events import PeerBanned, PeerInSync
from p2p.guard import PeerGuard
from p2p.service import ServiceConfig, SyncService
from p2p.sync import SyncSession
from p2p.transport import Transport, TransportError, peer_id_of
from tests.p2p.conftest import Side, linked, new_group, person, until
from tests.p2p.test_admission import cut_off

LOOPBACK = ("/ip4/127.0.0.1/tcp/0",)


def config(**kw: Any) -> ServiceConfig:
    return ServiceConfig(listen=LOOPBACK, mdns=False, redial_interval=1.0, **kw)


def connections(service: SyncService) -> int:
    return sum(len(c) for c in service.transport.host.get_network().connections.values())


def test_a_pc_without_a_group_neither_listens_nor_announces(
    tmp_path: Path, make_store: Any
) -> None:
    store = make_store("a")
    service = SyncService(store, home=tmp_path / "a", config=ServiceConfig(listen=LOOPBACK))

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            await nursery.start(service.run)
            await trio.sleep(0.5)
            assert service.transport.listen_addrs() == []
            assert not service.transport.host.get_network().listeners
            assert service.discovery is None  # zeroconf not even started
            new_group(store, person("Amina"))
            await until(lambda: service.transport.listen_addrs() != [], what="listening")
            nursery.cancel_scope.cancel()

    trio.run(main)


def test_a_pc_joining_a_group_listens_at_once(tmp_path: Path, make_store: Any) -> None:
    a_store, b_store = make_store("a"), make_store("b")
    amina = person("Amina")
    group = new_group(a_store, amina)
    code, _ = actions.create_invite(a_store, amina, group, role="member")

    async def main() -> None:
        b = SyncService(b_store, home=tmp_path / "b", config=config())
        async with trio.open_nursery() as nursery:
            await nursery.start(b.run)
            assert b.transport.listen_addrs() == []
            b.use_invite(code.text())
            await until(lambda: b.transport.listen_addrs() != [], what="listening")
            nursery.cancel_scope.cancel()

    trio.run(main)


def test_a_stranger_is_disconnected_and_a_finished_session_leaves_no_connection(
    tmp_path: Path, make_store: Any
) -> None:
    a_store, b_store = make_store("a"), make_store("b")
    new_group(a_store, person("Amina"))
    new_group(b_store, person("Bosco"))  # B holds a group, but not A's: a stranger to A
    limits = AdmissionLimits(stranger_deadline=1.0)

    async def main() -> None:
        a = SyncService(a_store, home=tmp_path / "a", config=config(admission=limits))
        async with trio.open_nursery() as nursery:
            await nursery.start(a.run)
            addr = f"{a.transport.listen_addrs()[0]}/p2p/{a.peer_id}"
            # A stranger who only connects (no stream): closed at the deadline.
            idle = Transport(os.urandom(32))
            async with idle.run(()):
                stream = await idle.open(addr)
                await cut_off(stream)  # A's hello, then nothing from us: A hangs up
                await until(lambda: a.transport.gate.stats.strangers_closed >= 1)
            # Another PC's service: its session with A ends, and so does the connection.
            b = SyncService(b_store, home=tmp_path / "b", config=config(peers=[addr]))
            nursery.start_soon(b.run)
            await until(lambda: a.transport.gate.stats.strangers_closed >= 2, 20, "B cut off")
            await until(lambda: connections(a) == 0, 20, "no connection left on A")
            nursery.cancel_scope.cancel()

    trio.run(main)


def test_a_banned_peer_cannot_hold_a_connection(tmp_path: Path, make_store: Any) -> None:
    a_store = make_store("a")
    new_group(a_store, person("Amina"))

    async def main() -> None:
        a = SyncService(a_store, home=tmp_path / "a", config=config())
        async with trio.open_nursery() as nursery:
            await nursery.start(a.run)
            addr = f"{a.transport.listen_addrs()[0]}/p2p/{a.peer_id}"
            mallory = Transport(os.urandom(32), connect_timeout=3)
            a.guard.strike(mallory.device_id, "test", a.guard.limit + 1)
            async with mallory.run(()):
                try:
                    stream = await mallory.open(addr)
                except TransportError:
                    pass  # refused before the stream opened: right too
                else:
                    await cut_off(stream)
            await until(lambda: connections(a) == 0, 20, "no connection left on A")
            nursery.cancel_scope.cancel()

    trio.run(main)


def test_nothing_a_peer_sends_after_its_ban_reaches_the_store(make_store: Any) -> None:
    """Banned by a strike elsewhere (another session, another of its connections): the
    next batch it sends is not handed to the store, and the session ends."""
    amina, bosco = person("Amina"), person("Bosco")
    a = Side(make_store("a"))
    g = new_group(a.store, amina)
    code, _ = actions.create_invite(a.store, amina, g, role="council")
    b = Side(make_store("b"), invites=[code.signing_key])

    async def join() -> None:
        async with linked(a, b):
            await until(lambda: g in b.store.group_ids(), what="group fetched")
            actions.join_group(b.store, bosco, g, code, name="Bosco")
            await until(lambda: a.store.version_vector(g) == b.store.version_vector(g))

    trio.run(join)
    before = a.store.version_vector(g)

    async def banned_then_writes() -> None:
        earlier, ended = len(a.of(PeerInSync)), len(a.ended)
        async with linked(a, b):
            await until(lambda: len(a.of(PeerInSync)) > earlier, what="in sync")
            a.guard.strike(b.store.device_id, "struck elsewhere", a.guard.limit + 1)
            actions.edit_document(b.store, bosco, g, "minutes:0000bbbb", "sent after the ban")
            await until(lambda: len(a.ended) > ended, what="A ended the session")

    trio.run(banned_then_writes)
    assert a.ended[-1] == "peer is banned"
    assert a.store.version_vector(g) == before
    assert a.store.version_vector(g) != b.store.version_vector(g)


def test_the_guard_strikes_changes_that_never_resolve() -> None:
    now = [0.0]
    guard = PeerGuard(limit=5, pending_patience=60.0, clock=lambda: now[0])
    honest, flooder = DeviceId("aa" * 32), DeviceId("bb" * 32)
    guard.waiting(honest, ChangeId("01" * 32))
    for i in range(8):
        guard.waiting(flooder, ChangeId(f"{i + 10:02d}" * 32))
    assert guard.next_due() == 60.0
    now[0] = 30.0
    guard.resolved([ChangeId("01" * 32)])  # its earlier change arrived meanwhile
    assert guard.strike_unresolved() == []  # nobody is out of patience yet
    now[0] = 61.0
    assert guard.strike_unresolved() == [flooder]
    assert guard.banned_for(flooder) > 0
    assert guard.banned_for(honest) == 0
    assert guard.next_due() is None


def test_a_peer_whose_changes_never_resolve_is_banned(
    tmp_path: Path, make_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina, bosco = person("Amina"), person("Bosco")
    a_store, b_store = make_store("a"), make_store("b")
    g = new_group(a_store, amina)
    actions.add_member(
        a_store, signer=amina, group=g, person=bosco.person, name="Bosco", roles=["council"]
    )
    b_store.ingest_many(a_store.raw_changes(g))
    actions.link_device(b_store, bosco, g, "Bosco's PC")  # a member's PC: welcome on A
    a_store.ingest_many(b_store.raw_changes(g))

    class CitesMadeUpChanges(SyncSession):
        """B's sessions send well-signed changes that cite changes that do not exist."""

        async def _serve(self, group: Any, out: Any) -> None:
            if self.store is not b_store:
                return await super()._serve(group, out)
            for i in range(40):
                made_up = sign_change(
                    bosco, group=group, device=DeviceId(os.urandom(32).hex()), seq=1,
                    prev=None, deps=(ChangeId(os.urandom(32).hex()),), clock=i,
                    kind="entry.add",
                    body={"type": "contribution", "fund": bytes.fromhex(group),
                          "member": bytes.fromhex(bosco.person), "amount": 100,
                          "date": "2026-01-15"},
                )  # fmt: skip
                out.sent_seq += 1
                await self._send(m.Batch(group, out.sent_seq, (made_up.raw,)))
            await trio.sleep_forever()

    monkeypatch.setattr(p2p.service.SyncService, "session_class", CitesMadeUpChanges)
    events: list[Any] = []

    async def main() -> None:
        a = SyncService(
            a_store, home=tmp_path / "a", config=config(), on_event=events.append,
            guard=PeerGuard(limit=10, pending_patience=1.0),
        )  # fmt: skip
        async with trio.open_nursery() as nursery:
            await nursery.start(a.run)
            addr = f"{a.transport.listen_addrs()[0]}/p2p/{a.peer_id}"
            b = SyncService(b_store, home=tmp_path / "b", config=config(peers=[addr]))
            await nursery.start(b.run)
            await until(lambda: a.guard.banned_for(b_store.device_id) > 0, 20, "a ban")
            await until(lambda: b_store.device_id not in a.sessions, 10, "session ended")
            nursery.cancel_scope.cancel()

    trio.run(main)
    assert any(isinstance(e, PeerBanned) for e in events)
    assert a_store.pending_count() == 0  # what it left waiting went with the ban
    assert a_store.source_record(f"peer {peer_id_of(b_store.device_id)}").pending == 0
