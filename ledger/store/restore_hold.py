"""The hold on a restored store: a PC brought back from a backup writes nothing for a group
until it holds what it wrote since the backup.

A backup carries this PC's device key, so after a restore its writers (person on this
device) would number their next changes from where the backup stopped, reusing numbers
they already used since: two changes with one number, an equivocation, after which that
writer's changes have no effect on any PC (records others acknowledged become void). So
`restore_store` marks every group of the restored store *held*; while held, this PC's
writes for it are refused (`Writing.write_built`). The hold lifts when a sync session with
a member's PC (known before, or shown to be one by the catch-up itself:
p2p/restore_catch_up.py) has finished its catch-up and this PC holds, without a gap, at
least what that PC holds of this device's writers (`caught_up_with`), or when a person
confirms that this is the group's only PC (`resume_writing`). A changes file never lifts
it: it shows what this device's writers wrote at least, never that they wrote nothing
later.

The hold lives in the store's `meta` table (one row per group), so it survives restarts,
binds every process on the folder, and travels inside a backup of a held store.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection, Mapping
from contextlib import AbstractContextManager, closing
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ledger.store.errors import LatticeError, Refused
from ledger.store.events import RestoreHoldLifted, StoreEvent
from ledger.store.group_memory import now_ms
from ledger.store.ids import DeviceId, GroupId, WriterId, split_writer
from ledger.store.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.group_memory import HeldGroup

log = logging.getLogger(__name__)

HOLD_PREFIX = "restore-hold:"
"""`meta` keys of held groups: the prefix, then the group id; the value is when (ms)."""

HELD = QT_TRANSLATE_NOOP(
    "core",
    "this PC was restored from a backup: sync with another PC of the group first, so "
    "nothing written since the backup is overwritten",
)
HELD_NOTICE = QT_TRANSLATE_NOOP(
    "core",
    "This PC was restored from a backup, so it writes nothing for this group until it has "
    "synced with another PC of the group (which brings back what this PC wrote after the "
    "backup). If this is the group's only PC, say so to lift the hold.",
)
NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "core",
    "the hold after a restore is lifted without a sync only for the group's only PC; "
    "confirm that no other PC of the group exists",
)
OWN_CHANGE_WAITS = QT_TRANSLATE_NOOP(
    "core",
    "a change this PC wrote earlier (number {seq}) waits here for the ones before it; "
    "sync with another PC of the group first, so no number is used twice",
)


class RestoreHold:
    """The part of `Store` that keeps and lifts the hold after a restore."""

    db: sqlite3.Connection
    device_id: DeviceId

    if TYPE_CHECKING:

        def _transaction(self, warm: Collection[GroupId] = ()) -> AbstractContextManager[None]: ...

        def _group(self, group: GroupId) -> HeldGroup: ...

        def _emit(self, event: StoreEvent) -> None: ...

        def refresh(self) -> object: ...

        def _decode_stored(self, raw: bytes, cid: str) -> Change: ...

        def _after_commit(self, origin: Literal["local", "ingest"]) -> None: ...

    def held_groups(self) -> dict[GroupId, int]:
        """The groups this PC may not write to yet, each with when it was restored (ms)."""
        rows = self.db.execute(
            "SELECT key, value FROM meta WHERE key >= ? AND key < ?",
            (HOLD_PREFIX, HOLD_PREFIX[:-1] + ";"),  # ';' follows ':': the prefix's range
        ).fetchall()
        held: dict[GroupId, int] = {}
        for key, value in rows:
            held[GroupId(key[len(HOLD_PREFIX) :])] = int(value) if str(value).isdigit() else 0
        return held

    def is_held(self, group: GroupId) -> bool:
        row = self.db.execute("SELECT 1 FROM meta WHERE key=?", (HOLD_PREFIX + group,))
        return row.fetchone() is not None

    def _refuse_if_held(self, group: GroupId) -> None:
        """Called inside the write transaction (so a lift by another process is seen)."""
        if self.is_held(group):
            raise Refused(HELD)

    def _refuse_if_own_change_waits(self, group: GroupId, writer: WriterId, next_seq: int) -> None:
        """Refuse to number a change while a later change of the same writer waits here for
        its past: the missing ones exist elsewhere, and this number is among them."""
        device = bytes.fromhex(self.device_id)
        for cid, raw in self.db.execute(
            "SELECT id, raw FROM pending_change WHERE group_id=? AND instr(raw, ?) > 0",
            (group, device),
        ).fetchall():
            change = self._decode_stored(raw, cid)
            if change.writer == writer and change.seq >= next_seq:
                raise Refused(OWN_CHANGE_WAITS, seq=change.seq)

    def _own_writers_waiting(self, group: GroupId) -> bool:
        device = bytes.fromhex(self.device_id)
        for cid, raw in self.db.execute(
            "SELECT id, raw FROM pending_change WHERE group_id=? AND instr(raw, ?) > 0",
            (group, device),
        ).fetchall():
            if self._decode_stored(raw, cid).device == self.device_id:
                return True
        return False

    def own_heads(self, group: GroupId) -> dict[WriterId, int]:
        """How far this PC holds each of its own writers' chains in `group` (what a changes
        file brought back of them can be told from it; it never lifts the hold)."""
        vv = self._group(group).history.version_vector()
        return {w: seq for w, seq in vv.items() if split_writer(w)[1] == self.device_id}

    def caught_up_with(self, group: GroupId, theirs: Mapping[WriterId, int]) -> bool:
        """A member's PC finished sending us what it holds of `group` (`theirs`: its
        version vector as far as known). Lift the hold if this PC now holds, without a
        gap, at least what that PC holds of this device's writers. True when lifted."""
        if not self.is_held(group):
            return False
        ours = self._group(group).history.version_vector()
        for writer, seq in theirs.items():
            if split_writer(writer)[1] == self.device_id and ours.get(writer, 0) < seq:
                log.info("still held: %s of %s not all here", writer[:12], group[:8])
                return False
        if self._own_writers_waiting(group):
            log.info("still held: a change of this PC's writers waits in %s", group[:8])
            return False
        return self._lift(group, "synced")

    def resume_writing(self, group: GroupId, *, only_pc: bool) -> bool:
        """Lift the hold without a sync, for a group this PC alone holds: `only_pc` is the
        person's confirmation that no other PC of the group exists. True when lifted."""
        self.refresh()
        self._group(group)  # (refuses a group this PC does not hold)
        if not only_pc:
            raise Refused(NOT_CONFIRMED)
        return self._lift(group, "confirmed")

    def _lift(self, group: GroupId, how: str) -> bool:
        with self._transaction():
            gone = self.db.execute("DELETE FROM meta WHERE key=?", (HOLD_PREFIX + group,))
            lifted = gone.rowcount > 0
        self._after_commit("local")
        if lifted:
            log.info("writing resumed for %s (%s)", group[:8], how)
            self._emit(RestoreHoldLifted(group, how == "confirmed"))
        return lifted


def hold_every_group(path: Path, groups: Collection[GroupId]) -> None:
    """Mark `groups` held in the just-restored store file at `path` (one transaction)."""
    at = str(now_ms())
    try:
        with closing(sqlite3.connect(path)) as db, db:
            db.executemany(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                [(HOLD_PREFIX + g, at) for g in groups],
            )
    except sqlite3.Error as exc:
        raise LatticeError(f"could not mark the restored groups held: {exc}") from None
