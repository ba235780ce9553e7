"""The group store: the one entry point for changes, local or from elsewhere.

Every change, written here or arriving from a peer or a file, passes `ingest` (or
`write`, which signs and then takes the same path): decode and verify, check the
writer's chain, authorize against the causal past, persist, then fold into state.
"""

from __future__ import annotations

import gc
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from nacl.signing import SigningKey

from ledger import catalog, notify
from ledger.change import (
    MAX_DEPS,
    Change,
    DecodedBatch,
    change_id,
    decode_change,
    sign_change,
)
from ledger.errors import DecodeError, LatticeError, Refused, StoreError
from ledger.history import GroupHistory
from ledger.ids import ChangeId, DeviceId, GroupId, WriterId, writer_id
from ledger.kinds import spec_for
from ledger.persons import Signer
from ledger.snapshot import decode_state, encode_state
from ledger.state import GroupState, Replayer, replay
from ledger.storage import open_database

log = logging.getLogger(__name__)

Status = Literal["accepted", "pending", "duplicate", "rejected"]


@dataclass(frozen=True, slots=True)
class IngestResult:
    status: Status
    change: ChangeId | None = None
    group: GroupId | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ChangesArrived:
    """Plain-Python event: changes accepted (written here, from a peer, or by another process)."""

    group: GroupId
    changes: tuple[ChangeId, ...]
    origin: Literal["local", "ingest", "refresh"]


@dataclass(frozen=True, slots=True)
class DataRejected:
    reason: str
    source: str


StoreEvent = ChangesArrived | DataRejected
_UNKNOWN_GROUP = IngestResult("rejected", reason="unknown group")


class _Group:
    """One group in memory: its causal index, loaded when first needed, and its state."""

    def __init__(self, group: GroupId, load: Callable[[GroupId], GroupHistory]) -> None:
        self.group = group
        self._load = load
        self._history: GroupHistory | None = None
        self.state: GroupState | None = None
        self._replayer: Replayer | None = None
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

    def forget_state(self) -> None:
        self.state = self._replayer = None


SNAPSHOT_AFTER = 2_000
"""Groups with at least this many changes have their state cached for a fast start."""


@contextmanager
def _bulk() -> Iterator[None]:
    """Building many small objects at once: the cyclic GC would only slow it down."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _split_ids(joined: bytes) -> tuple[ChangeId, ...]:
    return tuple(ChangeId(joined[i : i + 32].hex()) for i in range(0, len(joined), 32))


def _now_ms() -> int:
    return int(time.time() * 1000)


class Store:
    """One data folder. Several processes may open the same folder at once."""

    def __init__(self, home: Path) -> None:
        catalog.load()
        self.home = home
        self.engine, self.db = open_database(home)
        self._groups: dict[GroupId, _Group] = {}
        self._snapshotted: dict[GroupId, int] = {}
        self._listeners: list[Callable[[StoreEvent], None]] = []
        self._last_rowid = 0
        self._rows: list[tuple[Any, ...]] = []
        self._pending: dict[ChangeId, set[ChangeId]] = {}
        """Pending change -> the parents it still waits for (mirrors pending_change)."""
        self._waiting: dict[ChangeId, set[ChangeId]] = {}
        """Missing parent -> the pending changes waiting for it."""
        self._data_version = -1
        self._device_key = self._load_device_key()
        self.device_id = DeviceId(self._device_key.verify_key.encode().hex())
        self._load_all()

    @classmethod
    def open(cls, home: Path) -> Store:
        return cls(Path(home))

    def close(self) -> None:
        """Cache states that grew since they were last cached, then let go of the file."""
        for group, entry in self._groups.items():
            state = entry.state
            if state is None or len(entry.history) < SNAPSHOT_AFTER:
                continue
            if state.applied - self._snapshotted.get(group, 0) >= SNAPSHOT_AFTER // 4:
                self._save_snapshot(group, state)
        self.db.close()
        self.engine.dispose()

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
            self._groups[GroupId(group)] = _Group(GroupId(group), self._load_history)
        self._last_rowid = int(
            self.db.execute("SELECT coalesce(max(rowid), 0) FROM change_log").fetchone()[0]
        )
        self._pending.clear()
        self._waiting.clear()
        for pid, missing_json in self.db.execute("SELECT id, missing FROM pending_change"):
            self._note_pending(ChangeId(pid), [ChangeId(m) for m in json.loads(missing_json)])
        self._data_version = self._read_data_version()

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
        with _bulk():
            for cid, writer, seq, lamport, parents, raw in rows:
                change = self._decode_stored(raw) if raw is not None else None
                if change is not None and change.id != cid:
                    raise StoreError("a stored change does not match its id; run 'lattice check'")
                history.restore(cid, writer, seq, lamport, _split_ids(parents), change)
        return history

    def _note_pending(self, pid: ChangeId, missing: list[ChangeId]) -> None:
        self._pending[pid] = set(missing)
        for m in missing:
            self._waiting.setdefault(m, set()).add(pid)

    def _decode_stored(self, raw: bytes) -> Change:
        try:
            return decode_change(raw, verify=False)
        except DecodeError as exc:
            raise StoreError(f"a stored change is damaged ({exc}); run 'lattice check'") from None

    def _index(self, change: Change) -> None:
        group = self._groups.get(change.group)
        if group is None:
            group = self._groups[change.group] = _Group(change.group, self._load_history)
        group.history.add(change)

    def _read_data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    # -- reading -------------------------------------------------------------------

    def group_ids(self) -> list[GroupId]:
        self.refresh()
        return sorted(self._groups)

    def history(self, group: GroupId) -> GroupHistory:
        return self._group(group).history

    def _group(self, group: GroupId) -> _Group:
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
            entry.state = replay(
                entry.history, self._changes_in_order(group), catalog.books_factory()
            )
            if len(entry.history) >= SNAPSHOT_AFTER:
                self._save_snapshot(group, entry.state)
        return entry.state

    def _from_snapshot(self, group: GroupId, entry: _Group) -> GroupState | None:
        """The cached state brought up to date, or None when a replay is needed."""
        row = self.db.execute(
            "SELECT upto_rowid, state FROM snapshot WHERE group_id=?", (group,)
        ).fetchone()
        if row is None:
            return None
        upto, blob = row
        with _bulk():
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
        later = list(self._changes_in_order(group, after_rowid=upto))
        if later:
            replayer = Replayer(entry.history, state)
            for change in later:
                if change.id not in entry.history or not replayer.can_append(
                    entry.history.nodes[change.id]
                ):
                    return None
                replayer.apply(change)
        return state

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
        self.db.execute(
            "INSERT OR REPLACE INTO snapshot(group_id, upto_rowid, state) VALUES (?,?,?)",
            (group, upto, blob),
        )
        self._snapshotted[group] = state.applied

    def _changes_in_order(self, group: GroupId, after_rowid: int = 0) -> Iterator[Change]:
        self._flush()
        cursor = self.db.execute(
            "SELECT raw FROM change_log WHERE group_id=? AND rowid>? ORDER BY lamport, id",
            (group, after_rowid),
        )
        for (raw,) in cursor:
            yield self._decode_stored(raw)

    def recent_changes(self, group: GroupId, limit: int = 30) -> list[Change]:
        """The last `limit` changes in replay order, newest first (for activity lists)."""
        self._flush()
        rows = self.db.execute(
            "SELECT raw FROM change_log WHERE group_id=? ORDER BY lamport DESC, id DESC LIMIT ?",
            (group, limit),
        ).fetchall()
        return [self._decode_stored(raw) for (raw,) in rows]

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
        self.refresh()
        history = self._group(group).history
        wanted = [
            cid
            for writer, chain in history.chains.items()
            for seq, ids in chain.items()
            if seq > theirs.get(writer, 0)
            for cid in ids
        ]
        wanted.sort(key=lambda c: history.nodes[c].key)
        self._flush()
        out: dict[str, bytes] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for cid, raw in self.db.execute(
                f"SELECT id, raw FROM change_log WHERE id IN ({marks})",
                chunk,
            ):
                out[cid] = raw
        return [out[c] for c in wanted if c in out]

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
        if group not in self._groups:
            return False
        return device in self.state(group).membership.linked_devices()

    def group_for_invite(self, invite_key: bytes) -> GroupId | None:
        key = invite_key.hex()
        now = _now_ms()
        for group in self.group_ids():
            invite = self.state(group).membership.invites.get(key)
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
        version = self._read_data_version()
        if version == self._data_version:
            return []
        self._data_version = version
        self._pending.clear()
        self._waiting.clear()
        for pid, missing_json in self.db.execute("SELECT id, missing FROM pending_change"):
            self._note_pending(ChangeId(pid), [ChangeId(m) for m in json.loads(missing_json)])
        rows = self.db.execute(
            "SELECT rowid, raw FROM change_log WHERE rowid > ? ORDER BY rowid", (self._last_rowid,)
        ).fetchall()
        arrived: dict[GroupId, list[ChangeId]] = {}
        for rowid, raw in rows:
            self._last_rowid = max(self._last_rowid, rowid)
            change = self._decode_stored(raw)
            known = self._groups.get(change.group)
            if known is None:  # a group new to this process: indexed from disk when needed
                self._groups[change.group] = _Group(change.group, self._load_history)
            elif not known.loaded:
                known.forget_state()  # its index, read later, will include this change
            elif change.id in known.history:
                continue
            else:
                self._accept_in_memory(change)
            arrived.setdefault(change.group, []).append(change.id)
        for group, ids in arrived.items():
            self._emit(ChangesArrived(group, tuple(ids), "refresh"))
        return [c for ids in arrived.values() for c in ids]

    # -- writing -------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"the store is busy or read-only ({exc})") from None
        try:
            self.refresh()
            yield
            self._flush()
        except BaseException:
            self._rows.clear()
            self.db.execute("ROLLBACK")
            self._reload()
            raise
        self.db.execute("COMMIT")
        self._data_version = self._read_data_version()

    def _reload(self) -> None:
        """After a failed transaction, forget memory that may be ahead of the disk."""
        self._groups.clear()
        self._last_rowid = 0
        self._load_all()

    def ingest(self, raw: bytes, *, source: str = "import") -> IngestResult:
        return self.ingest_many([raw], source=source)[0]

    def ingest_many(self, raws: Sequence[bytes], *, source: str = "import") -> list[IngestResult]:
        """Verify, authorize and store changes; durable when this returns. Idempotent."""
        results: list[IngestResult] = []
        decoded = DecodedBatch(raws)
        with self._transaction():
            later: list[int] = []
            for index, raw in enumerate(raws):
                result = self._ingest_one(
                    raw, source, defer_unknown_group=True, decoded=decoded.get(index)
                )
                if result is _UNKNOWN_GROUP:
                    later.append(len(results))
                results.append(result)
            # A batch may hold a group's genesis after its other changes.
            for index in later:
                results[index] = self._ingest_one(raws[index], source, decoded=decoded.get(index))
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

    def write(
        self, signer: Signer, group: GroupId | None, kind: str, body: dict[str, Any]
    ) -> Change:
        """Sign a change as `signer` on this PC and store it; refuse what ingest would."""
        with self._transaction():
            deps: tuple[ChangeId, ...] = ()
            prev: ChangeId | None = None
            writer_seq = 1
            if group is not None:
                history = self._group(group).history
                last = history.last_of(writer_id(signer.person, self.device_id))
                writer_seq = 1 if last is None else last.seq + 1
                prev = None if last is None else last.id
                deps = history.latest_heads(MAX_DEPS)
            try:
                change = sign_change(
                    signer,
                    group=group,
                    device=self.device_id,
                    seq=writer_seq,
                    prev=prev,
                    deps=deps,
                    clock=_now_ms(),
                    kind=kind,
                    body=body,
                )
            except DecodeError as exc:
                raise Refused(str(exc)) from None
            result = self._ingest_one(change.raw, "local")
            if result.status != "accepted":
                raise Refused(result.reason or f"the change was {result.status}")
        self._after_commit("local")
        return change

    def _after_commit(self, origin: Literal["local", "ingest"]) -> None:
        notify.wake_others(self.home)
        for group_id, entry in self._groups.items():
            if entry.new:
                ids, entry.new = tuple(entry.new), []
                self._emit(ChangesArrived(group_id, ids, origin))

    def _reject(
        self, reason: str, source: str, change: ChangeId | None = None, group: GroupId | None = None
    ) -> IngestResult:
        self.db.execute(
            "INSERT INTO rejection(change_id, group_id, source, reason, at) VALUES (?,?,?,?,?)",
            (change, group, source, reason, _now_ms()),
        )
        log.info("rejected a change from %s: %s", source, reason)
        return IngestResult("rejected", change, group, reason)

    def _ingest_one(
        self,
        raw: bytes,
        source: str,
        *,
        defer_unknown_group: bool = False,
        decoded: Change | DecodeError | None = None,
    ) -> IngestResult:
        try:
            if isinstance(decoded, DecodeError):
                raise decoded
            change = decoded if decoded is not None else decode_change(raw)
            spec_for(change.kind).check_body(change.body)
        except DecodeError as exc:
            cid = change_id(raw) if isinstance(raw, bytes) else None
            return self._reject(str(exc), source, cid)
        entry = self._groups.get(change.group)
        if entry is not None and change.id in entry.history:
            return IngestResult("duplicate", change.id, change.group)
        if change.id in self._pending:
            return IngestResult(
                "pending", change.id, change.group, "still waiting for earlier changes"
            )
        if entry is None and not change.is_genesis:
            if defer_unknown_group:
                return _UNKNOWN_GROUP
            return self._reject(
                "it belongs to a group this PC does not hold", source, change.id, change.group
            )
        missing = [] if entry is None else [p for p in change.parents if p not in entry.history]
        if missing:
            foreign = [p for p in missing if self._group_of(p) not in (None, change.group)]
            if foreign:
                return self._reject(
                    "it depends on a change of another group", source, change.id, change.group
                )
            self.db.execute(
                "INSERT INTO pending_change(id, group_id, missing, raw, received) "
                "VALUES (?,?,?,?,?)",
                (change.id, change.group, json.dumps(missing), raw, _now_ms()),
            )
            self._note_pending(change.id, missing)
            return IngestResult("pending", change.id, change.group, "waiting for earlier changes")
        reason = self._refusal(change, entry)
        if reason is not None:
            return self._reject(reason, source, change.id, change.group)
        self._store(change)
        self._release_pending(change, source)
        return IngestResult("accepted", change.id, change.group)

    def _group_of(self, cid: ChangeId) -> GroupId | None:
        for group_id, entry in self._groups.items():
            if entry.loaded and cid in entry.history:
                return group_id
        row = self.db.execute("SELECT group_id FROM change_log WHERE id=?", (cid,)).fetchone()
        return None if row is None else GroupId(row[0])

    def _refusal(self, change: Change, entry: _Group | None) -> str | None:
        """Why a change whose parents are all here may not be accepted, or None."""
        if entry is None:
            return None  # a genesis: nothing before it to contradict
        history = entry.history
        if change.prev is not None:
            prev = history.nodes[change.prev]
            if prev.writer != change.writer:
                return "its previous change was written by someone else (broken chain)"
            if prev.seq != change.seq - 1:
                return f"sequence gap: number {change.seq} follows number {prev.seq}"
        membership = history.membership_for(history.ctl_before(change.parents))
        reason = spec_for(change.kind).authorize(membership, change)
        if reason is not None:
            return reason
        if change.kind == "doc.edit":
            from ledger.documents import check_update, new_document

            state = self.state(change.group)
            doc = state.documents.get(change.body["doc"]) or new_document()
            return check_update(doc, change)
        return None

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
                b"".join(bytes.fromhex(p) for p in change.parents),
                change.raw,
                _now_ms(),
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
        self._index(change)
        entry = self._groups[change.group]
        node = entry.history.nodes[change.id]
        entry.new.append(change.id)
        replayer = entry.replayer
        if replayer is not None:
            if replayer.can_append(node):
                replayer.apply(change)
            else:
                entry.forget_state()  # replayed in full when next read
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
                del self._pending[pid]
                row = self.db.execute(
                    "SELECT raw FROM pending_change WHERE id=?", (pid,)
                ).fetchone()
                self.db.execute("DELETE FROM pending_change WHERE id=?", (pid,))
                change = decode_change(row[0])
                entry = self._groups[change.group]
                reason = self._refusal(change, entry)
                if reason is not None:
                    self._reject(reason, source, change.id, change.group)
                    continue
                self._store(change)
                queue.append(change.id)
