"""A scriptable sync service: the network is not what the UI tests are about."""

from __future__ import annotations

from collections.abc import Callable

from ui.service import PeerInfo, SyncPhase, SyncState


class FakeSync:
    """Satisfies `ui.service.SyncService`; tests set its state and peers and call `notify`."""

    def __init__(self) -> None:
        self.current = SyncState(SyncPhase.SEARCHING)
        self.known: list[PeerInfo] = []
        self.added: list[str] = []
        self.addresses: list[str] = []
        self.callbacks: list[Callable[[], None]] = []

    def state(self) -> SyncState:
        return self.current

    def peers(self) -> list[PeerInfo]:
        return list(self.known)

    def own_addresses(self) -> list[str]:
        return list(self.addresses)

    def add_peer_address(self, address: str) -> None:
        if not address.strip():
            raise ValueError("type an address")
        self.added.append(address.strip())

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        self.callbacks.append(callback)
        return lambda: self.callbacks.remove(callback)

    def notify(self) -> None:
        for callback in list(self.callbacks):
            callback()
