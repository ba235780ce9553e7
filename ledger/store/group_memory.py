"""A group as the store holds it in memory, and how that memory is filled from disk.

The signed log is truth. The causal index is rebuilt from the log's index columns
when first needed; the derived state comes from a cached snapshot when one is current,
else from a replay.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, cast

from ledger.store import catalog
from ledger.store.bulk import building_to_keep
from ledger.store.change import Change
from ledger.store.documents_now import DocumentsNow
from ledger.store.history import REMOVAL, GroupHistory, Node
from ledger.store.ids import ChangeId, GroupId
from ledger.store.replay import Replayer
from ledger.store.snapshot import decode_state, encode_state
from ledger.store.state import GroupState

log = logging.getLogger(__name__)


class HeldGroup:
    """One group in memory: its causal index, loaded when first needed, and its state."""

    def __init__(self, group: GroupId, load: Callable[[GroupId], GroupHistory]) -> None:
        self.group = group
        self._load = load
        self._history: GroupHistory | None = None
        self.state: GroupState | None = None
        self._replayer: Replayer | None = None
        self.documents: DocumentsNow | None = None
        """The documents, while `state` is stale by replay order alone."""
        self.new: list[ChangeId] = []

    @property
    def history(self) -> GroupHistory:
        if self._history is None:
            self._history = self._load(self.group)
        return self._history

    @property
    def loaded(self) -> bool:
        return self._history is not None

    @property
    def replayer(self) -> Replayer | None:
        if self._replayer is None and self.state is not None:
            self._replayer = Replayer(self.history, self.state)
        return self._replayer

    @property
    def needs_replay(self) -> bool:
        """Whether reading a document here would replay the group (its state is stale and
        its documents are not kept current)."""
        return self.state is None and self.documents is None

    def forget_state(self) -> None:
        self.state = self._replayer = None
        self.documents = None

    def fold(self, node: Node, change: Change) -> None:
        """Bring memory past a change just accepted: the state takes it when it comes
        after everything applied; else the state waits for a replay, and the documents
        stay current when nothing but order was broken (`DocumentsNow`)."""
        replayer = self.replayer
        if replayer is not None:
            if replayer.can_append(node):
                replayer.apply(change)
                return
            kept = DocumentsNow(replayer) if replayer.voids_nothing(node) else None
            self.forget_state()
            self.documents = kept
        if self.documents is not None:
            if self.documents.takes(node):
                self.documents.take(node, change)
            else:
                self.documents = None


SNAPSHOT_AFTER = 2_000
"""Groups with at least this many changes have their state cached for a fast start."""


def _split_ids(joined: bytes) -> tuple[ChangeId, ...]:
    if len(joined) == 32:  # (most changes cite one change)
        return (cast(ChangeId, joined.hex()),)
    return tuple(cast(ChangeId, joined[i : i + 32].hex()) for i in range(0, len(joined), 32))


def now_ms() -> int:
    return int(time.time() * 1000)


class GroupMemory:
    """The part of `Store` that fills a group's memory from disk and caches its state."""

    db: sqlite3.Connection
    _snapshotted: dict[GroupId, int]

    if TYPE_CHECKING:

        def _flush(self) -> None: ...

        def _decode_stored(self, raw: bytes, cid: str) -> Change: ...

    def _load_history(self, group: GroupId) -> GroupHistory:
        """Index a group's stored changes from their index columns; only control changes
        are decoded. The log is truth; this is rebuilt from it."""
        self._flush()
        control = sorted(catalog.control_kinds())
        marks = ",".join("?" * len(control))
        rows = self.db.execute(
            "SELECT id, writer, seq, lamport, parents, "
            f"CASE WHEN kind IN ({marks}) THEN raw END "
            "FROM change_log WHERE group_id=? ORDER BY lamport, id",
            (*control, group),
        )
        history = GroupHistory(group)

        def decoded(raw: bytes | None, cid: str) -> Change | None:
            return None if raw is None else self._decode_stored(raw, cid)

        with building_to_keep():
            history.restore_many(
                (cid, writer, seq, lamport, _split_ids(parents), decoded(raw, cid))
                for cid, writer, seq, lamport, parents, raw in rows
            )
        return history

    def _from_snapshot(self, group: GroupId, entry: HeldGroup) -> GroupState | None:
        """The cached state brought up to date, or None when a replay is needed."""
        row = self.db.execute(
            "SELECT upto_rowid, state FROM snapshot WHERE group_id=?", (group,)
        ).fetchone()
        if row is None:
            return None
        upto, blob = row
        with building_to_keep():
            state = decode_state(blob)
        if state is None or state.group != group:
            log.info("the cached state of %s is stale or damaged; replaying", group[:8])
            return None
        self._flush()
        held = self.db.execute(
            "SELECT count(*) FROM change_log WHERE group_id=? AND rowid<=?", (group, upto)
        ).fetchone()[0]
        if held != state.applied:
            return None
        if entry.loaded or not self._append_without_index(group, state, upto):
            later = list(self._changes_in_order(group, after_rowid=upto))
        else:
            later = []
        if later:
            replayer = Replayer(entry.history, state)
            for change in later:
                if change.id not in entry.history or not replayer.can_append(
                    entry.history.nodes[change.id]
                ):
                    return None
                replayer.apply(change)
        self._snapshotted[group] = held  # cached up to here: no need to cache it again
        return state

    def _append_without_index(self, group: GroupId, state: GroupState, upto: int) -> bool:
        """Apply the changes stored after the cached state, when nothing the causal index
        decides can void them: the group never met a member removal nor an equivocation
        (then no change is void, and a replay applies these in the same order). False, and
        the state untouched, when that is not so: the caller then reads the index.

        A large group's index takes longer to read than the rest of a command (`lattice
        balance` after the last `entry add` needs only the one new entry)."""
        if state.removals or state.equivocators or state.last_key is None:
            return False
        rows = self.db.execute(
            "SELECT id, lamport, raw FROM change_log WHERE group_id=? AND rowid>? "
            "ORDER BY lamport, id",
            (group, upto),
        ).fetchall()
        later = [(self._decode_stored(raw, cid), lamport) for cid, lamport, raw in rows]
        if not later or (later[0][1], later[0][0].id) <= state.last_key:
            return not later
        tail = GroupHistory(group)
        for change, lamport in later:
            if change.kind == REMOVAL or self._writers_at(group, change) != 1:
                return False  # a removal, or an equivocation: only the index decides
            tail.nodes[change.id] = Node(
                change.id, change.author, change.writer, change.seq, lamport, change.parents,
                frozenset(),
            )  # fmt: skip
        replayer = Replayer(tail, state)
        for change, _ in later:
            replayer.apply(change)
        return True

    def _writers_at(self, group: GroupId, change: Change) -> int:
        """How many stored changes share `change`'s writer and sequence number."""
        return int(
            self.db.execute(
                "SELECT count(*) FROM change_log WHERE group_id=? AND writer=? AND seq=?",
                (group, change.writer, change.seq),
            ).fetchone()[0]
        )

    def _save_snapshot(self, group: GroupId, state: GroupState) -> None:
        """Cache the state; a failure costs only speed at the next start."""
        try:
            blob = encode_state(state)
        except (TypeError, ValueError) as exc:
            log.warning("could not cache the state of %s: %s", group[:8], exc)
            return
        self._flush()
        upto = self.db.execute(
            "SELECT coalesce(max(rowid), 0) FROM change_log WHERE group_id=?", (group,)
        ).fetchone()[0]
        try:
            self.db.execute(
                "INSERT OR REPLACE INTO snapshot(group_id, upto_rowid, state) VALUES (?,?,?)",
                (group, upto, blob),
            )
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                raise  # the caller's transaction decides what the failure means
            log.warning("could not cache the state of %s: %s", group[:8], exc)
            return
        self._snapshotted[group] = state.applied

    def _changes_in_order(self, group: GroupId, after_rowid: int = 0) -> Iterator[Change]:
        self._flush()
        cursor = self.db.execute(
            "SELECT id, raw FROM change_log WHERE group_id=? AND rowid>? ORDER BY lamport, id",
            (group, after_rowid),
        )
        for cid, raw in cursor:
            yield self._decode_stored(raw, cid)
