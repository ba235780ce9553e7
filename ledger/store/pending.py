"""Changes waiting for their dependencies: who may park one here, how many, for how long.

A change whose dependencies are not here cannot be authorized yet, so whoever sends it
could park anything. Waiting is therefore bounded. A change whose author is a member this
PC knows (or a join with an invite this PC knows) may wait in the main pool; one whose
author this PC does not know yet (a member whose addition has not arrived) only in a
small pool shared by all such changes, so a stranger can never crowd out members. A
writer may not be implausibly far ahead of what this PC holds of it. Per sender and in
total, count and bytes are capped; and a change still waiting after `PENDING_TTL_MS` is
dropped and counted against its sender as *unresolved* (an honest peer sends it again
once its past has arrived). docs/store-rules.md states the figures.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field, replace

from ledger.store.change import Change
from ledger.store.evidence import EvidenceLog, SourceRecord, clip_source
from ledger.store.history import GroupHistory
from ledger.store.ids import ChangeId
from ledger.store.words import QT_TRANSLATE_NOOP, Words

log = logging.getLogger(__name__)

PENDING_PER_SOURCE = 2_000
PENDING_BYTES_PER_SOURCE = 16 * 1024**2
PENDING_TOTAL = 20_000
PENDING_BYTES_TOTAL = 64 * 1024**2
UNKNOWN_AUTHORS_TOTAL = 500
UNKNOWN_AUTHORS_BYTES = 2 * 1024**2
"""The small pool for changes whose author this PC does not know as a member yet."""
PENDING_AHEAD = 10_000
"""A waiting change may be at most this many numbers past what its writer has here."""
PENDING_TTL_MS = 60 * 60 * 1000
EXPIRE_EVERY_MS = 60 * 1000
"""How often an ingest looks for waiting changes past their time."""

STRANGERS_FULL = QT_TRANSLATE_NOOP(
    "core", "its author is not a member this PC knows, and too many such changes wait already"
)
TOO_FAR_AHEAD = QT_TRANSLATE_NOOP(
    "core", "it waits for changes this PC lacks, and its number {seq} is far past {held}"
)
SENDER_FULL = QT_TRANSLATE_NOOP(
    "core", "this sender already has {count} changes waiting here for earlier ones"
)
ALL_FULL = QT_TRANSLATE_NOOP("core", "too many changes already wait here for earlier ones")
NEVER_RESOLVED = QT_TRANSLATE_NOOP(
    "core", "what it waited for did not arrive within {minutes} minutes"
)
BANNED = QT_TRANSLATE_NOOP("core", "the sender is banned; nothing it sends is kept")


def author_known(change: Change, history: GroupHistory) -> bool:
    """Whether this PC knows the author as a member (of any status), or knows the invite
    a join uses: such a change may wait in the main pool."""
    membership = history.membership_for(history.ctl_before(history.heads))
    if change.author in membership.members:
        return True
    invite = change.body.get("invite") if change.kind == "member.join" else None
    return isinstance(invite, bytes) and invite.hex() in membership.invites


def too_far_ahead(change: Change, history: GroupHistory) -> str | None:
    held = history.contiguous(change.writer)
    if change.seq > held + PENDING_AHEAD:
        return Words(TOO_FAR_AHEAD, seq=change.seq, held=held)
    return None


@dataclass
class PendingBook:
    """Per waiting change, who sent it and its size; per sender and in total, the sums."""

    origin: dict[ChangeId, tuple[str, int, bool]] = field(default_factory=dict)
    """Per waiting change: its sender, its size, and whether its author is unknown here."""
    count: Counter[str] = field(default_factory=Counter)
    size: Counter[str] = field(default_factory=Counter)
    total_bytes: int = 0
    strangers: int = 0
    strangers_bytes: int = 0

    def add(self, change: ChangeId, source: str, size: int, stranger: bool) -> None:
        if change in self.origin:
            return
        self.origin[change] = (source, size, stranger)
        self._count(source, size, stranger, 1)

    def remove(self, change: ChangeId) -> None:
        found = self.origin.pop(change, None)
        if found is not None:
            self._count(*found, -1)

    def _count(self, source: str, size: int, stranger: bool, sign: int) -> None:
        self.count[source] += sign
        self.size[source] += sign * size
        self.total_bytes += sign * size
        if stranger:
            self.strangers += sign
            self.strangers_bytes += sign * size
        if self.count[source] <= 0:
            del self.count[source], self.size[source]

    def clear(self) -> None:
        self.origin.clear()
        self.count.clear()
        self.size.clear()
        self.total_bytes = self.strangers = self.strangers_bytes = 0

    def no_room(self, source: str, size: int, stranger: bool) -> str | None:
        """Why one more waiting change of `size` bytes from `source` is refused, or None."""
        count = self.count.get(source, 0)
        if count >= PENDING_PER_SOURCE or self.size.get(source, 0) + size > (
            PENDING_BYTES_PER_SOURCE
        ):
            return Words(SENDER_FULL, count=count)
        if len(self.origin) >= PENDING_TOTAL or self.total_bytes + size > PENDING_BYTES_TOTAL:
            return ALL_FULL
        if stranger and (
            self.strangers >= UNKNOWN_AUTHORS_TOTAL
            or self.strangers_bytes + size > UNKNOWN_AUTHORS_BYTES
        ):
            return STRANGERS_FULL
        return None


@dataclass(frozen=True, slots=True)
class PendingSummary:
    """What waits here for earlier changes, for `lattice check` and `status` to report."""

    count: int
    bytes: int
    sources: int
    oldest_ms: int | None
    """When the oldest waiting change arrived (ms since the epoch), None when none waits."""


class SenderBounds:
    """The part of `Store` that keeps what senders may leave here bounded.

    Holds the in-memory mirror of `pending_change` (which change waits for which), the
    per-sender sums, the evidence log and the senders the network layer has banned.
    """

    db: sqlite3.Connection
    _pending: dict[ChangeId, set[ChangeId]]
    """Pending change -> the parents it still waits for (mirrors pending_change)."""
    _waiting: dict[ChangeId, set[ChangeId]]
    """Missing parent -> the pending changes waiting for it."""
    _book: PendingBook
    _evidence: EvidenceLog
    _banned: dict[str, float]
    _last_expiry: int

    def _init_bounds(self) -> None:
        self._pending = {}
        self._waiting = {}
        self._book = PendingBook()
        self._evidence = EvidenceLog(self.db)
        self._banned = {}
        self._last_expiry = 0

    def _load_pending(self) -> None:
        self._pending.clear()
        self._waiting.clear()
        self._book.clear()
        for pid, missing_json, source, size, stranger in self.db.execute(
            "SELECT id, missing, source, length(raw), stranger FROM pending_change"
        ):
            missing = [ChangeId(m) for m in json.loads(missing_json)]
            self._note_pending(ChangeId(pid), missing, source, size, bool(stranger))

    def _note_pending(
        self,
        pid: ChangeId,
        missing: list[ChangeId],
        source: str = "",
        size: int = 0,
        stranger: bool = False,
    ) -> None:
        self._pending[pid] = set(missing)
        for m in missing:
            self._waiting.setdefault(m, set()).add(pid)
        self._book.add(pid, source, size, stranger)

    def _forget_pending(self, pid: ChangeId) -> None:
        """Drop a waiting change from memory (its row is deleted by the caller)."""
        for m in self._pending.pop(pid, ()):
            waiters = self._waiting.get(m)
            if waiters is not None:
                waiters.discard(pid)
                if not waiters:
                    del self._waiting[m]
        self._book.remove(pid)

    def _expire_pending(self, now: int) -> None:
        """Within a write transaction: drop changes that waited too long, count them."""
        if not self._pending or now - self._last_expiry < EXPIRE_EVERY_MS:
            return
        self._last_expiry = now
        rows = self.db.execute(
            "SELECT id, group_id, source FROM pending_change WHERE received < ?",
            (now - PENDING_TTL_MS,),
        ).fetchall()
        reason = Words(NEVER_RESOLVED, minutes=PENDING_TTL_MS // 60_000)
        for pid, group, source in rows:
            self.db.execute("DELETE FROM pending_change WHERE id=?", (pid,))
            self._forget_pending(ChangeId(pid))
            self._evidence.record(source, reason, pid, group, unresolved=True)
        if rows:
            log.info("dropped %d changes whose earlier changes never arrived", len(rows))

    def _banned_now(self, source: str) -> bool:
        until = self._banned.get(clip_source(source))
        if until is None:
            return False
        if until <= time.monotonic():
            del self._banned[clip_source(source)]
            return False
        return True

    # -- what the network layer uses -------------------------------------------------

    def ban_source(self, source: str, seconds: float) -> int:
        """Keep nothing `source` sends for `seconds` (0 lifts a ban), and drop what it
        has waiting here now. Returns how many waiting changes were dropped.

        `source` is the string given to `ingest_many` (the network layer uses
        ``f"peer {peer_id}"``). Bans live in this process only, like the guard's.
        """
        source = clip_source(source)
        if seconds <= 0:
            self._banned.pop(source, None)
            return 0
        self._banned[source] = time.monotonic() + seconds
        if not self._book.count.get(source):
            return 0
        try:
            self.db.execute("BEGIN IMMEDIATE")
            rows = self.db.execute(
                "DELETE FROM pending_change WHERE source=? RETURNING id", (source,)
            ).fetchall()
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:  # busy or a full disk: they expire later anyway
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            log.warning("could not drop what %s has waiting here: %s", source, exc)
            return 0
        for (pid,) in rows:
            self._forget_pending(ChangeId(pid))
        return len(rows)

    def source_record(self, source: str) -> SourceRecord:
        """What `source` sent that was refused, never resolved, or waits here now."""
        tally = self._evidence.tally_of(source)
        key = clip_source(source)
        return replace(
            tally, pending=self._book.count.get(key, 0), pending_bytes=self._book.size.get(key, 0)
        )

    def source_records(self, limit: int = 100) -> list[SourceRecord]:
        """The senders that cost this PC most: refusals and unresolved changes first."""
        return self._evidence.tallies(limit)

    def pending_summary(self) -> PendingSummary:
        row = self.db.execute(
            "SELECT count(*), coalesce(sum(length(raw)), 0), count(DISTINCT source), "
            "min(received) FROM pending_change"
        ).fetchone()
        return PendingSummary(int(row[0]), int(row[1]), int(row[2]), row[3])
