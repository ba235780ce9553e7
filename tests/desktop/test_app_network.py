"""The window's view of the sync engine: events become peers and a sync state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import trio

from desktop.network import NetworkSync
from desktop.offline_sync import OfflineSync
from ledger.store.ids import DeviceId, GroupId
from ledger.store.invites import InviteCode
from p2p.events import (
    DataRejected,
    PeerConnected,
    PeerDisconnected,
    PeerDiscovered,
    SyncEvent,
    SyncProgress,
)
from ui.service import PeerSource, SyncPhase, SyncState

PEER = "12D3KooWPeer"
DEVICE = DeviceId("cd" * 32)
GROUP = GroupId("ef" * 32)


class FakeEngine:
    """Only what the adapter calls; the real engine has its own tests in tests/p2p."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[SyncEvent], None]] = []
        self.dialled: list[str] = []
        self.started = trio.Event()

    def subscribe(self, callback: Callable[[SyncEvent], None]) -> Callable[[], None]:
        self.listeners.append(callback)
        return lambda: None

    def emit(self, event: SyncEvent) -> None:
        for listener in self.listeners:
            listener(event)

    def add_peer(self, addr: str) -> None:
        if "/p2p/" not in addr:
            raise ValueError(f"{addr} names no peer (append /p2p/<peer id>)")
        self.dialled.append(addr)

    def listen_addrs(self) -> list[str]:
        return ["/ip4/192.168.1.5/tcp/4001/p2p/me"]

    async def run(self) -> None:
        self.started.set()
        await trio.sleep_forever()


def test_events_become_peers_and_state() -> None:
    engine = FakeEngine()
    sync = NetworkSync(lambda: engine)  # type: ignore[arg-type,return-value]
    calls: list[None] = []
    sync.subscribe(lambda: calls.append(None))

    async def scenario() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(sync.run)
            await engine.started.wait()
            assert sync.state().phase is SyncPhase.SEARCHING
            assert sync.own_addresses() == ["/ip4/192.168.1.5/tcp/4001/p2p/me"]
            engine.emit(PeerDiscovered(PEER, ("/ip4/192.168.1.7/tcp/4001",), (GROUP,)))
            engine.emit(PeerConnected(PEER, DEVICE, outbound=True, path="direct"))
            assert sync.peers()[0].path == "direct over the internet"
            assert sync.state().phase is SyncPhase.SYNCING
            assert sync.state().connected_peers == 1
            engine.emit(SyncProgress(PEER, GROUP, received=3, sent=0, synced=True))
            assert sync.state().phase is SyncPhase.UP_TO_DATE
            engine.emit(DataRejected(PEER, "signature does not match the author"))
            assert sync.state().detail == "signature does not match the author"
            engine.emit(
                PeerDisconnected(PEER, DEVICE, "the other computer closed the connection", 700, 90)
            )
            nursery.cancel_scope.cancel()

    trio.run(scenario)
    [peer] = sync.peers()
    assert peer.address == "/ip4/192.168.1.7/tcp/4001"
    assert peer.source is PeerSource.DISCOVERED
    assert peer.device == DEVICE
    assert not peer.connected
    assert peer.last_sync is not None
    assert peer.problem == "the other computer closed the connection"
    assert (peer.bytes_received, peer.bytes_sent) == (700, 90)
    assert sync.state().phase is SyncPhase.OFFLINE
    assert len(calls) >= 6


def test_manual_address_is_checked_by_the_engine() -> None:
    engine = FakeEngine()
    sync = NetworkSync(lambda: engine)  # type: ignore[arg-type,return-value]

    async def scenario() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(sync.run)
            await engine.started.wait()
            with pytest.raises(ValueError, match="not a full address"):
                sync.add_peer_address("/ip4/192.168.1.7/tcp/4001")
            sync.add_peer_address(" /ip4/192.168.1.7/tcp/4001/p2p/QmPeer ")
            nursery.cancel_scope.cancel()

    trio.run(scenario)
    assert engine.dialled == ["/ip4/192.168.1.7/tcp/4001/p2p/QmPeer"]
    assert [p.source for p in sync.peers()] == [PeerSource.MANUAL]


def test_addresses_and_invites_given_before_the_engine_loads_are_handed_over() -> None:
    engine = FakeEngine()
    invites: list[str] = []
    engine.use_invite = invites.append  # type: ignore[attr-defined]
    built: list[FakeEngine] = []

    def make_engine() -> FakeEngine:
        built.append(engine)
        return engine

    sync = NetworkSync(make_engine)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="full address"):
        sync.add_peer_address("192.168.1.7:4001")
    with pytest.raises(ValueError, match="invite code"):
        sync.use_invite("LAT-not-a-code")
    sync.add_peer_address("/ip4/192.168.1.7/tcp/4001/p2p/QmPeer")
    code = InviteCode.new().text()
    sync.use_invite(code)
    assert built == [] and sync.own_addresses() == []

    async def scenario() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(sync.run)
            await engine.started.wait()
            assert sync.own_addresses() == ["/ip4/192.168.1.5/tcp/4001/p2p/me"]
            nursery.cancel_scope.cancel()

    trio.run(scenario)
    assert built == [engine]
    assert engine.dialled == ["/ip4/192.168.1.7/tcp/4001/p2p/QmPeer"]
    assert invites == [code]


def test_offline_service_remembers_addresses_and_says_why() -> None:
    offline = OfflineSync(reason="network sync is switched off")
    with pytest.raises(ValueError, match="full address"):
        offline.add_peer_address("192.168.1.7:4001")
    offline.add_peer_address("/ip4/192.168.1.7/tcp/4001/p2p/QmPeer")
    offline.add_peer_address("/ip4/192.168.1.7/tcp/4001/p2p/QmPeer")
    [peer] = offline.peers()
    assert peer.problem == "network sync is switched off"
    assert offline.state() == SyncState(SyncPhase.OFFLINE, 0, "network sync is switched off")
