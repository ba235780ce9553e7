"""Opening the SQLite file: WAL mode, full durability, format checks, migrations.

A store that is corrupt, not a Lattice store, or of a newer format is refused with a
clear message and never written to.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ledger.errors import StoreError

log = logging.getLogger(__name__)
DB_NAME = "lattice.sqlite3"

FORMAT_VERSION = 1
"""Bump with a migration here and a test on a frozen old store."""

TABLES = (
    "meta",
    "person_key",
    "device_key",
    "change_log",
    "pending_change",
    "rejection",
    "snapshot",
)
"""The tables `ledger.tables` defines (a test keeps the two the same). Opening an
existing store needs only their names, so the SQLModel machinery, slow to import, is
loaded only to create a new store."""


def _configure(conn: sqlite3.Connection) -> None:
    conn.isolation_level = None  # we issue BEGIN IMMEDIATE ourselves
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA foreign_keys=ON")


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def _create_schema(path: Path) -> None:
    """Create the tables from their SQLModel definitions, and mark the format."""
    from sqlmodel import SQLModel, create_engine

    from ledger import tables  # noqa: F401  (defines the tables on SQLModel.metadata)

    engine = create_engine(f"sqlite:///{path}")
    try:
        SQLModel.metadata.create_all(engine)
    finally:
        engine.dispose()


def open_database(home: Path) -> sqlite3.Connection:
    """This process's one connection to the store in `home`, created if missing."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / DB_NAME
    existed = path.exists() and path.stat().st_size > 0
    if existed and not _looks_like_sqlite(path):
        raise StoreError(f"{path} is not a Lattice store (or it is damaged); it was left untouched")
    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        if existed:
            _check_existing(conn, path)
        else:
            _create_schema(path)
        _configure(conn)
        if not existed:
            conn.execute("INSERT INTO meta(key, value) VALUES ('format', ?)", (FORMAT_VERSION,))
        conn.execute("CREATE INDEX IF NOT EXISTS change_order ON change_log(group_id, lamport, id)")
        conn.execute("CREATE INDEX IF NOT EXISTS writer_chain ON change_log(group_id, writer, seq)")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path} is damaged ({exc}); it was left untouched") from None
    except BaseException:
        conn.close()
        raise
    return conn


def _check_existing(conn: sqlite3.Connection, path: Path) -> None:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in names:
        raise StoreError(f"{path} is not a Lattice store; it was left untouched")
    row = conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise StoreError(f"{path} has no readable format version; it was left untouched")
    version = int(row[0])
    if version > FORMAT_VERSION:
        raise StoreError(
            f"{path} was written by a newer Lattice (store format {version}; this one reads "
            f"up to {FORMAT_VERSION}). Update Lattice; the store was left untouched."
        )
    missing = set(TABLES) - names
    if missing:
        raise StoreError(f"{path} is incomplete (missing {sorted(missing)}); it was left untouched")
    # Touch every table once, so that a truncated file fails here rather than later.
    for table in TABLES:
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows
