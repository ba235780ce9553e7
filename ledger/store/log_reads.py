"""The part of `Store` that reads the signed log for a peer, a file or a list: what the
other side lacks (by its version vector), the stored bytes, the newest changes."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ledger.store.change import Change
from ledger.store.ids import ChangeId, GroupId, WriterId

if TYPE_CHECKING:
    from ledger.store.group_memory import HeldGroup


class LogReads:
    db: sqlite3.Connection

    if TYPE_CHECKING:

        def refresh(self) -> list[ChangeId]: ...

        def _group(self, group: GroupId) -> HeldGroup: ...

        def _flush(self) -> None: ...

        def _decode_stored(self, raw: bytes, cid: str) -> Change: ...

    def recent_changes(self, group: GroupId, limit: int = 30) -> list[Change]:
        """The last `limit` changes in replay order, newest first (for activity lists)."""
        self._flush()
        rows = self.db.execute(
            "SELECT id, raw FROM change_log WHERE group_id=? ORDER BY lamport DESC, id DESC "
            "LIMIT ?",
            (group, limit),
        ).fetchall()
        return [self._decode_stored(raw, cid) for cid, raw in rows]

    def raw_changes(self, group: GroupId) -> list[bytes]:
        """Every accepted change of the group, in an order a fresh store can ingest."""
        self._flush()
        rows = self.db.execute(
            "SELECT raw FROM change_log WHERE group_id=? ORDER BY lamport, id", (group,)
        ).fetchall()
        return [r[0] for r in rows]

    def version_vector(self, group: GroupId) -> dict[WriterId, int]:
        self.refresh()
        return self._group(group).history.version_vector()

    def changes_missing(self, group: GroupId, theirs: dict[WriterId, int]) -> list[bytes]:
        """The changes the other side lacks, by its version vector, in causal order."""
        return self.raws_of([cid for cid, _, _ in self.missing_ids(group, theirs)])

    def missing_ids(
        self, group: GroupId, theirs: dict[WriterId, int]
    ) -> list[tuple[ChangeId, WriterId, int]]:
        """What the other side lacks, by its version vector, in causal order: each
        change's id, writer and sequence number, from the index alone (no bytes read),
        so a sender can read and send the first batch at once.

        In the order the index took them, parents first (a change joins only once its
        parents are in): causal, with no sort of the history (`GroupHistory.written_after`
        reads each writer's tail)."""
        self.refresh()
        return [
            (node.id, node.writer, node.seq)
            for node in self._group(group).history.written_after(theirs)
        ]

    def raws_of(self, ids: Sequence[ChangeId]) -> list[bytes]:
        """The stored bytes of accepted changes, in the order asked (unknown ids left out)."""
        self._flush()
        out: dict[str, bytes] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for cid, raw in self.db.execute(
                f"SELECT id, raw FROM change_log WHERE id IN ({marks})",
                chunk,
            ):
                out[cid] = raw
        return [out[c] for c in ids if c in out]
