"""A full disk: nothing saved is lost, the error is a sentence, and the store stays
readable (read-only in effect) until a write succeeds again."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ledger.store.errors import StoreError
from ledger.store.events import StoreEvent, WritingPaused, WritingResumed
from ledger.store.words import QT_TRANSLATE_NOOP, Words

log = logging.getLogger(__name__)

DISK_FULL = QT_TRANSLATE_NOOP(
    "core",
    "the disk that holds this PC's data is full, so nothing new was saved; everything saved before is safe. Free some space on it and try again.",  # noqa: E501
)


NO_SPACE_TO_OPEN = QT_TRANSLATE_NOOP(
    "core",
    "the disk that holds this PC's data is full, so Lattice cannot open its store; nothing saved is lost. Free some space on it and try again.",  # noqa: E501
)
LOW_SPACE = 256 * 1024
"""Less free space than this, and an I/O error while opening is put down to a full disk
(SQLite reports a full disk as an I/O error when it cannot grow its shared-memory file)."""


def disk_full(exc: BaseException) -> bool:
    """Whether SQLite failed because the disk (or a quota) is full."""
    return isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) in (
        sqlite3.SQLITE_FULL,
    )


def out_of_space(exc: BaseException, folder: Path) -> bool:
    """Whether an error opening or writing the store in `folder` comes from a full disk."""
    if disk_full(exc):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int) or code & 0xFF != sqlite3.SQLITE_IOERR:
        return False
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < LOW_SPACE


class DiskSpace:
    """The part of `Store` that notices a full disk and says when writing works again."""

    _emit: Callable[[StoreEvent], None]
    _paused: Words | None = None

    @property
    def writing_paused(self) -> Words | None:
        """Why this store cannot save right now (a full disk), or None when it can."""
        return self._paused

    def _writing_paused(self) -> StoreError:
        """Note a failed write on a full disk; the error to raise in its place."""
        words = Words(DISK_FULL)
        if self._paused is None:
            self._paused = words
            log.warning("the disk is full: writing paused until space returns")
            self._emit(WritingPaused(words))
        return StoreError(words)

    def _writing_resumed(self) -> None:
        if self._paused is not None:
            self._paused = None
            log.warning("writing works again")
            self._emit(WritingResumed())
