"""The part of `Store` that keeps this process's memory equal to the disk: taking in what
other processes committed to the folder, and the one write transaction every write uses."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from ledger.store import notify
from ledger.store.errors import StoreError
from ledger.store.events import ChangesArrived, StoreEvent
from ledger.store.group_memory import HeldGroup
from ledger.store.ids import ChangeId, GroupId
from ledger.store.space import out_of_space
from ledger.store.storage import BUSY, DB_NAME, busy, in_words

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.evidence import EvidenceLog
    from ledger.store.history import GroupHistory
    from ledger.store.state import GroupState

log = logging.getLogger(__name__)

WRITE_ATTEMPTS = 3
"""Tries at a write transaction whose states others' changes made stale meanwhile."""


class Transactions:
    """Other processes' commits in, and this process's writes out, one transaction each."""

    db: sqlite3.Connection
    home: Path
    _groups: dict[GroupId, HeldGroup]
    _listeners: list[Callable[[StoreEvent], None]]
    _last_rowid: int
    _rows: list[tuple[Any, ...]]
    _data_version: int
    _batch_depth: int
    _evidence: EvidenceLog

    if TYPE_CHECKING:

        def state(self, group: GroupId) -> GroupState: ...

        def _load_all(self) -> None: ...

        def _load_pending(self) -> None: ...

        def _load_history(self, group: GroupId) -> GroupHistory: ...

        def _decode_stored(self, raw: bytes, cid: str) -> Change: ...

        def _accept_in_memory(self, change: Change) -> int: ...

        def _flush(self) -> None: ...

        def _writing_paused(self) -> StoreError: ...

        def _writing_resumed(self) -> None: ...

    # -- events and other processes --------------------------------------------------

    def subscribe(self, callback: Callable[[StoreEvent], None]) -> Callable[[], None]:
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def _emit(self, event: StoreEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("a store listener failed")

    def _read_data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def refresh(self) -> list[ChangeId]:
        """Take in what other processes committed to this folder since we last looked."""
        if self.db.in_transaction:
            return self._announce(self._take_in(force=False))
        # One read transaction: the version, the pending list and the new rows agree.
        self.db.execute("BEGIN")
        try:
            arrived = self._take_in(force=False)
        finally:
            self.db.execute("COMMIT")
        return self._announce(arrived)  # listeners may write: not inside our read

    def _announce(self, arrived: dict[GroupId, list[ChangeId]]) -> list[ChangeId]:
        for group, ids in arrived.items():
            self._emit(ChangesArrived(group, tuple(ids), "refresh"))
        return [c for ids in arrived.values() for c in ids]

    def _take_in(self, *, force: bool) -> dict[GroupId, list[ChangeId]]:
        """Load the rows past the last one we hold (by row id, the order of commits).

        `PRAGMA data_version` only says whether to look: it changes when another
        connection commits, never for our own commits. `force` looks by row id anyway
        (inside a write transaction, where memory must equal the disk).
        """
        version = self._read_data_version()
        changed = version != self._data_version
        if not changed and not force:
            return {}
        self._data_version = version
        if changed:
            self._load_pending()
        rows = self.db.execute(
            "SELECT rowid, id, raw FROM change_log WHERE rowid > ? ORDER BY rowid",
            (self._last_rowid,),
        ).fetchall()
        arrived: dict[GroupId, list[ChangeId]] = {}
        for rowid, cid, raw in rows:
            self._last_rowid = max(self._last_rowid, rowid)
            change = self._decode_stored(raw, cid)
            known = self._groups.get(change.group)
            if known is None:  # a group new to this process: indexed from disk when needed
                self._groups[change.group] = HeldGroup(change.group, self._load_history)
            elif not known.loaded:
                known.forget_state()  # its index, read later, will include this change
            elif change.id in known.history:
                continue
            else:
                self._accept_in_memory(change)
                del known.new[-1]  # announced below as arrived, not as our own
            arrived.setdefault(change.group, []).append(change.id)
        return arrived

    # -- writing -------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Writes inside this block are one transaction: all are stored, or none (an error
        rolls every one back). Listeners hear of them once, after the commit."""
        if self._batch_depth:
            self._batch_depth += 1
            try:
                yield
            finally:
                self._batch_depth -= 1
            return
        with self._transaction():
            self._batch_depth = 1
            try:
                yield
            finally:
                self._batch_depth = 0
        self._after_commit("local")

    @contextmanager
    def _transaction(self, warm: Collection[GroupId] = ()) -> Iterator[None]:
        """One write transaction, with this process's memory equal to the disk: all that
        the block writes is committed, or none of it and memory reloads."""
        if self._batch_depth:  # inside `batch`: its own transaction holds this one
            yield
            return
        self._begin_write(warm)
        try:
            yield
            self._flush()
            self.db.execute("COMMIT")
        except BaseException as exc:
            self._write_failed(exc)
        self._writing_resumed()

    def _begin_write(self, warm: Collection[GroupId] = ()) -> None:
        """Open the write transaction (`BEGIN IMMEDIATE`) with memory equal to the disk.

        `warm`: the groups whose state the write reads. Rebuilding a state (after others'
        concurrent changes) can take seconds; it is done before taking the lock, and
        again, after letting the lock go, when what arrived meanwhile made it stale, so
        that other processes are not kept waiting (up to `WRITE_ATTEMPTS` tries)."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            self._warm(warm)
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                path = self.home / DB_NAME
                if busy(exc):
                    raise StoreError(BUSY, path=str(path)) from None
                raise in_words(exc, path) or StoreError(
                    f"the store {path} could not be written ({exc}); nothing was written"
                ) from None
            try:
                # Holding the write lock, nobody else can commit: take in everything
                # before ours by row id. The version read here stays ours after our
                # COMMIT (our own commits do not change it), so a commit by another
                # process right after ours changes it and the next refresh loads it.
                self._announce(self._take_in(force=True))
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                self._reload()
                raise
            stale = [g for g in warm if g in self._groups and self._groups[g].needs_replay]
            if not stale or attempt == WRITE_ATTEMPTS:
                break
            self.db.execute("ROLLBACK")  # nothing written yet; what we took in is committed
        self._evidence.begin()

    def _write_failed(self, exc: BaseException) -> NoReturn:
        """After a write transaction failed at any step: roll it back, reload memory
        (it may be ahead of the disk), and raise `exc` (a full disk's in words)."""
        self._rows.clear()
        if self.db.in_transaction:  # (SQLite may have rolled back already)
            self.db.execute("ROLLBACK")
        self._reload()
        if out_of_space(exc, self.home):
            raise self._writing_paused() from None
        raise exc

    def _reload(self) -> None:
        """After a failed transaction, forget memory that may be ahead of the disk."""
        self._groups.clear()
        self._last_rowid = 0
        self._load_all()

    def _warm(self, groups: Collection[GroupId]) -> None:
        """Bring the documents a write will read up to date (outside the write lock)."""
        for group in groups:
            if group in self._groups:
                self.refresh()
                if self._groups[group].needs_replay:
                    self.state(group)

    def _after_commit(self, origin: Literal["local", "ingest"]) -> None:
        notify.wake_others(self.home)
        for group_id, entry in self._groups.items():
            if entry.new:
                ids, entry.new = tuple(entry.new), []
                self._emit(ChangesArrived(group_id, ids, origin))
