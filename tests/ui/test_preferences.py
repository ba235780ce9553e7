"""Settings for this computer: the shared-PC lock time, kept in the data folder."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.windows import shown_window
from ui.local_settings import FILE_NAME, IDLE_KEY, IdleMinutesRefused, LocalSettings
from ui.main_window import MainWindow
from ui.preferences import PreferencesDialog
from ui.unlock import IDLE_MINUTES, MINUTE_MS


def unlock_amina(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    amina = next(p for p in Keyring(store.db).list() if p.name == "Amina")
    with qtbot.waitSignal(window.signing.unlocked, timeout=10_000):
        window.signing.unlock(amina.id, PASSPHRASE)


def open_by_keyboard(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    qtbot.keyClick(window.nav, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window._preferences
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_minutes(qtbot: QtBot, dialog: PreferencesDialog, text: str) -> None:
    dialog.idle.setFocus()
    dialog.idle.selectAll()
    qtbot.keyClicks(dialog.idle, text)


def press_ok(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_settings_live_in_the_data_folder(tmp_path: Path) -> None:
    settings = LocalSettings.in_folder(tmp_path)
    assert settings.idle_minutes() == IDLE_MINUTES
    assert settings.set_idle_minutes(12)
    assert (tmp_path / FILE_NAME).exists()
    assert LocalSettings.in_folder(tmp_path).idle_minutes() == 12  # read back from disk
    assert LocalSettings.in_folder(tmp_path / "elsewhere").idle_minutes() == IDLE_MINUTES


@pytest.mark.parametrize(("minutes", "nearest"), [(0, 1), (-5, 1), (61, 60), (600, 60)])
def test_out_of_range_minutes_are_refused_and_not_stored(
    tmp_path: Path, minutes: int, nearest: int
) -> None:
    settings = LocalSettings.in_folder(tmp_path)
    settings.set_idle_minutes(12)
    with pytest.raises(IdleMinutesRefused, match="1 to 60 minutes") as refused:
        settings.set_idle_minutes(minutes)
    assert refused.value.nearest == nearest
    assert LocalSettings.in_folder(tmp_path).idle_minutes() == 12


@pytest.mark.parametrize(
    ("stored", "used"), [("abc", IDLE_MINUTES), ("", IDLE_MINUTES), ("500", 60), ("-3", 1)]
)
def test_a_hand_edited_bad_value_falls_back(
    tmp_path: Path, stored: str, used: int, caplog: pytest.LogCaptureFixture
) -> None:
    raw = QSettings(str(tmp_path / FILE_NAME), QSettings.Format.IniFormat)
    raw.setValue(IDLE_KEY, stored)
    raw.sync()
    assert LocalSettings.in_folder(tmp_path).idle_minutes() == used
    assert IDLE_KEY in caplog.text


def test_the_window_reads_its_own_folders_settings(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, _ = demo
    LocalSettings.in_folder(store.home).set_idle_minutes(7)
    window = shown_window(qtbot, store)
    assert Path(window.settings.qsettings.fileName()) == store.home / FILE_NAME
    assert window.signing.idle_ms() == 7 * MINUTE_MS


def test_changing_the_lock_time_by_keyboard_is_kept_and_used_at_once(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, _ = demo
    window = shown_window(qtbot, store)
    unlock_amina(qtbot, window, store)
    assert window.signing.idle_ms() == IDLE_MINUTES * MINUTE_MS
    assert window.settings_button.accessibleName() == "Settings for this computer"

    dialog = open_by_keyboard(qtbot, window)
    assert dialog.idle.value() == IDLE_MINUTES
    assert dialog.idle.accessibleName() == "Lock after how many idle minutes"
    assert dialog.idle_label.buddy() is dialog.idle
    assert dialog.idle.text() == f"{IDLE_MINUTES} minutes idle"
    type_minutes(qtbot, dialog, "2")
    assert dialog.idle.text() == "2 minutes idle"
    with qtbot.waitSignal(window.signing.idle_changed):
        qtbot.keyClick(dialog.idle, Qt.Key.Key_Return)  # Enter presses OK
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted

    assert window.signing.idle_ms() == 2 * MINUTE_MS
    # Counting afresh from the change (Qt's coarse timers may round by a few per cent).
    assert abs(window.signing.idle_remaining_ms() - 2 * MINUTE_MS) < 10_000
    assert "after 2 idle minutes," in window.person_picker.state.toolTip()
    assert LocalSettings.in_folder(store.home).idle_minutes() == 2
    window.close()
    again = shown_window(qtbot, store)  # the next start on this computer
    assert again.signing.idle_ms() == 2 * MINUTE_MS


def test_the_new_lock_time_locks(
    qtbot: QtBot, demo: tuple[Store, Demo], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Minutes are shortened to 200 ms here, so the real timer runs out in the test."""
    store, _ = demo
    monkeypatch.setattr("ui.preferences.MINUTE_MS", 200)
    window = shown_window(qtbot, store)
    unlock_amina(qtbot, window, store)
    dialog = window.open_preferences()
    dialog.idle.setValue(3)
    started = time.monotonic()
    press_ok(dialog)
    assert window.signing.idle_ms() == 600
    with qtbot.waitSignals([window.signing.locked, window.signing.expired], timeout=10_000):
        pass
    assert time.monotonic() - started >= 0.5  # not before the new idle time
    assert not window.signing.is_unlocked()


def test_too_few_minutes_are_refused_with_a_message_then_clamped(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, _ = demo
    window = shown_window(qtbot, store)
    dialog = open_by_keyboard(qtbot, window)
    type_minutes(qtbot, dialog, "0")
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Choose from 1 to 60 minutes."
    press_ok(dialog)
    assert dialog.isVisible()  # not accepted: the person sees what happened first
    assert dialog.idle.value() == 1
    assert dialog.error.text() == (
        "0 minutes is not allowed; it is set to 1 instead. Press OK to keep it."
    )
    assert LocalSettings.in_folder(store.home).idle_minutes() == IDLE_MINUTES  # nothing yet
    press_ok(dialog)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert LocalSettings.in_folder(store.home).idle_minutes() == 1
    assert window.signing.idle_ms() == MINUTE_MS


def test_too_many_minutes_are_refused_with_a_message_then_clamped(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, _ = demo
    window = shown_window(qtbot, store)
    dialog = open_by_keyboard(qtbot, window)
    type_minutes(qtbot, dialog, "90")
    assert dialog.idle.value() == 9  # the second digit was refused...
    assert dialog.error.text() == "Choose from 1 to 60 minutes."  # ...and said so
    press_ok(dialog)
    assert dialog.idle.value() == 60
    assert "90 minutes is not allowed; it is set to 60 instead." in dialog.error.text()
    press_ok(dialog)
    assert LocalSettings.in_folder(store.home).idle_minutes() == 60


def test_stepping_after_a_refusal_takes_the_nearest_allowed_value(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, _ = demo
    window = shown_window(qtbot, store)
    dialog = open_by_keyboard(qtbot, window)
    type_minutes(qtbot, dialog, "0")
    assert dialog.error.isVisible()
    qtbot.keyClick(dialog.idle, Qt.Key.Key_Up)  # the arrow first corrects 0 to 1
    assert dialog.idle.value() == 1
    assert not dialog.error.isVisible()
    qtbot.keyClick(dialog.idle, Qt.Key.Key_Up)
    press_ok(dialog)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert LocalSettings.in_folder(store.home).idle_minutes() == 2
    assert window.signing.idle_ms() == 2 * MINUTE_MS


def test_cancel_changes_nothing(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, _ = demo
    window = shown_window(qtbot, store)
    dialog = open_by_keyboard(qtbot, window)
    type_minutes(qtbot, dialog, "30")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.signing.idle_ms() == IDLE_MINUTES * MINUTE_MS
    assert not (store.home / FILE_NAME).exists()
    assert QApplication.activeModalWidget() is None
