"""A restored PC's catch-up from a PC that joined the group after the backup.

A PC restored from a backup holds its groups (ledger/store/restore_hold.py) until a sync
with a member's PC brings back what it wrote after the backup. A PC that joined (or was
linked) after the backup is not a member's PC to the restored one until its join arrives,
so the two would share nothing: the restored PC names only groups the peer may receive in
its `Hello`. But the newcomer knows the restored PC as linked, and names the group.

So, for a held group the peer names, the restored PC asks for the group anyway
(`restoring`) and serves nothing of it yet: the peer's own `Want` waits, unanswered,
until the catch-up has ended. Then the synced membership decides. If it shows the peer's
device linked to a member, the peer is a member's PC like any other: its `Want` (its
version vector) is the measure `Store.caught_up_with` checks before lifting the hold, and
it is answered (served). If not, nothing lifts and the `Want` is denied. The restored PC
never serves a PC it cannot show to be a member's, and what it takes in is verified like
every change from a peer. Its ask does carry its version vector (per writer, how many
changes it holds), which otherwise only a member's PC sees: the peer named the group, so
it knows the group's id, and it considers this PC a member's; without the vector it
would resend the group's whole history.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ledger.store.ids import DeviceId, GroupId
from p2p import messages as m
from p2p.discovery import blind_tag
from p2p.session_state import Incoming, SyncStore

log = logging.getLogger(__name__)


class RestoreCatchUp:
    """Mixed into `SyncSession`, which provides the attributes and hooks declared here."""

    store: SyncStore
    peer: str
    device: DeviceId
    wanted: dict[GroupId, Incoming]
    restoring: set[GroupId]
    """Held groups asked of a peer this PC does not (yet) know as a member's PC."""
    _restoring_wants: dict[GroupId, m.Want]
    """The peer's own asks for those groups, answered once the catch-up has ended."""

    if TYPE_CHECKING:

        def _on_want(self, want: m.Want) -> None: ...

    def _held_groups_named(
        self, shared: list[GroupId], nonce: bytes, named: set[str]
    ) -> set[GroupId]:
        """The held groups the peer's `Hello` names (blinded with its `nonce`) that this PC
        does not share with it as a member's PC."""
        held = set(self.store.held_groups()) & set(self.store.group_ids())
        return {g for g in held - set(shared) if blind_tag(g, nonce) in named}

    def _defer_want(self, want: m.Want) -> bool:
        """Keep a restoring group's `Want` until our catch-up from the peer has ended.
        True when kept (the caller answers nothing now)."""
        if want.group not in self.restoring:
            return False
        if want.group in self._restoring_wants:
            raise m.ProtocolError("asked twice for the same group")
        self._restoring_wants[want.group] = want
        self._restore_caught_up(want.group)
        return True

    def _restore_caught_up(self, group: GroupId) -> None:
        """Once both the catch-up from the peer has ended and its `Want` is here: lift the
        hold if the synced membership shows the peer to be a member's PC, then answer."""
        incoming = self.wanted.get(group)
        want = self._restoring_wants.get(group)
        if incoming is None or not incoming.synced or want is None:
            return
        self.restoring.discard(group)
        del self._restoring_wants[group]
        if self.store.may_receive(group, self.device):
            if self.store.caught_up_with(group, want.vv):
                log.info(
                    "hold on %s lifted by %s (joined after the backup)", group[:8], self.peer[:12]
                )
        else:
            log.info("the hold on %s stays: %s is not a member's PC", group[:8], self.peer[:12])
        self._on_want(want)  # served if a member's PC now, else denied
