"""Slow key work off the GUI thread: Argon2id (sealing a new key, opening a sealed one) takes
about a second by design, so it runs on a pool thread while the window stays responsive.

Only the pure key functions (`persons.create_person`, `persons.unlock`) run there; the
store's connection is used on the GUI thread alone, before and after.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ledger.store.errors import LatticeError

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Lives on the GUI thread; a pool thread emits on it, so delivery is queued there."""

    finished = Signal(int, object, object)  # ticket, result, error


class _Job(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], object], out: _Carrier) -> None:
        super().__init__()
        self.ticket, self.work, self.out = ticket, work, out

    def run(self) -> None:
        try:
            result = self.work()
        except LatticeError as exc:
            self.out.finished.emit(self.ticket, None, exc)
        except Exception as exc:  # never let a pool thread swallow a failure silently
            log.exception("key work failed unexpectedly")
            self.out.finished.emit(self.ticket, None, exc)
        else:
            self.out.finished.emit(self.ticket, result, None)


class KeyWork(QObject):
    """One key operation at a time; `done` or `failed` follows `start` on the GUI thread,
    unless `cancel` came first (a closed dialog keeps nothing)."""

    done = Signal(object)
    """The work's result."""
    failed = Signal(object)
    """The exception it raised (a `LatticeError` in the core's words, or an unexpected one)."""
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._ticket = 0
        self._busy = False
        self._out = _Carrier()  # no parent: a job still running keeps it alive (below)
        self._out.finished.connect(self._finished)

    def busy(self) -> bool:
        return self._busy

    def start(self, work: Callable[[], object]) -> None:
        """Run `work` on a pool thread (it must not touch Qt widgets or the store)."""
        self._ticket += 1
        self._set_busy(True)
        self._pool.start(_Job(self._ticket, work, self._out))

    def cancel(self) -> None:
        """Drop the result of the work under way."""
        self._ticket += 1
        self._set_busy(False)

    def _finished(self, ticket: int, result: object, error: object) -> None:
        if ticket != self._ticket:
            return
        self._set_busy(False)
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
