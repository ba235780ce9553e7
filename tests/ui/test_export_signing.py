"""Signing a bundle on the Export page opens the key (Argon2id, slow by design) off the GUI
thread: the window keeps answering, shows that it is busy, keeps the keyboard focus, does
not start twice on a second Enter, and says a failure plainly with nothing written."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledger.exports.verify import verify_file
from ledger.store import persons
from ledger.store.persons import SealedKey, Signer
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from tests.ui.test_export import export_view
from tests.ui.test_key_sealing import Gate
from ui.views.export import ExportView


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate[[SealedKey, str], Signer]]:
    held = Gate(persons.unlock)
    monkeypatch.setattr(persons, "unlock", held)  # what ui.views.export calls
    yield held
    held.opened.set()


def bundle_typed(qtbot: QtBot, store: Store, sync: FakeSync, target: Path) -> ExportView:
    """Baraka's passphrase typed on the Export page for a bundle, and Enter pressed."""
    view = export_view(qtbot, store, sync)
    view.window().activateWindow()
    qtbot.waitActive(view.window())
    view.format.setCurrentIndex(view.format.findData("bundle"))
    view.signer.setCurrentIndex(view.signer.findText("Baraka"))
    view.target.setText(str(target))
    view.passphrase.setFocus()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    return view


def test_the_key_opens_off_the_gui_thread(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, tmp_path: Path, gate: Gate
) -> None:
    store, _ = demo
    target = tmp_path / "umoja.lattice-bundle"
    view = bundle_typed(qtbot, store, sync, target)
    qtbot.waitUntil(lambda: bool(gate.threads))
    assert gate.threads[0] is not threading.main_thread()
    qtbot.wait(50)  # the GUI thread keeps turning while the key opens
    assert view.busy.isVisibleTo(view) and "Checking the passphrase" in view.busy.label.text()
    assert view.focusWidget() is view.passphrase and view.passphrase.isReadOnly()
    assert not view.export_button.isEnabled()
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)  # a second Enter does nothing
    view.start()  # nor does a second click
    assert not target.exists()
    gate.opened.set()
    qtbot.waitUntil(lambda: view.open_button.isEnabled(), timeout=10_000)
    assert len(gate.threads) == 1
    assert verify_file(target).sound
    assert view.busy.isHidden() and view.passphrase.text() == ""
    assert not view.passphrase.isReadOnly() and view.focusWidget() is view.passphrase


def test_a_key_that_will_not_open_is_said_plainly_and_writes_nothing(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, tmp_path: Path, gate: Gate
) -> None:
    gate.error = MemoryError("not enough memory for Argon2id")
    gate.opened.set()
    store, _ = demo
    target = tmp_path / "umoja.lattice-bundle"
    view = bundle_typed(qtbot, store, sync, target)
    qtbot.waitUntil(lambda: bool(view.result.text()))
    assert view.result.text() == (
        "Nothing was exported: The key could not be opened: not enough memory for Argon2id"
    )
    assert view.busy.isHidden() and view.progress.value() == 0
    assert view.focusWidget() is view.passphrase and view.passphrase.text() == ""
    assert view.export_button.isEnabled() and not target.exists()


def test_a_wrong_passphrase_writes_nothing_and_the_right_one_signs(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, tmp_path: Path
) -> None:
    store, _ = demo
    target = tmp_path / "umoja.lattice-bundle"
    view = export_view(qtbot, store, sync)
    view.format.setCurrentIndex(view.format.findData("bundle"))
    view.signer.setCurrentIndex(view.signer.findText("Baraka"))
    view.target.setText(str(target))
    view.passphrase.setText("wrong")
    view.start()
    qtbot.waitUntil(lambda: bool(view.result.text()), timeout=10_000)
    assert view.result.text() == "Nothing was exported: wrong passphrase for Baraka"
    assert not target.exists()
    view.passphrase.setText(PASSPHRASE)
    view.start()
    qtbot.waitUntil(lambda: view.open_button.isEnabled(), timeout=10_000)
    assert verify_file(target).sound
