"""The part of `Store` that takes one change in: check, refuse or keep, and fold in."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from ledger.store.change import Change, change_id, decode_change
from ledger.store.errors import DecodeError
from ledger.store.events import UNKNOWN_GROUP, IngestResult, accepted
from ledger.store.evidence import EvidenceLog, clip_source
from ledger.store.group_memory import HeldGroup, now_ms
from ledger.store.ids import ChangeId, GroupId
from ledger.store.kinds import spec_for
from ledger.store.pending import PendingBook, author_known, too_far_ahead
from ledger.store.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from loro import LoroDoc

    from ledger.store.history import GroupHistory, Node
    from ledger.store.state import GroupState

log = logging.getLogger(__name__)

BROKEN_CHAIN = QT_TRANSLATE_NOOP(
    "core", "its previous change was written by someone else (broken chain)"
)
SEQUENCE_GAP = QT_TRANSLATE_NOOP("core", "sequence gap: number {seq} follows number {prev}")
OTHER_GROUP = QT_TRANSLATE_NOOP("core", "it belongs to another group than the one it was sent for")
"""The refusals of a change that does not follow its writer's previous one (`lattice
check` names them apart)."""


def refusal(
    history: GroupHistory, change: Change, document: Callable[[str], LoroDoc | None]
) -> str | None:
    """Why a change whose parents are all in `history` may not join it, or None.

    The one admission rule after decoding: the writer's chain, authority from the causal
    past, and a document edit's fit with the document as it stands (`document` gives it).
    Both the store and the offline bundle verifier ask it.
    """
    if change.prev is not None:
        prev = history.nodes[change.prev]
        if prev.writer != change.writer:
            return BROKEN_CHAIN
        if prev.seq != change.seq - 1:
            return Words(SEQUENCE_GAP, seq=change.seq, prev=prev.seq)
    membership = history.membership_for(history.ctl_before(change.parents))
    reason = spec_for(change.kind).authorize(membership, change)
    if reason is not None:
        return reason
    if change.kind == "doc.edit":
        from ledger.store.documents import check_update, new_document

        return check_update(document(change.body["doc"]) or new_document(), change)
    return None


class Ingest:
    """Checks each change against what this PC holds; see `Store.ingest_many`."""

    db: sqlite3.Connection
    _groups: dict[GroupId, HeldGroup]
    _rows: list[tuple[object, ...]]
    _pending: dict[ChangeId, set[ChangeId]]
    _waiting: dict[ChangeId, set[ChangeId]]
    _last_rowid: int
    _book: PendingBook
    _evidence: EvidenceLog

    if TYPE_CHECKING:

        def state(self, group: GroupId) -> GroupState: ...

        def document(self, group: GroupId, name: str) -> LoroDoc | None: ...

        def _index(self, change: Change) -> tuple[HeldGroup, Node]: ...

        def _note_pending(
            self,
            pid: ChangeId,
            missing: list[ChangeId],
            source: str = "",
            size: int = 0,
            stranger: bool = False,
        ) -> None: ...

        def _forget_pending(self, pid: ChangeId) -> None: ...

    def _reject(
        self, reason: str, source: str, change: ChangeId | None = None, group: GroupId | None = None
    ) -> IngestResult:
        self._evidence.record(source, reason, change, group)
        log.info("rejected a change from %s: %s", source, reason)
        return IngestResult("rejected", change, group, reason)

    def _ingest_one(
        self,
        raw: bytes,
        source: str,
        *,
        defer_unknown_group: bool = False,
        decoded: Change | DecodeError | None = None,
        group: GroupId | None = None,
    ) -> IngestResult:
        try:
            if isinstance(decoded, DecodeError):
                raise decoded
            change = decoded if decoded is not None else decode_change(raw)
            spec_for(change.kind).check_body(change.body)
        except DecodeError as exc:
            cid = change_id(raw) if isinstance(raw, bytes) else None
            return self._reject(exc.words, source, cid)
        if group is not None and change.group != group:
            # A peer delivers only the group it was asked for; a group is new to a PC
            # only through a join, never inside another group's batch.
            return self._reject(OTHER_GROUP, source, change.id, change.group)
        entry = self._groups.get(change.group)
        nodes = None if entry is None else entry.history.nodes
        if nodes is not None and change.id in nodes:
            return IngestResult("duplicate", change.id, change.group)
        if change.id in self._pending:
            return IngestResult(
                "pending",
                change.id,
                change.group,
                QT_TRANSLATE_NOOP("core", "still waiting for earlier changes"),
            )
        if entry is None and not change.is_genesis:
            if defer_unknown_group:
                return UNKNOWN_GROUP
            return self._reject(
                QT_TRANSLATE_NOOP("core", "it belongs to a group this PC does not hold"),
                source,
                change.id,
                change.group,
            )
        missing = (  # (the usual case, every parent here, asked without a Python loop)
            []
            if nodes is None or all(map(nodes.__contains__, change.parents))
            else [p for p in change.parents if p not in nodes]
        )
        if missing:
            foreign = [p for p in missing if self._group_of(p) not in (None, change.group)]
            if foreign:
                return self._reject(
                    QT_TRANSLATE_NOOP("core", "it depends on a change of another group"),
                    source,
                    change.id,
                    change.group,
                )
            assert entry is not None
            sender = clip_source(source)
            stranger = not author_known(change, entry.history)
            reason = too_far_ahead(change, entry.history) or self._book.no_room(
                sender, len(raw), stranger
            )
            if reason is not None:
                return self._reject(reason, source, change.id, change.group)
            self.db.execute(
                "INSERT INTO pending_change(id, group_id, missing, raw, received, source, "
                "stranger) VALUES (?,?,?,?,?,?,?)",
                (change.id, change.group, json.dumps(missing), raw, now_ms(), sender, stranger),
            )
            self._note_pending(change.id, missing, sender, len(raw), stranger)
            return IngestResult(
                "pending",
                change.id,
                change.group,
                QT_TRANSLATE_NOOP("core", "waiting for earlier changes"),
            )
        reason = self._refusal(change, entry)
        if reason is not None:
            return self._reject(reason, source, change.id, change.group)
        self._store(change)
        if change.id in self._waiting:  # (else nothing waits for it: the usual case)
            self._release_pending(change, source)
        return accepted(change.id, change.group)

    def _group_of(self, cid: ChangeId) -> GroupId | None:
        for group_id, entry in self._groups.items():
            if entry.loaded and cid in entry.history:
                return group_id
        row = self.db.execute("SELECT group_id FROM change_log WHERE id=?", (cid,)).fetchone()
        return None if row is None else GroupId(row[0])

    def _refusal(self, change: Change, entry: HeldGroup | None) -> str | None:
        """Why a change whose parents are all here may not be accepted, or None."""
        if entry is None:
            return None  # a genesis: nothing before it to contradict
        return refusal(entry.history, change, lambda name: self.document(change.group, name))

    def _store(self, change: Change) -> None:
        """Accept in memory now; the row is written with the rest of the batch."""
        lamport = self._accept_in_memory(change)
        self._rows.append(
            (
                change.id,
                change.group,
                change.writer,
                change.seq,
                change.kind,
                lamport,
                bytes.fromhex("".join(change.parents)),
                change.raw,
                now_ms(),
            )
        )

    def _flush(self) -> None:
        if not self._rows:
            return
        self.db.executemany(
            "INSERT INTO change_log(id, group_id, writer, seq, kind, lamport, parents, raw, "
            "received) VALUES (?,?,?,?,?,?,?,?,?)",
            self._rows,
        )
        self._rows.clear()
        self._last_rowid = int(self.db.execute("SELECT max(rowid) FROM change_log").fetchone()[0])

    def _accept_in_memory(self, change: Change) -> int:
        entry, node = self._index(change)
        entry.new.append(change.id)
        entry.fold(node, change)
        return node.lamport

    def _release_pending(self, arrived: Change, source: str) -> None:
        """Changes that waited for `arrived` (directly or in turn) are ingested now."""
        queue = [arrived.id]
        while queue:
            cid = queue.pop()
            for pid in sorted(self._waiting.pop(cid, ())):
                still = self._pending.get(pid)
                if still is None:
                    continue
                still.discard(cid)
                if still:
                    continue
                sender = self._book.origin.get(pid, (source, 0))[0] or source
                self._forget_pending(pid)
                row = self.db.execute(
                    "SELECT raw FROM pending_change WHERE id=?", (pid,)
                ).fetchone()
                self.db.execute("DELETE FROM pending_change WHERE id=?", (pid,))
                change = decode_change(row[0])
                entry = self._groups[change.group]
                reason = self._refusal(change, entry)
                if reason is not None:
                    self._reject(reason, sender, change.id, change.group)
                    continue
                self._store(change)
                queue.append(change.id)
