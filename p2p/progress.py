"""What a sync session tells its owner about its progress: `SyncProgress` after each
batch sent or stored, and `PeerInSync` each time both directions go quiet."""

from __future__ import annotations

from collections.abc import Callable

from ledger.store.ids import DeviceId, GroupId
from p2p.events import PeerInSync, SyncEvent, SyncProgress
from p2p.session_state import Incoming, Outgoing


class ProgressMixin:
    """Mixed into `SyncSession`."""

    peer: str
    device: DeviceId
    emit: Callable[[SyncEvent], None]
    wanted: dict[GroupId, Incoming]
    serving: dict[GroupId, Outgoing]
    offered: set[GroupId]
    _ready: bool
    _in_sync: bool

    def _report(self, group: GroupId) -> None:
        incoming = self.wanted.get(group)
        out = self.serving.get(group)
        self.emit(
            SyncProgress(
                self.peer,
                group,
                received=incoming.received if incoming else 0,
                sent=out.sent if out else 0,
                synced=bool(incoming and incoming.synced),
            )
        )

    def _check_in_sync(self) -> None:
        """Emit `PeerInSync` each time the session becomes quiet in both directions."""
        settled = (
            self._ready
            and all(incoming.synced for incoming in self.wanted.values())
            and all(out.delivered() for out in self.serving.values())
            and self.offered <= set(self.serving)
        )
        if not settled:
            self._in_sync = False
        elif not self._in_sync:
            self._in_sync = True
            self.emit(
                PeerInSync(
                    self.peer,
                    self.device,
                    tuple(sorted(set(self.wanted) | set(self.serving))),
                    received=sum(i.received for i in self.wanted.values()),
                    sent=sum(o.sent for o in self.serving.values()),
                )
            )
