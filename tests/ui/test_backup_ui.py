"""Settings backs the store up; the Overview says when, and says when the disk is full."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ledger.store.backup import last_backup
from ledger.store.restore_hold import hold_every_group
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
    noun = "change" if info.changes == 1 else "changes"
    assert dialog.backup.status.text() == f"Backed up {info.changes} {noun} to {info.path}."
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


def test_after_a_restore_the_overview_says_so_and_lifts_only_when_confirmed(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, found = demo
    hold_every_group(store.db.path, [found.group])  # what `lattice restore` leaves
    window = shown_window(qtbot, store)
    overview = _overview(window)
    qtbot.waitUntil(lambda: overview.held_note.isVisible())
    assert "restored from a backup" in overview.held_note.text()
    assert overview.resume_button.isVisible()
    qtbot.mouseClick(overview.resume_button, Qt.MouseButton.LeftButton)
    box = overview.only_computer_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert store.is_held(found.group) and overview.held_note.isVisible()
    qtbot.mouseClick(overview.resume_button, Qt.MouseButton.LeftButton)
    box = overview.only_computer_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not store.is_held(found.group)
    qtbot.waitUntil(lambda: not overview.held_note.isVisible())
    assert not overview.resume_button.isVisible()


def test_the_overview_drops_the_hold_notice_when_a_sync_lifts_it(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, found = demo
    hold_every_group(store.db.path, [found.group])
    window = shown_window(qtbot, store)
    overview = _overview(window)
    qtbot.waitUntil(lambda: overview.held_note.isVisible())
    assert store.caught_up_with(found.group, {})  # what a finished catch-up calls
    qtbot.waitUntil(lambda: not overview.held_note.isVisible())
