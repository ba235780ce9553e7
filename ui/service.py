"""The one interface through which the window reaches the network.

`ui/` never imports `p2p/`, libp2p or zeroconf: the composition root (`desktop/`) hands
the window an object satisfying `SyncService`, and `SyncBridge` turns that object's
plain-Python notifications into a Qt signal delivered on the GUI thread, whichever thread
(trio guest, zeroconf's asyncio thread) they came from.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt, Signal

from ledger.store.ids import DeviceId


class SyncPhase(enum.Enum):
    """What the sync engine is doing, as a treasurer would ask about it."""

    OFFLINE = "offline"
    SEARCHING = "searching"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    PROBLEM = "problem"


@dataclass(frozen=True, slots=True)
class SyncState:
    phase: SyncPhase
    connected_peers: int = 0
    detail: str = ""
    """Plain words from the engine (e.g. why a peer's data was rejected); may be empty."""


class PeerSource(enum.Enum):
    DISCOVERED = "discovered"
    """Found on the local network by mDNS."""
    MANUAL = "manual"
    """An address someone typed in."""


@dataclass(frozen=True, slots=True)
class PeerInfo:
    address: str
    source: PeerSource
    device: DeviceId | None = None
    """None until a connection has authenticated the peer's device key."""
    connected: bool = False
    last_sync: datetime | None = None
    problem: str = ""
    """Why the last exchange failed or data was refused, in plain words; empty when fine."""
    path: str = ""
    """How the last connection went, in words (`ledger.store.reach.path_words`); empty: unknown."""
    bytes_received: int = 0
    bytes_sent: int = 0
    """Sync bytes moved with the peer (this run of the program, or as the engine keeps them)."""


class SyncService(Protocol):
    """What the window may ask of the sync engine. Every method returns at once."""

    def state(self) -> SyncState: ...

    def peers(self) -> list[PeerInfo]: ...

    def own_addresses(self) -> list[str]:
        """Addresses other computers can type in to reach this one (empty when offline)."""
        ...

    def add_peer_address(self, address: str) -> None:
        """Remember `address` and start dialling it; raise ValueError (plain words) if malformed."""
        ...

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` (from any thread) after the state or peer list changes.

        Returns a function that unsubscribes.
        """
        ...


class SyncBridge(QObject):
    """Re-emits a `SyncService`'s notifications as `changed` on the GUI thread."""

    changed = Signal()
    _poke = Signal()

    def __init__(self, service: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        # A queued connection makes emission from a foreign thread safe: the slot runs
        # in this object's (the GUI) thread.
        self._poke.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = service.subscribe(self._poke.emit)

    def close(self) -> None:
        """Stop listening; the service may outlive the window."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


@runtime_checkable
class InviteJoiner(Protocol):
    """A sync service that can fetch a group by presenting an invite to the peers it meets.

    Optional: the first-run window uses it when the service offers it.
    """

    def use_invite(self, code: str) -> None:
        """Present `code` (an invite code's text) to peers until the group arrives; raise
        ValueError (plain words) if it is malformed."""
        ...
