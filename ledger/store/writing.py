"""The part of `Store` that signs a change on this PC: numbered in its writer's chain,
citing the current heads, then taken in through the same door as a peer's change."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Collection, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Literal

from ledger.store.change import MAX_DEPS, Change, sign_change
from ledger.store.errors import DecodeError, Refused
from ledger.store.group_memory import now_ms
from ledger.store.ids import ChangeId, DeviceId, GroupId, WriterId, writer_id
from ledger.store.persons import Signer
from ledger.store.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ledger.store.events import IngestResult
    from ledger.store.group_memory import HeldGroup

log = logging.getLogger(__name__)


class Writing:
    db: sqlite3.Connection
    device_id: DeviceId
    _batch_depth: int

    if TYPE_CHECKING:

        def _transaction(
            self, warm: Collection[GroupId] = ()
        ) -> AbstractContextManager[None]: ...

        def _group(self, group: GroupId) -> HeldGroup: ...

        def _ingest_one(self, raw: bytes, source: str) -> IngestResult: ...

        def _after_commit(self, origin: Literal["local", "ingest"]) -> None: ...

        def _flush(self) -> None: ...

        def _reload(self) -> None: ...

        def _decode_stored(self, raw: bytes, cid: str) -> Change: ...

        def _refuse_if_held(self, group: GroupId) -> None: ...

        def _refuse_if_own_change_waits(
            self, group: GroupId, writer: WriterId, next_seq: int
        ) -> None: ...

    def write(
        self, signer: Signer, group: GroupId | None, kind: str, body: dict[str, Any]
    ) -> Change:
        """Sign a change as `signer` on this PC and store it; refuse what ingest would."""
        change = self.write_built(signer, group, kind, lambda: body)
        if change is None:
            raise Refused(QT_TRANSLATE_NOOP("core", "nothing to change"))
        return change

    def write_built(
        self,
        signer: Signer,
        group: GroupId | None,
        kind: str,
        build: Callable[[], dict[str, Any] | None],
    ) -> Change | None:
        """As `write`, with the body built inside the write transaction, from the state
        as every process left it (a document edit must follow the writer's every earlier
        edit, or two processes would reuse its Loro operation ids). None when `build`
        finds nothing to write."""
        with self._transaction(warm=() if group is None else (group,)):
            if group is not None:
                self._refuse_if_held(group)  # (restored from a backup: see restore_hold)
            body = build()
            if body is None:
                return None
            deps: tuple[ChangeId, ...] = ()
            prev: ChangeId | None = None
            writer_seq = 1
            if group is not None:
                writer = writer_id(signer.person, self.device_id)
                prev, writer_seq = self._next_in_chain(group, writer)
                self._refuse_if_own_change_waits(group, writer, writer_seq)
                deps = self._group(group).history.latest_heads(MAX_DEPS)
                self._check_stored([*deps, *([prev] if prev else [])])
            try:
                change = sign_change(
                    signer,
                    group=group,
                    device=self.device_id,
                    seq=writer_seq,
                    prev=prev,
                    deps=deps,
                    clock=now_ms(),
                    kind=kind,
                    body=body,
                )
            except DecodeError as exc:
                raise Refused(exc.words) from None
            result = self._ingest_one(change.raw, "local")
            if result.status != "accepted":
                raise Refused(result.reason or f"the change was {result.status}")
        if not self._batch_depth:
            self._after_commit("local")
        return change

    def _check_stored(self, ids: Sequence[ChangeId]) -> None:
        """Refuse to cite a change whose stored bytes are damaged."""
        marks = ",".join("?" * len(ids))
        for cid, raw in self.db.execute(
            f"SELECT id, raw FROM change_log WHERE id IN ({marks})", tuple(ids)
        ):
            self._decode_stored(raw, cid)

    def _next_in_chain(self, group: GroupId, writer: WriterId) -> tuple[ChangeId | None, int]:
        """The writer's previous change and next number, read from the disk inside the
        write transaction: no other process of this PC can take the same number."""
        self._flush()
        row = self.db.execute(
            "SELECT id, seq FROM change_log WHERE group_id=? AND writer=? "
            "ORDER BY seq DESC LIMIT 1",
            (group, writer),
        ).fetchone()
        on_disk = (None, 0) if row is None else (ChangeId(row[0]), int(row[1]))
        last = self._group(group).history.last_of(writer)
        in_memory = (None, 0) if last is None else (last.id, last.seq)
        if in_memory != on_disk:
            # Memory missed a commit: never sign on top of it (that would be a fork).
            log.error("memory of %s was behind the disk; reloading it", group[:8])
            self._reload()
        return on_disk[0], on_disk[1] + 1
