"""The window's view of the sync engine: `p2p.service.SyncService` behind `ui.service`.

The engine runs as a trio task in the GUI thread (qtrio guest mode), so its events arrive
here on that thread; this adapter folds them into the peer list and sync state the
window shows, in words a treasurer understands.

The engine's code (libp2p and its cryptography) takes seconds to import, so it is loaded
on a worker thread after the window is shown: the window never waits for the network.
Addresses and invite codes given before then are kept and handed over once it runs.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.offline_sync import check_address
from ledger.store.errors import LatticeError
from ledger.store.invites import InviteCode
from ledger.store.reach import path_words
from ledger.store.store import Store
from p2p.events import (
    AccessDenied,
    DataRejected,
    PeerBanned,
    PeerConnected,
    PeerDisconnected,
    PeerDiscovered,
    PeerGone,
    PeerInSync,
    SyncEvent,
    SyncProgress,
)
from ui.service import PeerInfo, PeerSource, SyncPhase, SyncState

if TYPE_CHECKING:
    from p2p.service import SyncService as Engine

log = logging.getLogger(__name__)
ENGINE_MODULE = "p2p.service"


class NetworkSync:
    """`ui.service.SyncService` over the p2p engine; `run` is the engine's trio task.

    `make_engine` builds the engine; it is called in `run`, once the engine's code has
    been imported off the GUI thread.
    """

    def __init__(self, make_engine: Callable[[], Engine]) -> None:
        self._make_engine = make_engine
        self._engine: Engine | None = None
        self._waiting: list[Callable[[Engine], None]] = []
        self._running = False
        self._peers: dict[str, PeerInfo] = {}
        self._synced: set[str] = set()
        self._problem = ""
        self._callbacks: list[Callable[[], None]] = []

    async def run(self) -> None:
        """Load and run the engine until cancelled."""
        self._running = True
        self._notify()
        import trio  # loaded with the event loop, after the window shows

        try:
            if self._engine is None:
                await trio.to_thread.run_sync(  # type: ignore[call-arg]  # stubs predate it
                    importlib.import_module, ENGINE_MODULE, abandon_on_cancel=True
                )
                self._engine = self._make_engine()
                self._engine.subscribe(self._on_event)
                waiting, self._waiting = self._waiting, []
                for hand_over in waiting:
                    hand_over(self._engine)
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
        return self._engine.listen_addrs() if self._running and self._engine else []

    def add_peer_address(self, address: str) -> None:
        address = address.strip()
        if self._engine is None:
            address = check_address(address)  # the engine checks the rest once it runs
            self._waiting.append(lambda engine: self._dial_later(engine, address))
        else:
            try:
                self._engine.add_peer(address)
            except Exception as exc:  # multiaddr raises several types on bad input
                raise ValueError(_not_an_address(address, exc)) from None
        peer_id = address.rsplit("/p2p/", 1)[-1]
        self._upsert(peer_id, address=address, source=PeerSource.MANUAL)

    def _dial_later(self, engine: Engine, address: str) -> None:
        try:
            engine.add_peer(address)
        except Exception as exc:  # nobody waits for an answer now: show it on the peer
            log.warning("%s", _not_an_address(address, exc))
            self._upsert(address.rsplit("/p2p/", 1)[-1], problem=_not_an_address(address, exc))

    def use_invite(self, code: str) -> None:
        """`ui.service.InviteJoiner`: present the code to the peers until its group arrives."""
        if self._engine is None:
            try:
                InviteCode.parse(code)  # malformed codes are refused now, not later
            except LatticeError as exc:
                raise ValueError(str(exc)) from None
            self._waiting.append(lambda engine: engine.use_invite(code))
        else:
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
            "path": old.path,
            "bytes_received": old.bytes_received,
            "bytes_sent": old.bytes_sent,
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
            case PeerConnected(peer_id=peer, device=device, path=path, relay=relay):
                how = path_words(path, relay) or ""
                self._upsert(peer, device=device, connected=True, problem="", path=how)
            case PeerDisconnected(peer_id=peer, reason=reason):
                self._synced.discard(peer)
                old = self._peers.get(peer)
                self._upsert(
                    peer,
                    connected=False,
                    problem=reason,
                    bytes_received=(old.bytes_received if old else 0) + event.bytes_received,
                    bytes_sent=(old.bytes_sent if old else 0) + event.bytes_sent,
                )
            case PeerInSync(peer_id=peer):
                known = getattr(self._engine, "book", None)
                kept = known.peers.get(peer) if known is not None else None
                if kept is not None:  # the engine's running count, this session included
                    self._upsert(
                        peer, bytes_received=kept.bytes_received, bytes_sent=kept.bytes_sent
                    )
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


def _not_an_address(address: str, exc: Exception) -> str:
    return f"'{address}' is not a full address like /ip4/192.168.1.20/tcp/4001/p2p/… ({exc})"


def start_engine(store: Store, home: Path) -> NetworkSync:
    """The engine for `store`'s data folder, wrapped for the window (not yet loaded)."""

    def make_engine() -> Engine:
        from p2p.service import SyncService as Engine

        return Engine(store, home=home)

    return NetworkSync(make_engine)
