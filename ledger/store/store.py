"""The group store: the one entry point for changes, local or from elsewhere.

Every change, written here or arriving from a peer or a file, passes `ingest` (or
`write`, which signs and then takes the same path): decode and verify, check the
writer's chain, authorize against the causal past, persist, then fold into state.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from nacl.signing import SigningKey

from ledger.store import catalog, notify
from ledger.store.change import (
    Change,
    DecodedBatch,
    decode_checked,
)
from ledger.store.errors import DecodeError, LatticeError, StoreError
from ledger.store.events import (
    UNKNOWN_GROUP,
    ChangesArrived,
    DataRejected,
    IngestResult,
    Status,
    StoreEvent,
)
from ledger.store.group_memory import SNAPSHOT_AFTER, GroupMemory, HeldGroup, now_ms
from ledger.store.history import GroupHistory
from ledger.store.ids import ChangeId, DeviceId, GroupId
from ledger.store.ingest import Ingest
from ledger.store.log_reads import LogReads
from ledger.store.membership import Membership
from ledger.store.pending import BANNED, SenderBounds
from ledger.store.receipt_store import ReceiptMemory
from ledger.store.replay import replay
from ledger.store.restore_hold import RestoreHold
from ledger.store.space import DiskSpace, out_of_space
from ledger.store.state import GroupState
from ledger.store.storage import (
    STORED_CHANGE_ALTERED,
    STORED_CHANGE_DAMAGED,
    open_database,
    plain,
)
from ledger.store.words import Words
from ledger.store.writing import Writing

log = logging.getLogger(__name__)

WRITE_ATTEMPTS = 3
"""Tries at a write transaction whose states others' changes made stale meanwhile."""

__all__ = ["ChangesArrived", "DataRejected", "IngestResult", "Status", "Store", "StoreEvent"]


class Store(
    Ingest, GroupMemory, ReceiptMemory, SenderBounds, DiskSpace, LogReads, Writing, RestoreHold
):
    """One data folder. Several processes may open the same folder at once."""

    def __init__(self, home: Path) -> None:
        catalog.load()
        self.home = home
        self.db = open_database(home)
        self._groups: dict[GroupId, HeldGroup] = {}
        self._snapshotted: dict[GroupId, int] = {}
        self._listeners: list[Callable[[StoreEvent], None]] = []
        self._last_rowid = 0
        self._rows: list[tuple[Any, ...]] = []
        self._init_bounds()
        self._data_version = -1
        self._batch_depth = 0
        try:
            self._device_key = self._load_device_key()
            self.device_id = DeviceId(self._device_key.verify_key.encode().hex())
            self._load_all()
        except BaseException:
            self.db.close()  # a store refused is let go of at once, untouched
            raise

    @classmethod
    def open(cls, home: Path) -> Store:
        return cls(Path(home))

    def close(self) -> None:
        """Cache states that grew since they were last cached, then let go of the file."""
        for group, entry in self._groups.items():
            state = entry.state
            if state is None or state.applied < SNAPSHOT_AFTER:  # (the index may be unloaded)
                continue
            if state.applied - self._snapshotted.get(group, 0) >= SNAPSHOT_AFTER // 4:
                self._save_snapshot(group, state)  # (a failure costs only speed)
        self.db.close()

    def device_seed(self) -> bytes:
        return bytes(self._device_key)

    # -- loading -------------------------------------------------------------------

    def _load_device_key(self) -> SigningKey:
        row = self.db.execute("SELECT seed FROM device_key WHERE slot=0").fetchone()
        if row is not None:
            if not isinstance(row[0], bytes) or len(row[0]) != 32:
                raise StoreError("this PC's device key in the store is damaged")
            return SigningKey(row[0])
        key = SigningKey.generate()
        self.db.execute("INSERT OR IGNORE INTO device_key(slot, seed) VALUES (0, ?)", (bytes(key),))
        row = self.db.execute("SELECT seed FROM device_key WHERE slot=0").fetchone()
        return SigningKey(row[0])

    def _load_all(self) -> None:
        """Learn which groups are here; each group's index is read when first needed."""
        self._groups.clear()
        for (group,) in self.db.execute("SELECT DISTINCT group_id FROM change_log"):
            self._groups[GroupId(group)] = HeldGroup(GroupId(group), self._load_history)
        self._last_rowid = int(
            self.db.execute("SELECT coalesce(max(rowid), 0) FROM change_log").fetchone()[0]
        )
        self._load_pending()
        self._data_version = self._read_data_version()

    def _decode_stored(self, raw: bytes, cid: str) -> Change:
        """A change as stored, refused in words when its bytes no longer hash to its id
        (so a damaged change is never replayed, skipped or built upon)."""
        try:
            change = decode_checked(raw)
        except DecodeError as exc:
            raise StoreError(
                STORED_CHANGE_DAMAGED, change=cid[:8], problem=plain(str(exc))
            ) from None
        if change.id != cid:
            raise StoreError(
                STORED_CHANGE_DAMAGED, change=cid[:8], problem=Words(STORED_CHANGE_ALTERED)
            )
        return change

    def _index(self, change: Change) -> None:
        group = self._groups.get(change.group)
        if group is None:
            group = self._groups[change.group] = HeldGroup(change.group, self._load_history)
        group.history.add(change)

    def _read_data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    # -- reading -------------------------------------------------------------------

    def group_ids(self) -> list[GroupId]:
        self.refresh()
        return sorted(self._groups)

    def history(self, group: GroupId) -> GroupHistory:
        return self._group(group).history

    def _group(self, group: GroupId) -> HeldGroup:
        found = self._groups.get(group)
        if found is None:
            raise LatticeError(f"this PC holds no group {group[:8]}")
        return found

    def state(self, group: GroupId) -> GroupState:
        """The group's derived state, brought up to date."""
        self.refresh()
        entry = self._group(group)
        if entry.state is None:
            entry.state = self._from_snapshot(group, entry)
        if entry.state is None:
            history = entry.history
            # Another process may commit between reading the index and the log; what it
            # added reaches this state through the next refresh.
            known = (c for c in self._changes_in_order(group) if c.id in history)
            entry.state = replay(history, known, catalog.books_factory())
            if len(entry.history) >= SNAPSHOT_AFTER:
                self._save_snapshot(group, entry.state)
        return entry.state

    def change_count(self, group: GroupId) -> int:
        return len(self._group(group).history)

    def pending_count(self) -> int:
        return len(self._pending)

    def rejections(self, limit: int = 50) -> list[tuple[str, str, int]]:
        rows = self.db.execute(
            "SELECT source, reason, at FROM rejection ORDER BY rowid DESC LIMIT ?", (limit,)
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def may_receive(self, group: GroupId, device: DeviceId) -> bool:
        """Whether a PC may be sent this group's data: linked to a member not removed."""
        self.refresh()
        if group not in self._groups:
            return False
        return device in self.membership(group).linked_devices()

    def membership(self, group: GroupId) -> Membership:
        """The group's membership as `state(group).membership` has it, from the causal
        index alone when it can (sync asks on every connection and every push; a
        replay of the whole state for that cost most of a busy peer's time)."""
        self.refresh()
        fast = self._group(group).history.membership_now()
        return fast if fast is not None else self.state(group).membership

    def group_for_invite(self, invite_key: bytes) -> GroupId | None:
        key = invite_key.hex()
        now = now_ms()
        for group in self.group_ids():
            invite = self.membership(group).invites.get(key)
            if invite is not None and invite.used_by is None and invite.expires >= now:
                return group
        return None

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
        """One write transaction, with this process's memory equal to the disk.

        `warm`: the groups whose state the write reads. Rebuilding a state (after others'
        concurrent changes) can take seconds; it is done before taking the lock, and
        again, after letting the lock go, when what arrived meanwhile made it stale, so
        that other processes are not kept waiting (up to `WRITE_ATTEMPTS` tries)."""
        if self._batch_depth:  # inside `batch`: its own transaction holds this one
            yield
            return
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            self._warm(warm)
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(f"the store is busy or read-only ({exc})") from None
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
            stale = [g for g in warm if g in self._groups and self._groups[g].state is None]
            if not stale or attempt == WRITE_ATTEMPTS:
                break
            self.db.execute("ROLLBACK")  # nothing written yet; what we took in is committed
        self._evidence.begin()
        try:
            yield
            self._flush()
            self.db.execute("COMMIT")
        except BaseException as exc:
            self._rows.clear()
            if self.db.in_transaction:  # (SQLite may have rolled back already)
                self.db.execute("ROLLBACK")
            self._reload()
            if out_of_space(exc, self.home):
                raise self._writing_paused() from None
            raise
        self._writing_resumed()

    def _reload(self) -> None:
        """After a failed transaction, forget memory that may be ahead of the disk."""
        self._groups.clear()
        self._last_rowid = 0
        self._load_all()

    def ingest(self, raw: bytes, *, source: str = "import") -> IngestResult:
        return self.ingest_many([raw], source=source)[0]

    def ingest_many(
        self,
        raws: Sequence[bytes],
        *,
        source: str = "import",
        group: GroupId | None = None,
        decoded: DecodedBatch | None = None,
    ) -> list[IngestResult]:
        """Verify, authorize and store changes; durable when this returns. Idempotent.

        With `group`, a change of any other group is refused (what a peer sends for one).
        `decoded`: `DecodedBatch(raws)` made beforehand (sync verifies the next batch on
        other threads while this one is stored). Nothing is kept from a `source` banned
        with `ban_source`.
        """
        if self._banned_now(source):
            return [IngestResult("rejected", reason=BANNED) for _ in raws]
        results: list[IngestResult] = []
        if decoded is None or len(decoded) != len(raws):
            decoded = DecodedBatch(raws)
        edited = {
            c.group
            for c in map(decoded.unchecked, range(len(raws)))  # (signatures still checking)
            if isinstance(c, Change) and c.kind == "doc.edit"  # checked against the state
        }
        with self._transaction(warm=edited):
            self._expire_pending(now_ms())
            later: list[int] = []
            for index, raw in enumerate(raws):
                result = self._ingest_one(
                    raw, source, defer_unknown_group=True, decoded=decoded.get(index), group=group
                )
                if result is UNKNOWN_GROUP:
                    later.append(len(results))
                results.append(result)
            # A batch may hold a group's genesis after its other changes.
            for index in later:
                results[index] = self._ingest_one(
                    raws[index], source, decoded=decoded.get(index), group=group
                )
            for index, result in enumerate(results):
                entry = self._groups.get(result.group) if result.group else None
                if result.status == "pending" and entry is not None and result.change:
                    if result.change in entry.history:
                        results[index] = IngestResult("accepted", result.change, result.group)
        self._after_commit("ingest")
        for result in results:
            if result.status == "rejected" and result.reason:
                self._emit(DataRejected(result.reason, source))
        return results

    def _warm(self, groups: Collection[GroupId]) -> None:
        """Bring the states a write will read up to date (outside the write lock)."""
        for group in groups:
            if group in self._groups:
                self.state(group)

    def _after_commit(self, origin: Literal["local", "ingest"]) -> None:
        notify.wake_others(self.home)
        for group_id, entry in self._groups.items():
            if entry.new:
                ids, entry.new = tuple(entry.new), []
                self._emit(ChangesArrived(group_id, ids, origin))
