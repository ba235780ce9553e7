"""The window's view of the sync engine: `p2p.service.SyncService` behind `ui.service`.

The engine runs as a trio task in the GUI thread (qtrio guest mode), so its events arrive
here on that thread; this adapter folds them into the peer list and sync state the
window shows, in words a treasurer understands.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ledger.store import Store
from p2p.events import (
    AccessDenied,
    DataRejected,
    PeerBanned,
    PeerConnected,
    PeerDisconnected,
    PeerDiscovered,
    PeerGone,
    SyncEvent,
    SyncProgress,
)
from p2p.service import SyncService as Engine
from ui.service import PeerInfo, PeerSource, SyncPhase, SyncState

log = logging.getLogger(__name__)


class NetworkSync:
    """`ui.service.SyncService` over the p2p engine; `run` is the engine's trio task."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._running = False
        self._peers: dict[str, PeerInfo] = {}
        self._synced: set[str] = set()
        self._problem = ""
        self._callbacks: list[Callable[[], None]] = []
        engine.subscribe(self._on_event)

    async def run(self) -> None:
        """Run the engine until cancelled."""
        self._running = True
        self._notify()
        try:
            await self._engine.run()
        finally:
            self._running = False

    def state(self) -> SyncState:
        if not self._running:
            return SyncState(SyncPhase.OFFLINE)
        connected = [p for p, info in self._peers.items() if info.connected]
        if not connected:
            phase = SyncPhase.SEARCHING
        elif all(p in self._synced for p in connected):
            phase = SyncPhase.UP_TO_DATE
        else:
            phase = SyncPhase.SYNCING
        return SyncState(phase, len(connected), self._problem)

    def peers(self) -> list[PeerInfo]:
        return list(self._peers.values())

    def own_addresses(self) -> list[str]:
        return self._engine.listen_addrs() if self._running else []

    def add_peer_address(self, address: str) -> None:
        address = address.strip()
        try:
            self._engine.add_peer(address)
        except Exception as exc:  # multiaddr raises several types on bad input
            raise ValueError(
                f"'{address}' is not a full address like /ip4/192.168.1.20/tcp/4001/p2p/… ({exc})"
            ) from None
        peer_id = address.rsplit("/p2p/", 1)[-1]
        self._upsert(peer_id, address=address, source=PeerSource.MANUAL)

    def use_invite(self, code: str) -> None:
        """`ui.service.InviteJoiner`: present the code to the peers until its group arrives."""
        self._engine.use_invite(code)
        self._notify()

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback) if callback in self._callbacks else None

    def _notify(self) -> None:
        for callback in list(self._callbacks):
            callback()

    def _upsert(self, peer_id: str, **changes: object) -> None:
        old = self._peers.get(peer_id) or PeerInfo(address=peer_id, source=PeerSource.DISCOVERED)
        fields = {
            "address": old.address,
            "source": old.source,
            "device": old.device,
            "connected": old.connected,
            "last_sync": old.last_sync,
            "problem": old.problem,
        }
        fields.update(changes)
        self._peers[peer_id] = PeerInfo(**fields)  # type: ignore[arg-type]
        self._notify()

    def _on_event(self, event: SyncEvent) -> None:
        match event:
            case PeerDiscovered(peer_id=peer, addrs=addrs):
                if peer not in self._peers:
                    self._upsert(peer, address=addrs[0] if addrs else peer)
            case PeerGone(peer_id=peer):
                info = self._peers.get(peer)
                if info is not None and not info.connected and info.source is PeerSource.DISCOVERED:
                    del self._peers[peer]
                    self._notify()
            case PeerConnected(peer_id=peer, device=device):
                self._upsert(peer, device=device, connected=True, problem="")
            case PeerDisconnected(peer_id=peer, reason=reason):
                self._synced.discard(peer)
                self._upsert(peer, connected=False, problem=reason)
            case SyncProgress(peer_id=peer, synced=True):
                self._synced.add(peer)
                self._upsert(peer, last_sync=datetime.now())
            case AccessDenied(peer_id=peer, reason=reason):
                self._upsert(peer, problem=reason)
            case PeerBanned(peer_id=peer, reason=reason):
                self._upsert(peer, problem=reason)
            case DataRejected(peer_id=peer, reason=reason):
                self._problem = reason
                self._upsert(peer, problem=reason)
            case _:
                return


def start_engine(store: Store, home: Path) -> NetworkSync:
    """The engine for `store`'s data folder, wrapped for the window (not yet running)."""
    return NetworkSync(Engine(store, home=home))
