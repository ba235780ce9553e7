"""One commit for the batches that all sessions of a service received meanwhile.

Each session stores its peer's verified batches in order and acknowledges each only once
it is durable. Committed one by one, a PC that receives from nine peers pays nine SQLite
transactions, nine fsyncs and nine rounds of store events (every serving session wakes
on each) for what one commit makes durable together. Sessions hand their batches to the
service's `GroupCommitter` instead: the first to arrive while no commit is under way
leads; it lets the other ready sessions queue theirs (one trio checkpoint), stages what
queued, up to `MAX_GROUP_CHANGES` / `MAX_GROUP_BYTES`, into one write transaction
(`Store.stage_batches`), commits it, and only then hands every session its own batch's
results, so that each sends its `Ack` after the commit, never before. The next session
waiting takes the lead for what queued meanwhile.

The whole step runs on the trio thread, like every other use of the store: memory and
the SQLite connection have one user, and nothing staged can be read (a version vector,
a batch to serve) before it is durable. A COMMIT on a worker thread (`trio.to_thread`)
lets the loop run during the fsync and groups more (in one mesh run of
bench/sync_converge.py, 300 commits for about 450 batches against 404 here), but other
tasks then read staged changes and meet the connection mid-transaction, and it saved no
CPU that the bench could see (22.4 s against 20.9 s for the ten PCs, one round each, at
load 11 to 18): not worth that risk.

A failure the store itself causes (`StoreError`: a full disk, a busy or damaged file)
rolls the whole group back and every session in it is told. Any other failure rolls it
back too, and each batch of the group is then tried alone, so one sender's batch that
breaks something cannot fail another's.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

import trio

from ledger.store.decoded_batch import DecodedBatch
from ledger.store.errors import StoreError
from ledger.store.events import IngestResult
from ledger.store.ids import GroupId
from ledger.store.staging import BatchIn
from p2p.session_state import SyncStore

log = logging.getLogger(__name__)

MAX_GROUP_CHANGES = 4096
"""At most this many changes in one commit (a batch alone always fits)."""
MAX_GROUP_BYTES = 8 * 1024 * 1024
"""At most this many bytes of changes in one commit (a batch alone always fits)."""


@dataclass(eq=False)
class _Waiting:
    """One session's batch, queued until a commit made it durable (or failed)."""

    batch: BatchIn
    size: int
    results: list[IngestResult] | None = None
    error: BaseException | None = None
    turn: trio.Event = field(default_factory=trio.Event)
    """Set when the batch is settled, or when its session is to lead the next commit."""

    @property
    def settled(self) -> bool:
        return self.results is not None or self.error is not None


class GroupCommitter:
    """Shared by every session of one service (see the module's docstring)."""

    def __init__(
        self,
        store: SyncStore,
        *,
        max_changes: int = MAX_GROUP_CHANGES,
        max_bytes: int = MAX_GROUP_BYTES,
    ) -> None:
        self.store = store
        self.max_changes = max_changes
        self.max_bytes = max_bytes
        self._queue: deque[_Waiting] = deque()
        self._leading = False
        self.commits = 0
        """Commits made (for tests and benchmarks): fewer than `batches` when grouped."""
        self.batches = 0

    async def ingest(
        self,
        raws: Sequence[bytes],
        *,
        source: str,
        group: GroupId | None = None,
        decoded: DecodedBatch | None = None,
    ) -> list[IngestResult]:
        """`Store.ingest_many`'s results for this batch, once it is durable; raises what
        made its commit fail (nothing of it was stored then)."""
        me = _Waiting(BatchIn(raws, source, group, decoded), sum(map(len, raws)))
        self._queue.append(me)
        try:
            while not me.settled:
                if self._leading:
                    await me.turn.wait()
                    me.turn = trio.Event()
                    continue
                self._leading = True
                try:
                    with trio.CancelScope(shield=True):  # the others wait on this commit
                        await trio.lowlevel.checkpoint()  # the ready sessions queue theirs
                        self._commit_next()
                finally:
                    self._leading = False
                    self._pass_lead()
        finally:
            if not me.settled and me in self._queue:  # cancelled before its turn came
                self._queue.remove(me)
                self._pass_lead()
        if me.error is not None:
            raise me.error
        assert me.results is not None
        return me.results

    def _pass_lead(self) -> None:
        if not self._leading and self._queue:
            self._queue[0].turn.set()

    def _take(self) -> list[_Waiting]:
        """The oldest batches queued, within the caps."""
        taken: list[_Waiting] = []
        changes = size = 0
        while self._queue:
            nxt = self._queue[0]
            changes += len(nxt.batch.raws)
            size += nxt.size
            if taken and (changes > self.max_changes or size > self.max_bytes):
                break
            taken.append(self._queue.popleft())
        return taken

    def _commit_next(self) -> None:
        taken = self._take()
        try:
            self._commit(taken)
        except StoreError as exc:  # the store's own trouble: every batch would meet it
            self._settle_failed(taken, exc)
        except BaseException as exc:
            if len(taken) == 1 or not isinstance(exc, Exception):
                self._settle_failed(taken, exc)
                if not isinstance(exc, Exception):
                    raise  # (an interrupt: the waiting sessions are told, then it goes on)
                return
            log.warning("a group commit of %d batches failed (%s); each alone", len(taken), exc)
            for waiting in taken:
                try:
                    self._commit([waiting])
                except Exception as alone:
                    self._settle_failed([waiting], alone)

    def _commit(self, taken: list[_Waiting]) -> None:
        staged = self.store.stage_batches([w.batch for w in taken])
        staged.commit()
        self.commits += 1
        self.batches += len(taken)
        for waiting, results in zip(taken, staged.results, strict=True):
            waiting.results = results
            waiting.turn.set()

    def _settle_failed(self, taken: list[_Waiting], exc: BaseException) -> None:
        for waiting in taken:
            waiting.error = exc
            waiting.turn.set()
