"""A Spanish reader sees '3900,00 KES' in the window, so types '250,50': the amount fields
take the decimal comma of the reader's language, and nothing else is guessed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ledger.savings.books import books_of
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from tests.ui.screens import reading
from tests.ui.test_ledger import sign
from tests.ui.windows import meetings_view
from ui.dialogs.entry import AddEntryDialog
from ui.formatting import typed_amount
from ui.signing import SigningContext


def test_the_reader_decimal_comma_is_the_decimal_point(qapp: QApplication) -> None:
    with reading(qapp, language="es", font_scale=1.0):
        assert typed_amount(" 250,50 ") == "250.50"
        assert typed_amount("250.50") == "250.50"  # as the core writes it: still taken
        assert typed_amount("1.000,50") == "1.000,50"  # both marks: the core refuses it
    with reading(qapp, language="en", font_scale=1.0):
        assert typed_amount("1,000") == "1,000"  # a thousands comma is never a decimal


def test_a_spanish_treasurer_records_250_comma_50(
    qapp: QApplication, qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, d = demo
    with reading(qapp, language="es", font_scale=1.0):
        dialog = AddEntryDialog(
            signing=SigningContext(
                store=store, group=d.group, keyring=Keyring(store.db),
                signers=[p for p in Keyring(store.db).list() if p.name == "Amina"],
            )
        )  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.member.setCurrentIndex(dialog.member.findText("Baraka"))
        dialog.amount.setText("250,50")
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert dialog.hint.isHidden()
        sign(dialog, "Amina")
    newest = list(books_of(store.state(d.group)).entries.values())[-1]
    assert (newest.amount, newest.member) == (25050, d.baraka.person)


def test_the_meeting_sheet_takes_a_decimal_comma_too(
    qapp: QApplication, qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    with reading(qapp, language="es", font_scale=1.0):
        model = meetings_view(qtbot, store, sync).guide.grid.model
        baraka = [model.index(r, 0).data() for r in range(model.rowCount())].index("Baraka")
        assert model.setData(model.index(baraka, 2), "20,50", Qt.ItemDataRole.EditRole)
        rows = model.sitting_rows()
    assert [(r.member, r.social) for r in rows] == [(d.baraka.person, "20.50")]
