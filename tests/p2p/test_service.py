"""SyncService on loopback: manual addresses, invites, other processes' writes, known peers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import trio

from ledger.savings import membership_actions as actions
from ledger.store.documents import text_of
from ledger.store.ids import DeviceId
from ledger.store.store import Store
from p2p.events import PeerConnected, PeerDisconnected, PeerInSync, SyncEvent, SyncProgress
from p2p.peers import PeerBook
from p2p.service import ServiceConfig, SyncService
from tests.p2p.conftest import new_group, person, until

LOOPBACK = ("/ip4/127.0.0.1/tcp/0",)


def config(**kw: Any) -> ServiceConfig:
    return ServiceConfig(listen=LOOPBACK, mdns=False, redial_interval=1.0, **kw)


def test_services_sync_by_manual_address_and_push_other_processes_writes(
    tmp_path: Path, make_store: Any
) -> None:
    amina, bosco = person("Amina"), person("Bosco")
    a_store, b_store = make_store("a"), make_store("b")
    g = new_group(a_store, amina)
    code, _ = actions.create_invite(a_store, amina, g, role="member")
    events_b: list[SyncEvent] = []

    async def main() -> None:
        a = SyncService(a_store, home=tmp_path / "a", config=config())
        async with trio.open_nursery() as nursery:
            await nursery.start(a.run)
            addr = f"{a.transport.listen_addrs()[0]}/p2p/{a.peer_id}"
            b = SyncService(
                b_store,
                home=tmp_path / "b",
                config=config(peers=[addr]),
                invites=[code.signing_key],
                on_event=events_b.append,
            )
            await nursery.start(b.run)
            await until(lambda: g in b_store.group_ids(), what="group fetched by invite")
            actions.join_group(b_store, bosco, g, code, name="Bosco")
            await until(lambda: a_store.version_vector(g) == b_store.version_vector(g))

            # Another process (the CLI) writes to A's data folder while A's service runs.
            cli = Store.open(tmp_path / "a")
            try:
                actions.edit_document(cli, amina, g, "minutes:0000aaaa", "written by the CLI")
            finally:
                cli.close()
            await until(
                lambda: (
                    b_store.version_vector(g) == a_store.version_vector(g)
                    and len(b_store.version_vector(g)) == 2
                ),
                what="CLI write pushed",
            )
            doc = b_store.state(g).documents["minutes:0000aaaa"]
            assert text_of(doc, "minutes:0000aaaa") == "written by the CLI"
            nursery.cancel_scope.cancel()

    trio.run(main)
    assert any(isinstance(e, PeerConnected) and e.outbound for e in events_b)
    assert any(isinstance(e, SyncProgress) and e.synced for e in events_b)
    book = PeerBook(tmp_path / "b")
    (known,) = book.peers.values()
    assert known.manual
    assert known.last_sync is not None
    assert known.state == "disconnected"  # the service stopped; what it last saw is kept
    assert known.groups == [g]
    assert known.received >= 1
    # Over loopback: this PC's own network; the bytes of the sync messages are counted.
    assert known.path == "lan"
    assert known.bytes_received > 0 and known.bytes_sent > 0
    connected = next(e for e in events_b if isinstance(e, PeerConnected))
    assert connected.path == "lan"


def test_service_redials_a_remembered_peer_after_it_restarts(
    tmp_path: Path, make_store: Any
) -> None:
    amina = person("Amina")
    a_store, b_store = make_store("a"), make_store("b")
    g = new_group(a_store, amina)
    code, _ = actions.create_invite(a_store, amina, g, role="member")
    events_b: list[SyncEvent] = []

    async def main() -> None:
        async with trio.open_nursery() as outer:
            a = SyncService(a_store, home=tmp_path / "a", config=config())
            a_scope = trio.CancelScope()

            async def run_a() -> None:
                with a_scope:
                    await a.run()

            outer.start_soon(run_a)
            await until(lambda: bool(a.transport.listen_ports()))
            port = a.transport.listen_ports()[0]
            addr = f"/ip4/127.0.0.1/tcp/{port}/p2p/{a.peer_id}"
            b = SyncService(
                b_store, home=tmp_path / "b", config=config(peers=[addr]),
                invites=[code.signing_key], on_event=events_b.append,
            )  # fmt: skip
            await outer.start(b.run)
            await until(lambda: g in b_store.group_ids())
            a_scope.cancel()
            await until(lambda: any(isinstance(e, PeerDisconnected) for e in events_b))
            # A comes back on the same port; B redials it on its own.
            actions.edit_document(a_store, amina, g, "minutes:0000aaaa", "while apart")
            a2 = SyncService(
                a_store, home=tmp_path / "a", config=config().__class__(
                    listen=(f"/ip4/127.0.0.1/tcp/{port}",), mdns=False
                ),
            )  # fmt: skip
            await outer.start(a2.run)
            await until(
                lambda: b_store.version_vector(g) == a_store.version_vector(g), 15, "redial"
            )
            outer.cancel_scope.cancel()

    trio.run(main)
    assert sum(isinstance(e, PeerConnected) for e in events_b) >= 2


def test_use_invite_fetches_the_group_from_a_peer_already_connected(
    tmp_path: Path, make_store: Any
) -> None:
    amina = person("Amina")
    a_store, b_store = make_store("a"), make_store("b")
    g = new_group(a_store, amina)
    code, _ = actions.create_invite(a_store, amina, g, role="member")

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            a = SyncService(a_store, home=tmp_path / "a", config=config())
            await nursery.start(a.run)
            addr = f"{a.transport.listen_addrs()[0]}/p2p/{a.peer_id}"
            b = SyncService(b_store, home=tmp_path / "b", config=config(peers=[addr]))
            await nursery.start(b.run)
            await until(lambda: bool(b.sessions), what="connected without an invite")
            assert g not in b_store.group_ids()
            with pytest.raises(ValueError, match="invite code"):
                b.use_invite("LAT-not-a-code")
            b.use_invite(code.text())
            await until(lambda: g in b_store.group_ids(), what="group fetched by the new invite")
            nursery.cancel_scope.cancel()

    trio.run(main)


def test_progress_during_a_sync_does_not_save_the_peer_book_per_batch(
    tmp_path: Path, make_store: Any
) -> None:
    """The first sync with a peer is worth saving at once; each later batch's progress
    only freshens a time, saved with the next change of state (here `PeerInSync`)."""
    store = make_store("a")
    g = new_group(store, person("Amina"))
    service = SyncService(store, home=tmp_path / "a", config=config())
    peer = "12D3KooWPeer"
    service._emit(SyncProgress(peer, g, received=0, sent=500, synced=True))
    assert service._book_dirty.is_set()
    assert service.book.peers[peer].last_sync is not None
    service._book_dirty = trio.Event()
    for sent in range(1000, 100_000, 500):
        service._emit(SyncProgress(peer, g, received=0, sent=sent, synced=True))
    assert not service._book_dirty.is_set()
    service._emit(PeerInSync(peer, DeviceId("d1" * 32), (g,), received=0, sent=100_000))
    assert service._book_dirty.is_set()
    assert service.book.peers[peer].state == "in sync"
