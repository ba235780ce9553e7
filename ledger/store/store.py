"""The group store: the one entry point for changes, local or from elsewhere.

Every change, written here or arriving from a peer or a file, passes `ingest` (or
`write`, which signs and then takes the same path): decode and verify, check the
writer's chain, authorize against the causal past, persist, then fold into state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nacl.signing import SigningKey

from ledger.store import catalog
from ledger.store.change import Change, decode_checked
from ledger.store.decoded_batch import DecodedBatch
from ledger.store.errors import DecodeError, LatticeError, StoreError
from ledger.store.events import (
    ChangesArrived,
    DataRejected,
    IngestResult,
    Status,
    StoreEvent,
)
from ledger.store.group_memory import SNAPSHOT_AFTER, GroupMemory, HeldGroup, now_ms
from ledger.store.history import GroupHistory, Node
from ledger.store.ids import DeviceId, GroupId
from ledger.store.ingest import Ingest
from ledger.store.log_reads import LogReads
from ledger.store.membership import Membership
from ledger.store.pending import SenderBounds
from ledger.store.receipt_store import ReceiptMemory
from ledger.store.replay import replay
from ledger.store.restore_hold import RestoreHold
from ledger.store.space import DiskSpace
from ledger.store.staging import BatchIn, Staging
from ledger.store.state import GroupState
from ledger.store.storage import (
    STORED_CHANGE_ALTERED,
    STORED_CHANGE_DAMAGED,
    open_database,
    plain,
)
from ledger.store.transactions import Transactions
from ledger.store.words import Words
from ledger.store.writing import Writing

if TYPE_CHECKING:
    from loro import LoroDoc

log = logging.getLogger(__name__)

__all__ = ["ChangesArrived", "DataRejected", "IngestResult", "Status", "Store", "StoreEvent"]


class Store(
    Transactions,
    Ingest,
    Staging,
    GroupMemory,
    ReceiptMemory,
    SenderBounds,
    DiskSpace,
    LogReads,
    Writing,
    RestoreHold,
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

    def _index(self, change: Change) -> tuple[HeldGroup, Node]:
        """Index an accepted change; its group as held, and its node."""
        group = self._groups.get(change.group)
        if group is None:
            group = self._groups[change.group] = HeldGroup(change.group, self._load_history)
        return group, group.history.add(change)

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

    def document(self, group: GroupId, name: str) -> LoroDoc | None:
        """A collaborative document as it stands; read by writes inside their transaction,
        so without a replay whenever the kept documents allow (`DocumentsNow`)."""
        self.refresh()
        entry = self._group(group)
        if entry.state is None and entry.documents is not None:
            return entry.documents.get(name)
        return self.state(group).documents.get(name)

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

    # -- taking changes in -----------------------------------------------------------

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
        staged = self.stage_batches([BatchIn(raws, source, group, decoded)])
        staged.commit()
        return staged.results[0]
