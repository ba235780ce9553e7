"""Opening the SQLite file: WAL mode, full durability, format checks, migrations.

A store that is corrupt, not a Lattice store, or of a newer format is refused with a
clear message and never written to.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event
from sqlmodel import SQLModel, create_engine

from ledger import tables
from ledger.errors import StoreError

log = logging.getLogger(__name__)
DB_NAME = "lattice.sqlite3"


def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN IMMEDIATE ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def open_database(home: Path) -> tuple[Engine, sqlite3.Connection]:
    """The engine (for SQLModel sessions) and this process's one writing connection."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / DB_NAME
    existed = path.exists() and path.stat().st_size > 0
    if existed and not _looks_like_sqlite(path):
        raise StoreError(f"{path} is not a Lattice store (or it is damaged); it was left untouched")
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure)
    try:
        conn = engine.raw_connection().driver_connection
        assert isinstance(conn, sqlite3.Connection)
        if existed:
            _check_existing(conn, path)
        else:
            SQLModel.metadata.create_all(engine)
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('format', ?)", (str(tables.FORMAT_VERSION),)
            )
        conn.execute("CREATE INDEX IF NOT EXISTS change_order ON change_log(group_id, lamport, id)")
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise StoreError(f"{path} is damaged ({exc}); it was left untouched") from None
    return engine, conn


def _check_existing(conn: sqlite3.Connection, path: Path) -> None:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in names:
        raise StoreError(f"{path} is not a Lattice store; it was left untouched")
    row = conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise StoreError(f"{path} has no readable format version; it was left untouched")
    version = int(row[0])
    if version > tables.FORMAT_VERSION:
        raise StoreError(
            f"{path} was written by a newer Lattice (store format {version}; this one reads "
            f"up to {tables.FORMAT_VERSION}). Update Lattice; the store was left untouched."
        )
    missing = {t.name for t in SQLModel.metadata.sorted_tables} - names
    if missing:
        raise StoreError(f"{path} is incomplete (missing {sorted(missing)}); it was left untouched")
    # Touch every table once, so that a truncated file fails here rather than later.
    for table in SQLModel.metadata.sorted_tables:
        conn.execute(f"SELECT count(*) FROM {table.name}").fetchone()


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows
