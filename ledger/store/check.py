"""`lattice check`: verify everything stored, from the raw bytes up.

The signed log is judged by the very code every change passed on arrival: each group's
stored changes, in stored order, are ingested into a throwaway store in a temporary
folder (as `lattice verify` does for a bundle), so signatures, strict decoding, bodies,
writer chains, authorization against the causal past and the document rules are the
ingest's own. Every stored change must be accepted there, filed under its own group and
indexed as the throwaway indexes it (this store loads its causal index from those
columns, not from the signed bytes). Then the state this store shows — from its cached
snapshot when it uses one — must equal the state the throwaway replays.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from ledger.store.change import change_id
from ledger.store.errors import LatticeError, StoreError
from ledger.store.events import IngestResult
from ledger.store.ids import GroupId
from ledger.store.ingest import BROKEN_CHAIN, SEQUENCE_GAP
from ledger.store.storage import DB_NAME, TABLES, integrity_problems, plain
from ledger.store.store import Store
from ledger.store.words import Words

BATCH = 5_000
"""Changes per ingest into the throwaway store: bounds what is decoded at once."""


def check_store(store: Store) -> tuple[list[str], int]:
    """Problems found (empty when sound) and how many changes were verified."""
    try:
        problems = [f"SQLite: {plain(p)}" for p in integrity_problems(store.db)]
    except StoreError as exc:  # too damaged for SQLite to look through
        return [str(exc)], 0
    checked = 0
    with tempfile.TemporaryDirectory(prefix="lattice-check-") as tmp:
        scratch = _throwaway(store, Path(tmp))
        try:
            for group in store.group_ids():
                found, count = _check_group(store, scratch, group)
                problems.extend(found)
                checked += count
            waiting = [raw for (raw,) in store.db.execute("SELECT raw FROM pending_change")]
            checked += len(waiting)
            for result in _ingest(scratch, waiting):
                if result.status == "rejected" and result.group is None:
                    problems.append(
                        f"a waiting change fails verification: {plain(str(result.reason))}"
                    )
        finally:
            scratch.db.close()  # not `close()`: caching the throwaway's state is wasted work
    return problems, checked


def _check_group(store: Store, scratch: Store, group: GroupId) -> tuple[list[str], int]:
    rows = store.db.execute(
        "SELECT id, writer, seq, kind, lamport, parents, raw FROM change_log "
        "WHERE group_id=? ORDER BY lamport, id",
        (group,),
    ).fetchall()
    raws = [row[6] for row in rows]
    results = _ingest(scratch, raws[:1])
    if group in scratch.group_ids():
        # With its state in memory, the throwaway folds each accepted change in as it
        # arrives (in stored order: replay order), as a running store does, rather than
        # decoding the whole log once more to replay it at the end.
        scratch.state(group)
    results += _ingest(scratch, raws[1:])
    accepted = _index(scratch.db, group)
    problems: list[str] = []
    for row, result in zip(rows, results, strict=True):
        cid = result.change or row[0]
        if change_id(row[6]) != row[0]:
            problems.append(
                f"change {row[0][:8]}: its stored bytes no longer match its id (altered on "
                f"disk){_because(result)}"
            )
        elif result.group is None:  # it does not even decode
            reason = plain(str(result.reason))
            problems.append(f"group {group[:8]}: a stored change fails verification: {reason}")
        elif result.group != group:
            problems.append(f"change {cid[:8]} is filed under the wrong group")
        elif result.status == "rejected":
            if isinstance(result.reason, Words) and result.reason.template in (
                BROKEN_CHAIN,
                SEQUENCE_GAP,
            ):
                problems.append(f"change {cid[:8]} breaks its writer's chain")
            else:
                problems.append(f"change {cid[:8]} was not allowed: {plain(str(result.reason))}")
        elif cid not in accepted:  # waits for a change the log lacks (or holds damaged)
            problems.append(f"change {cid[:8]} is stored before what it depends on")
        elif (row[0], *row[1:6]) != (cid, *accepted[cid]):
            problems.append(
                f"change {cid[:8]} is stored with an index that differs from its signed bytes"
            )
    if problems:
        return problems, len(rows)  # this store's index and state cannot be trusted to load
    try:
        if scratch.state(group).digest() != store.state(group).digest():
            problems.append(f"group {group[:8]}: the cached state differs from the log")
    except LatticeError as exc:
        problems.append(f"group {group[:8]}: {exc}")
    return problems, len(rows)


def _because(result: IngestResult) -> str:
    if result.status == "rejected" and result.reason:
        return f": {plain(str(result.reason))}"
    return ""


def _throwaway(store: Store, folder: Path) -> Store:
    """An empty store in `folder` with this store's tables and format.

    Copying the table definitions spares loading the SQL toolkit that creating a store
    from scratch needs (a second at start). Nothing else is copied: no keys, no changes.
    """
    marks = ",".join("?" * len(TABLES))
    with closing(sqlite3.connect(folder / DB_NAME)) as conn, conn:
        for (sql,) in store.db.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY type = 'index'",
            TABLES,
        ):
            conn.execute(sql)
        conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?)",
            store.db.execute("SELECT key, value FROM meta WHERE key='format'").fetchall(),
        )
    scratch = Store.open(folder)
    scratch.db.execute("PRAGMA synchronous=OFF")  # a throwaway: no need to wait for the disk
    return scratch


def _ingest(scratch: Store, raws: Sequence[bytes]) -> list[IngestResult]:
    results: list[IngestResult] = []
    for start in range(0, len(raws), BATCH):
        results.extend(scratch.ingest_many(raws[start : start + BATCH], source="check"))
    return results


def _index(db: sqlite3.Connection, group: GroupId) -> dict[str, tuple[object, ...]]:
    """Per accepted change of the group: writer, number, kind, order and dependencies."""
    rows = db.execute(
        "SELECT id, writer, seq, kind, lamport, parents FROM change_log WHERE group_id=?",
        (group,),
    )
    return {row[0]: tuple(row[1:]) for row in rows}
