"""Evidence of refused data, bounded: a sample per sender plus counts, never a full copy.

A stranger with a script can send changes without end; each refusal must cost this PC
a bounded amount of disk. So the `rejection` table keeps only the first
`EVIDENCE_PER_SOURCE` refusals of each sender and at most `EVIDENCE_ROWS` in all, and
`rejection_tally` counts every refusal per sender, for at most `TALLY_SOURCES` senders
(the rest are counted together under `OTHER_SOURCES`). docs/store-rules.md states it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ledger.store.group_memory import now_ms
from ledger.store.ids import ChangeId, GroupId

EVIDENCE_PER_SOURCE = 20
EVIDENCE_ROWS = 2_000
TALLY_SOURCES = 1_000
OTHER_SOURCES = "other sources"
MAX_SOURCE_CHARS = 200
MAX_REASON_CHARS = 500


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """What one sender (as named to `Store.ingest_many`) cost this PC.

    `rejected` counts refused changes, `unresolved` waiting changes dropped because what
    they waited for never came (see `ledger.store.pending`); `pending` and `pending_bytes` are
    what it has waiting here now.
    """

    source: str
    rejected: int = 0
    unresolved: int = 0
    pending: int = 0
    pending_bytes: int = 0
    first_at: int = 0
    last_at: int = 0


def clip_source(source: str) -> str:
    return source[:MAX_SOURCE_CHARS]


class EvidenceLog:
    """Writes refusals within the store's open transaction, within the bounds above."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._rows: int | None = None
        self._sources: int | None = None

    def begin(self) -> None:
        """Forget cached counts: another process may have written since."""
        self._rows = self._sources = None

    def record(
        self,
        source: str,
        reason: str,
        change: ChangeId | None = None,
        group: GroupId | None = None,
        *,
        unresolved: bool = False,
    ) -> None:
        """Count one refusal (or one waiting change that never resolved) from `source`."""
        source = self._tallied_as(clip_source(source))
        now = now_ms()
        rejected, dropped = (0, 1) if unresolved else (1, 0)
        (count,) = self.db.execute(
            "INSERT INTO rejection_tally(source, rejected, unresolved, first_at, last_at) "
            "VALUES (?,?,?,?,?) ON CONFLICT(source) DO UPDATE SET "
            "rejected=rejected+excluded.rejected, unresolved=unresolved+excluded.unresolved, "
            "last_at=excluded.last_at RETURNING rejected+unresolved",
            (source, rejected, dropped, now, now),
        ).fetchone()
        if count > EVIDENCE_PER_SOURCE or source == OTHER_SOURCES:
            return
        if self._rows is None:
            self._rows = int(self.db.execute("SELECT count(*) FROM rejection").fetchone()[0])
        if self._rows >= EVIDENCE_ROWS:
            return
        self.db.execute(
            "INSERT INTO rejection(change_id, group_id, source, reason, at) VALUES (?,?,?,?,?)",
            (change, group, source, str(reason)[:MAX_REASON_CHARS], now),
        )
        self._rows += 1

    def _tallied_as(self, source: str) -> str:
        known = self.db.execute(
            "SELECT 1 FROM rejection_tally WHERE source=?", (source,)
        ).fetchone()
        if known is not None:
            return source
        if self._sources is None:
            self._sources = int(
                self.db.execute("SELECT count(*) FROM rejection_tally").fetchone()[0]
            )
        if self._sources >= TALLY_SOURCES:
            return OTHER_SOURCES
        self._sources += 1
        return source

    def tallies(self, limit: int = 100) -> list[SourceRecord]:
        """The senders with the most refusals first."""
        rows = self.db.execute(
            "SELECT source, rejected, unresolved, first_at, last_at FROM rejection_tally "
            "ORDER BY rejected + unresolved DESC, source LIMIT ?",
            (limit,),
        )
        return [
            SourceRecord(r[0], rejected=r[1], unresolved=r[2], first_at=r[3], last_at=r[4])
            for r in rows
        ]

    def tally_of(self, source: str) -> SourceRecord:
        row = self.db.execute(
            "SELECT rejected, unresolved, first_at, last_at FROM rejection_tally WHERE source=?",
            (clip_source(source),),
        ).fetchone()
        if row is None:
            return SourceRecord(source)
        return SourceRecord(
            source, rejected=row[0], unresolved=row[1], first_at=row[2], last_at=row[3]
        )
