"""The main window as a person sees it: shown, active, cleaned up after the test."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledger.store.store import Store
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow


def shown_window(qtbot: QtBot, store: Store, sync: FakeSync | None = None) -> MainWindow:
    window = MainWindow(store=store, sync=sync or FakeSync())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window
