"""The Export view writes what `lattice export` writes; refusals are shown, nothing written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ledger.exports.verify import verify_file
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.views.export import ExportView


def export_view(qtbot: QtBot, store: Store, sync: FakeSync) -> ExportView:
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("export")
    window.show()
    view = window.views["export"]
    assert isinstance(view, ExportView)
    return view


def test_csv_without_names_by_default(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, tmp_path: Path
) -> None:
    store, _ = demo
    view = export_view(qtbot, store, sync)
    assert not view.names.isChecked()
    view.target.setText(str(tmp_path / "out" / "umoja.csv"))
    view.start()
    qtbot.waitUntil(lambda: view.open_button.isEnabled(), timeout=10_000)
    assert view.progress.value() == 3
    assert (tmp_path / "out" / "umoja.csv").exists()
    assert "Chausiku" not in (tmp_path / "out" / "umoja.csv").read_text()
    assert "Written:" in view.result.text()


def test_a_bundle_cannot_name_members(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, _ = demo
    view = export_view(qtbot, store, sync)
    view.names.setChecked(True)
    view.format.setCurrentIndex(view.format.findData("bundle"))
    assert not view.names.isEnabled() and not view.names.isChecked()
    assert view.passphrase.isVisibleTo(view)


def test_a_backwards_date_range_is_refused(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, tmp_path: Path
) -> None:
    store, _ = demo
    view = export_view(qtbot, store, sync)
    view.target.setText(str(tmp_path / "x.pdf"))
    view.since.setDate(QDate(2026, 6, 1))
    view.until.setDate(QDate(2026, 1, 1))
    view.start()
    assert "starts" in view.result.text()
    assert not (tmp_path / "x.pdf").exists()


def test_an_unlocked_person_signs_a_bundle_without_the_passphrase(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, tmp_path: Path
) -> None:
    store, d = demo
    view = export_view(qtbot, store, sync)
    session = view.context.signing
    assert session is not None
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock(d.daudi.person, PASSPHRASE)
    view.format.setCurrentIndex(view.format.findData("bundle"))
    assert view.signer.currentText() == "Daudi"
    assert not view.passphrase.isVisibleTo(view)
    target = tmp_path / "umoja.lattice-bundle"
    view.target.setText(str(target))
    view.start()
    qtbot.waitUntil(lambda: view.open_button.isEnabled(), timeout=10_000)
    assert verify_file(target).sound
    session.lock()
    assert view.passphrase.isVisibleTo(view)
