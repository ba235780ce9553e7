"""Settings backs the store up; the Overview says when, and says when the disk is full."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ledger.store.backup import last_backup
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.windows import shown_window
from ui.main_window import MainWindow
from ui.views.overview import OverviewView


def _overview(window: MainWindow) -> OverviewView:
    view = window.views["overview"]
    assert isinstance(view, OverviewView)
    return view


def test_settings_backs_up_and_the_overview_says_when(
    qtbot: QtBot, demo: tuple[Store, Demo], tmp_path: Path
) -> None:
    store, _ = demo
    window = shown_window(qtbot, store)
    overview = _overview(window)
    assert "never been backed up" in overview.backup_note.text()
    dialog = window.open_preferences()
    assert dialog.backup is not None
    assert "never been backed up" in dialog.backup.status.text()
    info = dialog.backup.back_up_to(tmp_path)
    assert info is not None and info.path.exists() and info.path.parent == tmp_path
    assert "Backed up" in dialog.backup.status.text()
    assert last_backup(store.home) == info.at
    qtbot.waitUntil(lambda: "Last backup" in overview.backup_note.text())


def test_a_backup_that_cannot_be_written_says_why(
    qtbot: QtBot, demo: tuple[Store, Demo], tmp_path: Path
) -> None:
    store, _ = demo
    window = shown_window(qtbot, store)
    dialog = window.open_preferences()
    assert dialog.backup is not None
    assert dialog.backup.back_up_to(tmp_path / "no" / "such" / "folder") is None
    assert "could not write the backup" in dialog.backup.status.text()
    assert last_backup(store.home) is None


def test_the_overview_says_when_the_disk_is_full(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, _ = demo
    window = shown_window(qtbot, store)
    overview = _overview(window)
    store._writing_paused()  # what a failed write on a full disk does
    qtbot.waitUntil(lambda: "disk that holds this PC's data is full" in overview.attention.text())
    store._writing_resumed()
    qtbot.waitUntil(lambda: "is full" not in overview.attention.text())
