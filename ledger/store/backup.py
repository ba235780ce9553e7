"""Backups: a consistent copy of the store while others use it, and a restore that refuses
a bad backup and never replaces a store without being told to.

A backup is one self-contained SQLite file written with SQLite's online backup API (a
consistent snapshot even while the window or `lattice serve` writes), under a temporary
name and then renamed, so a backup file is either whole or absent. It holds this PC's
device key and the sealed person keys, like the data folder itself.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ledger.store import notify
from ledger.store.check import check_store
from ledger.store.errors import LatticeError, Refused, StoreError
from ledger.store.group_memory import now_ms
from ledger.store.ids import GroupId
from ledger.store.restore_hold import hold_every_group
from ledger.store.space import disk_full
from ledger.store.storage import DB_NAME
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP, Words, counted

log = logging.getLogger(__name__)

LAST_BACKUP = "last-backup"
"""The file in the data folder saying when its store was last backed up (ms since the
epoch). A file beside the store, not a row in it: noting the time never waits for another
process's write."""

CANNOT_WRITE = QT_TRANSLATE_NOOP("core", "could not write the backup {file}: {problem}")
BAD_BACKUP = QT_TRANSLATE_NOOP(
    "core", "{file} is not a usable backup ({problem}); nothing was changed"
)
STORE_EXISTS = QT_TRANSLATE_NOOP(
    "core",
    "this data folder already holds a store ({changes} in {groups}); restoring would replace it. To replace it, restore again and say so (the store there now is kept beside it as {kept}).",  # noqa: E501
)
CHANGES = (
    QT_TRANSLATE_NOOP("core", "{count} change"),
    QT_TRANSLATE_NOOP("core", "{count} changes"),
)
GROUPS = (QT_TRANSLATE_NOOP("core", "{count} group"), QT_TRANSLATE_NOOP("core", "{count} groups"))
IN_USE = QT_TRANSLATE_NOOP(
    "core",
    "Lattice is running on this data folder (the window or 'lattice serve'); close it, then restore",  # noqa: E501
)
DISK_IS_FULL = QT_TRANSLATE_NOOP("core", "the disk is full")
NOT_A_STORE = QT_TRANSLATE_NOOP("core", "it is not a Lattice store")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    size: int
    groups: int
    changes: int
    at: int
    """When it was made (ms since the epoch)."""


@dataclass(frozen=True, slots=True)
class RestoreInfo:
    groups: int
    changes: int
    kept: Path | None
    """Where the store that was replaced now is, if one was."""
    held: tuple[GroupId, ...] = ()
    """The groups this PC may not write to until it has synced (`restore_hold`)."""


def backup_store(store: Store, dest: Path) -> BackupInfo:
    """Write a consistent copy of the store to `dest` (a file, or a folder to put one in)."""
    at = now_ms()
    if dest.is_dir():
        stamp = time.strftime("%Y-%m-%d-%H%M%S", time.localtime())
        dest = dest / f"lattice-backup-{stamp}.sqlite3"
    part = dest.with_name(dest.name + ".part")
    try:
        with closing(sqlite3.connect(part)) as target:
            store.db.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        with part.open("rb") as f:
            os.fsync(f.fileno())
        part.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        full = disk_full(exc) or getattr(exc, "errno", None) == 28  # ENOSPC
        problem = Words(DISK_IS_FULL) if full else str(exc)
        raise StoreError(CANNOT_WRITE, file=str(dest), problem=problem) from None
    note = store.home / LAST_BACKUP
    try:
        part = note.with_name(note.name + ".part")
        part.write_text(str(at))
        part.replace(note)
    except OSError as exc:  # the backup is whole; only its date could not be noted
        log.warning("could not note the backup's time: %s", exc)
    groups = store.group_ids()
    return BackupInfo(
        dest, dest.stat().st_size, len(groups), sum(store.change_count(g) for g in groups), at
    )


def last_backup(home: Path) -> int | None:
    """When the store in `home` was last backed up (ms since the epoch), None when never."""
    try:
        text = (home / LAST_BACKUP).read_text().strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() and len(text) < 20 else None


def restore_store(home: Path, backup: Path, *, replace: bool = False) -> RestoreInfo:
    """Make `backup` this data folder's store, once it has been checked whole.

    Refuses (nothing changed) a backup that is not a sound Lattice store, and a data folder
    that already holds a store unless `replace` (the store there is then kept beside it).
    Every group of the restored store is held: this PC writes nothing for it until it has
    synced with another PC of the group (`ledger.store.restore_hold`).
    """
    current = home / DB_NAME
    stamp = time.strftime("%Y-%m-%d-%H%M%S", time.localtime())
    kept = home / f"{DB_NAME}.before-restore-{stamp}"
    with tempfile.TemporaryDirectory(prefix="lattice-restore-") as tmp:
        checked = Path(tmp) / DB_NAME
        held, changes = _check_backup(backup, checked)
        hold_every_group(checked, held)  # no writing until a sync: see restore_hold
        groups = len(held)
        if current.exists() and current.stat().st_size > 0:
            if notify.listeners(home):
                raise Refused(IN_USE)
            if not replace:
                there = _counts(current)
                raise Refused(
                    STORE_EXISTS,
                    changes=counted(there[1], CHANGES),
                    groups=counted(there[0], GROUPS),
                    kept=kept.name,
                )
            _set_aside(current, kept)
        else:
            kept = None  # type: ignore[assignment]
        home.mkdir(parents=True, exist_ok=True)
        part = home / f"{DB_NAME}.part"
        shutil.copyfile(checked, part)
        with part.open("rb") as f:
            os.fsync(f.fileno())
        part.replace(current)
    return RestoreInfo(groups, changes, kept, tuple(held))


def _check_backup(backup: Path, copy: Path) -> tuple[list[GroupId], int]:
    """Copy the backup aside and judge it as `lattice check` does; its groups and how
    many changes they hold."""
    try:
        with backup.open("rb") as f:
            header = f.read(16)
        shutil.copyfile(backup, copy)
    except OSError as exc:
        raise StoreError(BAD_BACKUP, file=backup.name, problem=exc.strerror or str(exc)) from None
    if header != b"SQLite format 3\x00":  # (an empty file would open as a new store)
        raise StoreError(BAD_BACKUP, file=backup.name, problem=Words(NOT_A_STORE))
    try:
        opened = Store.open(copy.parent)
    except LatticeError as exc:
        raise StoreError(BAD_BACKUP, file=backup.name, problem=str(exc)) from None
    try:
        problems, _ = check_store(opened)
        if problems:
            raise StoreError(BAD_BACKUP, file=backup.name, problem=problems[0])
        groups = opened.group_ids()
        return groups, sum(opened.change_count(g) for g in groups)
    finally:
        opened.db.close()  # not `close()`: nothing to cache in a throwaway copy


def _counts(path: Path) -> tuple[int, int]:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT count(DISTINCT group_id), count(*) FROM change_log")
            groups, changes = row.fetchone()
    except sqlite3.Error:
        return 0, 0
    return int(groups), int(changes)


def _set_aside(current: Path, kept: Path) -> None:
    """Move the store out of the way, whole: its log folded in when SQLite can, else moved
    beside it (a damaged store, the reason for many a restore, may refuse the fold)."""
    try:
        with closing(sqlite3.connect(current)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        log.warning("could not fold the log of %s before setting it aside: %s", current, exc)
    current.replace(kept)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            current.with_name(current.name + suffix).replace(kept.with_name(kept.name + suffix))
