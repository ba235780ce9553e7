"""Several batches of changes (from several senders) ingested into one write transaction
and committed once.

A commit costs an fsync (milliseconds) and wakes every listener of the store; a PC that
receives from nine peers at once would pay that nine times for what one commit makes
durable together. `Store.stage_batches` ingests the batches in order into one open
transaction, each with its own results, exactly as `Store.ingest_many` would one after
the other; `StagedWrite.commit` then makes them durable at once. Until the commit
returned, nothing staged may be acknowledged to anyone.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NoReturn

from ledger.store.change import Change
from ledger.store.decoded_batch import DecodedBatch
from ledger.store.errors import DecodeError
from ledger.store.events import UNKNOWN_GROUP, DataRejected, IngestResult, StoreEvent
from ledger.store.group_memory import HeldGroup, now_ms
from ledger.store.ids import GroupId
from ledger.store.pending import BANNED

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchIn:
    """One sender's batch, as `Store.ingest_many` takes it."""

    raws: Sequence[bytes]
    source: str = "import"
    group: GroupId | None = None
    """When given, a change of any other group is refused (what a peer sends for one)."""
    decoded: DecodedBatch | None = None
    """`DecodedBatch(raws)` made beforehand (its signatures checked meanwhile)."""


class StagedWrite:
    """Batches ingested into the store's open write transaction, not yet committed.

    `results[i]` are batch i's. `commit()` makes them durable (or raises, with everything
    rolled back and memory reloaded).
    """

    def __init__(
        self,
        store: Staging,
        results: list[list[IngestResult]],
        sources: list[str | None],
        *,
        held: bool,
    ) -> None:
        self.store = store
        self.results = results
        self._sources = sources
        self._held = held
        """Whether this write opened the transaction (else nothing, or `batch`'s, holds it)."""
        self._staged = any(source is not None for source in sources)

    def commit_now(self) -> None:
        """COMMIT: durable when this returns (nothing when the transaction is not ours)."""
        if self._held:
            self.store.db.execute("COMMIT")

    def commit(self) -> None:
        """Make every staged batch durable, then tell the store's listeners."""
        try:
            self.commit_now()
        except BaseException as exc:
            if self._held:
                self.store._write_failed(exc)
            raise
        if self._held:
            self.store._writing_resumed()
        if self._staged:
            self.store._after_commit("ingest")
        for source, results in zip(self._sources, self.results, strict=True):
            for result in results:
                if source is not None and result.status == "rejected" and result.reason:
                    self.store._emit(DataRejected(result.reason, source))


class Staging:
    """The part of `Store` that ingests batches into one transaction (`stage_batches`)."""

    db: sqlite3.Connection
    _groups: dict[GroupId, HeldGroup]
    _batch_depth: int
    _rows: list[tuple[object, ...]]
    """Changes taken in whose rows are not written yet (`_flush` writes them)."""

    if TYPE_CHECKING:

        def _banned_now(self, source: str) -> bool: ...

        def _begin_write(self, warm: Collection[GroupId] = ()) -> None: ...

        def _write_failed(self, exc: BaseException) -> NoReturn: ...

        def _writing_resumed(self) -> None: ...

        def _after_commit(self, origin: Literal["local", "ingest"]) -> None: ...

        def _emit(self, event: StoreEvent) -> None: ...

        def _expire_pending(self, now: int) -> None: ...

        def _flush(self) -> None: ...

        def _ingest_one(
            self,
            raw: bytes,
            source: str,
            *,
            defer_unknown_group: bool = False,
            decoded: Change | DecodeError | None = None,
            group: GroupId | None = None,
        ) -> IngestResult: ...

    def stage_batches(self, batches: Sequence[BatchIn]) -> StagedWrite:
        """Verify, authorize and stage every batch, in order, into one write transaction
        left open: call `commit()` on what this returns (nothing is durable before).
        A batch from a source banned with `ban_source` is refused whole, untouched.
        Any error rolls everything back (memory reloads) and is raised here."""
        results: list[list[IngestResult]] = []
        sources: list[str | None] = []
        todo: list[tuple[int, BatchIn, DecodedBatch]] = []
        for batch in batches:
            if self._banned_now(batch.source):
                results.append([IngestResult("rejected", reason=BANNED) for _ in batch.raws])
                sources.append(None)
                continue
            decoded = batch.decoded
            if decoded is None or len(decoded) != len(batch.raws):
                decoded = DecodedBatch(batch.raws)
            todo.append((len(results), batch, decoded))
            results.append([])
            sources.append(batch.source)
        if not todo:
            return StagedWrite(self, results, sources, held=False)
        edited = {
            c.group
            for _, batch, decoded in todo
            for c in map(decoded.unchecked, range(len(batch.raws)))  # (signatures still checking)
            if isinstance(c, Change) and c.kind == "doc.edit"  # checked against the state
        }
        held = not self._batch_depth  # inside `batch`, its transaction holds ours
        if held:
            self._begin_write(edited)
        try:
            self._expire_pending(now_ms())
            for index, batch, decoded in todo:
                results[index] = self._ingest_batch(batch, decoded)
            if held:
                self._flush()
        except BaseException as exc:
            if held:
                self._write_failed(exc)
            raise
        return StagedWrite(self, results, sources, held=held)

    def _ingest_batch(self, batch: BatchIn, decoded: DecodedBatch) -> list[IngestResult]:
        """One batch's changes, inside the open write transaction."""
        raws, source, group = batch.raws, batch.source, batch.group
        results: list[IngestResult] = []
        later: list[int] = []
        for index, raw in enumerate(raws):
            if self._rows and decoded.waits_for_helper(index):
                self._flush()  # rather than wait idle for the signatures
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
            if result.status != "pending" or not result.group or not result.change:
                continue
            entry = self._groups.get(result.group)
            if entry is not None and result.change in entry.history:
                results[index] = IngestResult("accepted", result.change, result.group)
        return results
