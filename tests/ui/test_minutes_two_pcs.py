"""Two PCs, each with its own data folder and window, edit the same minutes in the minutes
editor; exchanging their changes makes both stores and both editors show the same text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ledger.savings.records import minutes_doc
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.views.meetings import MeetingsView
from ui.views.minutes import MinutesEditor, SaveMinutesDialog

OPENING = "Opened at 10:00. All members present.\n"


@pytest.fixture
def second_pc(demo: tuple[Store, Demo], tmp_path: Path) -> Iterator[Store]:
    """Another PC: its own data folder and device, the group's changes, Baraka's key."""
    store, d = demo
    other = Store.open(tmp_path / "second-pc")
    other.ingest_many(store.raw_changes(d.group))
    backup = tmp_path / "baraka.key"
    Keyring(store.db).export_backup("Baraka", PASSPHRASE, backup)
    Keyring(other.db).import_backup(backup, PASSPHRASE)
    yield other
    other.close()


def minutes_window(qtbot: QtBot, store: Store, who: str) -> tuple[MainWindow, MinutesEditor]:
    """A window on the meeting's minutes, with `who` at the keyboard and unlocked."""
    window = MainWindow(store=store, sync=FakeSync())
    qtbot.addWidget(window)
    window.show_view("meetings")
    window.show()
    view = window.views["meetings"]
    assert isinstance(view, MeetingsView)
    view.tabs.setCurrentWidget(view.minutes)
    person = Keyring(store.db).find(who)
    with qtbot.waitSignal(window.signing.unlocked, timeout=10_000):
        window.signing.unlock(person.id, PASSPHRASE)
    return window, view.minutes


def type_at(editor: MinutesEditor, position: int | None, text: str) -> None:
    """Type `text` where the cursor is put (None: at the end), as a person would."""
    cursor = editor.editor.textCursor()
    if position is None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    else:
        cursor.setPosition(position)
    cursor.insertText(text)
    editor.editor.setTextCursor(cursor)


def save(qtbot: QtBot, editor: MinutesEditor) -> None:
    """Press "Save the minutes…" and confirm; the unlocked person signs, no passphrase."""

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SaveMinutesDialog):
            if dialog is not None:
                dialog.close()
            return
        if dialog.passphrase.isVisible():  # not unlocked after all: fail, never hang
            dialog.reject()
            return
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, confirm)
    assert editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: not editor.unsaved())


def exchange(a: Store, b: Store, group: str) -> None:
    a.ingest_many(b.raw_changes(group))
    b.ingest_many(a.raw_changes(group))


def test_two_pcs_edit_the_same_minutes_and_converge(
    qtbot: QtBot, demo: tuple[Store, Demo], second_pc: Store
) -> None:
    store, d = demo
    _, here = minutes_window(qtbot, store, "Amina")
    _, there = minutes_window(qtbot, second_pc, "Baraka")
    assert here.editor.toPlainText() == there.editor.toPlainText() == OPENING

    # Both type and save before seeing each other's work.
    type_at(here, None, "Savings: all paid.\n")
    type_at(there, len("Opened at "), "about ")
    save(qtbot, here)
    save(qtbot, there)
    exchange(store, second_pc, d.group)
    both = "Opened at about 10:00. All members present.\nSavings: all paid.\n"
    qtbot.waitUntil(lambda: here.editor.toPlainText() == both)
    qtbot.waitUntil(lambda: there.editor.toPlainText() == both)

    # One saves while the other is still typing: the unsaved typing is kept and merged.
    type_at(there, None, "Loans: Chausiku asked for seeds.\n")
    type_at(here, 0, "Umoja Savings. ")
    save(qtbot, here)
    exchange(store, second_pc, d.group)
    qtbot.waitUntil(lambda: there.editor.toPlainText().startswith("Umoja Savings. "))
    assert there.unsaved()
    save(qtbot, there)
    exchange(store, second_pc, d.group)

    final = (
        "Umoja Savings. Opened at about 10:00. All members present.\n"
        "Savings: all paid.\nLoans: Chausiku asked for seeds.\n"
    )
    name = minutes_doc(d.meeting)
    assert store.state(d.group).document_text(name) == final
    assert second_pc.state(d.group).document_text(name) == final
    qtbot.waitUntil(lambda: here.editor.toPlainText() == final)
    qtbot.waitUntil(lambda: there.editor.toPlainText() == final)
    assert not here.unsaved()
    assert not there.unsaved()
