"""Turns the store's plain-Python events into a Qt signal on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal


class Subscribable(Protocol):
    def subscribe(self, callback: Callable[[Any], None]) -> Callable[[], None]: ...


class StoreEvents(QObject):
    """`changed` fires once per store event (local write, ingest, refresh), queued to the
    GUI thread so models may touch widgets; views re-read only what they show."""

    changed = Signal(object)
    _poke = Signal(object)

    def __init__(self, store: Subscribable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._poke.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self._poke.emit)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
