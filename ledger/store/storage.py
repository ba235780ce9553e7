"""Opening the SQLite file: WAL mode, full durability, format checks, migrations.

A store that is corrupt, not a Lattice store, or of a newer format is refused with a
clear message and never written to.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from ledger.store.errors import StoreError
from ledger.store.space import NO_SPACE_TO_OPEN, out_of_space
from ledger.store.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
DB_NAME = "lattice.sqlite3"

FORMAT_VERSION = 2
"""Bump with a migration here and a test on a frozen old store."""

MIGRATIONS = {
    2: (
        "ALTER TABLE pending_change ADD COLUMN source VARCHAR NOT NULL DEFAULT ''",
        "ALTER TABLE pending_change ADD COLUMN stranger BOOLEAN NOT NULL DEFAULT 0",
        "CREATE TABLE rejection_tally (source VARCHAR NOT NULL PRIMARY KEY, "
        "rejected INTEGER NOT NULL, unresolved INTEGER NOT NULL, first_at INTEGER NOT NULL, "
        "last_at INTEGER NOT NULL)",
    ),
}
"""Per format version, the statements that bring a store of the version before up to it
(2: who sent each waiting change and whether its author is known here, and refusals
counted per sender)."""

TABLES = (
    "meta",
    "person_key",
    "device_key",
    "change_log",
    "pending_change",
    "rejection",
    "rejection_tally",
    "snapshot",
    "receipt",
)
"""The tables `ledger.store.tables` defines (a test keeps the two the same). Opening an
existing store needs only their names, so the SQLModel machinery, slow to import, is
loaded only to create a new store."""


RECEIPT_TABLE = (
    "CREATE TABLE IF NOT EXISTS receipt (group_id VARCHAR NOT NULL, device VARCHAR NOT NULL, "
    "at INTEGER NOT NULL, raw BLOB NOT NULL, PRIMARY KEY (group_id, device))"
)
"""The witnessed-states table, for stores made before it existed (ledger.store.tables has it)."""

DAMAGED = QT_TRANSLATE_NOOP(
    "core",
    "the store {path} is damaged ({detail}); it was left untouched. Run 'lattice check', "
    "or restore a backup",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "core",
    "the store {path} can only be read ({detail}); it was left untouched. Check that "
    "this account may write to its folder, and run 'lattice check'",
)
STORED_CHANGE_DAMAGED = QT_TRANSLATE_NOOP(
    "core",
    "the stored change {change} is damaged ({problem}); nothing is written on top of it. "
    "Run 'lattice check', or restore a backup",
)
STORED_CHANGE_ALTERED = QT_TRANSLATE_NOOP(
    "core", "its stored bytes no longer match its id (altered on disk)"
)
_BYTES_REPR = re.compile(r"""b(['"]).*?(?<!\\)\1""")


def plain(text: str, limit: int = 160) -> str:
    """Text safe to show a person: what the stored bytes were is left out (a damaged
    change's bytes are no one's words), and it is cut to a line."""
    text = _BYTES_REPR.sub("<bytes>", text)
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CORRUPT, _NOTADB, _READONLY, _BUSY = 11, 26, 8, 5
"""SQLite's primary result codes for a damaged file, a file it will not write, and a
file another connection kept locked past the busy timeout."""

BUSY = QT_TRANSLATE_NOOP(
    "core",
    "the store {path} stayed busy for a minute: another Lattice program on this PC (a "
    "window, 'lattice serve' or another command) was writing to it. Nothing was written "
    "now, and nothing saved before is lost. Try again; if it keeps happening, close the "
    "other Lattice programs and try again",
)


def busy(exc: sqlite3.Error) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == _BUSY)
    return "database is locked" in str(exc)


def in_words(exc: sqlite3.DatabaseError, path: Path) -> StoreError | None:
    """The sentence for a damaged or unwritable store, or None for other errors (busy,
    disk full), which their own handlers treat."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    text = str(exc)
    if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return StoreError(DAMAGED, path=str(path), detail=text)
    if primary == _READONLY or "readonly database" in text:
        return StoreError(READ_ONLY, path=str(path), detail=text)
    return None


class _Cursor(sqlite3.Cursor):
    """A cursor whose damage errors are sentences (`in_words`)."""

    connection: StoreConnection

    def _raise(self, exc: sqlite3.DatabaseError) -> None:
        words = in_words(exc, self.connection.path)
        if words is not None:
            raise words from None
        raise exc

    def execute(self, sql: str, parameters: Any = (), /) -> _Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            self._raise(exc)
            raise

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> _Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.DatabaseError as exc:
            self._raise(exc)
            raise

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as exc:
            self._raise(exc)
            raise

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as exc:
            self._raise(exc)
            raise

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        return self._rows()

    def _rows(self) -> Iterator[Any]:
        try:
            while rows := super().fetchmany(512):
                yield from rows
        except sqlite3.DatabaseError as exc:
            self._raise(exc)
            raise


class StoreConnection(sqlite3.Connection):
    """A connection to a store whose damage errors are sentences naming the file, from
    whichever call meets the damage (SQLite finds most of it only when reading)."""

    path: Path

    def cursor(self, factory: Any = _Cursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> _Cursor:
        cursor: _Cursor = self.cursor()
        return cursor.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> _Cursor:
        cursor: _Cursor = self.cursor()
        return cursor.executemany(sql, parameters)


def _configure(conn: sqlite3.Connection) -> None:
    conn.isolation_level = None  # we issue BEGIN IMMEDIATE ourselves
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    # Several processes of one PC write in turn; on a loaded PC a turn can take seconds
    # (a state replayed after others' concurrent changes), and waiting beats an error.
    conn.execute("PRAGMA busy_timeout=60000")
    conn.execute("PRAGMA foreign_keys=ON")


EMPTY = QT_TRANSLATE_NOOP(
    "core",
    "the store {path} is empty (0 bytes: perhaps a copy that was cut short); it was left "
    "untouched. Restore a backup, or, to start afresh, move that file out of {folder}",
)
NOT_A_STORE = QT_TRANSLATE_NOOP(
    "core", "{path} is not a Lattice store (or it is damaged); it was left untouched"
)
WRITE_VERSION = QT_TRANSLATE_NOOP(
    "core",
    "the store {path} is damaged or from an unknown SQLite (its header says file format "
    "{version}); it was left untouched. Run 'lattice check', or restore a backup",
)


def _check_header(path: Path) -> None:
    """Refuse, before SQLite opens it, a file that is no SQLite database, or whose
    header would make SQLite open it read-only (a write version above 2)."""
    with path.open("rb") as f:
        header = f.read(100)
    if not header:
        raise StoreError(EMPTY, path=str(path), folder=str(path.parent))
    if header[:16] != b"SQLite format 3\x00":
        raise StoreError(NOT_A_STORE, path=str(path))
    if len(header) < 100 or header[18] not in (1, 2) or header[19] not in (1, 2):
        version = f"{header[18]}/{header[19]}" if len(header) >= 20 else "?"
        raise StoreError(WRITE_VERSION, path=str(path), version=version)


def _create_schema(path: Path) -> None:
    """Create the tables from their SQLModel definitions, and mark the format."""
    from sqlmodel import SQLModel, create_engine

    from ledger.store import tables  # noqa: F401  (defines the tables on SQLModel.metadata)

    engine = create_engine(f"sqlite:///{path}")
    try:
        SQLModel.metadata.create_all(engine)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")  # kept in the file's header
        with conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('format', ?)", (FORMAT_VERSION,))


def _create_atomically(path: Path) -> None:
    """Build a new store under a temporary name, then give it its name: a kill at any
    moment leaves the folder without a store or with a complete one, never half of one.
    A store another process created meanwhile is kept."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    _remove_new(tmp)
    try:
        _create_schema(tmp)  # closing its last connection checkpoints the WAL into it
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)  # never replaces a store that appeared meanwhile
        except FileExistsError:
            log.info("another process created %s first", path)
        _fsync_folder(path.parent)
    finally:
        _remove_new(tmp)


def _remove_new(tmp: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{tmp}{suffix}").unlink()


def remove_abandoned(home: Path) -> None:
    """Remove what killed processes left while creating a store here."""
    for leftover in home.glob(f".{DB_NAME}.*.new*"):
        pid = leftover.name.removeprefix(f".{DB_NAME}.").partition(".")[0]
        if pid.isdigit() and not process_alive(int(pid)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs now (on this PC)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def open_database(home: Path) -> sqlite3.Connection:
    """This process's one connection to the store in `home`, created if missing."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / DB_NAME
    remove_abandoned(home)
    if not path.exists():
        _create_atomically(path)
    _check_header(path)
    conn = sqlite3.connect(path, check_same_thread=False, factory=StoreConnection)
    conn.path = path
    try:
        _check_existing(conn, path)
        _configure(conn)
        conn.execute("CREATE INDEX IF NOT EXISTS change_order ON change_log(group_id, lamport, id)")
        conn.execute("CREATE INDEX IF NOT EXISTS writer_chain ON change_log(group_id, writer, seq)")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if out_of_space(exc, home):
            raise StoreError(NO_SPACE_TO_OPEN) from None
        if busy(exc):
            raise StoreError(BUSY, path=str(path)) from None
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
    if version < FORMAT_VERSION:
        _migrate(conn, path, version)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    elif version > FORMAT_VERSION:
        raise StoreError(
            f"{path} was written by a newer Lattice (store format {version}; this one reads "
            f"up to {FORMAT_VERSION}). Update Lattice; the store was left untouched."
        )
    missing = set(TABLES) - names - {"receipt"}
    if missing:
        raise StoreError(f"{path} is incomplete (missing {sorted(missing)}); it was left untouched")
    if "receipt" not in names:  # added after format 1 shipped: additive, so no new format
        conn.execute(RECEIPT_TABLE)
    # Touch every table once, so that a truncated file fails here rather than later.
    for table in TABLES:
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Bring an older store up to this format in one transaction (all or nothing)."""
    conn.isolation_level = None
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        current = int(row[0])  # another process may have migrated it meanwhile
        for target in range(current + 1, FORMAT_VERSION + 1):
            for statement in MIGRATIONS[target]:
                conn.execute(statement)
        conn.execute("UPDATE meta SET value=? WHERE key='format'", (str(FORMAT_VERSION),))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    log.info("%s: store format %d brought up to %d", path, version, FORMAT_VERSION)


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows
