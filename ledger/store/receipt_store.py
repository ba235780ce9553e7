"""The part of `Store` that keeps witnessed states: this PC's receipts and its peers'.

Receipts live in their own table, apart from the signed log: they never enter a group's
state. One receipt per PC and group is kept, the newest; a receipt is taken only from a
PC linked to the group for the person it names (see `ledger.store.receipts`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from nacl.signing import SigningKey

from ledger.store.errors import DecodeError
from ledger.store.events import ReceiptsArrived, StoreEvent
from ledger.store.group_memory import now_ms
from ledger.store.ids import DeviceId, GroupId, PersonId
from ledger.store.membership import Membership, Status
from ledger.store.receipts import (
    MAX_RECEIPTS,
    Receipt,
    Witnessing,
    decode_kept,
    decode_receipt,
    sign_receipt,
    witness_problem,
    witnessing,
)
from ledger.store.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ledger.store.history import GroupHistory
    from ledger.store.state import GroupState

log = logging.getLogger(__name__)


class ReceiptMemory:
    """Witnessed states of the groups this PC holds; see `Store`."""

    db: sqlite3.Connection
    device_id: DeviceId
    _device_key: SigningKey

    if TYPE_CHECKING:

        def state(self, group: GroupId) -> GroupState: ...

        def history(self, group: GroupId) -> GroupHistory: ...

        def membership(self, group: GroupId) -> Membership: ...

        def _transaction(self) -> AbstractContextManager[None]: ...

        def _emit(self, event: StoreEvent) -> None: ...

    def sign_receipt(self, group: GroupId, *, time: int | None = None) -> Receipt | None:
        """Sign, with this PC's key, that it holds the group's changes as they are now.

        None when no active member of the group is linked to this PC (it witnesses
        nothing then, e.g. a relay)."""
        membership = self.membership(group)  # from the causal index: no replay
        linked = sorted(
            p
            for p, m in membership.members.items()
            if m.status == Status.ACTIVE and self.device_id in m.devices
        )
        if not linked:
            return None
        history = self.history(group)
        held = self._held(group, self.device_id)
        if (
            held is not None
            and held.count == len(history.nodes)
            and held.vv == history.version_vector()
        ):
            return held  # it witnesses what this PC holds now: nothing new to sign
        receipt = sign_receipt(
            self._device_key,
            group=group,
            person=PersonId(linked[0]),
            vv=history.version_vector(),
            ids=list(history.nodes),
            time=now_ms() if time is None else time,
        )
        with self._transaction():
            kept = self._keep(receipt)
        if kept:
            self._emit(ReceiptsArrived(group))
        log.info("signed a receipt of %d changes of %s", receipt.count, group[:8])
        return receipt

    def witnessing(self, group: GroupId) -> Witnessing:
        """What the kept receipts say about the group's state as this PC holds it: how many
        of its PCs held it or a later one, and when the latest did (for the overview, the
        export view and the PDF report)."""
        state = self.state(group)
        receipts = []
        for raw in self.receipts(group):
            try:
                receipt = decode_receipt(raw)
            except DecodeError:
                continue  # kept only after checking; a damaged row witnesses nothing
            if witness_problem(receipt, group, state.membership) is None:
                receipts.append(receipt)
        return witnessing(receipts, self.history(group).version_vector(), state.membership)

    def receipts(self, group: GroupId) -> list[bytes]:
        """The newest receipt of each PC for the group, as signed bytes."""
        rows = self.db.execute(
            "SELECT raw FROM receipt WHERE group_id=? ORDER BY device", (group,)
        ).fetchall()
        return [r[0] for r in rows]

    def take_receipts(self, group: GroupId, raws: Sequence[bytes]) -> list[str | None]:
        """Keep the receipts that witness this group (newest per PC); per receipt, None
        or why it was refused. Nothing else in the store changes.

        A receipt kept already, byte for byte, is passed over unchecked (None): in a mesh
        every PC hands each peer the receipts it holds, mostly the same ones again. Only
        when something is new is the store written."""
        if len(raws) > MAX_RECEIPTS:
            return [QT_TRANSLATE_NOOP("core", "too many receipts at once")] * len(raws)
        rows = self.db.execute(
            "SELECT device, raw FROM receipt WHERE group_id=?", (group,)
        ).fetchall()
        held = {raw for _, raw in rows}
        kept_of = {DeviceId(device): raw for device, raw in rows}
        membership = self.membership(group)  # from the causal index: no replay
        reasons: list[str | None] = []
        fresh: list[Receipt] = []
        for raw in raws:
            if raw in held:
                reasons.append(None)
                continue
            try:
                receipt = decode_receipt(raw)
            except DecodeError as exc:
                reasons.append(exc.words)
                continue
            reason = witness_problem(receipt, group, membership)
            if reason is None and _newer(receipt, kept_of.get(receipt.device)):
                fresh.append(receipt)  # (only a newer one is worth a write transaction)
            reasons.append(reason)
        kept = False
        if fresh:
            with self._transaction():
                for receipt in fresh:
                    kept = self._keep(receipt) or kept
        if kept:
            self._emit(ReceiptsArrived(group))
        return reasons

    def _held(self, group: GroupId, device: DeviceId) -> Receipt | None:
        """The newest receipt kept of `device` for `group`."""
        row = self.db.execute(
            "SELECT raw FROM receipt WHERE group_id=? AND device=?", (group, device)
        ).fetchone()
        if row is None:
            return None
        try:
            return decode_kept(row[0])  # its signature was checked before it was kept
        except DecodeError:
            return None  # a damaged row is replaced

    def _keep(self, receipt: Receipt) -> bool:
        """Store the receipt unless this PC's kept one is as new; whether it was stored."""
        row = self.db.execute(
            "SELECT raw FROM receipt WHERE group_id=? AND device=?",
            (receipt.group, receipt.device),
        ).fetchone()
        if row is not None and not _newer(receipt, row[0]):
            return False
        self.db.execute(
            "INSERT OR REPLACE INTO receipt(group_id, device, at, raw) VALUES (?,?,?,?)",
            (receipt.group, receipt.device, receipt.time, receipt.raw),
        )
        return True


def _newer(receipt: Receipt, kept: bytes | None) -> bool:
    """Whether `receipt` replaces the kept one of its PC (newer by time, then by what it
    held, then by its bytes); a kept row that no longer decodes is replaced."""
    if kept is None:
        return True
    try:
        old = decode_kept(kept)
    except DecodeError:
        return True
    return (old.time, old.count, old.raw) < (receipt.time, receipt.count, receipt.raw)
