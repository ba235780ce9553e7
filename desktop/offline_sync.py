"""The sync service the window gets while this build has no network engine wired in.

It reports "not syncing" truthfully and keeps the addresses typed in this session, so the
Peers view works and says why nothing connects. `desktop/app.py` swaps in the real engine
(p2p) behind the same `ui.service.SyncService` interface.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ui.service import PeerInfo, PeerSource, SyncPhase, SyncState

log = logging.getLogger(__name__)


def check_address(address: str) -> str:
    """The trimmed address, or ValueError in plain words.

    The same form the network engine takes: a multiaddr naming the peer
    (`/ip4/192.168.1.20/tcp/4001/p2p/<peer id>`), as shown on the other computer.
    """
    address = address.strip()
    if not address:
        raise ValueError("type the address shown on the other computer")
    if any(ch.isspace() for ch in address):
        raise ValueError("an address has no spaces")
    if not address.startswith("/") or "/tcp/" not in address or "/p2p/" not in address:
        raise ValueError("a full address looks like /ip4/192.168.1.20/tcp/4001/p2p/12D3KooW…")
    return address


class OfflineSync:
    """`ui.service.SyncService` without a network: nothing is ever dialled."""

    def __init__(self, reason: str = "network sync is not running") -> None:
        self._reason = reason
        self._peers: list[PeerInfo] = []
        self._callbacks: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def state(self) -> SyncState:
        return SyncState(SyncPhase.OFFLINE, 0, self._reason)

    def peers(self) -> list[PeerInfo]:
        with self._lock:
            return list(self._peers)

    def own_addresses(self) -> list[str]:
        return []

    def add_peer_address(self, address: str) -> None:
        address = check_address(address)
        with self._lock:
            if any(p.address == address for p in self._peers):
                return
            self._peers.append(
                PeerInfo(address=address, source=PeerSource.MANUAL, problem=self._reason)
            )
            callbacks = list(self._callbacks)
        log.info("remembered peer address %s (offline: not dialled)", address)
        for callback in callbacks:
            callback()

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        with self._lock:
            self._callbacks.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return unsubscribe
