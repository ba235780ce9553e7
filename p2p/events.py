"""What the sync service tells its owner (the window, the CLI), as plain values."""

from __future__ import annotations

from dataclasses import dataclass

from ledger.store.ids import DeviceId, GroupId


@dataclass(frozen=True, slots=True)
class PeerDiscovered:
    peer_id: str
    addrs: tuple[str, ...]
    groups: tuple[GroupId, ...]
    """Our groups the peer announced (recognised from its blinded tags)."""


@dataclass(frozen=True, slots=True)
class PeerGone:
    peer_id: str


@dataclass(frozen=True, slots=True)
class PeerUnreachable:
    """Dialling the peer failed (it will be tried again if it is known or announced)."""

    peer_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class PeerConnected:
    peer_id: str
    device: DeviceId
    outbound: bool
    path: str = ""
    """`lan`, `direct` or `relay` (`ledger.store.reach`; see `p2p.paths`); empty when unknown."""
    relay: str = ""
    """The relay, for a `relay` path."""


@dataclass(frozen=True, slots=True)
class PeerDisconnected:
    peer_id: str
    device: DeviceId
    reason: str
    bytes_received: int = 0
    bytes_sent: int = 0
    """Sync bytes moved in the session that ended."""


@dataclass(frozen=True, slots=True)
class SyncProgress:
    peer_id: str
    group: GroupId
    received: int
    sent: int
    synced: bool
    """True once the peer has sent everything we lacked when we asked."""


@dataclass(frozen=True, slots=True)
class PeerInSync:
    """Both sides hold what the other had: every group we asked for has arrived and the
    peer acknowledged everything we sent. Said again after each round of live changes."""

    peer_id: str
    device: DeviceId
    groups: tuple[GroupId, ...]
    received: int
    sent: int


@dataclass(frozen=True, slots=True)
class ChangesReceived:
    peer_id: str
    group: GroupId
    accepted: int
    duplicates: int = 0
    """Changes the peer sent that this PC already held (wasted bandwidth, not an error)."""


@dataclass(frozen=True, slots=True)
class AccessDenied:
    """The peer refused (or we refused it) a group, with the reason."""

    peer_id: str
    group: GroupId
    reason: str
    by_us: bool


@dataclass(frozen=True, slots=True)
class DataRejected:
    peer_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class PeerBanned:
    peer_id: str
    device: DeviceId
    seconds: float
    reason: str


@dataclass(frozen=True, slots=True)
class RelaysChanged:
    """The relays this PC should use changed (a group's settings, an invite, by hand)."""

    relays: tuple[str, ...]


SyncEvent = (
    PeerDiscovered
    | PeerGone
    | PeerUnreachable
    | PeerConnected
    | PeerDisconnected
    | SyncProgress
    | PeerInSync
    | ChangesReceived
    | AccessDenied
    | DataRejected
    | PeerBanned
    | RelaysChanged
)
